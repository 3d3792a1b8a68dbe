import Testing
@testable import SandanGraph

/// Clustering against NetworkX (`clustering`, `clustering(weight=)`, `transitivity`,
/// `average_clustering`) on every fixture.
@Suite struct ClusteringTests {
    @Test(arguments: StructureFixture.all)
    func localClusteringMatchesNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let expected = try fixture.requiredNode("clustering")
        expectMatches(try localClustering(fixture.graph.unweighted()), expected, "\(name) clustering")
        expectMatches(try localClustering(fixture.graph.unweighted(), options: .init(threads: 1)), expected,
                      "\(name) clustering, one thread")
        if let weighted = fixture.node("clustering_weighted") {
            expectMatches(try localClustering(fixture.graph), weighted, "\(name) weighted clustering")
        }
    }

    @Test(arguments: StructureFixture.all)
    func transitivityAndAverageMatchNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        if graph.isDirected {
            #expect(throws: GraphError.directedGraph(algorithm: "transitivity")) { try transitivity(graph) }
        } else {
            expectMatches(try transitivity(graph), try #require(fixture.scalar("transitivity")), "\(name) transitivity")
        }
        expectMatches(try averageClustering(graph), try #require(fixture.scalar("average_clustering")),
                      "\(name) average clustering")
    }
}

extension ClusteringTests {
    /// igraph's convention: nodes with fewer than two neighbours are left out of the mean.
    @Test(arguments: StructureFixture.all)
    func averageOverDefinedNodesMatchesIgraph(_ name: String) throws {
        let fixture = try StructureFixture(name)
        // The generator computes it for undirected graphs with nodes (igraph's function is undirected).
        if fixture.graph.isDirected || fixture.graph.nodeCount == 0 {
            #expect(fixture.scalar("average_clustering_defined_only") == nil)
            return
        }
        guard let expected = try fixture.scalarUnlessRecordedNull("average_clustering_defined_only") else { return }
        expectMatches(try averageClustering(fixture.graph.unweighted(), options: .init(average: .definedOnly)),
                      expected, "\(name) average clustering (igraph)")
    }
}

extension ClusteringTests {
    /// A multigraph with self-loops: triangles {0,1,2} and {1,2,3}, a pendant 3–4, the edges 0–1
    /// and 1–2 twice, loops at 2 and 4. As a simple graph (loops dropped, each tie once): degrees
    /// 2, 3, 3, 3, 1, so c = 1/1, 2/3, 2/3, 1/3, 0; transitivity 3·2 / (1+3+3+3) = 0.6; average
    /// 8/15. Weighted, every tie weighs 2 (0–1 as 1 + 1, 1–2 as 1.5 + 0.5) and the loop at 2
    /// weighs 4, the largest weight, so every ŵ = 1/2 and each triangle's (ŵŵŵ)^{1/3} is 1/2:
    /// c = 1/2, 1/3, 1/3, 1/6, 0. (NetworkX gives all these on the simple graph, loop kept.)
    static func multigraphWithLoops() throws -> Graph {
        var builder = GraphBuilder(directed: false)
        for v in 0..<5 { builder.addNode(integer: v) }
        let edges: [(Int, Int, Double)] = [(0, 1, 1), (0, 2, 2), (1, 2, 1.5), (1, 0, 1), (1, 3, 2), (2, 3, 2),
                                           (3, 4, 2), (2, 2, 4), (2, 1, 0.5), (4, 4, 1)]
        builder.declareEdgeAttribute("weight", type: .double)
        for (u, v, w) in edges {
            try builder.setEdgeAttribute("weight", edge: builder.addEdge(u, v), .double(w))
        }
        return try builder.build().weighted(by: "weight")
    }

    @Test func loopsAreIgnoredAndParallelEdgesMerged() throws {
        let weighted = try Self.multigraphWithLoops(), graph = weighted.unweighted()
        for threads in [1, 2] {
            expectMatches(try localClustering(graph, options: .init(threads: threads)), [1, 2.0 / 3, 2.0 / 3, 1.0 / 3, 0],
                          "multigraph clustering, \(threads) threads")
            expectMatches(try localClustering(weighted, options: .init(threads: threads)), [0.5, 1.0 / 3, 1.0 / 3, 1.0 / 6, 0],
                          "weighted multigraph clustering, \(threads) threads")
        }
        expectMatches(try transitivity(graph), 0.6, "multigraph transitivity")
        expectMatches(try averageClustering(graph), 8.0 / 15, "multigraph average clustering")
    }

    /// Fagiolo's directed coefficient on the cycle 0→1→2→0 with 1→0 added, 0→1 doubled and a
    /// loop at 2. With S = A + Aᵀ: s01 = 2, s12 = s20 = 1, so (S³)_ii = 2·(2·1·1) = 4 at every
    /// node. Node 0 has 3 arcs (out 1; in 1, 2), one reciprocated: 2(3·2 − 2·1) = 8 pairs, c = 1/2;
    /// node 1 likewise; node 2 has 2 arcs, none reciprocated: 2(2·1) = 4, c = 1. (NetworkX
    /// `clustering` on the simple digraph with the loop agrees.)
    @Test func directedLoopsAndParallelArcs() throws {
        var builder = GraphBuilder(directed: true)
        for v in 0..<3 { builder.addNode(integer: v) }
        for (u, v) in [(0, 1), (1, 2), (2, 0), (1, 0), (0, 1), (2, 2)] { builder.addEdge(u, v) }
        let graph = builder.build()
        for threads in [1, 2] {
            expectMatches(try localClustering(graph, options: .init(threads: threads)), [0.5, 0.5, 1], "directed, \(threads) threads")
        }
    }
}
