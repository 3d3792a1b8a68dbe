import SandanClusters
import SandanGraph
import SandanGraphviz

/// The explorer's colour and size switches: for each way of colouring (region, wide-area
/// region, community, kind) every node's colour, and for each way of sizing (degree,
/// betweenness, PageRank) every node's radius, computed when the page is written so that the
/// page only sets attributes, never lays out again.
///
/// The colours are those of `sandan render --color-by ATTR`: ``CategoryColoring`` over the
/// attribute's values with the palette render chooses (the fixed province and wide-area colours
/// of `Region.colors(forAttribute:)` over ``Palette/distinct``, else
/// ``Palette/automatic(valueCount:)``), communities numbered as `render --color-by community`
/// numbers them (Louvain, seed 0). The radii are those of `render --size-by METRIC`: read from
/// the node statements of a ``GraphDrawing`` sized by the metric (area proportional to the
/// value), so the page and render cannot disagree.
struct ExplorerSwitches: Encodable {
    /// One way of colouring the nodes.
    struct Coloring: Encodable {
        /// The attribute (`region`, `macro_region`, `community`, `kind`): the option's value.
        let key: String
        /// The option's caption in the page's language.
        let title: String
        /// The legend: each value with a colour, most nodes first (render's order).
        let legend: [Entry]
        /// The colour of nodes without a value or beyond the palette.
        let other: String
        /// Each node's index into ``legend``, -1 for ``other``.
        let of: [Int]
    }

    struct Entry: Encodable {
        let value: String, color: String, count: Int
    }

    /// One way of sizing the nodes.
    struct Sizing: Encodable {
        /// The measure (`degree`, `betweenness`, `pagerank`): the option's value.
        let key: String
        let title: String
        /// Each node's radius in points (the SVG's units): half its diameter rounded to a whole
        /// point, as Graphviz rounds node sizes (its `POINTS` macro), so that the drawn circles
        /// and these agree.
        let r: [Double]
    }

    /// The colourings with at least one value, region first (the drawing's own colouring).
    let colors: [Coloring]
    /// Degree, betweenness (the drawing's own sizing) and PageRank.
    let sizes: [Sizing]

    /// - Complexity: O(n log n + m) per sizing (a ``GraphDrawing`` each), O(n + k log k) per colouring.
    init(_ graph: Graph, language: ReportLanguage, degree: [Int], betweenness: [Double], pagerank: [Double],
         community: [Int]) throws(GraphError) {
        let strings = ExplorerStrings(language)
        let n = graph.nodeCount
        func text(_ name: String) -> [String?] { (0..<n).map { NetworkFacts.text(graph.nodeAttributes, name, $0) } }
        let columns: [(key: String, title: String, values: [String?])] = [
            (Region.attribute, strings.region, text(Region.attribute)),
            (Region.macroAttribute, strings.macro, text(Region.macroAttribute)),
            ("community", strings.community, community.map { String($0) }),
            ("kind", strings.kind, text("kind")),
        ]
        colors = columns.filter { $0.values.contains { $0 != nil } }.map { column in
            let distinct = Set(column.values.compactMap { $0 }).count
            let palette = Region.colors(forAttribute: column.key).map { Palette.distinct.fixing($0, name: "korea-regions") }
                ?? .automatic(valueCount: distinct)
            let coloring = CategoryColoring(attribute: column.key, values: column.values, palette: palette)
            let index = Dictionary(uniqueKeysWithValues: coloring.entries.enumerated().map { ($1.value, $0) })
            return Coloring(key: column.key, title: column.title,
                            legend: coloring.entries.map { Entry(value: $0.value, color: $0.color, count: $0.count) },
                            other: palette.other, of: column.values.map { $0.flatMap { index[$0] } ?? -1 })
        }
        let metrics: [(key: String, title: String, values: [Double])] = [
            ("degree", strings.degree, degree.map(Double.init)),
            ("betweenness", strings.betweenness, betweenness),
            ("pagerank", strings.pagerank, pagerank),
        ]
        sizes = try metrics.map { (metric) throws(GraphError) in
            Sizing(key: metric.key, title: metric.title, r: try Self.radii(graph, metric: NodeMetric(name: metric.title, values: metric.values)))
        }
    }

    /// The radius in points render gives each node when sized by `metric`. O(n log n + m).
    static func radii(_ graph: Graph, metric: NodeMetric) throws(GraphError) -> [Double] {
        var style = DrawingStyle(layout: .sfdp)
        style.nodeSizes = metric
        style.labelLimit = 0
        let drawing = try GraphDrawing(graph: graph, style: style)
        return drawing.document.nodes.prefix(graph.nodeCount).map { node in
            guard case .number(let inches)? = node.attributes[.width] else { return 0 }
            return (inches * 72).rounded() / 2
        }
    }
}
