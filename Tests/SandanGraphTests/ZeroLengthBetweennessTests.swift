import SandanGraph
import Testing

/// Weighted betweenness with zero-length edges: every shortest (simple) path counts, so the
/// result does not depend on the order of nodes or edges. The oracle enumerates every simple
/// path between every pair (fine on graphs of a few nodes) and is independent of Brandes'
/// algorithm.
@Suite("Betweenness with zero-length edges")
struct ZeroLengthBetweennessTests {
    typealias Edge = (u: Int, v: Int, length: Double)

    /// A weighted graph on nodes "n0"… declared in `order` (order[i] is declared i-th), edges
    /// added in `edgeOrder`.
    static func build(_ n: Int, _ edges: [Edge], directed: Bool, order: [Int], edgeOrder: [Int]) throws -> Graph {
        var builder = GraphBuilder(directed: directed)
        for v in order { builder.addNode("n\(v)") }
        builder.declareEdgeAttribute("weight", type: .double)
        for i in edgeOrder {
            let e = builder.addEdge("n\(edges[i].u)", "n\(edges[i].v)")
            try builder.setEdgeAttribute("weight", edge: e, .double(edges[i].length))
        }
        return try builder.build().weighted(by: "weight")
    }

    /// Raw node and edge betweenness by enumerating all simple paths: for each pair (unordered
    /// when undirected), the share of its shortest paths through each inner node and each edge.
    static func bruteForce(_ n: Int, _ edges: [Edge], directed: Bool) -> (nodes: [Double], edges: [Double]) {
        var arcs = [[(to: Int, edge: Int)]](repeating: [], count: n)
        for (i, e) in edges.enumerated() where e.u != e.v {
            arcs[e.u].append((e.v, i))
            if !directed { arcs[e.v].append((e.u, i)) }
        }
        var nodeScores = [Double](repeating: 0, count: n), edgeScores = [Double](repeating: 0, count: edges.count)
        for s in 0..<n {
            var found: [Int: [(length: Double, nodes: [Int], edges: [Int])]] = [:]
            func walk(_ u: Int, _ length: Double, _ nodes: [Int], _ used: [Int]) {
                if u != s { found[u, default: []].append((length, nodes, used)) }
                for (w, e) in arcs[u] where !nodes.contains(w) {
                    walk(w, length + edges[e].length, nodes + [w], used + [e])
                }
            }
            walk(s, 0, [s], [])
            for (t, paths) in found where directed || s < t {
                let best = paths.map(\.length).min()!
                let shortest = paths.filter { $0.length == best }
                let share = 1 / Double(shortest.count)
                for path in shortest {
                    for v in path.nodes.dropFirst().dropLast() { nodeScores[v] += share }
                    for e in path.edges { edgeScores[e] += share }
                }
            }
        }
        return (nodeScores, edgeScores)
    }

