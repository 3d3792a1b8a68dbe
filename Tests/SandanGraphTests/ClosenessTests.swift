import SandanGraph
import Testing

@Suite("Closeness and harmonic centrality")
struct ClosenessTests {
    @Test("closeness and harmonic match NetworkX (directed: incoming distance)", arguments: ReferenceFixture.names)
    func unweighted(name: String) throws {
        let f = try ReferenceFixture.load(name)
        expectClose(try closenessCentrality(f.graph, options: ClosenessOptions(threads: 2)), try #require(f.nodeValues("closeness")),
                    "\(name) closeness")
        expectClose(try harmonicCentrality(f.graph, threads: 2), try #require(f.nodeValues("harmonic")),
                    "\(name) harmonic")
    }

    @Test("weighted closeness and harmonic (weights as lengths) match NetworkX", arguments: ReferenceFixture.weightedNames)
    func weighted(name: String) throws {
        let f = try ReferenceFixture.load(name)
        let closeness = try #require(f.nodeValues("closeness_weighted"))
        expectClose(try closenessCentrality(f.weightedGraph), closeness, "\(name) weighted closeness")
        expectClose(try harmonicCentrality(f.weightedGraph), try #require(f.nodeValues("harmonic_weighted")),
                    "\(name) weighted harmonic")
    }

    @Test("without the Wasserman–Faust scaling, closeness is igraph's (r − 1)/Σd")
    func withoutScaling() throws {
        // K3 + K2 + an isolated node: in K3 each node has r − 1 = 2 others at distance 1, so
        // 2/2 = 1; in K2, 1/1 = 1; the isolated node 0. (igraph 1.0 `closeness` gives the same.)
        let f = try ReferenceFixture.load("disconnected")
        #expect(try closenessCentrality(f.graph, options: ClosenessOptions(wassermanFaust: false)) == [1, 1, 1, 1, 1, 0])
    }

    @Test("negative lengths are errors")
    func negative() throws {
        var builder = GraphBuilder(directed: true)
        let e = builder.addEdge("a", "b")
        try builder.setEdgeAttribute("w", edge: e, .double(-1))
        let graph = try builder.build().weighted(by: "w")
        #expect(throws: GraphError.negativeWeight(algorithm: "closeness", edge: 0, weight: -1)) {
            try closenessCentrality(graph)
        }
    }
}
