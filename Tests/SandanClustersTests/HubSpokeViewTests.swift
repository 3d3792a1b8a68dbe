import Testing
import SandanGraph
@testable import SandanClusters

@Suite struct HubSpokeViewTests {
    @Test func keepsIndustrialLinkagesAndTheNodesTheyTouch() throws {
        var b = GraphBuilder(directed: true)
        for id in ["hq", "gumi", "a", "b", "changwon", "lonely"] { _ = b.addNode(id) }
        _ = b.addEdge("hq", "gumi", kind: "management")
        _ = b.addEdge("gumi", "a", kind: "anchor-link")
        _ = b.addEdge("gumi", "b", kind: "anchor-link")
        _ = b.addEdge("a", "changwon", kind: "value-chain")
        _ = b.addEdge("hq", "changwon", kind: "coordination")
        let view = try HubSpokeView(b.build())
        // hq (governance only) and lonely (no edge) are gone; order kept.
        #expect((0..<view.graph.nodeCount).map { view.graph.ids[$0] } == ["gumi", "a", "b", "changwon"])
        #expect(view.graph.edgeCount == 3)
        #expect(view.isAnchor == [true, false, false, false])
    }

    @Test func aGraphWithoutIndustrialLinkagesIsAnError() throws {
        var b = GraphBuilder(directed: true)
        _ = b.addEdge("hq", "gumi", kind: "management")
        #expect(throws: GraphError.self) { try HubSpokeView(b.build()) }
    }
}
