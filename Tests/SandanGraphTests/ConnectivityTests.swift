import Testing
@testable import SandanGraph

/// Connectivity against the NetworkX fixtures, hand-worked cases, and brute force on small
/// random graphs.
@Suite struct ConnectivityTests {
    @Test(arguments: ReferenceFixture.names)
    func articulationPointsBridgesAndCoresMatchNetworkX(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        if let expected = f.nodeValues("articulation") {
            #expect(articulationPoints(f.graph).map { $0 ? 1.0 : 0.0 } == expected)
        }
        if let expected = f.edgeValues("bridge") {
            #expect(bridges(f.graph).map { $0 ? 1.0 : 0.0 } == expected)
        }
        #expect(coreNumbers(f.graph).map(Double.init) == f.nodeValues("core"))
        // The bucket algorithm alone (no budget for the peeling) gives the same.
        #expect(coreNumbers(f.graph, peelingBudget: 0).map(Double.init) == f.nodeValues("core"))
    }

    @Test(arguments: ReferenceFixture.names)
    func componentsMatchNetworkX(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        let weak = weaklyConnectedComponents(f.graph)
        #expect(Double(weak.count) == f.scalar("components"))
        #expect(Double(weak.largest.map { weak.sizes[$0] } ?? 0) == f.scalar("largest_component"))
        if f.graph.isDirected {
            let strong = stronglyConnectedComponents(f.graph)
            #expect(strong.labels.map(Double.init) == f.nodeValues("scc"))
            #expect(Double(strong.count) == f.scalar("strong_components"))
            #expect(Double(strong.largest.map { strong.sizes[$0] } ?? 0) == f.scalar("largest_strong_component"))
        }
    }

    @Test(arguments: ReferenceFixture.names)
    func globalConnectivityMatchesNetworkX(_ name: String) throws {
        let f = try ReferenceFixture.load(name)
        guard let nodeK = f.scalar("node_connectivity"), let edgeK = f.scalar("edge_connectivity") else {
            #expect(f.graph.nodeCount == 0)
            #expect(throws: GraphError.emptyGraph(algorithm: "node connectivity")) { try nodeConnectivity(f.graph) }
            #expect(throws: GraphError.emptyGraph(algorithm: "edge connectivity")) { try edgeConnectivity(f.graph) }
            return
        }
        #expect(Double(try nodeConnectivity(f.graph)) == nodeK)
        #expect(Double(try edgeConnectivity(f.graph)) == edgeK)
    }

    @Test func karateCutAndLocalConnectivityMatchNetworkX() throws {
        let f = try ReferenceFixture.load("karate")
        let s = f.graph.index(of: "0")!, t = f.graph.index(of: "33")!
        let cut = try minimumCut(f.graph, source: s, target: t)
        #expect(cut.value == f.scalar("min_cut_0_33"))
        #expect(Double(cut.edges.count) == f.scalar("min_cut_0_33"))
        #expect(cut.sourceSide[s] && !cut.sourceSide[t])
        // Removing the cut edges separates 0 from 33.
        let cutSet = Set(cut.edges)
        let rest = weaklyConnectedComponents(f.graph.filteredEdges { !cutSet.contains($0) })
        #expect(rest.labels[s] != rest.labels[t])
        #expect(Double(try localNodeConnectivity(f.graph, source: s, target: t)) == f.scalar("local_node_connectivity_0_33"))
        #expect(Double(try localEdgeConnectivity(f.graph, source: s, target: t)) == f.scalar("local_edge_connectivity_0_33"))
    }

    /// A doubled edge a=b lies on a 2-cycle: not a bridge (NetworkX `bridges` on a MultiGraph
    /// agrees); b–c is a bridge and b an articulation point. The loop c–c changes nothing.
    @Test func doubledEdgeIsNotABridgeAndLoopsAreIgnored() {
        let g = graph(directed: false, ["a-b", "a-b", "b-c", "c-c"])
        let blocks = biconnectedComponents(g)
        #expect(blocks.bridges == [false, false, true, false])
        #expect(blocks.articulationPoints == [false, true, false])
        #expect(blocks.edgeLabels == [0, 0, 1, -1])
        #expect(blocks.count == 2)
    }

