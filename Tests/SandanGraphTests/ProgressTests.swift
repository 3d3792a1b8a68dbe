import Dispatch
import Foundation
import SandanGraph
import Testing

/// Records the calls a ``ProgressHandler`` receives, from any thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(completed: Int, total: Int)] = []
    /// How many calls ran at the same time as another (must stay 0).
    private var overlapping = 0
    private var running = false

    var handler: ProgressHandler {
        { [self] completed, total in
            lock.lock()
            if running { overlapping += 1 }
            running = true
            recorded.append((completed, total))
            lock.unlock()
            lock.lock()
            running = false
            lock.unlock()
        }
    }

    var calls: [(completed: Int, total: Int)] { lock.lock(); defer { lock.unlock() }; return recorded }

    /// Checks the rules of ``ProgressHandler`` for a computation of `total` steps: one total in
    /// every call, `completed` strictly increasing and ending at the total, at most 101 calls
    /// (one per hundredth of the steps, and the end), no two calls at once.
    func expectRules(total: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let calls = self.calls
        #expect(!calls.isEmpty, sourceLocation: sourceLocation)
        #expect(calls.allSatisfy { $0.total == total }, sourceLocation: sourceLocation)
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.completed < $1.completed }, sourceLocation: sourceLocation)
        #expect(calls.first.map { $0.completed >= 1 } ?? false, sourceLocation: sourceLocation)
        #expect(calls.last?.completed == total, sourceLocation: sourceLocation)
        #expect(calls.count <= 101, sourceLocation: sourceLocation)
        lock.lock()
        #expect(overlapping == 0, sourceLocation: sourceLocation)
        lock.unlock()
    }
}

/// Progress handlers: the calls they receive and that they leave results unchanged.
@Suite struct ProgressTests {
    /// A rows × columns grid graph (nodes numbered row by row), with edge weights 1, 2, 3, 1,
    /// 2, 3, … in edge order when `weighted`.
    static func grid(_ rows: Int, _ columns: Int, weighted: Bool = false) throws -> Graph {
        var builder = GraphBuilder(directed: false)
        for v in 0..<rows * columns { builder.addNode(integer: v) }
        var edges: [Int] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let v = r * columns + c
                if c + 1 < columns { edges.append(builder.addEdge(v, v + 1)) }
                if r + 1 < rows { edges.append(builder.addEdge(v, v + columns)) }
            }
        }
        if weighted {
            for (i, e) in edges.enumerated() { try builder.setEdgeAttribute("weight", edge: e, .double(Double(i % 3 + 1))) }
        }
        let graph = builder.build()
        return weighted ? try graph.weighted(by: "weight") : graph
    }

    @Test("exact betweenness, serial and parallel: n sources reported, results unchanged",
          arguments: [1, 3])
    func exactBetweenness(threads: Int) throws {
        let graph = try Self.grid(20, 25)
        let log = ProgressLog()
        let plain = try betweennessCentrality(graph, options: BetweennessOptions(threads: threads))
        let reported = try betweennessCentrality(graph, options: BetweennessOptions(threads: threads, progress: log.handler))
        #expect(reported == plain)
        log.expectRules(total: 500)
        // 500 sources, one call per 5 finished (a hundredth): exactly 100 calls.
        #expect(log.calls.count == 100)
    }

    @Test("sampled and weighted betweenness: k sources reported")
    func sampledBetweenness() throws {
        let graph = try Self.grid(20, 25, weighted: true)
        for threads in [1, 2] {
            let log = ProgressLog()
            let options = BetweennessOptions(sampleSize: 37, seed: 5, threads: threads)
            var withProgress = options
            withProgress.progress = log.handler
            #expect(withProgress == options, "the handler is not part of equality")
            #expect(try betweennessCentrality(graph, options: withProgress) == betweennessCentrality(graph, options: options))
            log.expectRules(total: 37)
            // Fewer than 100 sources: one call per source.
            #expect(log.calls.map(\.completed) == Array(1...37))
        }
    }

    @Test("edge betweenness reports its sources")
    func edgeBetweenness() throws {
        let graph = try Self.grid(12, 10)
        let log = ProgressLog()
        let plain = try edgeBetweennessCentrality(graph, options: BetweennessOptions(threads: 2))
        #expect(try edgeBetweennessCentrality(graph, options: BetweennessOptions(threads: 2, progress: log.handler)) == plain)
        log.expectRules(total: 120)
    }

    @Test("closeness and harmonic: bit-parallel batches and Dijkstra sources reported")
    func closenessAndHarmonic() throws {
        for weighted in [false, true] {
            let graph = try Self.grid(15, 20, weighted: weighted)
            let closenessLog = ProgressLog(), harmonicLog = ProgressLog()
            #expect(try closenessCentrality(graph, options: ClosenessOptions(threads: 2, progress: closenessLog.handler))
                    == closenessCentrality(graph, options: ClosenessOptions(threads: 2)))
            #expect(try harmonicCentrality(graph, threads: 1, progress: harmonicLog.handler)
                    == harmonicCentrality(graph, threads: 1))
            closenessLog.expectRules(total: 300)
            harmonicLog.expectRules(total: 300)
        }
    }

    @Test("eccentricity, distance summary and efficiency: the same contract, one step per source")
    func distanceSweeps() throws {
        for weighted in [false, true] {
            let graph = try Self.grid(12, 15, weighted: weighted)
            let logs = (ProgressLog(), ProgressLog(), ProgressLog())
            #expect(try eccentricities(graph, threads: 2, progress: logs.0.handler) == eccentricities(graph, threads: 2))
            #expect(try distanceSummary(graph, threads: 2, progress: logs.1.handler) == distanceSummary(graph, threads: 2))
            #expect(try globalEfficiency(graph, threads: 1, progress: logs.2.handler) == globalEfficiency(graph, threads: 1))
            for log in [logs.0, logs.1, logs.2] { log.expectRules(total: 180) }
        }
    }

    @Test("the counter from many threads: strictly increasing, at most 101 calls, the last at the total")
    func counterFromManyThreads() {
        let log = ProgressLog()
        let counter = ProgressCounter(total: 10_000, handler: log.handler)
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in counter.advance() }
        counter.advance(by: 5)  // past the total: clamped, and no second call at the total
        log.expectRules(total: 10_000)
    }

    @Test("an empty graph has no steps and makes no call")
    func emptyGraph() throws {
        let log = ProgressLog()
        #expect(try betweennessCentrality(GraphBuilder(directed: false).build(), options: BetweennessOptions(progress: log.handler)) == [])
        #expect(log.calls.isEmpty)
    }
}
