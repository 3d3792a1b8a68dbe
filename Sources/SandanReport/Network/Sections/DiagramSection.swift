import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO

/// The network diagram (coloured by province, each its own colour, sized by betweenness, with a
/// legend; with ``NetworkReportOptions/explorer``, the fallback of the interactive explorer that
/// replaces it on screen) and the province-level diagram, drawn through Graphviz on print canvases as wide as
/// an A4 page's text (180 mm; labels 8 pt and legend 8 pt when printed at that width, see
/// ``Canvas``) and taken in by ``SVGImage/init(graphvizSVG:)``.
///
/// The province-level diagram is a map when the report has the 시·도 outlines
/// (``NetworkReportOptions/provinceOutlines``) and every province of the data is one of them:
/// each province a node at its interior point (`BoundaryRegion/interiorPoint`), coloured by
/// its wide-area region, over the outlines, with a scale bar (the drawing of `sandan render --geo`);
/// otherwise an abstract diagram laid out by neato.
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
            let view = try ExplorerPage.embedded(context.graph, language: strings.language, outlines: context.options.provinceOutlines?.map,
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
    /// The province diagram's canvas (abstract or a map): the same width, half the height. On
    /// the map, Korea (with Jeju, Ulleung and Dokdo) is about as wide as high and its legend
    /// beside it takes half the width, so the map is about 70 mm wide; the height leaves room
    /// for the legend of both layers (a legend that does not fit is left out, and with it the
    /// outlines' attribution).
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
    /// (width by count); the links inside a province are left out of the drawing. On the map
    /// (see the type's summary) each province has the colour of its 5+2 wide-area region
    /// (`Region/macroColors`): its name is its label, and the colours add the grouping.
    private static func regionLevel(_ regions: RegionNetwork, _ context: ReportContext) -> Result<GraphDrawing, GraphError> {
        var graph = regions.graph.filteredEdges { regions.graph.source(of: $0) != regions.graph.target(of: $0) }
        var style = DrawingStyle(layout: .neato)
        style.labels = .id
        style.drawLinkageKinds(in: LegendLanguage(context.strings.language))
        style.nodeSizes = NodeMetric(name: context.strings.membersColumn,
                                     values: (0..<graph.nodeCount).map { graph.nodeAttributes.value("members", at: $0)?.numericValue ?? 0 })
        style.format = .svg
        style.canvas = halfPageCanvas
        if regions.attribute == Region.attribute, let outlines = context.options.provinceOutlines,
           let points = interiorPoints(of: graph.ids.all, in: outlines.map) {
            graph = graph.settingNodeColumn("lat", .double(points.map(\.latitude)))
                .settingNodeColumn("lon", .double(points.map(\.longitude)))
                .settingNodeColumn(Region.macroAttribute, .string(graph.ids.all.map { Region.macroRegionOf[$0] }))
            style.geographic = true
            style.mapOutlines = [outlines]
            style.colorBy = Region.macroAttribute
            style.palette = .koreaRegions(attribute: Region.macroAttribute)
            style.colorTitle = context.strings.macroRegionTitle
        }
        return Result { () throws(GraphError) in try GraphDrawing(graph: graph, style: style) }
    }

    /// Each province's interior point on `map` (found by any of its names), or nil when one
    /// of them is not on the map. O(provinces × regions + the interior points' cost).
    private static func interiorPoints(of provinces: [String], in map: BoundaryMap) -> [(latitude: Double, longitude: Double)]? {
        var points: [(latitude: Double, longitude: Double)] = []
        for name in provinces {
            let spellings = [name] + (Region.province(named: name)?.spellings ?? [])
            guard let index = spellings.lazy.compactMap(map.region(named:)).first,
                  let point = map.regions[index].interiorPoint else { return nil }
            points.append(point)
        }
        return points
    }
}
