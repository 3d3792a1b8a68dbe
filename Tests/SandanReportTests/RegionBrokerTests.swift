import Testing
import SandanGraph
@testable import SandanReport

@Suite struct RegionBrokerTests {
    /// A star centre b (region B) with leaves a1, a2 (A), c (C) and x (no region). By hand, the
    /// open paths through b among nodes with a region: a1–b–a2 (itinerant: ends both in A),
    /// a1–b–c and a2–b–c (liaison: A, B, C all different). x is left out.
    @Test func countsEachOpenPathOnceByTheProvincesOfItsThreeNodes() throws {
        var builder = GraphBuilder(directed: false)
        for id in ["b", "a1", "a2", "c", "x"] { builder.addNode(id) }
        for leaf in ["a1", "a2", "c", "x"] { builder.addEdge("b", leaf) }
        let graph = builder.build()
        let regions: [String?] = ["B", "A", "A", "C", nil]
        let ranking = try RegionBroker.ranking(graph, regions: regions)
        let b = try #require(ranking.first)
        #expect(b.node == 0)
        #expect(b.liaison == 2)
        #expect(b.itinerant == 1)
        #expect(b.representativeOrGatekeeper == 0)
        #expect(b.betweenRegions == 3)
        #expect(b.otherRegions == 2)
        #expect(ranking.count == 4)
        #expect(ranking.dropFirst().allSatisfy { $0.betweenRegions == 0 })
    }

    @Test func agreesWithBrokerageOnTheBundledNetwork() throws {
        let graph = try BundledNetwork.graph()
        let regions = (0..<graph.nodeCount).map { graph.nodeAttributes.value("region", at: $0)?.description }
        #expect(regions.allSatisfy { $0 != nil })
        let scores = try brokerage(graph, groups: try NodeGroups(graph, attribute: "region"))
        for broker in try RegionBroker.ranking(graph, regions: regions) {
            let v = broker.node
            #expect(broker.liaison * 2 == scores.counts(.liaison)[v])
            #expect(broker.itinerant * 2 == scores.counts(.itinerant)[v])
            #expect(broker.representativeOrGatekeeper * 2 == scores.counts(.representative)[v] + scores.counts(.gatekeeper)[v])
        }
    }
}
