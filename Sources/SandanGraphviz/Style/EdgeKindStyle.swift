/// How the edges of one kind are drawn: colour, line style, width and a legend caption.
public struct EdgeKindStyle: Sendable, Hashable {
    /// Line colour, `#rrggbb`.
    public var color: String
    /// Graphviz line style: `solid`, `dashed`, `dotted` or `bold`.
    public var line: String
    /// Line width in points (before scaling by weight).
    public var width: Double
    /// What the legend says about the kind.
    public var caption: String

    public init(color: String, line: String, width: Double, caption: String) {
        self.color = color
        self.line = line
        self.width = width
        self.caption = caption
    }

    /// The styles of the kinds the bundled network uses, in Okabe–Ito colours (which differ
    /// from the node palette), each also told apart by its line style so that the drawing
    /// survives greyscale printing.
    public static let known: [String: EdgeKindStyle] = [
        "anchor-link": EdgeKindStyle(color: "#0072B2", line: "solid", width: 1.6, caption: "anchor → linked (거점→연계)"),
        "value-chain": EdgeKindStyle(color: "#D55E00", line: "solid", width: 2.6, caption: "value chain (supplier → buyer)"),
        "value-chain-undirected": EdgeKindStyle(color: "#D55E00", line: "dashed", width: 2.0, caption: "value chain (no direction stated)"),
        "cross-region": EdgeKindStyle(color: "#009E73", line: "dashed", width: 2.4, caption: "cross-region cooperation"),
        "cooperation": EdgeKindStyle(color: "#CC79A7", line: "dashed", width: 1.8, caption: "joint development"),
        "coordination": EdgeKindStyle(color: "#E69F00", line: "dotted", width: 1.6, caption: "coordination (agency → region)"),
        "management": EdgeKindStyle(color: "#8C8C8C", line: "dotted", width: 1.0, caption: "management (agency → complex)"),
        "proximity": EdgeKindStyle(color: "#56B4E9", line: "dotted", width: 1.4, caption: "proximity (within a distance)"),
    ]

    /// Styles for kinds without a designed style, handed out in sorted order of kind name.
    static let fallback: [(color: String, line: String)] = [
        ("#555555", "solid"), ("#332288", "dashed"), ("#882255", "solid"), ("#44AA99", "dashed"),
        ("#999933", "solid"), ("#555555", "dashed"), ("#332288", "dotted"), ("#882255", "dotted"),
    ]

    /// A style for every kind in `kinds`: the designed one where it exists, otherwise the next
    /// fallback (cycling), in sorted order of kind name so that the result does not depend on
    /// the order kinds appear in a file.
    public static func assign(_ kinds: [String]) -> [String: EdgeKindStyle] {
        var result: [String: EdgeKindStyle] = [:]
        var next = 0
        for kind in Set(kinds).sorted(by: { $0.precedesInCodePointOrder($1) }) {
            if let style = known[kind] {
                result[kind] = style
            } else {
                let f = fallback[next % fallback.count]
                next += 1
                result[kind] = EdgeKindStyle(color: f.color, line: f.line, width: 1.4, caption: kind.isEmpty ? "(no kind)" : kind)
            }
        }
        return result
    }
}