    /// Sandan's raw node and edge betweenness, reported in the original node and edge numbering.
    static func sandan(_ n: Int, _ edges: [Edge], directed: Bool, order: [Int], edgeOrder: [Int],
                       threads: Int = 1) throws -> (nodes: [Double], edges: [Double]) {
        let graph = try build(n, edges, directed: directed, order: order, edgeOrder: edgeOrder)
        let options = BetweennessOptions(normalized: false, threads: threads)
        let nodes = try betweennessCentrality(graph, options: options)
        let edgeValues = try edgeBetweennessCentrality(graph, options: options)
        var byNode = [Double](repeating: 0, count: n), byEdge = [Double](repeating: 0, count: edges.count)
        for v in 0..<n { byNode[v] = nodes[try #require(graph.index(of: "n\(v)"))] }
        for (position, e) in edgeOrder.enumerated() { byEdge[e] = edgeValues[position] }
        return (byNode, byEdge)
    }

    @Test("the four-node example: a–b 1, a–d 0, b–c 1, c–d 2 gives a 1.5, b 1, c 0, d 0.5 in either order")
    func fourNodes() throws {
        // Shortest paths: a–c: a–b–c and a–d–c (2 each); b–d: b–a–d (1); c–d: c–d and c–b–a–d
        // (2 each). So a = 1 (b–d) + ½ (c–d), b = ½ (a–c) + ½ (c–d), d = ½ (a–c), c = 0. The
        // issue's swap of two node declarations (c and d) must not change anything.
        let edges: [Edge] = [(0, 1, 1), (0, 3, 0), (1, 2, 1), (2, 3, 2)]
        for order in [[0, 1, 2, 3], [0, 1, 3, 2], [3, 2, 1, 0]] {
            let result = try Self.sandan(4, edges, directed: false, order: order, edgeOrder: [0, 1, 2, 3])
            expectClose(result.nodes, [1.5, 1, 0, 0.5], tolerance: 1e-12, "order \(order)")
        }
    }

    @Test("a five-node graph with a zero-length triangle: identical under all 120 node orders, equal to the enumeration")
    func everyPermutation() throws {
        // n0, n1, n2 pairwise at length 0 (co-located), n3 and n4 hanging off them.
        let edges: [Edge] = [(0, 1, 0), (1, 2, 0), (0, 2, 0), (0, 3, 2), (2, 3, 2), (1, 4, 1), (3, 4, 1), (4, 4, 0)]
        for directed in [false, true] {
            let expected = Self.bruteForce(5, edges, directed: directed)
            for order in permutations(of: Array(0..<5)) {
                let result = try Self.sandan(5, edges, directed: directed, order: order, edgeOrder: Array(edges.indices.reversed()))
                expectClose(result.nodes, expected.nodes, tolerance: 1e-12, "nodes, order \(order), directed \(directed)")
                expectClose(result.edges, expected.edges, tolerance: 1e-12, "edges, order \(order), directed \(directed)")
            }
        }
    }

    @Test("random graphs with zero-length edges: equal to the enumeration, whatever the node and edge order")
    func randomGraphs() throws {
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<120 {
            let n = 4 + Int(generator.below(4))
            let directed = round % 3 == 2
            var edges: [Edge] = []
            for u in 0..<n {
                for v in 0..<n where (directed ? u != v : u < v) && generator.below(100) < 45 {
                    // Lengths 0–3, a third of them 0; now and then a parallel edge.
                    let length = Double(generator.below(6) < 2 ? 0 : generator.below(3) + 1)
                    edges.append((u, v, length))
                    if generator.below(10) == 0 { edges.append((u, v, Double(generator.below(3)))) }
                }
            }
            let expected = Self.bruteForce(n, edges, directed: directed)
            for trial in 0..<4 {
                let order = Array(0..<n).shuffled(using: &generator)
                let edgeOrder = Array(edges.indices).shuffled(using: &generator)
                let result = try Self.sandan(n, edges, directed: directed, order: order, edgeOrder: edgeOrder,
                                             threads: 1 + trial % 2)
                expectClose(result.nodes, expected.nodes, tolerance: 1e-12, "round \(round) nodes")
                expectClose(result.edges, expected.edges, tolerance: 1e-12, "round \(round) edges")
            }
        }
    }

    @Test("a group of zero-length edges too large to enumerate is refused, not approximated")
    func tooLargeGroup() throws {
        // 201 nodes on a path of zero-length edges (the limit is 200 per group), one more at length 1.
        var edges: [Edge] = (0..<200).map { ($0, $0 + 1, 0) }
        edges.append((0, 201, 1))
        let graph = try Self.build(202, edges, directed: false, order: Array(0..<202), edgeOrder: Array(edges.indices))
        #expect(throws: GraphError.self) { try betweennessCentrality(graph) }
    }
}

/// Every ordering of `items` (Heap's algorithm, iterative).
func permutations(of items: [Int]) -> [[Int]] {
    var items = items, result = [items]
    var c = [Int](repeating: 0, count: items.count)
    var i = 0
    while i < items.count {
        if c[i] < i {
            items.swapAt(i % 2 == 0 ? 0 : c[i], i)
            result.append(items)
            c[i] += 1
            i = 0
        } else {
            c[i] = 0
            i += 1
        }
    }
    return result
}
