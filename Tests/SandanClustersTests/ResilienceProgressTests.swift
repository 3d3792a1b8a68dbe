import Foundation
import SandanClusters
import SandanGraph
import Testing

/// The progress a removal run reports: one step per removal, the rules of `ProgressHandler`.
@Suite struct ResilienceProgressTests {
    /// The (completed, total) pairs a handler received.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var pairs: [[Int]] = []
        var handler: ProgressHandler { { [self] completed, total in lock.lock(); pairs.append([completed, total]); lock.unlock() } }
        var received: [[Int]] { lock.lock(); defer { lock.unlock() }; return pairs }
    }

    /// Runs `order` on `graph` with and without a handler: the same run, and the calls.
    func run(_ graph: Graph, _ order: RemovalOrder, steps: Int? = nil, kinds: Set<String>? = nil) throws -> [[Int]] {
        let calls = Calls()
        let plain = try removalResilience(graph, order: order, options: ResilienceOptions(steps: steps, candidateKinds: kinds))
        let reported = try removalResilience(graph, order: order,
                                             options: ResilienceOptions(steps: steps, candidateKinds: kinds, progress: calls.handler))
        #expect(reported.steps == plain.steps)
        return calls.received
    }

    /// The bowtie of ``ResilienceTests``: 7 nodes, so a full run removes 7.
    @Test func oneCallPerRemovalOnSmallRuns() throws {
        let bowtie = try ResilienceTests.bowtie()
        #expect(try run(bowtie, .score(.degree, recomputed: true)) == (1...7).map { [$0, 7] })
        #expect(try run(bowtie, .score(.betweenness, recomputed: false), steps: 2) == [[1, 2], [2, 2]])
        #expect(try run(bowtie, .named(["h", "c", "d"]), steps: 2) == [[1, 2], [2, 2]])
        #expect(try run(bowtie, .named(["h"])) == [[1, 1]])
        #expect(try run(bowtie, .named([])) == [])
        let g = try TestGraphs.make(nodes: [TestGraphs.node("hq", "R", kind: "organisation"), TestGraphs.node("a", "R"), TestGraphs.node("b", "R")],
                                    edges: [("hq", "a", "", [:]), ("hq", "b", "", [:])])
        // Two candidates of kind complex: two removals, whatever the cap above that.
        #expect(try run(g, .score(.degree, recomputed: true), steps: 10, kinds: ["complex"]) == [[1, 2], [2, 2]])
    }

    /// A path of 150 nodes removed entirely: 150 steps, reported every 2 (a hundredth, rounded
    /// up): 75 calls, strictly increasing, the last at 150.
    @Test func longRunsAreThrottled() throws {
        let path = try TestGraphs.edges((1..<150).map { ("n\($0 - 1)", "n\($0)") })
        let calls = try run(path, .score(.degree, recomputed: false))
        #expect(calls.count == 75)
        #expect(calls.allSatisfy { $0[1] == 150 })
        #expect(calls.map { $0[0] } == Array(stride(from: 2, through: 150, by: 2)))
    }
}
