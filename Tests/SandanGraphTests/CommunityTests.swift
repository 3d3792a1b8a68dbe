import Foundation
import SandanTestSupport
import Testing
@testable import SandanGraph

/// Modularity, community detection and partition comparison against the NetworkX and igraph
/// fixtures.
@Suite struct CommunityTests {
    static let tolerance = 1e-9

    @Test(arguments: ReferenceFixture.names)
    func modularityOfTheRegionPartitionMatchesNetworkX(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        let region = try #require(try f.partition("region"))
        if let expected = f.scalar("modularity_region") {
            #expect(abs(try modularity(f.graph, partition: region) - expected) < Self.tolerance)
        } else {
            #expect(throws: GraphError.self) { try modularity(f.graph, partition: region) }
        }
        if let expected = f.scalar("modularity_region_weighted") {
            #expect(abs(try modularity(f.weightedGraph, partition: region) - expected) < Self.tolerance)
        }
        if let best = try f.partition("louvain_best"), let expected = f.scalar("louvain_modularity_best") {
            #expect(abs(try modularity(f.graph, partition: best) - expected) < Self.tolerance)
        }
    }

    @Test(arguments: ReferenceFixture.names)
    func nmiAndAriMatchIgraph(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        let a = try #require(try f.partition("region")), b = try #require(try f.partition("other"))
        if let nmi = f.scalar("nmi_example") {
            #expect(abs(try normalizedMutualInformation(a, b) - nmi) < Self.tolerance)
        } else {
            #expect(throws: GraphError.self) { try normalizedMutualInformation(a, b) }
        }
        if let ari = f.scalar("ari_example") {
            #expect(abs(try adjustedRandIndex(a, b) - ari) < Self.tolerance)
        } else {
            #expect(throws: GraphError.self) { try adjustedRandIndex(a, b) }
        }
    }

    /// Louvain and Leiden over seeds 0–9 against `louvain_modularity_best`, the best of 20 peer
    /// runs (NetworkX and igraph Louvain, seeds 0–9 each): our best of 10 must come within 0.005
    /// of it, and on karate every seed must reach 0.41. (Single runs of the peers fall short
    /// too: NetworkX Louvain gets 0.5527 on lesmis for seed 3, igraph multilevel 0.392 on karate
    /// for seed 0, and both mostly 0.26 on path6 where the best is 0.30.)
    @Test(arguments: ReferenceFixture.names)
    func louvainAndLeidenReachThePeersBest(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        for method in [CommunityMethod.louvain, .leiden] {
            var best = -Double.infinity
            for seed in 0..<10 {
                let result = try detectCommunities(f.graph, method: method, seed: UInt64(seed))
                try checkDetection(result, f)
                if method == .leiden { checkConnected(result, f.graph, name) }
                best = max(best, result.modularity ?? -.infinity)
                if name == "karate" { #expect(result.modularity ?? 0 >= 0.41, "\(method) seed \(seed)") }
            }
            if let reference = f.scalar("louvain_modularity_best") {
                #expect(best >= reference - 0.005, "\(method) on \(name): \(best) vs \(reference)")
            }
        }
    }

    /// Leiden's guarantee: each community induces a connected subgraph.
    func checkConnected(_ result: CommunityPartition, _ graph: Graph, _ name: String) {
        for c in 0..<result.count {
            #expect(weaklyConnectedComponents(graph.inducedSubgraph(result.members(of: c))).count == 1,
                    "Leiden community \(c) of \(name) is not connected")
        }
    }

    /// What any detection must satisfy: labels numbered by first appearance, the reported
    /// modularity equal to NetworkX's definition (recomputed by ``modularity(_:partition:resolution:)``,
    /// itself checked against NetworkX above) and to the last level's; singletons and no
    /// modularity on a graph without edges.
    func checkDetection(_ result: CommunityPartition, _ f: ReferenceFixture) throws {
        #expect(result.labels.count == f.graph.nodeCount)
        #expect(result.count == Set(result.labels).count)
        var next = 0
        for label in result.labels where label >= next {
            #expect(label == next)
            next += 1
        }
        guard f.graph.edgeCount > 0 else {
            #expect(result.modularity == nil)
            #expect(result.count == f.graph.nodeCount)
            return
        }
        let q = try #require(result.modularity)
        #expect(abs(q - (try modularity(f.graph, partition: result.labels))) < Self.tolerance)
        #expect(result.levels.last.map { abs($0.modularity - q) < Self.tolerance } ?? false)
    }

