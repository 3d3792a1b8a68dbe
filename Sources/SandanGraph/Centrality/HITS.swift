/// Options for ``hits(_:options:)``.
public struct HITSOptions: Sendable, Equatable {
    /// Stop when the L1 change of the authority vector is at most this times its L1 size.
    /// Default 1e-12.
    public var tolerance: Double
    /// The iteration cap (per start vector). Default 10 000.
    public var maxIterations: Int
    /// Worker threads for the matrix products (used on large graphs); default all cores.
    public var threads: Int

    public init(tolerance: Double = 1e-12, maxIterations: Int = 10_000, threads: Int = Parallel.defaultThreadCount) {
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
/// Directed graphs: power iteration a ← AᵀA a, scaled to sum 1 after each step, from two
/// different positive start vectors; when the leading eigenvalue of AᵀA is not simple the two
/// disagree and the scores are not unique, which Sandan reports instead of returning one of
/// many answers. Undirected graphs: AᵀA = A², so hubs = authorities = the leading eigenvector
/// of A (``eigenvectorCentrality(_:options:)``) scaled to sum 1, unique unless the component
/// that carries it is bipartite; this converges far faster than iterating A² on nearly
/// bipartite graphs.
///
/// - Parameters:
///   - graph: any graph with edges; ``Graph/weights``, when present, are **strengths** (as
///     NetworkX's `hits`, which reads the `weight` attribute).
///   - options: tolerance, iteration cap, threads.
/// - Returns: hubs and authorities, each non-negative and summing to 1.
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` without nodes;
///   ``GraphError/invalidArgument(_:)`` when no edge has positive weight or the scores are not
///   unique (bipartite undirected graphs such as a path, components with the same leading
///   eigenvalue); ``GraphError/notConverged(algorithm:iterations:tolerance:)``; weight errors.
/// - Complexity: O(n + m) per iteration, two runs of at most `maxIterations`; the error shrinks
///   like (σ₂/σ₁)^(2k) with σ the singular values of A (directed), or as for eigenvector
///   centrality (undirected).
///
/// ## Conventions
/// - On undirected graphs hubs equal authorities (the leading eigenvector of A², scaled to
///   sum 1).
/// - Scaled to sum 1, as NetworkX's `hits(normalized=True)`; igraph scales the largest to 1.
/// - Disconnected graphs: unique when one component's leading singular value is strictly
///   largest (zero elsewhere); NetworkX returns that vector as well. The reference fixtures
///   store null for every disconnected undirected graph.
///
/// ## References
/// Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. *Journal of
/// the ACM* 46(5), 604–632. doi:10.1145/324133.324140
public func hits(_ graph: Graph, options: HITSOptions = HITSOptions()) throws(GraphError) -> HITSScores {
    guard graph.isDirected else { return try undirectedHITS(graph, options: options) }
    let n = graph.nodeCount
    let matrix = try AdjacencyOperator(graph, algorithm: "HITS", threads: options.threads)
    let iteration = try FixedPointIteration(algorithm: "HITS", tolerance: options.tolerance,
                                            maxIterations: options.maxIterations)
    guard n > 0 else { throw .emptyGraph(algorithm: "HITS") }
    guard matrix.total > 0 else {
        throw .invalidArgument("HITS is undefined on a graph without edges of positive weight")
    }
    var hubs = [Double](repeating: 0, count: n)
    func authorities(from start: [Double]) throws(GraphError) -> [Double] {
        let total = start.reduce(0, +)
        return try iteration.run(from: start.map { $0 / total }) { a, next in
            hubs.withUnsafeMutableBufferPointer { h in
                matrix.multiply(a, into: h) { _, sum in sum }
                matrix.multiplyTransposed(UnsafeBufferPointer(h), into: next) { _, sum in sum }
            }
            normalise(next, by: next.reduce(0, +))
        }
    }
    let first = try authorities(from: [Double](repeating: 1, count: n))
    let second = try authorities(from: unevenStart(n))
    try checkSameLimit(first, second, measure: "HITS",
                       reason: "the largest eigenvalue of AᵀA is shared (components alike)")
    hubs.withUnsafeMutableBufferPointer { h in
        first.withUnsafeBufferPointer { a in matrix.multiply(a, into: h) { _, sum in sum } }
        normalise(h, by: h.reduce(0, +))
    }
    return HITSScores(hubs: hubs, authorities: first)
}

/// HITS on an undirected graph: AᵀA = A², whose leading eigenvector is A's leading eigenvector
/// x when λ_max² is a simple eigenvalue of A², that is when x is unique and −λ_max is not an
/// eigenvalue, which (Perron–Frobenius) fails exactly when the component carrying x is
/// bipartite. So hubs = authorities = x scaled to sum 1, found by the shifted iteration of
/// eigenvector centrality, which converges at ((1 + λ₂)/(1 + λ₁))^k where iterating A² would
/// crawl at (λ_min/λ_max)^(2k) on nearly bipartite graphs.
private func undirectedHITS(_ graph: Graph, options: HITSOptions) throws(GraphError) -> HITSScores {
    let eigen = EigenvectorOptions(tolerance: options.tolerance, maxIterations: options.maxIterations,
                                   threads: options.threads)
    let leading = try leadingEigenvector(graph, options: eigen, algorithm: "HITS")
    var x = leading.vector
    if !hasOddCycle(graph, around: leading.peak) {
        throw .invalidArgument("HITS is not unique on this graph: the largest eigenvalue of AᵀA is shared "
                               + "(the dominant component is bipartite, as a path or a two-mode network)")
    }
    x.withUnsafeMutableBufferPointer { x in normalise(x, by: x.reduce(0, +)) }
    return HITSScores(hubs: x, authorities: x)
}

/// Whether the component of `node` holds an odd cycle (a self-loop counts), by a breadth-first
/// two-colouring. O(size of the component).
private func hasOddCycle(_ graph: Graph, around node: Int) -> Bool {
    var colour = [Int8](repeating: -1, count: graph.nodeCount)
    var queue = [node]
    colour[node] = 0
    var head = 0
    return graph.withOutAdjacency { rows in
        while head < queue.count {
            let u = queue[head]
            head += 1
            for a in rows.offsets[u]..<rows.offsets[u + 1] {
                let v = Int(rows.ends[a])
                if colour[v] < 0 {
                    colour[v] = 1 - colour[u]
                    queue.append(v)
                } else if colour[v] == colour[u] {
                    return true
                }
            }
        }
        return false
    }
}
