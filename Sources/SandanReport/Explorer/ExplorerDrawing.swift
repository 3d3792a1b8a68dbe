import SandanClusters
import SandanGraph
import SandanGraphviz

/// The explorer's network picture: laid out by Graphviz with the report's diagram style
/// (``GraphDrawing``: colour by province with the fixed province colours, area by betweenness,
/// edges coloured and dashed by kind), at Graphviz's natural size (no canvas: the page zooms),
/// taken in by ``SVGImage/init(graphvizSVG:)``, then reshaped for the page:
///
/// - each node's group becomes `<g class="node …" data-id="ID">` and each edge's
///   `<g class="edge …" data-edge="E" data-kind="KIND">` (E its index in the graph and in the
///   page's data), through SVG classes `n<v>` and `e<e>` given to the DOT statements: Graphviz
///   copies a statement's `class` into its group, which ties parallel edges to the right group
///   whatever order Graphviz writes them in;
/// - the nodes' labels are laid out by Graphviz (so the layout keeps room for them) but left out
///   of the picture: the page writes its own, as many as fit at the zoom (`ExplorerScript`);
///   the legend is left out too, since the page recolours and resizes (its legend is HTML);
/// - inside the `g.graph` group, the background comes first, then the map's outlines
///   (``ExplorerMap``, hidden until the geographic view is chosen), then every edge, then every
///   node, so that no edge crosses a node whichever view or size is shown.
enum ExplorerDrawing {
    /// The picture of `graph`, names in `language`.
    ///
    /// - Throws: ``ReportError`` when Graphviz fails or writes something that is not SVG.
    /// - Complexity: that of the layout, plus O(size of the SVG).
    static func picture(_ graph: Graph, sizes: NodeMetric, language: ReportLanguage, outlines: Markup?,
                        renderer: any DOTRendering) throws(ReportError) -> SVGImage {
        var style = DrawingStyle.networkPicture(graph, language: language, sizes: sizes)
        style.legend = false
        do {
            let drawing = try GraphDrawing(graph: graph, style: style)
            var document = drawing.document
            for v in document.nodes.indices { document.nodes[v].attributes[.class] = .string("n\(v)") }
            for e in document.edges.indices { document.edges[e].attributes[.class] = .string("e\(e)") }
            let output = try renderer.render(dot: document.text, layout: drawing.layout, format: .svg)
            let svg = SVGTitles.apply(to: output.data, titles: drawing.nodeTitles)
            let image = try SVGImage(graphvizSVG: String(decoding: svg, as: UTF8.self))
            return SVGImage(root: reshaped(image.root, graph, outlines: outlines, depth: 0))
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError("the network cannot be drawn: \(error)")
        }
    }

    /// `node` tagged with `data-id`, `data-edge` and `data-kind`, node labels dropped, and the
    /// `g.graph` group reordered as the type's documentation says.
    private static func reshaped(_ node: Markup, _ graph: Graph, outlines: Markup?, depth: Int) -> Markup {
        guard let name = node.elementName, depth < SVGImage.maximumDepth else { return node }
        var attributes = node.attributes
        var children = node.children
        let classes = node.attribute("class")?.split(separator: " ") ?? []
        if name == "g" && classes.contains("graph") {
            let groups = children.filter { $0.elementName == "g" }
            func having(_ kind: Substring) -> [Markup] {
                groups.filter { $0.attribute("class")?.split(separator: " ").contains(kind) == true }
            }
            let background = children.first { $0.elementName == "polygon" }
            children = children.filter { $0.elementName == "title" } + (background.map { [$0] } ?? [])
                + (outlines.map { [$0] } ?? []) + having("edge") + having("node")
        } else if name == "g" && classes.contains("node") {
            children = children.filter { $0.elementName != "text" }
            if let v = index(classes, "n"), v < graph.nodeCount { attributes.append(.init("data-id", graph.ids[v])) }
        } else if name == "g" && classes.contains("edge"), let e = index(classes, "e"), e < graph.edgeCount {
            attributes.append(.init("data-edge", String(e)))
            attributes.append(.init("data-kind", graph.kind(of: e)))
        }
        return .element(name, attributes, children.map { reshaped($0, graph, outlines: outlines, depth: depth + 1) })
    }

    /// The number after `prefix` in a class such as `n12`, if any class is one.
    private static func index(_ classes: [Substring], _ prefix: Character) -> Int? {
        classes.lazy.compactMap { $0.first == prefix ? Int($0.dropFirst()) : nil }.first
    }
}
