import Testing
import SandanGraph
@testable import SandanClusters

@Suite struct HubSpokeViewTests {
    @Test func keepsIndustrialLinkagesAndTheNodesTheyTouch() throws {
        var b = GraphBuilder(directed: true)
        for id in ["hq", "gumi", "a", "b", "changwon", "lonely", "incheon", "namdong"] { _ = b.addNode(id) }
        _ = b.addEdge("hq", "gumi", kind: "management")
        _ = b.addEdge("gumi", "a", kind: "anchor-link")
        _ = b.addEdge("gumi", "b", kind: "anchor-link")
        _ = b.addEdge("a", "changwon", kind: "value-chain")
        _ = b.addEdge("hq", "changwon", kind: "coordination")
        _ = b.addEdge("incheon", "namdong", kind: "value-chain-undirected")
        let view = try HubSpokeView(b.build())
        // hq (governance only) and lonely (no edge) are gone; a value chain without a stated
        // direction is an industrial linkage too; order kept.
        #expect((0..<view.graph.nodeCount).map { view.graph.ids[$0] } == ["gumi", "a", "b", "changwon", "incheon", "namdong"])
        #expect(view.graph.edgeCount == 4)
        #expect(view.isAnchor == [true, false, false, false, false, false])
        // The anchor gumi is labelled first however small; the others by size.
        let ranking = view.labelRanking(sizes: [1, 5, 2, 9, 0, 3])
        let order = ranking.indices.sorted { ranking[$0] > ranking[$1] }
        #expect(order == [0, 3, 1, 5, 2, 4])
    }

    @Test func aGraphWithoutIndustrialLinkagesIsAnError() throws {
        var b = GraphBuilder(directed: true)
        _ = b.addEdge("hq", "gumi", kind: "management")
        #expect(throws: GraphError.self) { try HubSpokeView(b.build()) }
    }
}
