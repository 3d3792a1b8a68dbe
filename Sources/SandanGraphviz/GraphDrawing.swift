import SandanGraph

/// A graph turned into a styled DOT document, ready for Graphviz. Pure Swift: building one
/// calls no C.
///
/// What it draws:
/// - every node (isolated ones too) as a filled circle whose area follows
///   ``DrawingStyle/nodeSizes``, coloured by ``DrawingStyle/colorBy`` from a colour-blind-safe
///   palette (``Palette/tolMuted``), labelled beside it with the name ``DrawingStyle/labels``
///   picks; on large graphs only the top nodes carry a label;
/// - every edge coloured and dashed by kind (``EdgeKindStyle``), wider for larger weights,
///   value chains labelled with their product when asked;
/// - one cluster box per value of ``DrawingStyle/clusterBy`` (with engines that draw them);
/// - a title and a legend as the graph's label, top left;
/// - with ``DrawingStyle/geographic``, nodes pinned at their `lat`/`lon` for `neato -n`.
///
/// What it guarantees (see ``DOTDocument`` and ``DOTEscaping``): synthetic quoted ids, escaped
/// labels, a closed list of attributes with clamped numbers, a fixed `start` seed, stable
/// order, so the same graph and style give byte-identical DOT.
public struct GraphDrawing: Sendable {
    /// The DOT document.
    public let document: DOTDocument
    /// The engine to lay it out with (``LayoutEngine/pinned`` for a map).
    public let layout: LayoutEngine
    /// Things the user should know (clusters the engine ignores, values without colours,
    /// nodes without coordinates, …).
    public let warnings: [String]
    /// Whether any text of the drawing holds Hangul (then the font must cover it).
    public let hasHangul: Bool
    /// How many nodes carry a label.
    public let labelledNodeCount: Int

    /// The DOT text. O(size of the output).
    public var dot: String { document.text }

