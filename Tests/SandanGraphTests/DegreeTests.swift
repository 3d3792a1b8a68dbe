import SandanGraph
import Testing

@Suite("Degree and strength")
struct DegreeTests {
    @Test("degree, in/out-degree and strength match NetworkX", arguments: ReferenceFixture.names)
    func fixtureDegrees(name: String) throws {
        let f = try ReferenceFixture.load(name)
        let expected = try #require(f.nodeValues("degree"))
        expectClose(degrees(f.graph).map(Double.init), expected, "\(name) degree")
        if let incoming = f.nodeValues("in_degree"), let outgoing = f.nodeValues("out_degree") {
            expectClose(degrees(f.graph, direction: .incoming).map(Double.init), incoming, "\(name) in-degree")
            expectClose(degrees(f.graph, direction: .outgoing).map(Double.init), outgoing, "\(name) out-degree")
        }
        expectClose(strengths(f.weightedGraph), try #require(f.nodeValues("strength")), "\(name) strength")
        expectClose(strengths(f.graph), expected, "\(name) unweighted strength = degree")
    }

    @Test("a self-loop counts twice in degree and strength, as NetworkX")
    func selfLoop() throws {
        // Hand computation: a–a (weight 2.5) and a–b (weight 1): NetworkX gives degree a = 3,
        // b = 1 and strength a = 2 × 2.5 + 1 = 6, b = 1.
        var builder = GraphBuilder(directed: false)
        let loop = builder.addEdge("a", "a"), ab = builder.addEdge("a", "b")
        try builder.setEdgeAttribute("w", edge: loop, .double(2.5))
        try builder.setEdgeAttribute("w", edge: ab, .double(1))
        let graph = try builder.build().weighted(by: "w")
        #expect(degrees(graph) == [3, 1])
        #expect(strengths(graph) == [6, 1])
    }

    @Test("degree centrality divides by n − 1; one node gives 1, as NetworkX")
    func centrality() throws {
        let f = try ReferenceFixture.load("kite")
        let expected = try #require(f.nodeValues("degree")).map { $0 / 9 }
        expectClose(degreeCentrality(f.graph), expected, "kite degree centrality")
        #expect(degreeCentrality(try ReferenceFixture.load("single").graph) == [1])
        #expect(degreeCentrality(try ReferenceFixture.load("empty").graph).isEmpty)
    }
}