    /// Core numbers by hand: triangle a,b,c with pendant d; a self-loop on d (ignored) and the
    /// doubled edge d–e (counted twice, as igraph): d and e have degree 2 without d–c... d has
    /// c, e, e → 3; e has d, d → 2. Peeling: e (2) → d left with c → core(d) = 2 (max of
    /// previous 2), triangle 2.
    @Test func coreNumbersIgnoreLoopsAndCountParallelEdges() {
        let g = graph(directed: false, ["a-b", "b-c", "c-a", "c-d", "d-d", "d-e", "d-e"])
        #expect(coreNumbers(g) == [2, 2, 2, 2, 2])
        let star = graph(directed: false, ["h-a", "h-b", "h-c", "h-h"])
        #expect(coreNumbers(star) == [1, 1, 1, 1])
        // Directed, degree = in + out without loops: h 3 (its loop's out- and in-arc ignored),
        // a, b, c 1; the cycle x → y → x gives x and y 2 each, so core 2 with a loop on x.
        let arcs = graph(directed: true, ["h-a", "h-b", "h-c", "h-h", "x-y", "y-x", "x-x"])
        #expect(coreNumbers(arcs) == [1, 1, 1, 1, 2, 2])
        for g in [g, star, arcs] { #expect(coreNumbers(g, peelingBudget: 0) == coreNumbers(g)) }
    }

    /// The directed path a → b → c is not strongly connected: κ = λ = 0 (igraph agrees;
    /// NetworkX returns node connectivity 1 because it checks only weak connectivity).
    @Test func directedPathHasConnectivityZero() throws {
        let g = graph(directed: true, ["a-b", "b-c"])
        #expect(try nodeConnectivity(g) == 0)
        #expect(try edgeConnectivity(g) == 0)
        #expect(stronglyConnectedComponents(g).count == 3)
        let cycle = graph(directed: true, ["a-b", "b-c", "c-a"])
        #expect(try nodeConnectivity(cycle) == 1)
        #expect(try edgeConnectivity(cycle) == 1)
    }

    /// Weighted cut by hand: s–a 3, s–b 1, a–t 1, b–t 5, a–b 1. Cuts: {s} 4, {s,a} 1+1+1 = 3,
    /// {s,a,b} 6, {s,b} 3+1+5 = 9: the minimum is 3 with side {s, a}.
    @Test func weightedMinimumCut() throws {
        var b = GraphBuilder(directed: false)
        for (u, v, w) in [("s", "a", 3.0), ("s", "b", 1), ("a", "t", 1), ("b", "t", 5), ("a", "b", 1)] {
            try b.setEdgeAttribute("w", edge: b.addEdge(u, v), .double(w))
        }
        let g = try b.build().weighted(by: "w")
        let cut = try minimumCut(g, source: 0, target: g.index(of: "t")!, capacity: .weights)
        #expect(cut.value == 3)
        #expect(cut.sourceSide == [true, true, false, false])
        #expect(cut.edges == [1, 2, 4])
        #expect(try minimumCut(g, source: 0, target: 3).value == 2)
        #expect(throws: GraphError.sameNode(g.ids[1])) { try minimumCut(g, source: 1, target: 1) }
    }

    /// Adjacent s and t: the edge itself is one path (NetworkX), doubled or not.
    @Test func adjacentNodesCountTheirEdgeOnce() throws {
        let g = graph(directed: false, ["s-t", "s-t", "s-a", "a-t"])
        #expect(try localNodeConnectivity(g, source: 0, target: 1) == 2)
        #expect(try localEdgeConnectivity(g, source: 0, target: 1) == 3)
    }

    /// Brute force on 200 small seeded random graphs (multigraphs with loops, a third directed):
    /// articulation points and bridges by deleting each node or edge; κ and λ by deleting every
    /// set of nodes or edges of growing size. (Dropping the neighbour-pair step of κ or the
    /// dominating-set step of λ makes this test fail.)
    @Test func smallRandomGraphsAgreeWithBruteForce() throws {
        var random = SeededGenerator(seed: 42)
        for trial in 0..<200 {
            let directed = trial % 3 == 0
            let n = 3 + random.below(6)
            var b = GraphBuilder(directed: directed)
            for v in 0..<n { b.addNode("\(v)") }
            for _ in 0..<(n + random.below(3 * n)) { b.addEdge(random.below(n), random.below(n)) }
            let g = b.build()
            let components = weaklyConnectedComponents(g).count
            if !directed {
                for v in 0..<n {
                    let rest = g.inducedSubgraph((0..<n).filter { $0 != v })
                    #expect(articulationPoints(g)[v] == (weaklyConnectedComponents(rest).count > components))
                }
                for e in 0..<g.edgeCount {
                    #expect(bridges(g)[e] == (weaklyConnectedComponents(g.filteredEdges { $0 != e }).count > components))
                }
            }
            #expect(try nodeConnectivity(g) == bruteNodeConnectivity(g), "trial \(trial)")
            #expect(try edgeConnectivity(g) == bruteEdgeConnectivity(g), "trial \(trial)")
        }
    }

    // MARK: helpers

    /// A graph from "u-v" edge strings.
    /// Core numbers by the definition on random multigraphs with loops: v's core number is the
    /// largest k for which deleting, again and again, every node of degree below k (loops
    /// not counted, parallel edges counted) leaves v. Both the peeling and the bucket algorithm.
    @Test(arguments: [false, true])
    func coreNumbersMatchTheDefinition(directed: Bool) {
        var generator = SeededGenerator(seed: 11)
        for trial in 0..<20 {
            let n = 5 + trial
            var pairs: [(Int, Int)] = []
            for _ in 0..<(n * (1 + trial % 4)) {
                pairs.append((Int.random(in: 0..<n, using: &generator), Int.random(in: 0..<n, using: &generator)))
            }
            var b = GraphBuilder(directed: directed)
            for v in 0..<n { b.addNode(integer: v) }
            for (u, v) in pairs { b.addEdge(u, v) }
            let g = b.build()
            var expected = [Int](repeating: 0, count: n)
            for k in 1...(2 * pairs.count) {
                var present = [Bool](repeating: true, count: n)
                var changed = true
                while changed {
                    changed = false
                    var degree = [Int](repeating: 0, count: n)
                    for (u, v) in pairs where u != v && present[u] && present[v] { degree[u] += 1; degree[v] += 1 }
                    for v in 0..<n where present[v] && degree[v] < k { present[v] = false; changed = true }
                }
                for v in 0..<n where present[v] { expected[v] = k }
            }
            #expect(coreNumbers(g) == expected)
            #expect(coreNumbers(g, peelingBudget: 0) == expected)
        }
    }

    func graph(directed: Bool, _ edges: [String]) -> Graph {
        var b = GraphBuilder(directed: directed)
        for e in edges {
            let ends = e.split(separator: "-").map(String.init)
            b.addEdge(ends[0], ends[1])
        }
        return b.build()
    }

    func connected(_ g: Graph) -> Bool {
        (g.isDirected ? stronglyConnectedComponents(g) : weaklyConnectedComponents(g)).count <= 1
    }

    /// The smallest node set whose removal disconnects g; n − 1 when none does.
    func bruteNodeConnectivity(_ g: Graph) -> Int {
        let n = g.nodeCount
        if n <= 1 || !connected(g) { return 0 }
        for k in 1..<(n - 1) {
            for removed in subsets(of: n, size: k) where !connected(g.inducedSubgraph((0..<n).filter { !removed.contains($0) })) {
                return k
            }
        }
        return n - 1
    }

    /// The smallest edge set (self-loops aside) whose removal disconnects g.
    func bruteEdgeConnectivity(_ g: Graph) -> Int {
        if g.nodeCount <= 1 || !connected(g) { return 0 }
        let m = g.edgeCount
        for k in 1...m {
            for removed in subsets(of: m, size: k) where !connected(g.filteredEdges { !removed.contains($0) }) {
                return k
            }
        }
        return m
    }

    func subsets(of n: Int, size k: Int) -> [Set<Int>] {
        guard k > 0 else { return [[]] }
        guard k <= n else { return [] }
        return subsets(of: n - 1, size: k - 1).map { $0.union([n - 1]) } + subsets(of: n - 1, size: k)
    }
}
