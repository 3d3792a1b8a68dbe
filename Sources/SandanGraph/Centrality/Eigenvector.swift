/// Options for ``eigenvectorCentrality(_:options:)``.
public struct EigenvectorOptions: Sendable, Equatable {
    /// Stop when the L1 change is at most this times the L1 size of the vector. Default 1e-12.
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

/// Eigenvector centrality: the leading eigenvector x of Aᵀ, x_v ∝ Σ_{u → v} a_uv x_u, so a
/// node is central when central nodes point to it.
///
/// Power iteration on Aᵀ + I (the shift keeps the leading eigenvalue strictly largest in
/// modulus on bipartite graphs without changing the eigenvector, as NetworkX's
/// `eigenvector_centrality` does), normalised to unit length after each step, from two
/// different positive start vectors. When the leading eigenvalue is simple both converge to the
/// same vector; when they do not, the eigenvector is not unique and Sandan says so.
///
/// - Parameters:
///   - graph: any graph with edges; ``Graph/weights``, when present, are **strengths**.
///   - options: tolerance, iteration cap, threads.
/// - Returns: one value per node, non-negative, with unit Euclidean norm.
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` without nodes;
///   ``GraphError/invalidArgument(_:)`` when no edge has positive weight (every vector is an
///   eigenvector) or when the leading eigenvector is not unique (for example two components
///   with the same largest eigenvalue); ``GraphError/notConverged(algorithm:iterations:tolerance:)``;
///   weight errors as ``pageRank(_:options:)``.
/// - Complexity: O(n + m) per iteration, two runs of at most `maxIterations`; the error shrinks
///   like ((1 + λ₂)/(1 + λ₁))^k.
///
/// ## Conventions
/// - Directed graphs use in-edges (the left eigenvector), as NetworkX and igraph.
/// - Unit Euclidean norm, as NetworkX (igraph scales the largest value to 1).
/// - Disconnected graphs: when one component's leading eigenvalue is strictly largest, the
///   eigenvector is unique and is zero outside what that component reaches (undirected graphs
///   get exact zeros there; on directed graphs such entries are tiny, not 0); NetworkX's power
///   iteration returns the same vector silently. Ties are reported as not unique. (The
///   reference fixtures store null for every disconnected or not strongly connected graph.)
/// - An undirected self-loop adds its weight once to a_vv; parallel edges add up.
///
/// ## References
/// Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
/// identification. *Journal of Mathematical Sociology* 2(1), 113–120.
/// doi:10.1080/0022250X.1972.9989806
///
/// Bonacich, P. (1987). Power and centrality: a family of measures. *American Journal of
/// Sociology* 92(5), 1170–1182. doi:10.1086/228631
public func eigenvectorCentrality(_ graph: Graph,
                                  options: EigenvectorOptions = EigenvectorOptions()) throws(GraphError) -> [Double] {
    try leadingEigenvector(graph, options: options, algorithm: "eigenvector centrality").vector
}

/// The leading eigenvector of Aᵀ (unit norm, non-negative) and the node where it is largest,
/// by the shifted power iteration of ``eigenvectorCentrality(_:options:)`` with its checks.
/// On undirected graphs, nodes outside the component of that node get exactly 0 (their limit).
func leadingEigenvector(_ graph: Graph, options: EigenvectorOptions,
                        algorithm: String) throws(GraphError) -> (vector: [Double], peak: Int) {
    let n = graph.nodeCount
    let matrix = try AdjacencyOperator(graph, algorithm: algorithm, threads: options.threads)
    let iteration = try FixedPointIteration(algorithm: algorithm, tolerance: options.tolerance,
                                            maxIterations: options.maxIterations)
    guard n > 0 else { throw .emptyGraph(algorithm: algorithm) }
    guard matrix.total > 0 else {
        throw .invalidArgument("\(algorithm) is undefined on a graph without edges of positive weight")
    }
    func limit(from start: [Double]) throws(GraphError) -> [Double] {
        try iteration.run(from: unitLength(start)) { x, y in
            matrix.multiplyTransposed(x, into: y) { v, sum in sum + x[v] }
            normalise(y, by: euclideanNorm(UnsafeBufferPointer(y)))
        }
    }
    var first = try limit(from: [Double](repeating: 1, count: n))
    let second = try limit(from: unevenStart(n))
    try checkSameLimit(first, second, measure: algorithm,
                       reason: "its largest eigenvalue is shared (for example by two components alike); use PageRank, Katz or harmonic centrality")
    let peak = first.indices.max { first[$0] < first[$1] }!
    if !graph.isDirected {
        let reached = try breadthFirstSearch(graph, from: peak).distances
        for v in 0..<n where !reached[v].isFinite { first[v] = 0 }
    }
    return (first, peak)
}

/// `x` scaled to unit Euclidean norm.
func unitLength(_ x: [Double]) -> [Double] {
    let norm = x.withUnsafeBufferPointer(euclideanNorm)
    return norm > 0 ? x.map { $0 / norm } : x
}

/// The Euclidean norm, scaled to avoid overflow.
func euclideanNorm(_ x: UnsafeBufferPointer<Double>) -> Double {
    let largest = x.reduce(0) { max($0, abs($1)) }
    guard largest > 0, largest.isFinite else { return largest }
    var sum = 0.0
    for value in x { sum += (value / largest) * (value / largest) }
    return largest * sum.squareRoot()
}

/// Divides every entry by `divisor` when it is positive and finite.
func normalise(_ y: UnsafeMutableBufferPointer<Double>, by divisor: Double) {
    guard divisor > 0, divisor.isFinite else { return }
    let scale = 1 / divisor
    for v in y.indices { y[v] *= scale }
}
