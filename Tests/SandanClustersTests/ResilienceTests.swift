import Testing
import SandanGraph
import SandanClusters

/// Removal runs and single-node losses on hand-built graphs.
@Suite struct ResilienceTests {
    /// The bowtie: triangles a–b–c and d–e–f joined by the path c–h–d.
    /// Distances (unordered pairs): from a 1,1,2,3,4,4; b 1,2,3,4,4; c 1,2,3,3; h 1,2,2; d 1,1;
    /// e 1 → 46 over 21 pairs, mean 46/21 (NetworkX average_shortest_path_length agrees).
    static func bowtie() throws -> Graph {
        try TestGraphs.edges([("a", "b"), ("b", "c"), ("a", "c"), ("c", "h"), ("h", "d"), ("d", "e"), ("e", "f"), ("d", "f")])
    }

    /// Recomputed degree attack on the bowtie. Step 1: c and d tie at 3, c has the smaller
    /// index; left {a,b} and {h,d,e,f}: 2 components, largest 4, mean (1 + 8)/7 (h–d 1, h–e 2,
    /// h–f 2, d–e 1, d–f 1, e–f 1). Step 2: d (degree 3 of 6 left → 3/5); left {a,b} {h} {e,f}:
    /// mean (1 + 1)/2 = 1.
    @Test func recomputedDegreeAttack() throws {
        let run = try removalResilience(try Self.bowtie(), order: .score(.degree, recomputed: true), options: ResilienceOptions(steps: 2))
        #expect(run.steps.count == 3)
        #expect(run.steps[0].largestComponent == 7)
        #expect(run.steps[0].components == 1)
        #expect(abs(run.steps[0].meanShortestPath! - 46.0 / 21.0) < 1e-12)
        #expect(run.steps[1].removedID == "c")
        #expect(run.steps[1].components == 2)
        #expect(run.steps[1].largestComponent == 4)
        #expect(abs(run.steps[1].meanShortestPath! - 9.0 / 7.0) < 1e-12)
        #expect(abs(run.steps[1].largestComponentFraction - 4.0 / 7.0) < 1e-12)
        #expect(run.steps[2].removedID == "d")
        #expect(abs(run.steps[2].score! - 3.0 / 5.0) < 1e-12)
        #expect(run.steps[2].components == 3)
        #expect(run.steps[2].meanShortestPath == 1)
        #expect(run.order == "degree (recomputed)")
    }

    /// x (index 0) links y, a, b, c; w (index 1) links f, g; y (index 2) links x, d, e.
    /// Initial degrees x 4, y 3, w 2: the initial order takes y second. Recomputed after x is
    /// gone, y and w both have 2 and w has the smaller index: w goes second.
    @Test func initialOrderDiffersFromRecomputed() throws {
        let g = try TestGraphs.make(nodes: [("x", [:]), ("w", [:]), ("y", [:])],
                                    edges: [("x", "y", "", [:]), ("x", "a", "", [:]), ("x", "b", "", [:]), ("x", "c", "", [:]),
                                            ("y", "d", "", [:]), ("y", "e", "", [:]), ("w", "f", "", [:]), ("w", "g", "", [:])])
        let initial = try removalResilience(g, order: .score(.degree, recomputed: false), options: ResilienceOptions(steps: 2))
        let recomputed = try removalResilience(g, order: .score(.degree, recomputed: true), options: ResilienceOptions(steps: 2))
        #expect(initial.steps.compactMap(\.removedID) == ["x", "y"])
        #expect(recomputed.steps.compactMap(\.removedID) == ["x", "w"])
        // Recomputed on the 9 nodes left, w's degree centrality is 2/8.
        #expect(recomputed.steps[2].score == 0.25)
    }

