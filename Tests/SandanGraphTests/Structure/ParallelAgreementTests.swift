import Testing
@testable import SandanGraph

/// The node-parallel kernels give the same values on one thread and on several.
@Suite struct ParallelAgreementTests {
    /// `n` nodes, each linked to 4 others picked by a fixed linear congruential sequence, so
    /// that there are triangles, hubs of uneven degree and enough nodes to split across workers.
    static func scrambledGraph(directed: Bool, nodes n: Int = 5_000) -> Graph {
        var builder = GraphBuilder(directed: directed)
        var state: UInt64 = 2_024
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for v in 0..<n { builder.addNode(integer: v) }
        for u in 0..<n {
            for _ in 0..<4 { builder.addEdge(u, (u + 1 + next(40) * next(40)) % n) }
        }
        return builder.build()
    }

    /// Triangle counting splits its work in chunks of at least 16,384 nodes, so it takes a larger
    /// graph to run on several workers: 40,000 nodes make three chunks.
    @Test(arguments: [false, true])
    func clusteringOnOneThreadAndFourAgree(directed: Bool) throws {
        let graph = Self.scrambledGraph(directed: directed, nodes: 40_000)
        let serial = try localClustering(graph, options: .init(threads: 1))
        #expect(serial.contains { $0 > 0 })
        #expect(try localClustering(graph, options: .init(threads: 4)) == serial)
        if !directed { #expect(try transitivity(graph, threads: 4) == transitivity(graph, threads: 1)) }
    }

    @Test(arguments: [false, true])
    func oneThreadAndFourAgree(directed: Bool) throws {
        let graph = Self.scrambledGraph(directed: directed)
        let serial = try localClustering(graph, options: .init(threads: 1))
        #expect(serial.contains { $0 > 0 })
        #expect(try localClustering(graph, options: .init(threads: 4)) == serial)
        #expect(try burtConstraint(graph, threads: 4) == burtConstraint(graph, threads: 1))
        #expect(try burtEffectiveSize(graph, threads: 4) == burtEffectiveSize(graph, threads: 1))
        let groups = try NodeGroups(labels: (0..<5_000).map { $0 % 7 })
        #expect(try brokerage(graph, groups: groups, threads: 4) == brokerage(graph, groups: groups, threads: 1))
    }
}
