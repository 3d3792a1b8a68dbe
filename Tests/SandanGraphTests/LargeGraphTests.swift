import SandanGraph
import Testing

/// Long paths: every algorithm must run without recursion whose depth grows with the graph.
/// These assert values a hand computation gives, never times.
@Suite("Long paths")
struct LargeGraphTests {
    /// The path 0–1–…–(n−1), undirected.
    static func path(_ n: Int) -> Graph {
        var builder = GraphBuilder(directed: false)
        for v in 0..<n { builder.addNode(integer: v) }
        builder.reserveEdges(n - 1)
        for v in 1..<n { builder.addEdge(v - 1, v) }
        return builder.build()
    }

    @Test("a 1,000,000-node path: degree, BFS, Dijkstra, PageRank, sampled betweenness")
    func millionNodePath() throws {
        let n = 1_000_000
        let graph = Self.path(n)
        let degree = degrees(graph)
        #expect(degree[0] == 1 && degree[n - 1] == 1 && degree[n / 2] == 2)
        let hops = try breadthFirstSearch(graph, from: 0)
        #expect(hops.distances[n - 1] == Double(n - 1))
        #expect(hops.path(to: n - 1)?.count == n)
        let lengths = try dijkstra(graph, from: n / 2)
        #expect(lengths.distances[0] == Double(n / 2) && lengths.distances[n - 1] == Double(n / 2 - 1))
        // PageRank on a long path: by symmetry the two ends score the same, and interior nodes
        // far from the ends all equal 1/n up to the iteration error (the walk's stationary share
        // is degree/2m, mixed with the uniform teleport, and both are uniform in the interior).
        let scores = try pageRank(graph)
        #expect(abs(scores[0] - scores[n - 1]) < 1e-15)
        #expect(abs(scores[n / 2] - 1 / Double(n)) < 1e-12)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-9)

        // Betweenness from k = 2 sampled sources drives the Brandes kernel through searches a
        // million nodes deep. From a source s, node v ≠ s depends on the nodes beyond it:
        // δ_s(v) = v if v < s, else n − 1 − v. Raw scaling (NetworkX k=): (n − 1)/(2k) for a
        // node not sampled, (n − 1)/(2(k − 1)) for a sampled one.
        let seed: UInt64 = 11
        var generator = SeededGenerator(seed: seed)
        let sources = generator.sample(2, from: n)
        let sampled = try betweennessCentrality(graph, options: BetweennessOptions(normalized: false, sampleSize: 2, seed: seed))
        for v in [0, 1, n / 3, n / 2, n - 2, sources[0], sources[1]] {
            let sum = sources.reduce(0.0) { total, s in total + (v == s ? 0 : Double(v < s ? v : n - 1 - v)) }
            let scale = Double(n - 1) / (sources.contains(v) ? 2.0 : 4.0)
            #expect(abs(sampled[v] - sum * scale) <= 1e-9 * max(1, sum * scale), "node \(v)")
        }
    }

    /// Exact betweenness, closeness, harmonic and eccentricity do one search per node: O(n²) on
    /// a path. Tests run as a debug build, about 50 times slower than release, where 20,000
    /// nodes (4 × 10⁸ arc visits per measure) took minutes; 5,000 nodes take seconds. The
    /// searches these measures share are the ones the million-node test above drives to full
    /// depth (breadth-first search, Dijkstra and the Brandes backward pass), so depth is covered
    /// there; this test checks the all-sources sweeps end to end.
    @Test("a 5,000-node path: betweenness, closeness, harmonic, eccentricity, diameter")
    func longPathAllSources() throws {
        let n = 5_000
        let graph = Self.path(n)
        // Raw betweenness of node v on a path: every pair with one end on each side, v(n − 1 − v).
        let raw = try betweennessCentrality(graph, options: BetweennessOptions(normalized: false))
        #expect(raw[0] == 0 && raw[1] == Double(n - 2) && raw[n / 2] == Double(n / 2 * (n - 1 - n / 2)))
        // Closeness of an end: (n − 1)/Σ_{d=1}^{n−1} d = 2/n.
        let closeness = try closenessCentrality(graph)
        #expect(abs(closeness[0] - 2 / Double(n)) < 1e-15)
        let harmonic = try harmonicCentrality(graph)
        let endHarmonic = (1..<n).reduce(0.0) { $0 + 1 / Double($1) }
        #expect(abs(harmonic[n - 1] - endHarmonic) < 1e-9)
        let ecc = try eccentricities(graph)
        #expect(ecc[0] == Double(n - 1) && ecc[n / 2] == Double(n / 2))
        let summary = try distanceSummary(graph)
        #expect(summary.diameter == Double(n - 1) && summary.radius == Double(n / 2) && summary.coversGraph)
    }
}