    /// The path a–b–c–d–e. Betweenness (NetworkX-normalised, × 2/(4·3)): b 3/6, c 4/6, d 3/6,
    /// so the betweenness attack takes c first (2/3) and leaves {a,b} and {d,e}; the degree
    /// attack takes b (degree 2, the smallest index among b, c, d). Both are one code path with
    /// a different score.
    @Test func betweennessAndDegreeAttacksDiffer() throws {
        let path = try TestGraphs.edges([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")])
        let byBetweenness = try removalResilience(path, order: .score(.betweenness, recomputed: true), options: ResilienceOptions(steps: 1))
        #expect(byBetweenness.steps[1].removedID == "c")
        #expect(abs(byBetweenness.steps[1].score! - 2.0 / 3.0) < 1e-12)
        #expect(byBetweenness.steps[1].components == 2)
        #expect(byBetweenness.steps[1].largestComponent == 2)
        #expect(byBetweenness.order == "betweenness (recomputed)")
        let byDegree = try removalResilience(path, order: .score(.degree, recomputed: true), options: ResilienceOptions(steps: 1))
        #expect(byDegree.steps[1].removedID == "b")
    }

    /// Removing h splits the bowtie into two triangles: mean (3 + 3)/6 = 1.
    @Test func namedRemovals() throws {
        let run = try removalResilience(try Self.bowtie(), order: .named(["h"]))
        #expect(run.steps.count == 2)
        #expect(run.steps[1].components == 2)
        #expect(run.steps[1].largestComponent == 3)
        #expect(run.steps[1].meanShortestPath == 1)
        #expect(run.steps[1].score == nil)
        #expect(throws: GraphError.unknownNode("nowhere")) { try removalResilience(try Self.bowtie(), order: .named(["nowhere"])) }
        #expect(throws: GraphError.namedTwice("h", list: "the removal list")) { try removalResilience(try Self.bowtie(), order: .named(["h", "h"])) }
    }

    @Test func candidateKindsLimitWhatIsRemoved() throws {
        let g = try TestGraphs.make(nodes: [TestGraphs.node("hq", "R", kind: "organisation"), TestGraphs.node("a", "R"), TestGraphs.node("b", "R")],
                                    edges: [("hq", "a", "", [:]), ("hq", "b", "", [:])])
        let run = try removalResilience(g, order: .score(.degree, recomputed: true), options: ResilienceOptions(candidateKinds: ["complex"]))
        #expect(run.steps.compactMap(\.removedID) == ["a", "b"])
        #expect(run.steps.last?.nodes == 1)
        #expect(run.steps.last?.meanShortestPath == nil)
    }

    /// Cut vertices c, h, d (NetworkX articulation_points agrees). Without h: two triangles,
    /// 3 cut off from the largest piece, C(6,2) − 3 − 3 = 9 pairs lost. Without c: {a,b} and
    /// {h,d,e,f}: 2 cut off, 15 − 1 − 6 = 8 pairs; d likewise, after c by index.
    @Test func singleLossesOfTheBowtie() throws {
        let critical = criticalNodes(try Self.bowtie())
        #expect(critical.mostCritical?.id == "h")
        #expect(critical.ranking.prefix(3).map(\.id) == ["h", "c", "d"])
        #expect(critical.ranking.prefix(3).map(\.cutOff) == [3, 2, 2])
        #expect(critical.ranking.prefix(3).map(\.pairsDisconnected) == [9, 8, 8])
        #expect(critical.ranking.prefix(3).map(\.pieces) == [2, 2, 2])
        #expect(critical.ranking.dropFirst(3).allSatisfy { $0.pairsDisconnected == 0 && $0.cutOff == 0 })
        #expect(critical.tables[0].rows.count == 3)
    }

    /// A star's centre disconnects everything: 4 leaves, largest piece 1 → 3 cut off, 6 pairs.
    @Test func starCentre() throws {
        let critical = criticalNodes(try TestGraphs.edges([("o", "p"), ("o", "q"), ("o", "r"), ("o", "s")]))
        #expect(critical.mostCritical?.id == "o")
        #expect(critical.mostCritical?.cutOff == 3)
        #expect(critical.mostCritical?.pairsDisconnected == 6)
        #expect(critical.mostCritical?.pieces == 4)
    }

    @Test func aCycleHasNoCriticalNode() throws {
        #expect(criticalNodes(try TestGraphs.edges([("a", "b"), ("b", "c"), ("c", "a")])).mostCritical == nil)
    }
}
