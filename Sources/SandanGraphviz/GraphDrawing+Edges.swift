import SandanGraph

extension GraphDrawing {
    /// The edge statements: coloured and dashed by kind (``DrawingStyle/edgeStyles``), wider
    /// for larger weights (linearly between the smallest and largest finite weight), labelled
    /// with an attribute for the kinds of ``DrawingStyle/edgeLabels``; and the kinds present
    /// with their counts, most frequent first, for the legend. O(m + k log k) for k kinds.
    ///
    /// - Throws: `GraphError.parameterOutOfRange` when a given style's colour is not `#rrggbb`.
    static func edges(_ graph: Graph, style: DrawingStyle, layout: LayoutEngine) throws(GraphError)
        -> (defaults: DOTAttributes, statements: [DOTEdge], kinds: [(kind: String, style: EdgeStyle, count: Int)], texts: [String]) {
        let large = graph.nodeCount > largeGraph
        let styles = EdgeStyle.assign(graph.kinds, given: style.edgeStyles)
        if let kind = styles.keys.sorted().first(where: { !styles[$0]!.hasValidColor }) {
            throw .parameterOutOfRange(name: "the colour of edge kind '\(kind)'", value: "'\(styles[kind]!.color)'", allowed: "#rrggbb")
        }
        let labels = graph.kinds.map { kind in style.edgeLabels[kind].flatMap { graph.edgeAttributes[$0] } }
        var weightScale: [Double]?
        if let weights = graph.weights {
            let finite = weights.filter(\.isFinite)
            if let lo = finite.min(), let hi = finite.max(), hi > lo {
                weightScale = weights.map { $0.isFinite ? ($0 - lo) / (hi - lo) : 0 }
            }
        }
        var defaults: DOTAttributes = [.fontname: .string(style.fontName), .fontsize: .number(9), .arrowsize: .number(0.7)]
        if !graph.isDirected { defaults[.dir] = .string("none") }
        var statements: [DOTEdge] = []
        statements.reserveCapacity(graph.edgeCount)
        var texts: [String] = []
        for e in 0..<graph.edgeCount {
            let k = graph.kindIndex(of: e)
            let s = styles[graph.kinds[k]]!
            let t = weightScale?[e]
            var a: DOTAttributes = [.color: .string(s.color + (large ? "80" : "CC")), .style: .string(s.line.rawValue),
                                    .penwidth: .number((large ? 0.4 : s.width) * (t.map { 0.6 + 1.8 * $0 } ?? 1))]
            if let t, layout == .dot { a[.weight] = .number(1 + 9 * t) }
            if let column = labels[k], let value = column[e].map(\.description), !value.isEmpty {
                let text = DOTEscaping.truncated(DOTEscaping.cleaned(value), characters: style.maximumLabelCharacters)
                a[.label] = .label(.text(text))
                a[.fontcolor] = .string(s.color)
                texts.append(text)
            }
            statements.append(DOTEdge(tail: graph.source(of: e), head: graph.target(of: e), attributes: a))
        }
        let kindCounts = graph.edgeCountsByKind
        let kinds = graph.kinds.indices.filter { kindCounts[$0] > 0 }
            .sorted { kindCounts[$0] != kindCounts[$1] ? kindCounts[$0] > kindCounts[$1] : graph.kinds[$0].precedesInCodePointOrder(graph.kinds[$1]) }
            .map { (kind: graph.kinds[$0], style: styles[graph.kinds[$0]]!, count: kindCounts[$0]) }
        return (defaults, statements, kinds, texts)
    }
}
