import Testing
import SandanGraph
import SandanClusters

/// The region-level network and E–I indices on a hand-built graph.
///
/// R1 = {a, s1, s2, s3, y}, R2 = {x, b}, z has no region. Edges: a–s1, a–s2, a–s3
/// (anchor-link), s1–s2 (cooperation), a–s1 (value-chain), a–x (cross-region), b–y
/// (anchor-link), z–a (management).
/// Inside R1: a–s1, a–s2, a–s3, s1–s2, a–s1 → I = 5. Across: a–x, b–y → E = 2 for each region.
/// E–I(R1) = (2 − 5)/7 = −3/7; E–I(R2) = (2 − 0)/2 = 1; whole network (2 − 5)/7 = −3/7.
@Suite struct RegionNetworkTests {
    static func graph() throws -> Graph {
        try TestGraphs.make(
            nodes: [TestGraphs.node("a", "R1"), TestGraphs.node("s1", "R1"), TestGraphs.node("s2", "R1"),
                    TestGraphs.node("s3", "R1"), TestGraphs.node("y", "R1"), TestGraphs.node("x", "R2"),
                    TestGraphs.node("b", "R2"), ("z", [:])],
            edges: [("a", "s1", "anchor-link", [:]), ("a", "s2", "anchor-link", [:]), ("a", "s3", "anchor-link", [:]),
                    ("s1", "s2", "cooperation", [:]), ("a", "s1", "value-chain", [:]), ("a", "x", "cross-region", [:]),
                    ("b", "y", "anchor-link", [:]), ("z", "a", "management", [:])])
    }

    @Test func summariesAndEIIndex() throws {
        let network = try regionNetwork(try Self.graph())
        #expect(network.regions.map(\.region) == ["R1", "R2"])
        #expect(network.regions.map(\.members) == [5, 2])
        #expect(network.regions.map(\.internalLinkages) == [5, 0])
        #expect(network.regions.map(\.externalLinkages) == [2, 2])
        #expect(abs(network.regions[0].eiIndex! - (-3.0 / 7.0)) < 1e-12)
        #expect(network.regions[1].eiIndex == 1)
        #expect(abs(network.eiIndex! - (-3.0 / 7.0)) < 1e-12)
        #expect(network.unassignedNodes == 1)
        #expect(network.unassignedLinkages == 1)
    }

    /// Links by decreasing count: R1–R1 5 (anchor-link 3, cooperation 1, value-chain 1), then
    /// R1–R2 2 (anchor-link 1, cross-region 1), kinds in the graph's kind order.
    @Test func linksWithCountsPerKind() throws {
        let network = try regionNetwork(try Self.graph())
        #expect(network.links.map { "\($0.a)-\($0.b):\($0.linkages)" } == ["R1-R1:5", "R1-R2:2"])
        #expect(network.links[0].byKind.map(\.kind) == ["anchor-link", "cooperation", "value-chain"])
        #expect(network.links[0].byKind.map(\.linkages) == [3, 1, 1])
        #expect(network.links[1].byKind.map(\.kind) == ["anchor-link", "cross-region"])
    }

    /// The quotient: nodes R1, R2 with members 5 and 2; a self-loop of weight 5 on R1 and an
    /// R1–R2 edge of weight 2.
    @Test func quotientGraphIsReadyToRender() throws {
        let q = try regionNetwork(try Self.graph()).graph
        #expect(q.ids.all == ["R1", "R2"])
        #expect(q.edgeCount == 2)
        let weights = (0..<q.edgeCount).map { (q.ids[q.source(of: $0)], q.ids[q.target(of: $0)], q.weight(of: $0)) }
        #expect(weights.contains { $0 == ("R1", "R1", 5) })
        #expect(weights.contains { $0 == ("R1", "R2", 2) })
    }

    /// A directed graph gives the same counts: direction is ignored.
    @Test func directionIsIgnored() throws {
        let directed = try TestGraphs.make(nodes: [TestGraphs.node("a", "R1"), TestGraphs.node("b", "R2")],
                                           edges: [("a", "b", "", [:]), ("b", "a", "", [:])], directed: true)
        let network = try regionNetwork(directed)
        #expect(network.links.map(\.linkages) == [2])
        #expect(network.regions.map(\.externalLinkages) == [2, 2])
    }

    @Test func anEmptyRegionHasNoIndex() throws {
        let g = try TestGraphs.make(nodes: [TestGraphs.node("a", "R1")])
        #expect(try regionNetwork(g).regions.first?.eiIndex == nil)
        #expect(try regionNetwork(g).eiIndex == nil)
    }

    @Test func unknownAttributeIsAnError() throws {
        #expect(throws: GraphError.self) { try regionNetwork(try Self.graph(), attribute: "nope") }
    }
}
