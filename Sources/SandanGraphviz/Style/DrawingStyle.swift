/// What a drawing shows and how: the options of `sandan render`, as a value.
///
/// Every field has a default that gives a readable drawing; a style never reaches Graphviz
/// directly, only through ``GraphDrawing``, which checks and clamps what it takes from it.
public struct DrawingStyle: Sendable {
    /// Which name a node's label shows.
    public enum NodeLabels: String, Sendable, CaseIterable {
        /// `name_ko` (else `name`, `label`, then the id).
        case korean = "ko"
        /// `name_en` (else `name`, `label`, then the id).
        case english = "en"
        /// The id.
        case id

        /// The node attributes tried in order before falling back to the id.
        var columns: [String] {
            switch self {
            case .korean: ["name_ko", "name", "label"]
            case .english: ["name_en", "name", "label"]
            case .id: []
            }
        }
    }

    /// The layout engine the drawing is made for (some attributes depend on it). ``GraphDrawing``
    /// replaces it by ``LayoutEngine/pinned`` when ``geographic`` is set.
    public var layout: LayoutEngine
    /// A title drawn above the legend.
    public var title: String?
    /// Which name labels show.
    public var labels: NodeLabels = .korean
    /// Colour nodes by this node attribute (categorical; see ``CategoryColoring``).
    public var colorBy: String?
    /// The palette for ``colorBy``; nil: ``Palette/automatic(valueCount:)``.
    public var palette: Palette?
    /// Colour nodes by a continuous value instead (viridis and a colour bar; see
    /// ``SequentialColoring``); takes precedence over ``colorBy``.
    public var colorMetric: NodeMetric?
    /// The target the drawing is made for (see ``Canvas`` and ``CanvasRendering``); nil: a free
    /// drawing at its natural size, scaled by the viewer.
    public var canvas: Canvas?
    /// How important each node is for getting a label (higher first); nil: the size metric, or
    /// the degree without one.
    public var labelRanking: [Double]?
    /// What the legend calls the colour attribute (e.g. "시·도" for `region`); nil: its name.
    public var colorTitle: String?
    /// Group nodes into one cluster box per value of this node attribute.
    public var clusterBy: String?
    /// Node sizes: node area proportional to a metric's value; nil draws equal nodes.
    public var nodeSizes: NodeMetric?
    /// How the edges of each kind are drawn, and the legend's caption of each, keyed by kind
    /// name; kinds missing here get fallback styles captioned by their name (see ``EdgeStyle``).
    public var edgeStyles: [String: EdgeStyle] = [:]
    /// Edges of a kind in this map are labelled with the edge attribute it names (kind name →
    /// attribute; `value-chain` → `product` for `sandan render --product-labels`).
    public var edgeLabels: [String: String] = [:]
    /// The font for every text; the default ships Hangul (fonts-nanum).
    public var fontName = "NanumGothic"
    /// Label only this many nodes, the largest by ``nodeSizes`` (by degree without sizes);
    /// nil labels every node up to ``automaticLabelLimit`` nodes and the top
    /// ``automaticLabelCount`` beyond.
    public var labelLimit: Int?
    /// Place nodes at their `lat`/`lon` (a map) with `neato -n2`.
    public var geographic = false
    /// With ``geographic``: administrative outlines drawn under the network, in this order.
    public var mapOutlines: [MapOutlineLayer] = []
    /// The seed of the random start of neato, fdp and sfdp (`start`).
    public var seed = 1
    /// Draw the legend block (colours, sizes, edge kinds) under the title.
    public var legend = true
    /// The language of the legend's headings and notes (edge-kind captions come with
    /// ``edgeStyles``).
    public var legendLanguage: LegendLanguage = .en
    /// The output format the drawing is for; PNG gets 150 dpi (on a canvas, the canvas's dpi).
    public var format: RenderFormat?
    /// Labels longer than this many characters are cut and end with "…".
    public var maximumLabelCharacters = 40
    /// Node labels are broken at spaces into lines of about this many characters.
    public var labelLineCharacters = 12

    /// Node count up to which every node is labelled when ``labelLimit`` is nil.
    public static let automaticLabelLimit = 150
    /// Nodes labelled on larger graphs when ``labelLimit`` is nil.
    public static let automaticLabelCount = 60

    public init(layout: LayoutEngine) { self.layout = layout }
}

/// A value per node with the metric's name, for sizing nodes (any metric can feed it).
public struct NodeMetric: Sendable, Hashable {
    /// The metric's name as the legend shows it ("degree", "betweenness", …).
    public var name: String
    /// One value per node, indexed like the graph's nodes.
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}
