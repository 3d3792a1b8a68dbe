@testable import SandanGraph
import Testing

/// The products of ``AdjacencyOperator``: on random graphs whose rows have every kind of length
/// (none, a few entries, hundreds), directed and undirected, weighted or not, with self-loops
/// and parallel edges, both products must equal the sums over the test's own edge list, and be
/// the same bit for bit on 1, 2 and 3 threads (the blocks differ, the sums must not). So must
/// the Lanczos step's product s·Aᵀx − c·z; its dot product with x, summed block by block, must
/// match the edge list's within rounding.
@Suite("Adjacency operator products")
struct AdjacencyOperatorTests {
    /// An edge the test made: a_uv += weight (and a_vu when undirected; a loop counts once).
    struct Edge {
        let u: Int, v: Int, weight: Double
    }

    /// A random graph of n nodes: most nodes get a few edges, a few get hundreds (long rows),
    /// some none; loops and repeated edges included. Enough rows plus arcs for several blocks
    /// per worker, and for different blocks on 2 and 3 threads.
    static func graph(nodes n: Int, directed: Bool, weighted: Bool, seed: UInt64) throws -> (Graph, [Edge]) {
        var random = SeededGenerator(seed: seed)
        var builder = GraphBuilder(directed: directed)
        for v in 0..<n { _ = builder.addNode(integer: v) }
        var edges: [Edge] = []
        for u in 0..<n where u % 17 != 0 {            // every 17th node has no edges of its own
            let count = u % 97 == 1 ? Int.random(in: 200...600, using: &random) : Int.random(in: 1...8, using: &random)
            for _ in 0..<count {
                let v = u % 5 == 0 ? u : Int.random(in: 0..<n, using: &random)   // some loops
                edges.append(Edge(u: u, v: v, weight: weighted ? Double.random(in: 0.5...3, using: &random) : 1))
            }
        }
        edges += edges.prefix(50)                      // parallel edges
        builder.declareEdgeAttribute("weight", type: .double)
        for edge in edges {
            let e = builder.addEdge(edge.u, edge.v)
            try builder.setEdgeAttribute("weight", edge: e, .double(edge.weight))
        }
        let graph = builder.build()
        return (weighted ? try graph.weighted(by: "weight") : graph, edges)
    }

    /// Aᵀx and Ax from the edge list, by the definition.
    static func expected(_ edges: [Edge], x: [Double], directed: Bool) -> (transposed: [Double], plain: [Double]) {
        var transposed = [Double](repeating: 0, count: x.count), plain = transposed
        for e in edges {
            transposed[e.v] += e.weight * x[e.u]
            plain[e.u] += e.weight * x[e.v]
            if !directed && e.u != e.v {
                transposed[e.u] += e.weight * x[e.v]
                plain[e.v] += e.weight * x[e.u]
            }
        }
        return (transposed, plain)
    }

    @Test("Aᵀx and Ax match the edge list's sums, the same on 1, 2 and 3 threads",
          arguments: [(false, false), (false, true), (true, false), (true, true)])
    func products(directed: Bool, weighted: Bool) throws {
        let n = 8_000
        let (graph, edges) = try Self.graph(nodes: n, directed: directed, weighted: weighted, seed: 7)
        var random = SeededGenerator(seed: 11)
        let x = (0..<n).map { _ in Double.random(in: -1...1, using: &random) }
        let want = Self.expected(edges, x: x, directed: directed)
        var results: [[[Double]]] = []
        for threads in 1...3 {
            let matrix = try AdjacencyOperator(graph, algorithm: "test", threads: threads)
            var transposed = [Double](repeating: .nan, count: n), plain = transposed
            var finished = [Double](repeating: .nan, count: n), fused = finished
            let z = x.reversed() as [Double]
            var fusedDot = Double.nan
            x.withUnsafeBufferPointer { x in
                fused.withUnsafeMutableBufferPointer { y in
                    z.withUnsafeBufferPointer { z in fusedDot = matrix.multiplyTransposed(x, scale: 0.5, minus: 3, z, into: y) }
                }
                transposed.withUnsafeMutableBufferPointer { matrix.multiplyTransposed(x, into: $0) }
                plain.withUnsafeMutableBufferPointer { y in matrix.multiply(x, into: y) { _, sum in sum } }
                finished.withUnsafeMutableBufferPointer { y in
                    matrix.multiplyTransposed(x, into: y) { v, sum in 2 * sum + Double(v) }
                }
            }
            expectClose(transposed, want.transposed, tolerance: 1e-11, "Aᵀx, \(threads) threads")
            expectClose(plain, want.plain, tolerance: 1e-11, "Ax, \(threads) threads")
            expectClose(finished, (0..<n).map { 2 * want.transposed[$0] + Double($0) }, tolerance: 1e-11,
                        "finish(v, (Aᵀx)_v), \(threads) threads")
            let wantFused = (0..<n).map { 0.5 * want.transposed[$0] - 3 * z[$0] }
            expectClose(fused, wantFused, tolerance: 1e-11, "0.5 Aᵀx − 3z, \(threads) threads")
            expectClose(fusedDot, zip(x, wantFused).reduce(0) { $0 + $1.0 * $1.1 }, tolerance: 1e-9,
                        "x · (0.5 Aᵀx − 3z), \(threads) threads")
            results.append([transposed, plain, finished, fused])   // the dot's blocks, and so its rounding, follow the threads
        }
        #expect(results[1] == results[0], "2 threads differ from 1")
        #expect(results[2] == results[0], "3 threads differ from 1")
    }

    @Test("a graph without edges: products of zeros")
    func empty() throws {
        var builder = GraphBuilder(directed: false)
        for v in 0..<3 { _ = builder.addNode(integer: v) }
        let matrix = try AdjacencyOperator(builder.build(), algorithm: "test", threads: 2)
        var y = [Double](repeating: .nan, count: 3)
        [1.0, 2, 3].withUnsafeBufferPointer { x in y.withUnsafeMutableBufferPointer { matrix.multiplyTransposed(x, into: $0) } }
        #expect(y == [0, 0, 0])
    }
}
