import Testing
import SandanGraph
import SandanClusters

/// Multiplex measures on a hand-built three-layer network.
///
/// Nodes a, b, c, d, e (e isolated). L1: a–b, a–c, a–b again (parallel); L2: a–b, c–d; L3: a–d.
/// Layer degrees (distinct neighbours): a (2, 1, 1), b (1, 1, 0), c (1, 1, 0), d (0, 1, 1), e 0.
/// Participation, M = 3: a: o = 4, 3/2 · (1 − (4 + 1 + 1)/16) = 15/16;
/// b, c, d: o = 2, 3/2 · (1 − 1/4 − 1/4) = 3/4; e: 0.
/// Pairs: L1 {ab, ac}, L2 {ab, cd}, L3 {ad}: L1∩L2 = {ab} of 3 → 1/3; the others 0 of 3.
@Suite struct MultiplexTests {
    static func graph() throws -> Graph {
        try TestGraphs.make(nodes: ["a", "b", "c", "d", "e"].map { ($0, [:]) },
                            edges: [("a", "b", "L1", [:]), ("a", "c", "L1", [:]), ("a", "b", "L1", [:]),
                                    ("a", "b", "L2", [:]), ("c", "d", "L2", [:]), ("a", "d", "L3", [:])])
    }

    @Test func degreesPerLayerAndParticipation() throws {
        let profile = try multiplexProfile(try Self.graph())
        #expect(profile.layers == ["L1", "L2", "L3"])
        #expect(profile.nodes.map(\.layerDegrees) == [[2, 1, 1], [1, 1, 0], [1, 1, 0], [0, 1, 1], [0, 0, 0]])
        #expect(profile.nodes.map(\.overlappingDegree) == [4, 2, 2, 2, 0])
        #expect(profile.nodes.map(\.aggregateDegree) == [3, 1, 2, 2, 0])
        let expected = [15.0 / 16, 0.75, 0.75, 0.75, 0]
        for (node, value) in zip(profile.nodes, expected) { #expect(abs(node.participation! - value) < 1e-12) }
    }

    @Test func layerSizesAndOverlap() throws {
        let profile = try multiplexProfile(try Self.graph())
        #expect(profile.layerSummaries.map(\.pairs) == [2, 2, 1])
        #expect(profile.layerSummaries.map(\.edges) == [3, 2, 1])
        #expect(profile.layerSummaries.map(\.activeNodes) == [3, 4, 2])
        #expect(profile.overlaps.map { "\($0.a)/\($0.b)" } == ["L1/L2", "L1/L3", "L2/L3"])
        #expect(profile.overlaps.map(\.shared) == [1, 0, 0])
        #expect(profile.overlaps.map(\.union) == [3, 3, 3])
        #expect(abs(profile.overlaps[0].jaccard! - 1.0 / 3) < 1e-12)
    }

    /// Two layers, M = 2: a has (2, 1), o = 3: 2 · (1 − 4/9 − 1/9) = 8/9.
    @Test func aChosenSubsetOfLayers() throws {
        let profile = try multiplexProfile(try Self.graph(), kinds: ["L1", "L2"])
        #expect(profile.nodes[0].layerDegrees == [2, 1])
        #expect(abs(profile.nodes[0].participation! - 8.0 / 9) < 1e-12)
        #expect(profile.nodes[0].aggregateDegree == 2)
        #expect(profile.overlaps.count == 1)
    }

    @Test func oneLayerHasNoParticipation() throws {
        let profile = try multiplexProfile(try Self.graph(), kinds: ["L3"])
        #expect(profile.nodes.allSatisfy { $0.participation == nil })
        #expect(profile.overlaps.isEmpty)
        #expect(profile.nodes[0].layerDegrees == [1])
    }

    @Test func badLayerChoicesAreErrors() throws {
        #expect(throws: GraphError.self) { try multiplexProfile(try Self.graph(), kinds: ["L4"]) }
        #expect(throws: GraphError.namedTwice("L1", list: "the edge kinds")) { try multiplexProfile(try Self.graph(), kinds: ["L1", "L1"]) }
        #expect(throws: GraphError.emptySelection("edge kind")) { try multiplexProfile(try Self.graph(), kinds: []) }
    }
}
