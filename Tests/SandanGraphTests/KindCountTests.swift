import Testing
import SandanGraph

/// `Graph.edgeCountsByKind` on graphs counted by hand.
@Suite struct KindCountTests {
    @Test func countsFollowTheKindsOrder() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge("a", "b", kind: "x")
        b.addEdge("b", "c", kind: "y")
        b.addEdge("c", "a", kind: "x")
        b.addEdge("d", "d", kind: "x")
        b.addEdge("a", "b", kind: "")
        let g = b.build()
        let counts = Dictionary(uniqueKeysWithValues: zip(g.kinds, g.edgeCountsByKind))
        #expect(counts == ["x": 3, "y": 1, "": 1])
        // A view keeps its kinds; the ones filtered away count 0.
        let y = try g.filtered(kinds: ["y"])
        #expect(Dictionary(uniqueKeysWithValues: zip(y.kinds, y.edgeCountsByKind)).values.reduce(0, +) == 1)
        #expect(zip(y.kinds, y.edgeCountsByKind).first { $0.0 == "y" }?.1 == 1)
    }

    @Test func aGraphOfOneKindOrNoEdges() {
        var b = GraphBuilder(directed: true)
        b.addEdge("a", "b")
        b.addEdge("b", "a")
        #expect(b.build().edgeCountsByKind == [2])
        var empty = GraphBuilder(directed: false)
        _ = empty.addNode("a")
        #expect(empty.build().edgeCountsByKind.allSatisfy { $0 == 0 })
    }
}
