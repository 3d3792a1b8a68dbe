import SandanGraph
@testable import SandanGraphviz
import SandanIO
import Testing

/// ``GraphDrawing/nodeVisuals(renderer:)``: what the drawing shows of each node, from a real
/// Graphviz layout.
@Suite struct NodeVisualsTests {
    /// A directed path a→b→c→d with dot: one rank per node from the top (y grows upwards in
    /// Graphviz, so a is highest), all in one column (the same x); colours from the Okabe–Ito
    /// palette, one per group (a, b in x; c, d in y); b and c, of degree 2, drawn larger than a
    /// and d (degree 1).
    @Test func aPathLaidOutWithDot() throws {
        var builder = GraphBuilder(directed: true)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "d")] { _ = builder.addEdge(u, v) }
        builder.setNodeColumn("group", .string(["x", "x", "y", "y"]))
        let graph = builder.build()
        var style = DrawingStyle(layout: .dot)
        style.colorBy = "group"
        style.palette = .okabeIto
        style.nodeSizes = NodeMetric(name: "degree", values: [1, 2, 2, 1])
        let visuals = try GraphDrawing(graph: graph, style: style).nodeVisuals(renderer: GraphvizRenderer()).visuals
        #expect(visuals.count == 4)
        let okabeIto: Set<[UInt8]> = [[0xE6, 0x9F, 0x00], [0x56, 0xB4, 0xE9], [0x00, 0x9E, 0x73], [0xF0, 0xE4, 0x42],
                                      [0x00, 0x72, 0xB2], [0xD5, 0x5E, 0x00], [0xCC, 0x79, 0xA7], [0x00, 0x00, 0x00]]
        let colours = visuals.map { [$0.red, $0.green, $0.blue] }
        #expect(colours.allSatisfy(okabeIto.contains))
        #expect(colours[0] == colours[1] && colours[2] == colours[3] && colours[1] != colours[2])
        #expect(visuals.allSatisfy { $0.alpha == 1 && $0.z == 0 })
        #expect(visuals[1].size == visuals[2].size && visuals[0].size == visuals[3].size && visuals[1].size > visuals[0].size)
        #expect(Set(visuals.map(\.x)).count == 1)
        #expect(visuals[0].y > visuals[1].y && visuals[1].y > visuals[2].y && visuals[2].y > visuals[3].y)
    }
}