    /// Builds the drawing. O(n log n + m).
    ///
    /// - Throws: ``GraphError/unknownAttribute(name:available:)`` when `colorBy` or `clusterBy`
    ///   names no node attribute, ``GraphError/invalidArgument(_:)`` when the node sizes do not
    ///   have one value per node or a map is asked of a graph without `lat`/`lon`.
    public init(graph: Graph, style: DrawingStyle) throws(GraphError) {
        let n = graph.nodeCount
        var warnings: [String] = []
        var texts: [String] = []
        let layout = style.geographic ? LayoutEngine.pinned : style.layout
        var document = DOTDocument(isDirected: graph.isDirected)

        if let sizes = style.nodeSizes, sizes.values.count != n {
            throw .invalidArgument("node sizes have \(sizes.values.count) values for \(n) nodes")
        }
        let sizing = NodeSizing(metric: style.nodeSizes, nodeCount: n)
        if sizing.nonFinite > 0, let name = style.nodeSizes?.name {
            warnings.append("\(sizing.nonFinite) nodes have no finite \(name); they are drawn at the smallest size")
        }

        let coloring = try style.colorBy.map { name throws(GraphError) in
            CategoryColoring(attribute: name, values: try Self.textColumn(graph, name), palette: .tolMuted)
        }
        if let coloring, coloring.valuesFolded > 0 {
            warnings.append("--color-by \(coloring.attribute) has \(coloring.entries.count + coloring.valuesFolded) values; "
                + "the \(coloring.entries.count) most frequent get colours, the other \(coloring.valuesFolded) are grey "
                + "(a colour-blind-safe palette has \(coloring.palette.colors.count) colours)")
        }

        // Clusters: one per value, in code-point order of the value.
        var clusterOf = [Int?](repeating: nil, count: n)
        if let name = style.clusterBy {
            let values = try Self.textColumn(graph, name)
            let distinct = Set(values.compactMap { $0 }).sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            if style.geographic {
                warnings.append("--cluster-by is ignored on a map (--geo): nodes stay at their coordinates")
            } else {
                if !layout.drawsClusters {
                    warnings.append("the \(layout.rawValue) layout does not draw cluster boxes; use --layout fdp, neato or dot to see them")
                }
                document.clusters = distinct.map { value in
                    DOTCluster(attributes: [.label: .label(.text(value)), .style: .string("rounded,filled"),
                                            .fillcolor: .string("#F6F6F6"), .color: .string("#C8C8C8"),
                                            .fontsize: .number(13), .fontcolor: .string("#555555"),
                                            .labeljust: .string("l"), .margin: .number(12)])
                }
                texts += distinct
                for v in 0..<n { clusterOf[v] = values[v].flatMap { index[$0] } }
            }
        }

        // Labels: all on small graphs, else the top nodes by size (by degree without sizes).
        let limit = style.labelLimit ?? (n <= DrawingStyle.automaticLabelLimit ? n : DrawingStyle.automaticLabelCount)
        let ranking = style.nodeSizes?.values.map { $0.isFinite ? $0 : -.infinity } ?? (0..<n).map { Double(graph.degree($0)) }
        var labelled = [Bool](repeating: limit >= n, count: n)
        if limit < n {
            let order = (0..<n).sorted { ranking[$0] != ranking[$1] ? ranking[$0] > ranking[$1] : $0 < $1 }
            for v in order.prefix(max(0, limit)) { labelled[v] = true }
        }
        let labelCount = labelled.reduce(0) { $0 + ($1 ? 1 : 0) }
        let names = Self.nodeNames(graph, style.labels)

        // Geography.
        var projection: GeographicProjection?
        if style.geographic {
            guard graph.nodeAttributes["lat"] != nil, graph.nodeAttributes["lon"] != nil else {
                throw .invalidArgument("a map (--geo) needs numeric node attributes 'lat' and 'lon', which this graph does not have")
            }
            let p = GeographicProjection(latitudes: (0..<n).map { graph.nodeAttributes.value("lat", at: $0)?.numericValue },
                                         longitudes: (0..<n).map { graph.nodeAttributes.value("lon", at: $0)?.numericValue },
                                         diameters: sizing.diameters)
            if p.unplaced > 0 { warnings.append("\(p.unplaced) nodes have no lat/lon; they are drawn in a row under the map") }
            projection = p
        }

        // Nodes.
        let large = n > 2000
        document.nodeDefaults = [.shape: .string("circle"), .style: .string("filled"), .fixedsize: .bool(true),
                                 .fontname: .string(style.fontName), .label: .label(.text("")),
                                 .color: .string("#FFFFFF"), .penwidth: .number(large ? 0.2 : 0.8),
                                 .fontcolor: .string("#222222")]
        document.nodes.reserveCapacity(n)
        for v in 0..<n {
            var a: DOTAttributes = [.width: .number(sizing.diameters[v]), .height: .number(sizing.diameters[v]),
                                    .fillcolor: .string(coloring?.nodeColors[v] ?? "#4477AA")]
            if labelled[v] {
                let text = LabelWrapping.wrap(DOTEscaping.truncated(DOTEscaping.cleaned(names[v]), characters: style.maximumLabelCharacters),
                                              width: style.labelLineCharacters)
                let fontSize = (large ? 9 : 10) + 4 * sizing.scale[v]
                if layout == .pinned {
                    // Positions are fixed: an external label, which Graphviz places where it
                    // overlaps least.
                    a[.xlabel] = .label(.text(text))
                } else {
                    // The label is the node's own, pushed under the circle by blank lines, and
                    // `fixedsize=shape` keeps the circle's size while the layout's overlap
                    // removal keeps the whole label clear of other nodes and labels.
                    a[.label] = .label(.text(Self.labelBelow(text, diameter: sizing.diameters[v], fontSize: fontSize)))
                    a[.fixedsize] = .string("shape")
                }
                a[.fontsize] = .number(fontSize)
                texts.append(text)
            }
            if let projection {
                a[.pos] = .point(x: projection.positions[v].x, y: projection.positions[v].y, pinned: true)
            }
            document.nodes.append(DOTNode(attributes: a, cluster: clusterOf[v]))
        }

        // Edges.
        let styles = EdgeKindStyle.assign(graph.kinds)
        var weightScale: [Double]?
        if let weights = graph.weights {
            let finite = weights.filter(\.isFinite)
            if let lo = finite.min(), let hi = finite.max(), hi > lo {
                weightScale = weights.map { $0.isFinite ? ($0 - lo) / (hi - lo) : 0 }
            }
        }
        let products = graph.edgeAttributes["product"]
        document.edgeDefaults = [.fontname: .string(style.fontName), .fontsize: .number(9),
                                 .arrowsize: .number(0.7)]
        if !graph.isDirected { document.edgeDefaults[.dir] = .string("none") }
        var kindCounts = [Int](repeating: 0, count: graph.kinds.count)
        document.edges.reserveCapacity(graph.edgeCount)
        for e in 0..<graph.edgeCount {
            let kind = graph.kind(of: e)
            kindCounts[Int(graph.edgeKindIndex[e])] += 1
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
            document.edges.append(DOTEdge(tail: graph.source(of: e), head: graph.target(of: e), attributes: a))
        }

        // Graph: layout settings, title and legend.
        var g: DOTAttributes = [.fontname: .string(style.fontName), .bgcolor: .string("#FFFFFF"),
                                .pad: .number(0.4), .outputorder: .string("edgesfirst"), .forcelabels: .bool(true),
                                .labelloc: .string("t"), .labeljust: .string("l")]
        if layout.usesSeed { g[.start] = .integer(style.seed) }
        switch layout {
        case .dot:
            g[.nodesep] = .number(0.35)
            g[.ranksep] = .number(0.6)
        case .neato, .fdp, .sfdp:
            // Prism overlap removal without its default pre-scaling (4× the mean label size),
            // which would spread a labelled drawing far more than needed. Beyond 20,000 nodes
            // overlaps are kept (`true`): removal costs more than the layout itself.
            g[.overlap] = .string(n > 20_000 ? "true" : "prism")
            g[.overlap_scaling] = .number(0)
            g[.sep] = .string("+4")
            g[.splines] = .string(n > 1000 || layout == .sfdp ? "false" : "true")
        case .circo, .twopi:
            g[.splines] = .string("false")
        case .pinned:
            g[.splines] = .string("false")
        }
        if style.format == .png { g[.dpi] = .number(150) }

        let kindsPresent = graph.kinds.indices.filter { kindCounts[$0] > 0 }
            .sorted { kindCounts[$0] != kindCounts[$1] ? kindCounts[$0] > kindCounts[$1] : graph.kinds[$0] < graph.kinds[$1] }
            .map { (kind: graph.kinds[$0], style: styles[graph.kinds[$0]]!, count: kindCounts[$0]) }
        var notes: [String] = []
        if labelCount < n {
            notes.append("Labels on the \(labelCount) largest of \(n) nodes" + (style.nodeSizes.map { " by \($0.name)" } ?? " by degree"))
        }
        if style.geographic { notes.append("Positions: approximate coordinates (lat/lon); co-located nodes spread on a ring") }
        let legend = Legend(
            title: style.title.map { DOTEscaping.truncated($0, characters: 120) },
            summary: "\(n) nodes · \(graph.edgeCount) \(graph.isDirected ? "directed " : "")edges · layout \(layout.commandLine)",
            coloring: coloring,
            sizeNote: style.nodeSizes.map { metric in
                "Node area ∝ \(metric.name)" + (sizing.range.map { " (\(Self.short($0.min)) – \(Self.short($0.max)))" } ?? "")
            },
            edgeKinds: kindsPresent, notes: notes, showsKey: style.legend,
            scale: min(max((Double(n) / 50).squareRoot(), 1), 2.5))
        g[.label] = .label(.html(legend.label))
        texts += [style.title ?? ""] + (coloring?.entries.map(\.value) ?? []) + kindsPresent.map(\.style.caption)
        document.graphAttributes = g

        self.document = document
        self.layout = layout
        self.warnings = warnings
        self.hasHangul = texts.contains(where: DOTEscaping.containsHangul)
        self.labelledNodeCount = labelCount
    }

    /// Node attribute `name` as text per node (numbers in their usual form), nil when missing.
    static func textColumn(_ graph: Graph, _ name: String) throws(GraphError) -> [String?] {
        guard let column = graph.nodeAttributes[name] else {
            throw .unknownAttribute(name: name, available: graph.nodeAttributes.names)
        }
        return (0..<graph.nodeCount).map { v in
            column[v].map { value in
                if case .string(let s) = value { s.isEmpty ? nil : s } else { value.description }
            } ?? nil
        }
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

    /// A number in at most four significant digits.
    static func short(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e9 { return String(Int(x)) }
        return String(format: "%.4g", x)
    }
}
