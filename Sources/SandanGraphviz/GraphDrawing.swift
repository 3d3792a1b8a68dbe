import SandanGraph

/// A graph turned into a styled DOT document, ready for Graphviz. Pure Swift: building one
/// calls no C.
///
/// What it draws:
/// - every node (isolated ones too) as a filled circle whose area follows
///   ``DrawingStyle/nodeSizes``, coloured by ``DrawingStyle/colorBy`` from a colour-blind-safe
///   palette (``Palette/automatic(valueCount:)`` or ``DrawingStyle/palette``), or by a
///   continuous value in viridis (``SequentialColoring``), labelled beside it with the name ``DrawingStyle/labels``
///   picks; on large graphs only the top nodes carry a label;
/// - every edge coloured and dashed by kind (``DrawingStyle/edgeStyles``, see ``EdgeStyle``),
///   wider for larger weights, labelled with an attribute for the kinds of
///   ``DrawingStyle/edgeLabels``;
/// - one cluster box per value of ``DrawingStyle/clusterBy`` (with engines that draw them);
/// - a title and a legend as the graph's label, top left;
/// - with ``DrawingStyle/geographic``, nodes pinned at their `lat`/`lon` (EPSG:5179, see
///   `GeographicProjection`) for `neato -n2`, over the outlines of
///   ``DrawingStyle/mapOutlines``, with leader lines and a scale bar (`MapOverlay`).
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
    /// What a viewer shows for each node when the pointer rests on it (see ``SVGTitles``):
    /// its name and id (`구미국가산업단지 (gumi)`), or the id alone when the name is the id;
    /// cleaned as labels are (``DOTEscaping/cleaned(_:)``). Names are never shortened here.
    public let nodeTitles: [String]
    /// What a canvas drawing needs besides the DOT (nil without a canvas).
    let canvasPlan: CanvasPlan?

    /// The DOT text. O(size of the output).
    public var dot: String { document.text }

    /// Builds the drawing. O(n log n + m).
    ///
    /// - Throws: `GraphError/unknownAttribute(name:available:)` when `colorBy` or `clusterBy`
    ///   names no node attribute, `GraphError/countMismatch(what:count:nodeCount:)` when the node
    ///   sizes do not have one value per node, `GraphError/attributesRequired(purpose:kind:names:)`
    ///   when a map is asked of a graph without `lat`/`lon`, `GraphError/parameterOutOfRange(name:value:allowed:)`
    ///   when an edge style's colour is not `#rrggbb`.
    public init(graph: Graph, style: DrawingStyle) throws(GraphError) {
        let n = graph.nodeCount
        var warnings: [String] = []
        let layout = style.geographic ? LayoutEngine.pinned : style.layout

        if let sizes = style.nodeSizes, sizes.values.count != n {
            throw .countMismatch(what: "the node sizes", count: sizes.values.count, nodeCount: n)
        }
        let sizing = NodeSizing(metric: style.nodeSizes, nodeCount: n, canvas: style.canvas)
        if sizing.nonFinite > 0, let name = style.nodeSizes?.name {
            warnings.append("\(sizing.nonFinite) nodes have no finite \(name); they are drawn at the smallest size")
        }
        let sequential = style.colorMetric.map(SequentialColoring.init(metric:))
        if let metric = style.colorMetric, metric.values.count != n {
            throw .countMismatch(what: "the colour values", count: metric.values.count, nodeCount: n)
        }
        let coloring = try (sequential == nil ? style.colorBy : nil).map { name throws(GraphError) in
            let values = try Self.textColumn(graph, name)
            return CategoryColoring(attribute: name, values: values,
                                    palette: style.palette ?? .automatic(valueCount: Set(values.compactMap { $0 }).count))
        }
        if let coloring, coloring.valuesFolded > 0 {
            warnings.append("--color-by \(coloring.attribute) has \(coloring.entries.count + coloring.valuesFolded) values; "
                + "the \(coloring.entries.count) most frequent get colours, the other \(coloring.valuesFolded) are grey "
                + "(the palette \(coloring.palette.name) has \(coloring.palette.capacity) colours)")
        }
        let clustering = try Self.clusters(graph, style: style, layout: layout)
        warnings += clustering.warnings
        var projection: GeographicProjection?
        var overlay: MapOverlay?
        if style.geographic {
            let (latitudes, longitudes) = try Self.coordinates(graph)
            let mapProjection = MapProjection.choose(latitudes: latitudes, longitudes: longitudes)
            let o = MapOverlay(layers: style.mapOutlines, projection: mapProjection, latitudes: latitudes, longitudes: longitudes)
            if !o.omitted.isEmpty {
                warnings.append("no node lies within the \(o.omitted.joined(separator: ", ")) outlines; they are left out of the map")
            }
            let p = GeographicProjection(latitudes: latitudes, longitudes: longitudes, diameters: sizing.diameters,
                                         projection: mapProjection, floor: o.floor)
            if p.unplaced > 0 { warnings.append("\(p.unplaced) nodes have no lat/lon; they are drawn in a row under the map") }
            projection = p
            overlay = o
        }

        var document = DOTDocument(isDirected: graph.isDirected)
        document.clusters = clustering.clusters
        let nodes = Self.nodes(graph, style: style, layout: layout, sizing: sizing, colors: sequential?.nodeColors ?? coloring?.nodeColors,
                               clusterOf: clustering.clusterOf, projection: projection)
        document.nodeDefaults = nodes.defaults
        document.nodes = nodes.statements
        let edges = try Self.edges(graph, style: style, layout: layout)
        document.edgeDefaults = edges.defaults
        document.edges = edges.statements
        // On a canvas the overlay is added to the final drawing, scaled with it (CanvasComposition).
        if let overlay, let projection, style.canvas == nil { overlay.add(to: &document, projection: projection) }

        let text = LegendText(language: style.legendLanguage)
        var notes: [String] = []
        if let projection { notes.append(text.positionsNote(projection: projection.projection.name)) }
        notes += overlay?.attributions ?? []
        var legend = Legend(
            title: style.title.map { DOTEscaping.truncated($0, characters: 120) },
            summary: text.summary(nodes: n, edges: graph.edgeCount, directed: graph.isDirected, layout: layout.commandLine),
            coloring: coloring, sequential: sequential, colorTitle: style.colorTitle,
            sizeNote: style.nodeSizes.map { metric in
                text.sizeNote(metric: metric.name, range: sizing.range.map { "\(Self.short($0.min)) – \(Self.short($0.max))" })
            },
            edgeKinds: edges.kinds, labelled: nodes.labelCount, nodeCount: n, labelledBy: style.nodeSizes?.name,
            notes: notes, showsKey: style.legend, wording: text,
            sizes: style.canvas.map { .canvas(points: $0.legendPoints) } ?? .free(scale: min(max((Double(n) / 50).squareRoot(), 1), 2.5)))
        legend.boldArrows = style.format == .png
        if let canvas = style.canvas {
            // Measured in the layout pass with the longest labelling note it may end with (the
            // placement may leave labels out), and notes wrapped, so that it only shrinks later.
            legend.labelled = min(nodes.labelCount, n - 1)
            legend.noteWidth = 44
            legend.entryWidth = canvas.isLandscape ? nil : 22
            legend.columns = CanvasComposition.legendColumns(legend, canvas: canvas)
        }
        document.graphAttributes = Self.graphAttributes(layout: layout, style: style, nodeCount: n)
        document.graphAttributes[.label] = .label(.html(legend.label))

        let texts = clustering.values + nodes.texts + edges.texts + [style.title ?? ""]
            + (coloring?.entries.map(\.value) ?? []) + edges.kinds.map { text.caption(kind: $0.kind, style: $0.style) }
        self.document = document
        self.layout = layout
        self.warnings = warnings
        self.hasHangul = texts.contains(where: DOTEscaping.containsHangul)
        self.labelledNodeCount = nodes.labelCount
        self.canvasPlan = style.canvas.map { canvas in
            CanvasPlan(canvas: canvas, diameters: sizing.diameters, ranking: Self.labelRanking(graph, style: style),
                       legend: legend, keepsAspect: style.geographic,
                       map: overlay.flatMap { o in projection.map { (o, $0) } }, format: style.format)
        }
        self.nodeTitles = Self.nodeNames(graph, style.labels).enumerated().map { v, name in
            DOTEscaping.cleaned(name == graph.ids[v] ? name : "\(name) (\(graph.ids[v]))")
        }
    }

    /// One cluster per value of `style.clusterBy`, in code-point order of the value, and each
    /// node's cluster (none for nodes without a value, and none at all on a map).
    static func clusters(_ graph: Graph, style: DrawingStyle, layout: LayoutEngine) throws(GraphError)
        -> (clusters: [DOTCluster], clusterOf: [Int?], values: [String], warnings: [String]) {
        var clusterOf = [Int?](repeating: nil, count: graph.nodeCount)
        guard let name = style.clusterBy else { return ([], clusterOf, [], []) }
        let values = try textColumn(graph, name)
        guard !style.geographic else {
            return ([], clusterOf, [], ["--cluster-by is ignored on a map (--geo): nodes stay at their coordinates"])
        }
        let distinct = Set(values.compactMap { $0 }).sorted { $0.precedesInCodePointOrder($1) }
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        for v in 0..<graph.nodeCount { clusterOf[v] = values[v].flatMap { index[$0] } }
        let clusters = distinct.map { value in
            DOTCluster(attributes: [.label: .label(.text(value)), .style: .string("rounded,filled"),
                                    .fillcolor: .string("#F6F6F6"), .color: .string("#C8C8C8"),
                                    .fontsize: .number(13), .fontcolor: .string("#555555"),
                                    .labeljust: .string("l"), .margin: .number(12)])
        }
        var warnings = layout.drawsClusters ? [] :
            ["the \(layout.rawValue) layout does not draw cluster boxes; use --layout dot to see them"]
        if layout == .fdp {
            warnings.append("fdp lays out clusters differently in each run (Graphviz 2.42); --layout dot gives the same drawing every time")
        }
        if layout == .neato { warnings.append("neato ignores clusters when placing nodes, so their boxes may overlap; --layout dot keeps them apart") }
        return (clusters, clusterOf, distinct, warnings)
    }

    /// The node attributes `lat` and `lon` as numbers per node (nil where missing).
    static func coordinates(_ graph: Graph) throws(GraphError) -> (latitudes: [Double?], longitudes: [Double?]) {
        guard graph.nodeAttributes["lat"] != nil, graph.nodeAttributes["lon"] != nil else {
            throw .attributesRequired(purpose: "a map (--geo)", kind: "numeric node", names: ["lat", "lon"])
        }
        return ((0..<graph.nodeCount).map { graph.nodeAttributes.value("lat", at: $0)?.numericValue },
                (0..<graph.nodeCount).map { graph.nodeAttributes.value("lon", at: $0)?.numericValue })
    }

    /// Graph attributes: font, background, the seed, and the engine's spacing and overlap
    /// settings.
    static func graphAttributes(layout: LayoutEngine, style: DrawingStyle, nodeCount n: Int) -> DOTAttributes {
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
        case .circo, .twopi, .pinned:
            g[.splines] = .string("false")
        }
        if style.format == .png && style.canvas == nil { g[.dpi] = .number(150) }
        return g
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

    /// A number in at most four significant digits.
    static func short(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e9 { return String(Int(x)) }
        return String(format: "%.4g", x)
    }
}
