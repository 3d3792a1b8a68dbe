import SandanGraph
import Testing

@Suite("Betweenness")
struct BetweennessTests {
    @Test("node and edge betweenness, normalised and raw, match NetworkX", arguments: ReferenceFixture.names)
    func unweighted(name: String) throws {
        let f = try ReferenceFixture.load(name)
        let raw = BetweennessOptions(normalized: false, threads: 2)
        expectClose(try betweennessCentrality(f.graph, options: BetweennessOptions(threads: 2)),
                    try #require(f.nodeValues("betweenness")), "\(name) betweenness")
        expectClose(try betweennessCentrality(f.graph, options: raw),
                    try #require(f.nodeValues("betweenness_raw")), "\(name) raw betweenness")
        expectClose(try edgeBetweennessCentrality(f.graph, options: BetweennessOptions(threads: 2)),
                    try #require(f.edgeValues("betweenness")), "\(name) edge betweenness")
        expectClose(try edgeBetweennessCentrality(f.graph, options: raw),
                    try #require(f.edgeValues("betweenness_raw")), "\(name) raw edge betweenness")
    }

    @Test("weighted betweenness (weights as lengths, exact comparison) matches NetworkX",
          arguments: ReferenceFixture.weightedNames)
    func weighted(name: String) throws {
        let f = try ReferenceFixture.load(name)
        let expected = try #require(f.nodeValues("betweenness_weighted"))
        expectClose(try betweennessCentrality(f.weightedGraph), expected, "\(name) weighted betweenness")
        expectClose(try betweennessCentrality(f.weightedGraph, options: BetweennessOptions(normalized: false)),
                    try #require(f.nodeValues("betweenness_weighted_raw")), "\(name) weighted raw betweenness")
        expectClose(try edgeBetweennessCentrality(f.weightedGraph),
                    try #require(f.edgeValues("betweenness_weighted")), "\(name) weighted edge betweenness")
    }

    @Test("float near-ties follow NetworkX's exact rule, not igraph's tolerance")
    func floatTies() throws {
        // The fixture's s–t edge (0.3) ties s–b–t (0.15 + 0.15) exactly, while s–a–t sums to
        // 0.30000000000000004. NetworkX: a 1/6, b 11/12; igraph (tolerance): both 2/3.
        let f = try ReferenceFixture.load("weighted_float_ties")
        let ours = try betweennessCentrality(f.weightedGraph, options: BetweennessOptions(normalized: false))
        let networkx = try #require(f.nodeValues("betweenness_weighted_raw"))
        let igraph = try #require(f.nodeValues("betweenness_weighted_raw_igraph"))
        expectClose(ours, networkx, "float ties")
        #expect(zip(ours, igraph).contains { abs($0 - $1) > 0.1 })
    }

    @Test("results do not depend on the number of threads")
    func threadCounts() throws {
        let f = try ReferenceFixture.load("lesmis")
        let one = try betweennessCentrality(f.weightedGraph, options: BetweennessOptions(threads: 1))
        let three = try betweennessCentrality(f.weightedGraph, options: BetweennessOptions(threads: 3))
        expectClose(one, three, tolerance: 1e-12, "1 vs 3 threads")
    }

    @Test("sampling every node as a source gives exact betweenness (NetworkX's k = n)")
    func fullSample() throws {
        let f = try ReferenceFixture.load("karate")
        let n = f.graph.nodeCount
        expectClose(try betweennessCentrality(f.graph, options: BetweennessOptions(sampleSize: n, seed: 7)),
                    try #require(f.nodeValues("betweenness")), "k = n")
        expectClose(try edgeBetweennessCentrality(f.graph, options: BetweennessOptions(normalized: false, sampleSize: n)),
                    try #require(f.edgeValues("betweenness_raw")), "edge k = n")
    }

    @Test("sampled betweenness is scaled as NetworkX's k= and depends only on the seed")
    func sampledScaling() throws {
        // Star with centre c and leaves 1…4 (n = 5). From a leaf source, c lies on the paths to
        // the 3 other leaves (dependency 3); from c, nothing passes through c. With k = 2 sampled
        // sources, NetworkX scales raw sums by (n − 1)/(k · 2) = 1 for nodes not sampled and
        // (n − 1)/((k − 1) · 2) = 2 for sampled ones. So c scores 3 + 3 = 6 if both sources are
        // leaves, and 2 × 3 = 6 if c is one of them: always 6, the exact raw value (4 choose 2).
        var builder = GraphBuilder(directed: false)
        for leaf in ["1", "2", "3", "4"] { builder.addEdge("c", leaf) }
        let star = builder.build()
        for seed in UInt64(0)..<8 {
            let scores = try betweennessCentrality(star, options: BetweennessOptions(normalized: false, sampleSize: 2, seed: seed))
            #expect(abs(scores[0] - 6) < 1e-12)
            #expect(scores.dropFirst().allSatisfy { $0 == 0 })
        }
        let f = try ReferenceFixture.load("lesmis")
        let options = BetweennessOptions(sampleSize: 20, seed: 42)
        #expect(try betweennessCentrality(f.graph, options: options) == betweennessCentrality(f.graph, options: options))
        let other = BetweennessOptions(sampleSize: 20, seed: 43)
        #expect(try betweennessCentrality(f.graph, options: options) != betweennessCentrality(f.graph, options: other))
    }

    @Test("bad weights and options are errors")
    func errors() throws {
        var builder = GraphBuilder(directed: false)
        let e0 = builder.addEdge("a", "b"), e1 = builder.addEdge("b", "c")
        try builder.setEdgeAttribute("w", edge: e0, .double(1))
        try builder.setEdgeAttribute("w", edge: e1, .double(-2))
        let negative = try builder.build().weighted(by: "w")
        #expect(throws: GraphError.negativeWeight(algorithm: "betweenness", edge: 1, weight: -2)) {
            try betweennessCentrality(negative)
        }
        builder = GraphBuilder(directed: false)
        let e2 = builder.addEdge("a", "b")
        try builder.setEdgeAttribute("w", edge: e2, .double(.nan))
        let nan = try builder.build().weighted(by: "w")
        #expect(throws: GraphError.self) { try edgeBetweennessCentrality(nan) }
        let kite = try ReferenceFixture.load("kite").graph
        #expect(throws: GraphError.parameterOutOfRange(name: "the betweenness sample size", value: "11", allowed: "between 2 and the number of nodes (10)")) {
            try betweennessCentrality(kite, options: BetweennessOptions(sampleSize: 11))
        }
        #expect(throws: GraphError.self) { try betweennessCentrality(kite, options: BetweennessOptions(sampleSize: 1)) }
        #expect(throws: GraphError.threadCount(0)) { try betweennessCentrality(kite, options: BetweennessOptions(threads: 0)) }
    }

    @Test("parallel edges are distinct shortest paths (igraph's convention)")
    func parallelEdges() throws {
        // a–b twice, a–c once, b–d and c–d: from a to d there are 2 paths via b (one per a–b
        // edge) and 1 via c, so over the pair {a, d} b gets 2/3 and c 1/3; no other pair uses
        // an intermediate node except {b, c} (via a and via d, 2 and 1 paths: a 2/3, d 1/3).
        var builder = GraphBuilder(directed: false)
        builder.addEdge("a", "b"); builder.addEdge("a", "b"); builder.addEdge("a", "c")
        builder.addEdge("b", "d"); builder.addEdge("c", "d")
        let scores = try betweennessCentrality(builder.build(), options: BetweennessOptions(normalized: false))
        expectClose(scores, [2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3], tolerance: 1e-12, "parallel edges")
    }

    @Test("parallelEdges: .single counts one path per pair of neighbours (NetworkX's Graph), through the shortest edge")
    func parallelEdgesSingle() throws {
        // The square of the test above: with one path per pair, {a, d} has paths via b and via c
        // (½ each) and {b, c} via a and via d (½ each). NetworkX on the simple square: ½ each.
        var builder = GraphBuilder(directed: false)
        builder.addEdge("a", "b"); builder.addEdge("a", "b"); builder.addEdge("a", "c")
        builder.addEdge("b", "d"); builder.addEdge("c", "d")
        let single = BetweennessOptions(normalized: false, parallelEdges: .single)
        let graph = builder.build()
        expectClose(try betweennessCentrality(graph, options: single), [0.5, 0.5, 0.5, 0.5], tolerance: 1e-12, "single")
        // Edge betweenness: the first a–b edge carries the pair's paths, the second gets 0. Each
        // edge of the simple square carries its own pair (1) and half of two other pairs: 2.
        expectClose(try edgeBetweennessCentrality(graph, options: single), [2, 0, 2, 2, 2], tolerance: 1e-12, "single edges")

        // Weighted: a–b twice, lengths 5 then 1, the other sides 1. The length-1 edge is the one
        // kept (keeping the first would make a–b 5 and change every path): ½ each again.
        var weighted = GraphBuilder(directed: false)
        weighted.declareEdgeAttribute("w", type: .double)
        for (u, v, w) in [("a", "b", 5.0), ("a", "b", 1), ("a", "c", 1), ("b", "d", 1), ("c", "d", 1)] {
            try weighted.setEdgeAttribute("w", edge: weighted.addEdge(u, v), .double(w))
        }
        let lengths = try weighted.build().weighted(by: "w")
        expectClose(try betweennessCentrality(lengths, options: single), [0.5, 0.5, 0.5, 0.5], tolerance: 1e-12, "weighted")
        expectClose(try edgeBetweennessCentrality(lengths, options: single), [0, 2, 2, 2, 2], tolerance: 1e-12,
                    "weighted edges")
    }
}
