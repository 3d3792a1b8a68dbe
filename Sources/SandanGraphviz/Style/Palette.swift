/// Colour-blind-safe qualitative palettes, as `#rrggbb`.
///
/// - Okabe & Ito (2008), *Color Universal Design*: eight colours distinguishable under the
///   common colour-vision deficiencies. https://jfly.uni-koeln.de/color/
/// - Paul Tol (2021), *Colour schemes*, SRON/EPS/TN/09-002, "muted" and "light" qualitative
///   schemes. https://personal.sron.nl/~pault/data/colourschemes.pdf
public struct Palette: Sendable, Hashable {
    /// The palette's name, for manifests and legends.
    public var name: String
    /// The colours in the order they are handed out.
    public var colors: [String]
    /// The colour for "other" and missing values.
    public var other: String

    public init(name: String, colors: [String], other: String) {
        self.name = name
        self.colors = colors
        self.other = other
    }

    /// Okabe–Ito, without black: orange, sky blue, bluish green, yellow, blue, vermillion,
    /// reddish purple.
    public static let okabeIto = Palette(
        name: "Okabe-Ito",
        colors: ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"],
        other: "#BBBBBB")

    /// Tol's muted scheme: rose, indigo, sand, green, cyan, wine, teal, olive, purple; pale grey
    /// for missing data.
    public static let tolMuted = Palette(
        name: "Tol muted",
        colors: ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"],
        other: "#DDDDDD")

    /// Tol's light scheme, for fills under dark text: light blue, orange, light yellow, pink,
    /// light cyan, mint, pear, olive; pale grey for missing data.
    public static let tolLight = Palette(
        name: "Tol light",
        colors: ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"],
        other: "#DDDDDD")
}

/// Colours for the values of one node attribute.
///
/// Values are ranked by how many nodes carry them (ties in code-point order of the value); the
/// first `palette.colors.count` get the palette's colours in order, every further value and
/// every node without a value gets ``Palette/other``. The same values therefore always get the
/// same colours.
public struct CategoryColoring: Sendable, Hashable {
    /// The attribute the colours come from.
    public var attribute: String
    /// Colour of each node, `#rrggbb`.
    public var nodeColors: [String]
    /// The legend entries in rank order: value, colour, node count.
    public var entries: [Entry]
    /// How many nodes fall under "other" (values beyond the palette, or none).
    public var otherCount: Int
    /// How many distinct values did not get their own colour.
    public var valuesFolded: Int
    public var palette: Palette

    public struct Entry: Sendable, Hashable {
        public var value: String, color: String, count: Int
    }

    /// Colours the nodes of a graph by `values` (one per node; nil = missing).
    /// O(n + k log k) for k distinct values.
    public init(attribute: String, values: [String?], palette: Palette) {
        self.attribute = attribute
        self.palette = palette
        var counts: [String: Int] = [:]
        for case let v? in values { counts[v, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesInCodePointOrder($1.key) }
        var colorOf: [String: String] = [:]
        entries = []
        for (rank, item) in ranked.enumerated() where rank < palette.colors.count {
            colorOf[item.key] = palette.colors[rank]
            entries.append(Entry(value: item.key, color: palette.colors[rank], count: item.value))
        }
        valuesFolded = max(0, ranked.count - palette.colors.count)
        nodeColors = values.map { $0.flatMap { colorOf[$0] } ?? palette.other }
        otherCount = values.reduce(0) { $0 + (($1.flatMap { colorOf[$0] }) == nil ? 1 : 0) }
    }
}
