import SandanGraph

extension GraphDrawing {
    /// Node count above which nodes and edges are drawn thinner and fainter.
    static let largeGraph = 2000

    /// The fill of nodes that no colouring gives a colour.
    static let defaultNodeFill = "#4477AA"

    /// The node statements: a filled circle per node, sized and coloured, labelled when chosen
    /// by ``labelledNodes(_:style:)``, pinned on a map. Returns the defaults, the statements,
    /// how many carry a label and the label texts. O(n log n).
    static func nodes(_ graph: Graph, style: DrawingStyle, layout: LayoutEngine, sizing: NodeSizing,
                      colors: [String]?, clusterOf: [Int?], projection: GeographicProjection?)
        -> (defaults: DOTAttributes, statements: [DOTNode], labelCount: Int, texts: [String]) {
        let n = graph.nodeCount
        let large = n > largeGraph
        let defaults: DOTAttributes = [.shape: .string("circle"), .style: .string("filled"), .fixedsize: .bool(true),
                                       .fontname: .string(style.fontName), .label: .label(.text("")),
                                       .color: .string("#FFFFFF"), .penwidth: .number(large ? 0.2 : 0.8),
                                       .fontcolor: .string("#222222")]
        let labelled = labelledNodes(graph, style: style)
        let names = nodeNames(graph, style.labels)
        var statements: [DOTNode] = []
        statements.reserveCapacity(n)
        var texts: [String] = []
        for v in 0..<n {
            var a: DOTAttributes = [.width: .number(sizing.diameters[v]), .height: .number(sizing.diameters[v]),
                                    .fillcolor: .string(colors?[v] ?? defaultNodeFill)]
            if labelled[v] {
                let text = LabelWrapping.wrap(DOTEscaping.truncated(DOTEscaping.cleaned(names[v]), characters: style.maximumLabelCharacters),
                                              width: style.labelLineCharacters)
                let fontSize = style.canvas.map { $0.labelPoints + $0.labelGrowth * sizing.scale[v] }
                    ?? (large ? 9 : 10) + 4 * sizing.scale[v]
                if layout == .pinned && style.canvas == nil {
                    // Positions are fixed: an external label, which Graphviz places where it
                    // overlaps least.
                    a[.xlabel] = .label(.text(text))
                } else {
                    // The label is the node's own, pushed under the circle by blank lines, and
                    // `fixedsize=shape` keeps the circle's size while the layout's overlap
                    // removal keeps the whole label clear of other nodes and labels. On a canvas
                    // this is the layout pass, which also measures the label's width.
                    a[.label] = .label(.text(labelBelow(text, diameter: sizing.diameters[v], fontSize: fontSize)))
                    a[.fixedsize] = .string("shape")
                }
                a[.fontsize] = .number(fontSize)
                texts.append(text)
            }
            if let projection {
                a[.pos] = .point(x: projection.positions[v].x, y: projection.positions[v].y, pinned: true)
            }
            statements.append(DOTNode(attributes: a, cluster: clusterOf[v]))
        }
        return (defaults, statements, labelled.reduce(0) { $0 + ($1 ? 1 : 0) }, texts)
    }

    /// Which nodes carry a label: all up to ``DrawingStyle/automaticLabelLimit`` nodes (or
    /// ``DrawingStyle/labelLimit``), else the first by ``labelRanking(_:style:)``, ties to the
    /// lower index. O(n log n).
    static func labelledNodes(_ graph: Graph, style: DrawingStyle) -> [Bool] {
        let n = graph.nodeCount
        let limit = style.labelLimit ?? (n <= DrawingStyle.automaticLabelLimit ? n : DrawingStyle.automaticLabelCount)
        guard limit < n else { return Array(repeating: true, count: n) }
        let ranking = labelRanking(graph, style: style)
        var labelled = [Bool](repeating: false, count: n)
        let order = (0..<n).sorted { ranking[$0] != ranking[$1] ? ranking[$0] > ranking[$1] : $0 < $1 }
        for v in order.prefix(max(0, limit)) { labelled[v] = true }
        return labelled
    }

    /// How important each node's label is: ``DrawingStyle/labelRanking``, else the size
    /// metric (non-finite values last), else the degree. O(n).
    static func labelRanking(_ graph: Graph, style: DrawingStyle) -> [Double] {
        if let ranking = style.labelRanking, ranking.count == graph.nodeCount { return ranking.map { $0.isFinite ? $0 : -.infinity } }
        return style.nodeSizes?.values.map { $0.isFinite ? $0 : -.infinity } ?? (0..<graph.nodeCount).map { Double(graph.degree($0)) }
    }

    /// The name each node's label shows: the first non-empty of the label source's columns,
    /// else the id.
    static func nodeNames(_ graph: Graph, _ source: DrawingStyle.NodeLabels) -> [String] {
        let columns = source.columns.compactMap { graph.nodeAttributes[$0] }
        return (0..<graph.nodeCount).map { v in
            for column in columns {
                if case .string(let s)? = column[v], !s.isEmpty { return s }
            }
            return graph.ids[v]
        }
    }

    /// `text` preceded by enough empty lines that, centred on a circle of `diameter` inches,
    /// its last line lies just below the circle. A block of k + 1 lines of height h centred on
    /// the node puts the last line's top (k − 1)·h/2 below the centre, which must clear the
    /// radius plus a 2 pt gap: k ≥ 1 + (d + 4 pt)/h. Line height h ≈ 1.2 × font size.
    static func labelBelow(_ text: String, diameter: Double, fontSize: Double) -> String {
        let lineHeight = fontSize * 1.2
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let blank = Int((1 + (diameter * 72 + 4) / lineHeight).rounded(.up)) + (lines - 1)
        return String(repeating: "\n", count: blank) + text
    }
}
