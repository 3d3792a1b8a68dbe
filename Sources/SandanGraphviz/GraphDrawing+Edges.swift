import SandanGraph

extension GraphDrawing {
    /// The edge statements: coloured and dashed by kind, wider for larger weights (linearly
    /// between the smallest and largest finite weight), value chains labelled with their
    /// product when asked; and the kinds present with their counts, most frequent first, for
    /// the legend. O(m + k log k) for k kinds.
    static func edges(_ graph: Graph, style: DrawingStyle, layout: LayoutEngine)
        -> (defaults: DOTAttributes, statements: [DOTEdge], kinds: [(kind: String, style: EdgeKindStyle, count: Int)], texts: [String]) {
        let large = graph.nodeCount > largeGraph
        let styles = EdgeKindStyle.assign(graph.kinds)
        var weightScale: [Double]?
        if let weights = graph.weights {
            let finite = weights.filter(\.isFinite)
            if let lo = finite.min(), let hi = finite.max(), hi > lo {
                weightScale = weights.map { $0.isFinite ? ($0 - lo) / (hi - lo) : 0 }
            }
        }
        let products = graph.edgeAttributes["product"]
        var defaults: DOTAttributes = [.fontname: .string(style.fontName), .fontsize: .number(9), .arrowsize: .number(0.7)]
        if !graph.isDirected { defaults[.dir] = .string("none") }
        var kindCounts = [Int](repeating: 0, count: graph.kinds.count)
        var statements: [DOTEdge] = []
        statements.reserveCapacity(graph.edgeCount)
        var texts: [String] = []
        for e in 0..<graph.edgeCount {
            let kind = graph.kind(of: e)
            kindCounts[graph.kindIndex(of: e)] += 1
            let s = styles[kind]!
            let t = weightScale?[e]
            var a: DOTAttributes = [.color: .string(s.color + (large ? "80" : "CC")), .style: .string(s.line),
                                    .penwidth: .number((large ? 0.4 : s.width) * (t.map { 0.6 + 1.8 * $0 } ?? 1))]
            if let t, layout == .dot { a[.weight] = .number(1 + 9 * t) }
            if style.productLabels, kind == "value-chain", let products, case .string(let product)? = products[e], !product.isEmpty {
                let text = DOTEscaping.truncated(DOTEscaping.cleaned(product), characters: style.maximumLabelCharacters)
                a[.label] = .label(.text(text))
                a[.fontcolor] = .string(s.color)
                texts.append(text)
            }
            statements.append(DOTEdge(tail: graph.source(of: e), head: graph.target(of: e), attributes: a))
        }
        let kinds = graph.kinds.indices.filter { kindCounts[$0] > 0 }
            .sorted { kindCounts[$0] != kindCounts[$1] ? kindCounts[$0] > kindCounts[$1] : graph.kinds[$0].precedesInCodePointOrder(graph.kinds[$1]) }
            .map { (kind: graph.kinds[$0], style: styles[graph.kinds[$0]]!, count: kindCounts[$0]) }
        return (defaults, statements, kinds, texts)
    }
}
