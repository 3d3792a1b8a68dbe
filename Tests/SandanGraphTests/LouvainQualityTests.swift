import Foundation
import SandanTestSupport
import Testing
@testable import SandanGraph

/// Louvain's modularity on two 2,000-node random graphs without community structure (a
/// Barabási–Albert and an Erdős–Rényi graph, where Louvain variants differ most), against what
/// igraph `community_multilevel` and NetworkX `louvain_communities` reach on them: ten seeds
/// each, stored by `Scripts/fixtures/generate.py` in
/// `Tests/Fixtures/Community/louvain_reference.json`.
@Suite struct LouvainQualityTests {
    struct Reference: CustomStringConvertible {
        let name: String
        let graph: Graph
        /// The modularity of each peer run, igraph's then NetworkX's.
        let peers: [Double]
        let best: Double

        var description: String { name }
        var peerMean: Double { peers.reduce(0, +) / Double(peers.count) }
    }

    static let references: [Reference] = {
        do { return try load() } catch { return [] }
    }()

    static func load() throws -> [Reference] {
        let url = fixturesFolder.appendingPathComponent("Community/louvain_reference.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(json["graphs"] as? [[String: Any]]).map { entry in
            let n = try #require(entry["nodes"] as? Int), ends = try #require(entry["edges"] as? [Int])
            var builder = GraphBuilder(directed: false)
            for v in 0..<n { builder.addNode(integer: v) }
            for i in stride(from: 0, to: ends.count, by: 2) { builder.addEdge(ends[i], ends[i + 1]) }
            let peers = try #require(entry["igraph_multilevel"] as? [Double]) + (try #require(entry["networkx_louvain"] as? [Double]))
            return Reference(name: try #require(entry["name"] as? String), graph: builder.build(), peers: peers,
                             best: try #require(entry["best"] as? Double))
        }
    }

    @Test func referenceFileLoads() throws {
        #expect(try Self.load().map(\.name) == ["ba2000", "er2000"])
    }

    /// With its refinement (the default), every seed reaches the best of the 20 peer runs.
    @Test(arguments: references)
    func refinedLouvainReachesThePeersBest(_ reference: Reference) throws {
        for seed in 0..<5 {
            let q = try #require(try louvainCommunities(reference.graph, options: LouvainOptions(seed: UInt64(seed))).modularity)
            #expect(q >= reference.best - 0.001, "\(reference.name) seed \(seed): \(q) vs the peers' best \(reference.best)")
        }
    }

    /// Without refinement it is Blondel's method, as the peers run it: over ten seeds its mean
    /// modularity is the peers' mean, within 0.005.
    @Test(arguments: references)
    func blondelLouvainMatchesThePeers(_ reference: Reference) throws {
        var sum = 0.0
        for seed in 0..<10 {
            let options = LouvainOptions(seed: UInt64(seed), refine: false)
            sum += try #require(try louvainCommunities(reference.graph, options: options).modularity)
        }
        #expect(abs(sum / 10 - reference.peerMean) < 0.005, "\(reference.name): \(sum / 10) vs \(reference.peerMean)")
    }

    /// The refinement starts from the unrefined partition (same seed, same coarsening) and only
    /// makes moves that raise modularity; its levels are the unrefined ones plus, when it moved a
    /// node, one entry for the refined partition.
    @Test(arguments: ["karate", "lesmis", "directed_dangling", "florentine", "davis", "ba2000", "er2000"])
    func refinementNeverLowersModularity(_ name: String) throws {
        let graph = try Self.references.first { $0.name == name }?.graph ?? ReferenceFixture.load(name).graph
        for seed in 0..<5 {
            let plain = try louvainCommunities(graph, options: LouvainOptions(seed: UInt64(seed), refine: false))
            let refined = try louvainCommunities(graph, options: LouvainOptions(seed: UInt64(seed)))
            let q = try #require(refined.modularity), q0 = try #require(plain.modularity)
            #expect(q >= q0 - 1e-12, "\(name) seed \(seed): \(q) < \(q0)")
            #expect(refined.iterations == plain.iterations)
            #expect(Array(refined.levels.prefix(plain.levels.count)) == plain.levels)
            #expect(refined.levels.count == plain.levels.count + (refined.labels == plain.labels ? 0 : 1))
        }
    }
}
