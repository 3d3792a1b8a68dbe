import SandanGraph
import Testing

/// Issue 13, item 14: weights whose path sums or strength products leave the range of `Double`
/// are errors naming the weight, never results that look valid.
@Suite("Weights out of the range of path and modularity sums")
struct WeightRangeTests {
    /// The path a – b – c – d with the given weights on its three edges.
    static func path(_ weights: [Double]) throws -> Graph {
        var builder = GraphBuilder(directed: false)
        for (i, (u, v)) in [("a", "b"), ("b", "c"), ("c", "d")].enumerated() {
            let e = builder.addEdge(u, v)
            try builder.setEdgeAttribute("w", edge: e, .double(weights[i]))
        }
        return try builder.build().weighted(by: "w")
    }

    /// Two triangles {a, b, c} and {d, e, f} joined by the edge c – d, every edge of weight `w`.
    static func twoTriangles(_ w: Double) throws -> Graph {
        var builder = GraphBuilder(directed: false)
        for (u, v) in [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")] {
            let e = builder.addEdge(u, v)
            try builder.setEdgeAttribute("w", edge: e, .double(w))
        }
        return try builder.build().weighted(by: "w")
    }

    @Test("path lengths that would overflow are an error in every path measure")
    func overflow() throws {
        let graph = try Self.path([1, Double.greatestFiniteMagnitude / 2, 1])
        let reason = "a path of up to 3 edges this long has a length beyond the largest number (about 1.8e308)"
        for (name, run) in [("closeness", { _ = try closenessCentrality(graph) }),
                            ("harmonic centrality", { _ = try harmonicCentrality(graph) }),
                            ("betweenness", { _ = try betweennessCentrality(graph) }),
                            ("Dijkstra", { _ = try dijkstra(graph, from: 0) })] as [(String, () throws -> Void)] {
            #expect(throws: GraphError.weightOutOfRange(algorithm: name, edge: 1, weight: Double.greatestFiniteMagnitude / 2,
                                                        reason: reason)) { try run() }
        }
        #expect(throws: GraphError.self) { _ = try distanceSummary(graph) }
        let message = GraphError.weightOutOfRange(algorithm: "closeness", edge: 1, weight: 1e308, reason: reason).description
        #expect(message == "closeness cannot use the weight 1e+308 of edge 2 (in input order): " + reason
            + ". Multiply or divide all weights by one constant (shortest paths and communities stay the same)")
    }

    @Test("large weights whose path sums stay finite give exact results")
    func largeButFinite() throws {
        // Lengths 1e307 on a path of 4 nodes: the farthest pair is 3e307 apart, finite.
        // Closeness of b (Wasserman–Faust, connected): (n − 1) / Σd = 3 / (1e307 + 1e307 + 2e307) = 7.5e-308.
        let closeness = try closenessCentrality(try Self.path([1e307, 1e307, 1e307]))
        #expect(abs(closeness[1] / 7.5e-308 - 1) < 1e-12)
        #expect(abs(try distanceSummary(try Self.path([1e307, 1e307, 1e307])).diameter / 3e307 - 1) < 1e-12)
    }

    @Test("subnormal weights are an error: the reciprocal of a path length would overflow")
    func underflow() throws {
        let tiny = Double.leastNonzeroMagnitude  // 5e-324, subnormal
        let graph = try Self.path([1, tiny, 1])
        #expect(throws: GraphError.weightOutOfRange(
            algorithm: "closeness", edge: 1, weight: tiny,
            reason: "it is so small that the reciprocal of a path length overflows (weights must be at least about 2.2e-308 × 3)")) {
            _ = try closenessCentrality(graph)
        }
        #expect(throws: GraphError.self) { _ = try harmonicCentrality(graph) }
    }

    @Test("zero weights stay allowed")
    func zeros() throws {
        #expect(try dijkstra(try Self.path([0, 0, 1]), from: 0).distances == [0, 0, 0, 1])
    }

    @Test("modularity is scale-free where the strengths stay in range, and an error where they do not")
    func modularityRange() throws {
        // Two triangles joined by one edge, split into the triangles: m = 7, each side has 3
        // internal edges and degree sum 7, Q = 2 (3/7 − (7/14)²) = 5/14, at any common weight.
        let split = [0, 0, 0, 1, 1, 1]
        for w in [1.0, 1e100, 1e-100] {
            #expect(abs(try modularity(try Self.twoTriangles(w), partition: split) - 5.0 / 14) < 1e-12)
        }
        #expect(throws: GraphError.weightOutOfRange(
            algorithm: "modularity", edge: 0, weight: 1e200,
            reason: "the square of the total strength, which modularity divides by, is beyond the largest number (about 1.8e308)")) {
            _ = try modularity(try Self.twoTriangles(1e200), partition: split)
        }
        #expect(throws: GraphError.weightOutOfRange(
            algorithm: "Louvain", edge: 0, weight: .leastNonzeroMagnitude,
            reason: "products of strengths this small underflow to zero (weights must be at least about 1.5e-154)")) {
            _ = try louvainCommunities(try Self.twoTriangles(.leastNonzeroMagnitude))
        }
        #expect(throws: GraphError.self) { _ = try leidenCommunities(try Self.twoTriangles(1e200)) }
    }
}
