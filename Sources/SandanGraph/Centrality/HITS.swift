/// Options for ``hits(_:options:)``.
public struct HITSOptions: Sendable, Equatable {
    /// Stop when the residual ‖AᵀA a − σ²a‖ of the unit authority vector a is at most this
    /// times σ². Default 1e-14.
    public var tolerance: Double
    /// The cap on products with AᵀA, per component solved. Default 100 000.
    public var maxIterations: Int
    /// Worker threads for the matrix products (used on large graphs): nil for all cores, else at
    /// least 1 (<doc:Conventions#Threads-and-progress>).
    public var threads: Int?

    public init(tolerance: Double = 1e-14, maxIterations: Int = 100_000, threads: Int? = nil) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.threads = threads
    }
}

/// Hub and authority scores, each summing to 1.
public struct HITSScores: Sendable, Equatable {
    /// Hub score of each node: large when it points to good authorities.
    public let hubs: [Double]
    /// Authority score of each node: large when good hubs point to it.
    public let authorities: [Double]
}

/// Kleinberg's HITS: authorities a = leading eigenvector of AᵀA, hubs h = A a, so a_v ∝
/// Σ_{u → v} h_u and h_u ∝ Σ_{u → v} a_v.
///
/// **Uniqueness is structural.** AᵀA and AAᵀ are the two halves of B², B the adjacency matrix
/// of the bipartite double cover (a hub copy u and an authority copy v of every node, an edge
/// hub u – authority v for each arc u → v; an undirected edge gives both arcs). B is symmetric,
/// so by Perron–Frobenius each connected component of the cover has a simple top singular value
/// σ, and the scores are unique exactly when one component carries the largest σ. An
/// undirected graph's cover is connected on a connected non-bipartite graph and splits in two
/// identical halves on a bipartite one (a path, a two-mode network), where HITS is not unique.
///
/// **Solver.** The component carrying σ (only components whose bound
/// (largest out-strength) × (largest in-strength) reaches the best σ² found are solved) by
/// Lanczos on AᵀA restricted to it (`KrylovEigensolver`: plain Lanczos while the gap is wide,
/// thick restart otherwise), which converges with a small gap where power iteration on AᵀA
/// crawls (nearly bipartite undirected graphs: the gap of A² between λ_max² and λ_min²).
///
/// - Parameters:
///   - graph: any graph with edges; ``Graph/weights``, when present, are **strengths** (as
///     NetworkX's `hits`, which reads the `weight` attribute).
///   - options: tolerance, cap on products, threads.
/// - Returns: hubs and authorities, each non-negative and summing to 1.
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` without nodes;
///   ``GraphError/noEdgeWeight(algorithm:)`` when no edge has positive weight,
///   ``GraphError/notUnique(algorithm:reason:)`` when the scores are not unique; ``GraphError/notConverged(algorithm:iterations:tolerance:)``; weight errors.
/// - Complexity: O(n + m) for the cover's components and the bounds, then O(n_C + m_C) per
///   product plus O(n_C) vector work (plain Lanczos) or O(16 n_C) orthogonalisation (thick
///   restart) for the component solved; products grow like 1/√gap of AᵀA.
///
/// ## Conventions
/// - On undirected graphs hubs equal authorities (the leading eigenvector of A², scaled to
///   sum 1).
/// - Scaled to sum 1, as NetworkX's `hits(normalized=True)`; igraph scales the largest to 1.
/// - Disconnected graphs: unique when one component's leading singular value is strictly
///   largest (zero elsewhere); NetworkX returns that vector as well. The reference fixtures
///   store null for every disconnected undirected graph. Ties are compared with a relative
///   tolerance of 1e-10.
///
/// ## References
/// Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. *Journal of
/// the ACM* 46(5), 604–632. doi:10.1145/324133.324140
public func hits(_ graph: Graph, options: HITSOptions = HITSOptions()) throws(GraphError) -> HITSScores {
    let n = graph.nodeCount
    let matrix = try AdjacencyOperator(graph, algorithm: "HITS", threads: options.threads)
    let solver = try KrylovEigensolver(algorithm: "HITS", symmetric: true, tolerance: options.tolerance,
                                       maxProducts: options.maxIterations, team: matrix.team)
    guard n > 0 else { throw .emptyGraph(algorithm: "HITS") }
    guard matrix.hasPositiveEntry else {
        throw .noEdgeWeight(algorithm: "HITS")
    }
    let cover = NodeClasses(doubleCoverComponents(graph))
    // Position of hub u (node u) and authority v (node n + v) among the hubs / authorities of their class.
    var side = [Int32](repeating: 0, count: 2 * n)
    var hubs = [[Int]](repeating: [], count: cover.count), authorities = hubs
    for c in 0..<cover.count {
        for x in cover.members[c] {
            if x < n { side[x] = Int32(hubs[c].count); hubs[c].append(x) } else { side[x] = Int32(authorities[c].count); authorities[c].append(x - n) }
        }
    }
    let outStrength = matrix.rowSums
    var inStrength = [Double](repeating: 0, count: n)
    [Double](repeating: 1, count: n).withUnsafeBufferPointer { ones in
        inStrength.withUnsafeMutableBufferPointer { y in matrix.multiplyTransposed(ones, into: y) { _, sum in sum } }
    }
    let bounds = (0..<cover.count).map { c in
        (hubs[c].map { outStrength[$0] }.max() ?? 0) * (authorities[c].map { inStrength[$0] }.max() ?? 0)
    }
    let carriers = try dominantClasses(upperBounds: bounds, stopAtTie: true) { c throws(GraphError) in
        let forward = matrix.block(rows: hubs[c], transposed: false, columns: authorities[c].count) { side[n + $0] }
        let backward = matrix.block(rows: authorities[c], transposed: true, columns: hubs[c].count) { side[$0] }
        var middle = [Double](repeating: 0, count: hubs[c].count)
        let order = authorities[c].count
        return try solver.leading(order: order, start: [Double](repeating: 1, count: order)) { x, y in
            middle.withUnsafeMutableBufferPointer { middle in
                forward.multiply(x, into: middle)
                backward.multiply(UnsafeBufferPointer(middle), into: y)
            }
        }
    }
    guard carriers.count == 1 else {
        throw .notUnique(algorithm: "HITS", reason: "the largest eigenvalue of AᵀA is shared "
                               + "(components alike, or a bipartite undirected component such as a path or a two-mode network)")
    }
    let root = carriers[0]
    var a = [Double](repeating: 0, count: n), h = a
    let sign = root.vector.reduce(0, +) < 0 ? -1.0 : 1.0
    for (i, v) in authorities[root.label].enumerated() { a[v] = max(0, sign * root.vector[i]) }
    a.withUnsafeMutableBufferPointer { a in normalise(a, by: a.reduce(0, +)) }
    a.withUnsafeBufferPointer { a in
        h.withUnsafeMutableBufferPointer { h in
            matrix.multiply(a, into: h) { _, sum in sum }
            normalise(h, by: h.reduce(0, +))
        }
    }
    return HITSScores(hubs: h, authorities: a)
}

/// The connected components of the bipartite double cover: node u is hub u, node n + v is
/// authority v, and each arc u → v (both directions of an undirected edge) joins hub u and
/// authority v. Union–find; O(m α(n) + n).
private func doubleCoverComponents(_ graph: Graph) -> Components {
    let n = graph.nodeCount
    var parent = (0..<2 * n).map(Int32.init)
    func root(_ start: Int32) -> Int32 {
        var v = start
        while parent[Int(v)] != v {
            parent[Int(v)] = parent[Int(parent[Int(v)])]
            v = parent[Int(v)]
        }
        return v
    }
    graph.withOutAdjacency { rows in
        for u in 0..<n {
            for a in rows.offsets[u]..<rows.offsets[u + 1] {
                let x = root(Int32(u)), y = root(Int32(n) + rows.ends[a])
                if x < y { parent[Int(y)] = x } else if y < x { parent[Int(x)] = y }
            }
        }
    }
    var labels = [Int32](repeating: -1, count: 2 * n), count: Int32 = 0
    for v in 0..<2 * n {
        let r = Int(root(Int32(v)))
        if labels[r] < 0 { labels[r] = count; count += 1 }
        labels[v] = labels[r]
    }
    return Components(labels: labels, count: Int(count))
}
