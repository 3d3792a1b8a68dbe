import SandanGraph
import Testing

@Suite("Parallel")
struct ParallelTests {
    @Test("every item is processed once, by the worker round robin assigns it to")
    func roundRobin() {
        // 10 items in chunks of 2 give chunks {0,1} {2,3} {4,5} {6,7} {8,9}; with 3 workers,
        // worker 0 takes chunks 0 and 3, worker 1 chunks 1 and 4, worker 2 chunk 2.
        let workers = Parallel.run(count: 10, threads: 3, chunkSize: 2, makeWorker: { w in (worker: w, items: [Int]()) }) { state, range in
            state.items.append(contentsOf: range)
        }
        #expect(workers.map(\.worker) == [0, 1, 2])
        #expect(workers.map(\.items) == [[0, 1, 6, 7], [2, 3, 8, 9], [4, 5]])
    }

    @Test("no more workers than chunks, and at least one")
    func workerCount() throws {
        #expect(Parallel.run(count: 2, threads: 8, makeWorker: { $0 }) { _, _ in }.count == 2)
        #expect(Parallel.run(count: 0, threads: 8, makeWorker: { $0 }) { _, _ in }.count == 1)
        #expect(throws: GraphError.threadCount(0)) { try Parallel.workerCount(0) }
        #expect(throws: GraphError.threadCount(-3)) { try Parallel.workerCount(-3) }
        #expect(try Parallel.workerCount(nil) == Parallel.defaultThreadCount)
        #expect(try Parallel.workerCount(5) == 5)
    }

    /// A triangle with a pendant: small enough for every measure, large enough that none
    /// returns before looking at its settings.
    private static func sample() -> Graph {
        var b = GraphBuilder(directed: false)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] { b.addEdge(u, v) }
        return b.build()
    }

    @Test("one rule for threads in every family: below 1 is refused with threadCount, never clamped")
    func threadRule() throws {
        let g = Self.sample()
        let groups = try NodeGroups(labels: [0, 0, 1, 1])
        let calls: [(String, () throws -> Void)] = [
            ("betweenness", { _ = try betweennessCentrality(g, options: BetweennessOptions(threads: 0)) }),
            ("closeness", { _ = try closenessCentrality(g, options: ClosenessOptions(threads: 0)) }),
            ("harmonic", { _ = try harmonicCentrality(g, threads: 0) }),
            ("pagerank", { _ = try pageRank(g, options: PageRankOptions(threads: 0)) }),
            ("eccentricity", { _ = try eccentricities(g, threads: 0) }),
            ("global efficiency", { _ = try globalEfficiency(g, threads: 0) }),
            ("clustering", { _ = try localClustering(g, options: ClusteringOptions(threads: 0)) }),
            ("transitivity", { _ = try transitivity(g, threads: 0) }),
            ("constraint", { _ = try burtConstraint(g, threads: 0) }),
            ("effective size", { _ = try burtEffectiveSize(g, threads: 0) }),
            ("brokerage", { _ = try brokerage(g, groups: groups, threads: 0) }),
        ]
        for (name, call) in calls {
            #expect(throws: GraphError.threadCount(0), "\(name)") { try call() }
        }
        // nil is all cores and gives the one-thread answer.
        #expect(try transitivity(g, threads: nil) == transitivity(g, threads: 1))
        #expect(try closenessCentrality(g, options: ClosenessOptions(threads: nil)) == closenessCentrality(g, options: ClosenessOptions(threads: 1)))
    }
}