    /// Leiden's guarantee on 12 seeded random graphs of 600 nodes (planted groups of 30 with a
    /// third of the edges between groups, a third directed, some weighted, loops and doubled
    /// edges allowed): every community is connected. Louvain may leave a community
    /// disconnected; Leiden must not.
    @Test func leidenCommunitiesAreConnectedOnRandomGraphs() throws {
        var random = SeededGenerator(seed: 2024)
        for trial in 0..<12 {
            let n = 600
            var b = GraphBuilder(directed: trial % 3 == 2)
            for v in 0..<n { b.addNode(integer: v) }
            for _ in 0..<(3 * n) {
                let u = random.below(n)
                let v = random.below(3) == 0 ? random.below(n) : (u / 30) * 30 + random.below(30)
                try b.setEdgeAttribute("w", edge: b.addEdge(u, v), .double(1 + Double(random.below(4))))
            }
            let plain = b.build()
            let graph = trial % 2 == 0 ? plain : try plain.weighted(by: "w")
            for resolution in [0.5, 1, 2] {
                let result = try leidenCommunities(graph, options: LeidenOptions(resolution: resolution, seed: UInt64(trial)))
                checkConnected(result, graph, "random graph \(trial)")
                #expect(abs((result.modularity ?? 0) - (try modularity(graph, partition: result.labels, resolution: resolution))) < Self.tolerance)
            }
        }
    }

