import Testing
@testable import SandanGraph

/// Clustering against NetworkX (`clustering`, `clustering(weight=)`, `transitivity`,
/// `average_clustering`) on every fixture.
@Suite struct ClusteringTests {
    @Test(arguments: StructureFixture.all)
    func localClusteringMatchesNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let expected = try fixture.requiredNode("clustering")
        expectMatches(try clustering(fixture.graph.unweighted()), expected, "\(name) clustering")
        expectMatches(try clustering(fixture.graph.unweighted(), options: .init(threads: 1)), expected,
                      "\(name) clustering, one thread")
        if let weighted = fixture.node("clustering_weighted") {
            expectMatches(try clustering(fixture.graph), weighted, "\(name) weighted clustering")
        }
    }

    @Test(arguments: StructureFixture.all)
    func transitivityAndAverageMatchNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        if graph.isDirected {
            #expect(throws: GraphError.self) { try transitivity(graph) }
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
        guard let expected = fixture.scalar("average_clustering_defined_only") else { return }
        expectMatches(try averageClustering(fixture.graph.unweighted(), options: .init(average: .definedOnly)),
                      expected, "\(name) average clustering (igraph)")
    }
}
