/// Draws a ``GraphDrawing`` made for a ``Canvas`` (``DrawingStyle/canvas``): a layout pass
/// that Graphviz answers in JSON (positions and measured text), `CanvasComposition`, and a
/// final pinned rendering at the canvas's physical size; PNG gets its resolution recorded
/// (``PNGResolution``).
public struct CanvasRendering: Sendable {
    /// The renderer of both passes (``IsolatedRenderer`` in the CLI).
    public var renderer: any DOTRendering

    public init(renderer: any DOTRendering) { self.renderer = renderer }

    /// The rendered canvas drawing.
    public struct Output: Sendable {
        /// The file's bytes.
        public var data: [UInt8]
        /// SVG titles for every node of the final DOT (see ``SVGTitles``): the graph's nodes,
        /// then each label (its node's title), the legend, the frame and a map's overlay (untitled).
        public var titles: [String]
        /// How many nodes carry a label.
        public var labelledNodes: Int
        /// Graphviz's warnings (each starting `graphviz: `) and what the composition had to give up.
        public var warnings: [String]
        /// Whether the legend does not fit the canvas at its size in points (legend text is
        /// never shrunk) and was left out: the caller draws it with ``renderLegend(_:)``.
        public var legendLeftOut: Bool
    }

    /// Lays out and renders `drawing` on its canvas in `format`; with `legendInside` false the
    /// network takes the whole canvas (the legend is drawn by ``renderLegend(_:)``).
    ///
    /// - Throws: ``RenderError`` from either pass, or ``RenderError/worker(_:)`` for a drawing
    ///   made without a canvas.
    /// - Complexity: two Graphviz runs, plus `CanvasComposition`'s label placement.
    public func render(_ drawing: GraphDrawing, format: RenderFormat, legendInside: Bool = true) throws(RenderError) -> Output {
        guard let plan = drawing.canvasPlan else { throw .worker("the drawing was made without a canvas") }
        let layout = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .json)
        let measured = try MeasuredLayout(json: layout.data, nodeCount: drawing.document.nodes.count, edges: drawing.document.edges.map { edge in
            guard case .label(.text(let text))? = edge.attributes[.label] else { return (edge.tail, edge.head, nil) }
            return (edge.tail, edge.head, text)
        }, clusterCount: drawing.document.clusters.count)
        let result = CanvasComposition.compose(drawing.document, plan: plan, measured: measured, legendInside: legendInside)
        let final = try renderer.render(dot: result.document.text, layout: .pinned, format: format)
        let data = format == .png ? PNGResolution.recording(dpi: plan.canvas.dpi, in: final.data) : final.data
        let titles = drawing.nodeTitles + result.extraOwners.map { owner in owner.map { drawing.nodeTitles[$0] } ?? "" }
        return Output(data: data, titles: titles, labelledNodes: result.labelled,
                      warnings: (layout.warnings + final.warnings).map { "graphviz: " + $0 } + result.warnings,
                      legendLeftOut: result.legendLeftOut)
    }

    /// The drawing's legend alone, as SVG at its size in points (for `--legend-file`).
    /// - Throws: ``RenderError``.
    public func renderLegend(_ drawing: GraphDrawing) throws(RenderError) -> [UInt8] {
        guard let plan = drawing.canvasPlan else { throw .worker("the drawing was made without a canvas") }
        var document = DOTDocument(isDirected: false)
        document.graphAttributes = [.fontname: drawing.document.graphAttributes[.fontname] ?? .string("NanumGothic"),
                                    .bgcolor: .string("#FFFFFF"), .pad: .number(0.05), .margin: .number(0)]
        document.nodes = [DOTNode(attributes: [.shape: .string("none"), .label: .label(.html(plan.legend.label)),
                                               .margin: .number(0), .pos: .point(x: 0, y: 0, pinned: true),
                                               .class: .string("legend")])]
        return try renderer.render(dot: document.text, layout: .pinned, format: .svg).data
    }
}
