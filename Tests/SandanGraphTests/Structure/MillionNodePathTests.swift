import Testing
@testable import SandanGraph

/// The structure measures on a path of a million nodes: no recursion, no quadratic blow-up, and
/// values that follow from the path's shape.
@Suite struct MillionNodePathTests {
    static let n = 1_000_000

    /// 0 – 1 – … – 999,999; groups are blocks of 1,000 consecutive nodes.
    static func path() -> (Graph, NodeGroups) {
        var builder = GraphBuilder(directed: false)
        builder.reserveEdges(n - 1)
        builder.addNode(integer: 0)
        for i in 1..<n { builder.addEdge(builder.addNode(integer: i - 1), builder.addNode(integer: i)) }
        return (builder.build(), try! NodeGroups(labels: (0..<n).map { $0 / 1000 }))
    }

    @Test func structureMeasuresRunOnAMillionNodePath() throws {
        let (graph, blocks) = Self.path()
        let n = Double(Self.n)

        // No triangles anywhere.
        #expect(try localClustering(graph).allSatisfy { $0 == 0 })
        #expect(try transitivity(graph) == 0)
        #expect(try averageClustering(graph) == 0)

        // By hand over the 2(n − 1) ordered edge ends: the pairs (1, 2) and (2, 1) twice each and
        // (2, 2) 2(n − 3) times give Σxy = 8n − 16, Σx = 4n − 6, Σx² = 8n − 14, so
        // r = (N Σxy − (Σx)²) / (N Σx² − (Σx)²) = −4 / (4n − 8) = −1 / (n − 2).
        #expect(abs(try degreeAssortativity(graph) + 1 / (n - 2)) < 1e-12)

        // Blocks: 999 edges inside each of 1,000 blocks, 999 between; a block's ends sum to 2,000
        // (1,999 for the first and last block, which hold the path's ends).
        let ends = 2 * (n - 1), within = 2 * 999_000.0
        let expected = 2 * 1999.0 * 1999 + 998 * 2000.0 * 2000
        #expect(abs(try attributeAssortativity(graph, groups: blocks) - (ends * within - expected) / (ends * ends - expected)) < 1e-12)

        // Burt: the path's ends have one contact (constraint 1, size 1); inner nodes two
        // unlinked contacts (constraint 2 · (½)² = ½, size 2).
        let c = try burtConstraint(graph), e = try burtEffectiveSize(graph)
        #expect(c[0] == 1 && c[Self.n - 1] == 1 && c[1...(Self.n - 2)].allSatisfy { $0 == 0.5 })
        #expect(e[0] == 1 && e[Self.n - 1] == 1 && e[1...(Self.n - 2)].allSatisfy { $0 == 2 })

        // Every inner node brokers its two neighbours both ways: 2(n − 2) in all; inside a block
        // as coordinator, at a block's edge as representative and gatekeeper.
        let scores = try brokerage(graph, groups: blocks)
        #expect(scores.counts(.total).reduce(0, +) == 2 * (Self.n - 2))
        #expect(scores.counts(.coordinator)[500] == 2 && scores.counts(.representative)[999] == 1
                && scores.counts(.gatekeeper)[999] == 1)

        // Block-edge nodes split their two links between two modules (P = ½), others keep both.
        let roles = try moduleRoles(graph, modules: blocks)
        #expect(roles.participation[500] == 0 && roles.participation[1000] == 0.5 && roles.participation[0] == 0)

        // Core = first half: both halves are paths of the same density, so the pattern explains
        // nothing (r = 0). The continuous fit converges slowly on a long path and must stop at
        // the cap with an error.
        let half = (0..<Self.n).map { $0 < Self.n / 2 }
        #expect(abs(try corePeripheryCorrelation(graph, isCore: half)) < 1e-12)
        #expect(throws: GraphError.self) { try continuousCoreness(graph, options: .init(maxIterations: 2)) }
    }
}
