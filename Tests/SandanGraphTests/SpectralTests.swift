import SandanGraph
import Testing

/// PageRank, eigenvector, Katz and HITS. These iterate to a tolerance, so they are compared at
/// 1e-9 (PageRank, whose error after stopping is below about 6e-10) and 1e-9 for the spectral
/// measures, which iterate to 1e-12.
@Suite("PageRank, eigenvector, Katz, HITS")
struct SpectralTests {
    @Test("PageRank matches NetworkX (α 0.85, dangling mass uniform)", arguments: ReferenceFixture.names)
    func pagerank(name: String) throws {
        let f = try ReferenceFixture.load(name)
        expectClose(try pageRank(f.graph), try #require(f.nodeValues("pagerank")), "\(name) PageRank")
        if let weighted = f.nodeValues("pagerank_weighted") {
            expectClose(try pageRank(f.weightedGraph), weighted, "\(name) weighted PageRank")
        }
    }

    @Test("PageRank of a→b→c: the dangling-node oracle (NetworkX = igraph 0.1844/0.3412/0.4744)")
    func danglingChain() throws {
        var builder = GraphBuilder(directed: true)
        builder.addEdge("a", "b"); builder.addEdge("b", "c")
        let scores = try pageRank(builder.build())
        // Exact values: with x_a = t, x_b = t(1 + α), x_c = t(1 + α + α²) where t is the uniform
        // share (1 − α + α x_c)/3, summing to 1: t = 1/(3 + 2α + α²) = 0.184416…
        let t = 1 / (3 + 2 * 0.85 + 0.85 * 0.85)
        expectClose(scores, [t, t * 1.85, t * (1 + 0.85 + 0.7225)], tolerance: 1e-9, "a→b→c")
    }

    @Test("personalised PageRank: teleport and dangling mass follow the personalisation")
    func personalised() throws {
        // Directed a→b, b→a and a dangling c, teleporting only to a: c has no in-edge and no
        // teleport share, so it scores 0; a and b share the mass 1 with x_a = 0.15 + 0.85 x_b
        // (c's mass is 0) and x_b = 0.85 x_a, so x_a = 0.15/(1 − 0.7225) = 0.540540…
        var builder = GraphBuilder(directed: true)
        builder.addEdge("a", "b"); builder.addEdge("b", "a"); builder.addNode("c")
        let scores = try pageRank(builder.build(), options: PageRankOptions(personalization: [1, 0, 0]))
        let a = 0.15 / (1 - 0.7225)
        expectClose(scores, [a, 0.85 * a, 0], tolerance: 1e-9, "personalised")
    }

    @Test("undirected personalised PageRank (conjugate gradients): an isolated node's mass follows the teleport")
    func personalisedUndirected() throws {
        // a–b and an isolated c, teleporting only to a: the same equations as the directed
        // a⇄b above (c is dangling and gets no teleport share), so x_a = 0.15/(1 − 0.7225).
        var builder = GraphBuilder(directed: false)
        builder.addEdge("a", "b"); builder.addNode("c")
        let scores = try pageRank(builder.build(), options: PageRankOptions(personalization: [1, 0, 0]))
        let a = 0.15 / (1 - 0.7225)
        expectClose(scores, [a, 0.85 * a, 0], tolerance: 1e-9, "personalised, undirected")
    }

    @Test("undirected PageRank (conjugate gradients) agrees with the power iteration on the same arcs, on 1 and 2 threads")
    func conjugateGradientsAgainstPowerIteration() throws {
        // 40,000 nodes, 200,000 random weighted edges with self-loops and isolated nodes: above
        // the size where products run on two threads. The directed graph with both arcs of
        // every edge has the same walk (a self-loop as one arc of its weight, as the undirected
        // matrix counts it), and takes the power iteration.
        var random = SeededGenerator(seed: 7)
        var undirected = GraphBuilder(directed: false), directed = GraphBuilder(directed: true)
        for v in 0..<40_000 { _ = undirected.addNode(integer: v); _ = directed.addNode(integer: v) }
        var weights: [Double] = [], arcWeights: [Double] = []
        for _ in 0..<200_000 {
            let u = random.below(39_000), v = random.below(39_000), w = 0.5 + random.nextUnit()
            _ = undirected.addEdge(u, v)
            weights.append(w)
            _ = directed.addEdge(u, v)
            arcWeights.append(w)
            if u != v {
                _ = directed.addEdge(v, u)
                arcWeights.append(w)
            }
        }
        undirected.setEdgeColumn("w", .double(weights))
        directed.setEdgeColumn("w", .double(arcWeights))
        let graph = try undirected.build().weighted(by: "w"), arcs = try directed.build().weighted(by: "w")
        let power = try pageRank(arcs, options: PageRankOptions(threads: 1))
        let one = try pageRank(graph, options: PageRankOptions(threads: 1))
        let two = try pageRank(graph, options: PageRankOptions(threads: 2))
        expectClose(one, power, tolerance: 1e-10, "conjugate gradients against the power iteration")
        expectClose(two, one, tolerance: 1e-12, "two threads against one")
        #expect(one[39_500] > 0 && abs(one[39_500] - one[39_999]) < 1e-15, "isolated nodes share the teleport alike")
    }

    @Test("PageRank rejects bad input")
    func pagerankErrors() throws {
        let kite = try ReferenceFixture.load("kite").graph
        #expect(throws: GraphError.parameterOutOfRange(name: "the PageRank damping factor", value: "1.0", allowed: "at least 0 and below 1")) {
            try pageRank(kite, options: PageRankOptions(damping: 1))
        }
        #expect(throws: GraphError.countMismatch(what: "the PageRank personalisation", count: 1, nodeCount: 10)) {
            try pageRank(kite, options: PageRankOptions(personalization: [1]))
        }
        #expect(throws: GraphError.self) {
            try pageRank(kite, options: PageRankOptions(personalization: [Double](repeating: 0, count: 10)))
        }
        #expect(throws: GraphError.notConverged(algorithm: "PageRank", iterations: 3, tolerance: 1e-10)) {
            try pageRank(kite, options: PageRankOptions(maxIterations: 3))
        }
        var builder = GraphBuilder(directed: true)
        let e = builder.addEdge("a", "b")
        try builder.setEdgeAttribute("w", edge: e, .double(-1))
        let negative = try builder.build().weighted(by: "w")
        #expect(throws: GraphError.negativeWeight(algorithm: "PageRank", edge: 0, weight: -1)) { try pageRank(negative) }
        #expect(try pageRank(try ReferenceFixture.load("empty").graph).isEmpty)
    }

    @Test("eigenvector centrality matches NetworkX where the fixture has it", arguments: ReferenceFixture.names)
    func eigenvector(name: String) throws {
        let f = try ReferenceFixture.load(name)
        guard let expected = try f.nodeValuesUnlessRecordedNull("eigenvector") else { return }
        expectClose(try eigenvectorCentrality(f.graph), expected, "\(name) eigenvector")
    }

    @Test("eigenvector centrality where NetworkX's numpy version is null")
    func eigenvectorSpecialCases() throws {
        // K3 + K2 + isolated node: the leading eigenvalue 2 (K3) is simple, so the eigenvector
        // is unique: 1/√3 on the triangle, 0 elsewhere (what nx.eigenvector_centrality gives).
        let disconnected = try ReferenceFixture.load("disconnected")
        let third = 1 / 3.0.squareRoot()
        expectClose(try eigenvectorCentrality(disconnected.graph), [third, third, third, 0, 0, 0], "K3 + K2")

        // directed_dangling is not strongly connected, but one strong component dominates:
        // the result must satisfy Aᵀx = ρx with ρ the spectral radius numpy found.
        let directed = try ReferenceFixture.load("directed_dangling")
        let x = try eigenvectorCentrality(directed.graph)
        let rho = try #require(directed.scalar("spectral_radius"))
        var image = [Double](repeating: 0, count: x.count)
        for e in 0..<directed.graph.edgeCount { image[directed.graph.target(of: e)] += x[directed.graph.source(of: e)] }
        expectClose(image, x.map { rho * $0 }, "Aᵀx = ρx")
        expectClose(x.reduce(0) { $0 + $1 * $1 }, 1, "unit norm")
        #expect(x.allSatisfy { $0 >= 0 })

        // Two triangles: both components have eigenvalue 2, so the eigenvector is not unique.
        var builder = GraphBuilder(directed: false)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d")] { builder.addEdge(u, v) }
        #expect(throws: GraphError.self) { try eigenvectorCentrality(builder.build()) }
        #expect(throws: GraphError.emptyGraph(algorithm: "eigenvector centrality")) {
            try eigenvectorCentrality(try ReferenceFixture.load("empty").graph)
        }
        #expect(throws: GraphError.self) { try eigenvectorCentrality(try ReferenceFixture.load("single").graph) }
    }

    @Test("Katz centrality matches NetworkX (α from the fixture, β = 1)", arguments: ReferenceFixture.names)
    func katz(name: String) throws {
        let f = try ReferenceFixture.load(name)
        guard let expected = try f.nodeValuesUnlessRecordedNull("katz") else { return }
        let alpha = try #require(f.scalar("katz_alpha"))
        expectClose(try katzCentrality(f.graph, options: KatzOptions(alpha: alpha)), expected, "\(name) Katz")
    }

    @Test("Katz: one node gives 1; α above 1/λ₁ is refused")
    func katzSpecialCases() throws {
        // One node without edges: x = β = 1, which has unit norm already. (nx.katz_centrality
        // gives 1.0; the numpy version raises, hence the fixture's null.)
        #expect(try katzCentrality(try ReferenceFixture.load("single").graph) == [1])
        #expect(try katzCentrality(try ReferenceFixture.load("empty").graph).isEmpty)
        // Karate's spectral radius is 6.7257 (NumPy: eigvalsh of the unweighted adjacency matrix
        // of nx.karate_club_graph() gives 6.725697727631733), so α = 0.2 > 1/6.7257 diverges.
        let karate = try ReferenceFixture.load("karate").graph
        let error = #expect(throws: GraphError.self) { try katzCentrality(karate, options: KatzOptions(alpha: 0.2)) }
        guard case .katzAlphaTooLarge(0.2, _) = error, let message = error?.description else { Issue.record("\(String(describing: error))"); return }
        #expect(message.hasPrefix("Katz centrality: α = 0.2 is at least 1/λ₁ = ") && message.hasSuffix("choose α below 1/λ₁"))
        expectClose(try #require(katzBound(in: message)), 1 / 6.725697727631733, tolerance: 1e-12, "karate 1/λ₁")
    }

    @Test("HITS hubs and authorities match NetworkX where unique", arguments: ReferenceFixture.names)
    func hubsAndAuthorities(name: String) throws {
        let f = try ReferenceFixture.load(name)
        if let hubs = f.nodeValues("hub"), let authorities = f.nodeValues("authority") {
            let scores = try hits(f.graph)
            expectClose(scores.hubs, hubs, "\(name) hubs")
            expectClose(scores.authorities, authorities, "\(name) authorities")
        } else if f.errors["hub"]?.contains("not simple") == true || f.graph.nodeCount < 2 {
            // Bipartite graphs (davis, path6): the top eigenvalue of AᵀA is double. No edges or
            // no nodes: undefined.
            #expect(throws: GraphError.self) { try hits(f.graph) }
        }
    }

    @Test("HITS on K3 + K2 + isolated node: unique, the triangle only")
    func hitsDisconnected() throws {
        // AᵀA = A² has top eigenvalue 4 on the triangle and 1 on K2: simple, so hubs =
        // authorities = 1/3 on the triangle and 0 elsewhere (as nx.hits returns).
        let f = try ReferenceFixture.load("disconnected")
        let scores = try hits(f.graph)
        expectClose(scores.hubs, [1.0 / 3, 1.0 / 3, 1.0 / 3, 0, 0, 0], "hubs")
        expectClose(scores.authorities, scores.hubs, "authorities")
    }

    @Test("HITS on a nearly bipartite undirected graph converges")
    func hitsNearlyBipartite() throws {
        // K₁₀₀,₁₀₀ plus one edge a0–a1 inside a side. By symmetry the leading eigenvector takes
        // a value p on a0 and a1, q on the other 98 a-nodes and r on the b-nodes, with
        // λp = p + 100r, λq = 100r, λr = 2p + 98q, so λ is the largest root of
        // λ³ − λ² − 10000λ + 9800 = 0 (≈ 100.0101), and the smallest eigenvalue is the most
        // negative root (≈ −99.9901). Iterating A² would shrink the error by
        // (99.9901/100.0101)² ≈ 0.9996 per step (about 69,000 steps for 1e-12); the eigenvector
        // route converges in a few thousand.
        var builder = GraphBuilder(directed: false)
        for a in 0..<100 { for b in 0..<100 { builder.addEdge("a\(a)", "b\(b)") } }
        builder.addEdge("a0", "a1")
        let graph = builder.build()
        let h = try hits(graph).hubs
        let a0 = try #require(graph.index(of: "a0")), a1 = try #require(graph.index(of: "a1"))
        let a2 = try #require(graph.index(of: "a2")), a3 = try #require(graph.index(of: "a99"))
        let b0 = try #require(graph.index(of: "b0")), b1 = try #require(graph.index(of: "b99"))
        expectClose([h[a1], h[a3], h[b1]], [h[a0], h[a2], h[b0]], "symmetry")
        let (p, q, r) = (h[a0], h[a2], h[b0])
        let lambda = (p + 100 * r) / p
        expectClose(lambda * q, 100 * r, "λq = 100r")
        expectClose(lambda * r, 2 * p + 98 * q, "λr = 2p + 98q")
        #expect(abs(lambda * lambda * lambda - lambda * lambda - 10_000 * lambda + 9_800) < 1e-3)
        #expect(lambda > 100)
        expectClose(h.reduce(0, +), 1, "sum")
    }
}
