import SandanIO

extension GraphDrawing {
    /// Lays the drawing out as `sandan render` does (the same DOT, engine and seed, through
    /// `renderer`) and returns what it shows of each node of the graph: its fill colour, its
    /// radius and its centre, in points with y up (Graphviz's coordinates), for a file format
    /// that carries a drawing (GEXF's `viz` module, `GEXFFormat`). Nodes added for a map's
    /// overlay are left out.
    ///
    /// - Returns: one `NodeVisual` per node of the graph, and Graphviz's warnings.
    /// - Throws: ``RenderError`` when the layout fails or its JSON lacks a position.
    /// - Complexity: that of the layout, plus O(size of Graphviz's JSON).
    public func nodeVisuals(renderer: some DOTRendering) throws(RenderError) -> (visuals: [NodeVisual], warnings: [String]) {
        let output = try renderer.render(dot: dot, layout: layout, format: .json)
        let measured = try MeasuredLayout(json: output.data, nodeCount: document.nodes.count, edges: [])
        let visuals = (0..<nodeTitles.count).map { v in
            let attributes = document.nodes[v].attributes
            var fill = Self.defaultNodeFill
            if case .string(let text)? = attributes[.fillcolor] { fill = text }
            // Every fill Sandan draws is #rrggbb (palettes, viridis, the default).
            let channels = NodeVisual.channels(hex: fill) ?? NodeVisual.channels(hex: Self.defaultNodeFill)!
            let diameter: Double
            switch attributes[.width] {
            case .number(let inches)?: diameter = inches * 72
            case .integer(let inches)?: diameter = Double(inches) * 72
            default: diameter = 0
            }
            return NodeVisual(red: channels.red, green: channels.green, blue: channels.blue, alpha: channels.alpha,
                              size: diameter / 2, x: measured.positions[v].x, y: measured.positions[v].y)
        }
        return (visuals, output.warnings)
    }
}
