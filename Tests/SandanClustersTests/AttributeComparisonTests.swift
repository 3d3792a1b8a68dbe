import Testing
import SandanClusters
import SandanGraph

/// A partition against a node attribute: NMI and ARI recorded from python-igraph 1.0.0
/// (`igraph.clustering.compare_communities([0,0,0,1,1,1,2], [0,0,1,1,1,2,2], method=…)`).
@Suite struct AttributeComparisonTests {
    /// Nine nodes: seven with a region, one with a blank region, one with none.
    static func graph() throws -> Graph {
        let regions: [String?] = ["a", "a", "b", "b", "b", "c", "c", "  ", nil]
        return try TestGraphs.make(nodes: regions.enumerated().map { i, region in
            ("v\(i)", region.map { ["region": .string($0)] } ?? ["kind": .string("complex")])
        })
    }

    @Test func agreementAgainstIgraph() throws {
        let c = try AttributeComparison(graph: Self.graph(), labels: [0, 0, 0, 1, 1, 1, 2, 0, 1], attribute: "region")
        #expect(abs(c.nmi - 0.5120965390369828) < 1e-12)
        #expect(abs(c.ari - 0.14035087719298286) < 1e-12)
        // The blank and the missing region are left out.
        #expect(c.missing == 2)
        #expect(c.values == ["a", "b", "c"])
        #expect(c.valueOf[7] == nil && c.valueOf[8] == nil && c.valueOf[0] == "a")
        // Communities × regions, counted by hand.
        #expect(c.table.rowLabels == [0, 1, 2])
        #expect(c.table.counts == [[2, 1, 0], [0, 2, 1], [0, 0, 1]])
    }

    @Test func renamedGroupsAgreeFully() throws {
        let c = try AttributeComparison(graph: Self.graph(), labels: [5, 5, 9, 9, 9, 1, 1, 0, 0], attribute: "region")
        #expect(c.nmi == 1 && c.ari == 1)
    }

    @Test func anUnknownAttributeOrAShortPartitionIsAnError() throws {
        let graph = try Self.graph()
        #expect(throws: GraphError.unknownAttribute(name: "province", available: graph.nodeAttributes.names)) {
            try AttributeComparison(graph: graph, labels: Array(repeating: 0, count: 9), attribute: "province")
        }
        #expect(throws: GraphError.self) { try AttributeComparison(graph: graph, labels: [0, 1], attribute: "region") }
    }
}
