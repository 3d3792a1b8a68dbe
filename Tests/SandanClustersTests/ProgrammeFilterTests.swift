import Testing
import SandanClusters
import SandanGraph

/// `Graph.keeping(programmes:)`: the linkages of some programmes and the nodes they touch.
@Suite struct ProgrammeFilterTests {
    static func graph() throws -> Graph {
        try TestGraphs.make(
            nodes: [("a", [:]), ("b", [:]), ("c", [:]), ("d", [:]), ("lonely", [:])],
            edges: [("a", "b", "anchor-link", ["programme": .string("overhaul-2020")]),
                    ("b", "c", "value-chain", ["programme": .string("wide-area-2010")]),
                    ("c", "d", "anchor-link", ["programme": .string("overhaul-2020")]),
                    ("a", "d", "management", [:])])
    }

    @Test func keepsTheProgrammesLinkagesAndTheNodesTheyTouch() throws {
        let kept = try Self.graph().keeping(programmes: ["overhaul-2020"])
        #expect((0..<kept.nodeCount).map { kept.ids[$0] } == ["a", "b", "c", "d"])
        #expect(kept.edgeCount == 2)
        let one = try Self.graph().keeping(programmes: ["wide-area-2010", "no-such"])
        #expect((0..<one.nodeCount).map { one.ids[$0] } == ["b", "c"])
        #expect(one.edgeCount == 1 && one.kind(of: 0) == "value-chain")
    }

    @Test func noLinkageOfTheProgrammeNamesTheOnesThereAre() throws {
        #expect(throws: GraphError.parameterOutOfRange(name: "the programme", value: "regeneration",
                                                   allowed: "one with linkages (programmes: overhaul-2020, wide-area-2010)")) {
            try Self.graph().keeping(programmes: ["regeneration"])
        }
        #expect(throws: GraphError.attributesRequired(purpose: "keeping linkages by programme", kind: "edge", names: ["programme"])) {
            try TestGraphs.edges([("a", "b")]).keeping(programmes: ["overhaul-2020"])
        }
    }
}
