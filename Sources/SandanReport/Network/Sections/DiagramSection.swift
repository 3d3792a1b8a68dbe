import SandanClusters
import SandanGraph
import SandanGraphviz

/// The network diagram (coloured by province, each its own colour, sized by betweenness, with a
/// legend; with ``NetworkReportOptions/explorer``, the fallback of the interactive explorer that
/// replaces it on screen) and the province-level diagram, drawn through Graphviz on print canvases as wide as
/// an A4 page's text (180 mm; labels 8 pt and legend 8 pt when printed at that width, see
/// ``Canvas``) and taken in by ``SVGImage/init(graphvizSVG:)``.
enum DiagramSection {
    /// The section with the network diagram, and the province-level diagram for the regions
    /// section (nil when there are no provinces).
    /// - Throws: ``ReportError`` naming the diagram when one cannot be drawn or is not
    ///   well-formed SVG: a report never silently drops a picture.
    static func make(_ context: ReportContext) throws(ReportError) -> (section: ReportSection, regionDiagram: ReportFigure?) {
        let strings = context.strings
        guard let render = context.options.renderer else {
            return (ReportSection(id: "diagram", title: strings.diagramTitle, blocks: [.note(strings.diagramsOmitted)]), nil)
        }
        var blocks: [ReportBlock] = [.paragraph(strings.diagramIntro)]
        let caption = context.facts.hasRegions ? strings.networkDiagramCaption : strings.networkDiagramCaptionNoRegions
        let image = try draw("network", network(context), render)
        let figure = ReportFigure(name: "network", caption: caption, image: image)
        if context.options.explorer {
            let view = try ExplorerPage.embedded(context.graph, language: strings.language, outlines: context.options.boundaries,
                                                 renderer: render)
            blocks.append(.explorer(ReportExplorer(fallback: figure, view: view)))
        } else {
            blocks.append(.figure(figure))
        }
        let regionDiagram = try context.analyses.regions.map { (regions) throws(ReportError) in
            ReportFigure(name: "regions", caption: strings.regionDiagramCaption, image: try draw("province-level", regionLevel(regions, context), render))
        }
        return (ReportSection(id: "diagram", title: strings.diagramTitle, blocks: blocks), regionDiagram)
    }

    /// The network diagram's canvas: the text width of an A4 page with the report's print
    /// margins (210 − 2 × 14 mm), and most of its height, leaving room for the caption.
    static let pageCanvas = Canvas(width: 180 / 25.4, height: 215 / 25.4, name: "report page", isPrint: true)
    /// The province diagram's canvas: the same width, half the height.
    static let halfPageCanvas = Canvas(width: 180 / 25.4, height: 120 / 25.4, name: "report half page", isPrint: true)

    /// Draws on its canvas, renders and takes in one diagram.
    /// - Throws: ``ReportError`` "the NAME diagram cannot be included in the report: why".
    private static func draw(_ name: String, _ drawing: Result<GraphDrawing, GraphError>, _ render: any DOTRendering) throws(ReportError) -> SVGImage {
        do {
            let drawing = try drawing.get()
            let output = try CanvasRendering(renderer: render).render(drawing, format: .svg)
            let svg = SVGTitles.apply(to: output.data, titles: output.titles)
            return try SVGImage(graphvizSVG: String(decoding: svg, as: UTF8.self))
        } catch {
            throw ReportError("the \(name) diagram cannot be included in the report: \(error)")
        }
    }

    /// The whole network: colour by `region`, area by betweenness, names in the report's language.
    private static func network(_ context: ReportContext) -> Result<GraphDrawing, GraphError> {
        let graph = context.graph
        var style = DrawingStyle.networkPicture(graph, language: context.strings.language, sizes: context.analyses.values(.betweenness).map {
            NodeMetric(name: context.strings.measureName(.betweenness), values: $0)
        })
        style.colorTitle = context.strings.regionColumn
        style.canvas = pageCanvas
        return Result { () throws(GraphError) in try GraphDrawing(graph: graph, style: style) }
    }

    /// Provinces as nodes (area by their number of nodes), linkages between them as edges
    /// (width by count); the links inside a province are left out of the drawing.
    private static func regionLevel(_ regions: RegionNetwork, _ context: ReportContext) -> Result<GraphDrawing, GraphError> {
        let graph = regions.graph.filteredEdges { regions.graph.source(of: $0) != regions.graph.target(of: $0) }
        var style = DrawingStyle(layout: .neato)
        style.labels = .id
        style.drawLinkageKinds(in: LegendLanguage(context.strings.language))
        style.nodeSizes = NodeMetric(name: context.strings.membersColumn,
                                     values: (0..<graph.nodeCount).map { graph.nodeAttributes.value("members", at: $0)?.numericValue ?? 0 })
        style.format = .svg
        style.canvas = halfPageCanvas
        return Result { () throws(GraphError) in try GraphDrawing(graph: graph, style: style) }
    }
}
