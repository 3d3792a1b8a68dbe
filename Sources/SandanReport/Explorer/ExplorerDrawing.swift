import SandanClusters
import SandanGraph
import SandanGraphviz

/// The explorer's network picture: laid out by Graphviz with the report's diagram style
/// (``GraphDrawing``: colour by province with the fixed province colours, area by betweenness,
/// edges coloured and dashed by kind, the legend), at Graphviz's natural size (no canvas: the
/// page zooms), taken in by ``SVGImage/init(graphvizSVG:)``.
///
/// Each node's group becomes `<g class="node …" data-id="ID">` and each edge's
/// `<g class="edge …" data-edge="E" data-kind="KIND">` (E its index in the graph and in the
/// page's data), through SVG classes `n<v>` and `e<e>` given to the DOT statements: Graphviz
/// copies a statement's `class` into its group, which ties parallel edges to the right group
/// whatever order Graphviz writes them in.
enum ExplorerDrawing {
    /// The picture of `graph`, names in `language`.
    ///
    /// - Throws: ``ReportError`` when Graphviz fails or writes something that is not SVG.
    /// - Complexity: that of the layout, plus O(size of the SVG).
    static func picture(_ graph: Graph, betweenness: [Double], language: ReportLanguage,
                        renderer: any DOTRendering) throws(ReportError) -> SVGImage {
        let style = DrawingStyle.networkPicture(graph, language: language,
                                                sizes: NodeMetric(name: language == .ko ? "매개 중심성" : "betweenness", values: betweenness))
        do {
            let drawing = try GraphDrawing(graph: graph, style: style)
            var document = drawing.document
            for v in document.nodes.indices { document.nodes[v].attributes[.class] = .string("n\(v)") }
            for e in document.edges.indices { document.edges[e].attributes[.class] = .string("e\(e)") }
            let output = try renderer.render(dot: document.text, layout: drawing.layout, format: .svg)
            let svg = SVGTitles.apply(to: output.data, titles: drawing.nodeTitles)
            let image = try SVGImage(graphvizSVG: String(decoding: svg, as: UTF8.self))
            return SVGImage(root: tagged(image.root, graph, depth: 0))
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError("the network cannot be drawn: \(error)")
        }
    }

    /// `node` with `data-id` on node groups and `data-edge`, `data-kind` on edge groups.
    private static func tagged(_ node: Markup, _ graph: Graph, depth: Int) -> Markup {
        guard let name = node.elementName, depth < SVGImage.maximumDepth else { return node }
        var attributes = node.attributes
        if name == "g", let classes = node.attribute("class")?.split(separator: " ") {
            if classes.contains("node"), let v = index(classes, "n"), v < graph.nodeCount {
                attributes.append(.init("data-id", graph.ids[v]))
            } else if classes.contains("edge"), let e = index(classes, "e"), e < graph.edgeCount {
                attributes.append(.init("data-edge", String(e)))
                attributes.append(.init("data-kind", graph.kind(of: e)))
            }
        }
        return .element(name, attributes, node.children.map { tagged($0, graph, depth: depth + 1) })
    }

    /// The number after `prefix` in a class such as `n12`, if any class is one.
    private static func index(_ classes: [Substring], _ prefix: Character) -> Int? {
        classes.lazy.compactMap { $0.first == prefix ? Int($0.dropFirst()) : nil }.first
    }
}
