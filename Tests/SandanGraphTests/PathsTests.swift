import SandanGraph
import Testing

@Suite("Shortest paths and distances")
struct PathsTests {
    @Test("breadth-first search and Dijkstra on a small weighted graph (hand-checked)")
    func singleSource() throws {
        // a–b 4, a–c 1, c–b 2, b–d 5, and an isolated e. Hops from a: b 1, c 1, d 2.
        // Lengths from a: c 1, b 1 + 2 = 3 (via c), d 3 + 5 = 8.
        var builder = GraphBuilder(directed: false)
        for (u, v, w) in [("a", "b", 4.0), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5)] {
            let e = builder.addEdge(u, v)
            try builder.setEdgeAttribute("w", edge: e, .double(w))
        }
        builder.addNode("e")
        let graph = try builder.build().weighted(by: "w")
        let hops = try breadthFirstSearch(graph, from: 0)
        #expect(hops.distances == [0, 1, 1, 2, .infinity])
        #expect(hops.path(to: 3) == [0, 1, 3])
        #expect(hops.path(to: 4) == nil)
        let lengths = try dijkstra(graph, from: 0)
        #expect(lengths.distances == [0, 3, 1, 8, .infinity])
        #expect(lengths.path(to: 3) == [0, 2, 1, 3])
        #expect(lengths.reachedCount == 4)
        #expect(try shortestPaths(graph, from: 0) == lengths)
        #expect(try shortestPaths(graph.unweighted(), from: 0) == hops)
        #expect(throws: GraphError.nodeOutOfRange(index: 5, nodeCount: 5)) { try dijkstra(graph, from: 5) }
    }

    @Test("directed searches follow or oppose edge direction")
    func directions() throws {
        var builder = GraphBuilder(directed: true)
        builder.addEdge("a", "b"); builder.addEdge("b", "c")
        let graph = builder.build()
        #expect(try breadthFirstSearch(graph, from: 2).distances == [.infinity, .infinity, 0])
        let back = try breadthFirstSearch(graph, from: 2, direction: .incoming)
        #expect(back.distances == [2, 1, 0])
        #expect(back.path(to: 0) == [0, 1, 2])
        #expect(try dijkstra(graph, from: 0).distances == [0, 1, 2])
    }

    @Test("Dijkstra refuses negative and non-finite weights")
    func badWeights() throws {
        for (w, negative) in [(-3.0, true), (Double.infinity, false)] {
            var builder = GraphBuilder(directed: true)
            let e = builder.addEdge("s", "a")
            try builder.setEdgeAttribute("w", edge: e, .double(w))
            let graph = try builder.build().weighted(by: "w")
            let expected: GraphError = negative ? .negativeWeight(algorithm: "Dijkstra", edge: 0, weight: w)
                : .invalidWeight(algorithm: "Dijkstra", edge: 0, weight: w)
            #expect(throws: expected) { try dijkstra(graph, from: 0) }
        }
    }

    @Test("eccentricity matches NetworkX on connected graphs and is an error otherwise",
          arguments: ReferenceFixture.names)
    func eccentricitiesMatchNetworkX(name: String) throws {
        let f = try ReferenceFixture.load(name)
        if let expected = f.nodeValues("eccentricity") {
            expectClose(try eccentricities(f.graph, threads: 2), expected, "\(name) eccentricity")
        } else {
            #expect(throws: GraphError.self) { try eccentricities(f.graph) }
        }
    }

    @Test("diameter, radius and average path length of the largest component match NetworkX",
          arguments: ReferenceFixture.names)
    func summaries(name: String) throws {
        let f = try ReferenceFixture.load(name)
        guard f.graph.nodeCount > 0 else {
            #expect(throws: GraphError.emptyGraph(algorithm: "diameter")) { try distanceSummary(f.graph) }
            return
        }
        let summary = try distanceSummary(f.graph, threads: 2)
        expectClose(summary.diameter, try #require(f.scalar("diameter_lcc")), "\(name) diameter")
        expectClose(summary.radius, try #require(f.scalar("radius_lcc")), "\(name) radius")
        expectClose(summary.averageShortestPathLength, try #require(f.scalar("average_shortest_path_length_lcc")),
                    "\(name) average path length")
        // The whole-graph values exist exactly when the graph is (strongly) connected.
        #expect(summary.coversGraph == (f.scalar("diameter") != nil))
        if let whole = f.scalar("diameter") { expectClose(summary.diameter, whole, "\(name) whole diameter") }
        if let largest = f.scalar(f.graph.isDirected ? "largest_strong_component" : "largest_component") {
            #expect(Double(summary.component.count) == largest)
        }
    }

    @Test("global efficiency matches NetworkX (undirected graphs)", arguments: ReferenceFixture.names)
    func efficiency(name: String) throws {
        let f = try ReferenceFixture.load(name)
        guard let expected = try f.scalarUnlessRecordedNull("global_efficiency") else { return }
        expectClose(try globalEfficiency(f.graph), expected, "\(name) global efficiency")
    }

    @Test("directed global efficiency averages 1/d over ordered pairs")
    func directedEfficiency() throws {
        // a→b→c: ordered pairs with a path: (a,b) 1, (b,c) 1, (a,c) 1/2; six ordered pairs in
        // all, so (1 + 1 + 0.5)/6.
        var builder = GraphBuilder(directed: true)
        builder.addEdge("a", "b"); builder.addEdge("b", "c")
        expectClose(try globalEfficiency(builder.build()), 2.5 / 6, "a→b→c")
    }
}