    /// Iterating until stable: converges on karate within the cap, never below the default two
    /// iterations, and a cap of one iteration cannot confirm stability (the first iteration
    /// always changes the singletons), so it throws.
    @Test func leidenUntilStable() throws {
        let f = try ReferenceFixture.load("karate")
        let stable = try leidenCommunities(f.graph, options: LeidenOptions(iterations: .untilStable(tolerance: 1e-7, cap: 100)))
        #expect(stable.iterations >= 2)
        #expect(try #require(stable.modularity) >= 0.41)
        #expect(throws: GraphError.notConverged(algorithm: "Leiden", iterations: 1, tolerance: 0)) {
            try leidenCommunities(f.graph, options: LeidenOptions(iterations: .untilStable(tolerance: 0, cap: 1)))
        }
    }

    @Test("label propagation has no resolution: one given is refused, not ignored")
    func labelPropagationRefusesResolution() throws {
        let f = try ReferenceFixture.load("lesmis")
        #expect(throws: GraphError.parameterNotApplicable(name: "resolution", method: "label propagation")) {
            try detectCommunities(f.graph, method: .labelPropagation, resolution: 1)
        }
        let louvain = try detectCommunities(f.graph, method: .louvain, resolution: 2, seed: 3)
        #expect(louvain == (try louvainCommunities(f.graph, options: LouvainOptions(resolution: 2, seed: 3))))
        #expect(louvain.resolution == 2)
    }

    @Test func sameSeedSamePartition() throws {
        let f = try ReferenceFixture.load("lesmis")
        for method in CommunityMethod.allCases {
            let a = try detectCommunities(f.graph, method: method, seed: 7)
            let b = try detectCommunities(f.graph, method: method, seed: 7)
            #expect(a == b, "\(method)")
        }
    }

    /// At resolution 0 the null model vanishes and merging linked nodes never hurts: the
    /// communities are the connected components (disconnected fixture: K3, K2, one isolated).
    @Test func resolutionZeroGivesTheComponents() throws {
        let f = try ReferenceFixture.load("disconnected")
        let components = weaklyConnectedComponents(f.graph)
        for partition in [try louvainCommunities(f.graph, options: LouvainOptions(resolution: 0)),
                          try leidenCommunities(f.graph, options: LeidenOptions(resolution: 0))] {
            #expect(partition.labels == components.labels)
            #expect(partition.modularity == 1)
        }
    }

    /// A high resolution splits karate into more, smaller communities than γ = 1.
    @Test func higherResolutionGivesMoreCommunities() throws {
        let f = try ReferenceFixture.load("karate")
        let coarse = try louvainCommunities(f.graph)
        let fine = try louvainCommunities(f.graph, options: LouvainOptions(resolution: 3))
        #expect(fine.count > coarse.count)
        let fineLeiden = try leidenCommunities(f.graph, options: LeidenOptions(resolution: 3))
        #expect(fineLeiden.count > coarse.count)
    }

    /// The stopping rule of label propagation: every node that has neighbours carries a label of
    /// greatest summed weight among them (direction ignored).
    @Test(arguments: ["karate", "lesmis", "directed_dangling", "florentine"])
    func labelPropagationEndsAtAFixedPoint(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        for graph in [f.graph, f.weightedGraph] {
            let result = try labelPropagationCommunities(graph, options: LabelPropagationOptions(seed: 3))
            for v in 0..<graph.nodeCount {
                var votes: [Int: Double] = [:]
                for (u, e) in zip(graph.successors(of: v), graph.outEdges(of: v)) where Int(u) != v {
                    votes[result.labels[Int(u)], default: 0] += graph.weight(of: Int(e))
                }
                if graph.isDirected {
                    for (u, e) in zip(graph.predecessors(of: v), graph.inEdges(of: v)) where Int(u) != v {
                        votes[result.labels[Int(u)], default: 0] += graph.weight(of: Int(e))
                    }
                }
                guard let top = votes.values.max() else { continue }
                #expect(votes[result.labels[v]] ?? 0 >= top * (1 - 1e-12), "node \(v) of \(name)")
            }
        }
    }

    /// Hand values: identical partitions (relabelled) give NMI = ARI = 1; a partition against
    /// the one-group partition gives NMI 0 (I = 0, H > 0); two one-group partitions give
    /// NMI 1 (igraph) and ARI 1 (the 0/0 case, scikit-learn's value).
    @Test func partitionComparisonEdgeCases() throws {
        #expect(abs(try normalizedMutualInformation([0, 0, 1, 1], [5, 5, 2, 2]) - 1) < 1e-12)
        #expect(abs(try adjustedRandIndex([0, 0, 1, 1], [5, 5, 2, 2]) - 1) < 1e-12)
        #expect(try normalizedMutualInformation([0, 0, 1, 1], [3, 3, 3, 3]) == 0)
        #expect(try normalizedMutualInformation([1, 1, 1], [2, 2, 2]) == 1)
        #expect(try adjustedRandIndex([1, 1, 1], [2, 2, 2]) == 1)
        #expect(throws: GraphError.tooFewNodes(algorithm: "the adjusted Rand index", needed: 2)) { try adjustedRandIndex([0], [0]) }
        #expect(throws: GraphError.partitionLengthsDiffer(2, 1)) { try normalizedMutualInformation([0, 1], [0]) }
        let table = try contingencyTable([0, 0, 1, 1, 1], [7, 8, 8, 8, 7])
        #expect(table.rowLabels == [0, 1] && table.columnLabels == [7, 8])
        #expect(table.counts == [[1, 1], [1, 2]])
    }

    @Test func badInputIsRefused() throws {
        let f = try ReferenceFixture.load("kite")
        #expect(throws: GraphError.self) { try modularity(f.graph, partition: [0]) }
        #expect(throws: GraphError.parameterOutOfRange(name: "the resolution", value: "-1.0", allowed: "a finite number ≥ 0")) {
            try louvainCommunities(f.graph, options: LouvainOptions(resolution: -1))
        }
        #expect(throws: GraphError.parameterOutOfRange(name: "the Leiden randomness", value: "0.0", allowed: "a finite number > 0")) {
            try leidenCommunities(f.graph, options: LeidenOptions(randomness: 0))
        }
        var b = GraphBuilder(directed: false)
        try b.setEdgeAttribute("w", edge: b.addEdge("a", "b"), .double(-1))
        let negative = try b.build().weighted(by: "w")
        #expect(throws: GraphError.negativeWeight(algorithm: "Louvain", edge: 0, weight: -1)) { try louvainCommunities(negative) }
    }
}

extension ReferenceFixture {
    /// The partition `key` of the fixture's `partitions` (one label per node), or nil.
    func partition(_ key: String) throws -> [Int]? {
        let data = try Data(contentsOf: fixturesFolder.appendingPathComponent(name + ".json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((json?["partitions"] as? [String: Any])?[key] as? [NSNumber])?.map(\.intValue)
    }
}
