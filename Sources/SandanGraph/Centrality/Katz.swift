/// Options for ``katzCentrality(_:options:)``.
public struct KatzOptions: Sendable, Equatable {
    /// The attenuation factor α: a walk of length k counts α^k. It must be below 1/λ₁ (λ₁ the
    /// largest eigenvalue of A) for the series to converge. Default 0.1, as NetworkX.
    public var alpha: Double
    /// The constant β every node receives. Default 1.
    public var beta: Double
    /// Scale the result to unit Euclidean norm (default, as NetworkX), or give the raw x.
    public var normalized: Bool
    /// Stop when the L1 change is at most this times the L1 size of the vector. Default 1e-12.
    public var tolerance: Double
    /// The iteration cap. Default 10 000.
    public var maxIterations: Int
    /// Worker threads for the matrix products (used on large graphs): nil for all cores, else at
    /// least 1 (<doc:Conventions#Threads-and-progress>).
    public var threads: Int?

    public init(alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true, tolerance: Double = 1e-12,
                maxIterations: Int = 10_000, threads: Int? = nil) {
        self.alpha = alpha
        self.beta = beta
        self.normalized = normalized
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.threads = threads
    }
}

/// Katz centrality: x = α Aᵀ x + β 1, that is x_v = α Σ_{u → v} a_uv x_u + β, which counts the
/// walks ending at each node, a walk of length k weighted α^k.
///
/// Iterates x ← α Aᵀ x + β from x = 0 (NetworkX's `katz_centrality`); the iteration converges
/// exactly when α λ₁ < 1, λ₁ the spectral radius of A. When α times the cheap bound
/// min(largest row sum, largest column sum) ≥ λ₁ is below 1 it converges for sure; otherwise
/// λ₁ is computed first (the Lanczos solver of ``eigenvectorCentrality(_:options:)`` on each strongly connected or connected
/// component that could carry it) and an α at or above 1/λ₁ is refused with that bound named,
/// rather than after thousands of iterations towards infinity.
///
/// - Parameters:
///   - graph: any graph; ``Graph/weights``, when present, are **strengths**.
///   - options: α, β, normalisation, tolerance, iteration cap, threads.
/// - Returns: one value per node; with `normalized`, unit Euclidean norm. `[]` without nodes.
/// - Throws: ``GraphError/katzAlphaTooLarge(alpha:eigenvalue:)`` when α ≥ 1/λ₁ (the values grow
///   without bound; the message gives 1/λ₁); ``GraphError/parameterOutOfRange(name:value:allowed:)``
///   for a negative or non-finite α or β; ``GraphError/notConverged(algorithm:iterations:tolerance:)``
///   when the cap is reached (α just below 1/λ₁); weight errors as ``pageRank(_:options:)``.
/// - Complexity: O(n + m) per iteration; the error shrinks like (α λ₁)^k. Computing λ₁, when
///   the bound does not settle convergence, costs as eigenvector centrality does.
///
/// ## Conventions
/// - Directed graphs use in-edges, as NetworkX (`katz_centrality`) and igraph.
/// - Normalised to unit Euclidean norm, as NetworkX's default `normalized=True`.
/// - A one-node graph gives 1 (normalised) or β. (NetworkX's `katz_centrality_numpy` raises
///   there; its power-iteration version agrees with Sandan.)
/// - An undirected self-loop adds its weight once to a_vv; parallel edges add up.
///
/// ## References
/// Katz, L. (1953). A new status index derived from sociometric analysis. *Psychometrika*
/// 18(1), 39–43. doi:10.1007/BF02289026
public func katzCentrality(_ graph: Graph, options: KatzOptions = KatzOptions()) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    let alpha = options.alpha, beta = options.beta
    for (name, value) in [("α", alpha), ("β", beta)] where !(value >= 0 && value.isFinite) {
        throw .parameterOutOfRange(name: "the Katz centrality \(name)", value: "\(value)", allowed: "finite and ≥ 0")
    }
    let matrix = try AdjacencyOperator(graph, algorithm: "Katz centrality", threads: options.threads)
    guard n > 0 else { return [] }
    let radius = try katzRadius(matrix, alpha: alpha, maxProducts: options.maxIterations)
    if let radius, alpha * radius >= 1 - spectralTie {
        throw .katzAlphaTooLarge(alpha: alpha, eigenvalue: radius)
    }
    let rate = radius.map { " (α λ₁ = \(alpha * $0): the error shrinks by that factor per iteration)" } ?? ""
    let iteration = try FixedPointIteration(algorithm: "Katz centrality" + rate, tolerance: options.tolerance,
                                            maxIterations: options.maxIterations)
    var x = try iteration.run(from: [Double](repeating: 0, count: n)) { x, y in
        matrix.multiplyTransposed(x, into: y) { _, sum in alpha * sum + beta }
    }
    if options.normalized {
        x.withUnsafeMutableBufferPointer { x in normalise(x, by: euclideanNorm(UnsafeBufferPointer(x))) }
    }
    return x
}

/// λ₁, the spectral radius of A, when α times its bound min(largest row sum, largest column sum)
/// reaches 1 to within ``spectralTie`` (convergence is then in question: at α λ₁ = 1 − 10⁻¹⁵ it
/// would take forever); nil otherwise, without computing it.
/// O(n + m) for the bound, then the eigensolves of ``dominantClasses(of:classes:solver:stopAtTie:)``.
private func katzRadius(_ matrix: AdjacencyOperator, alpha: Double, maxProducts: Int) throws(GraphError) -> Double? {
    let graph = matrix.graph
    let bound = min(matrix.rowSums.max() ?? 0, matrix.columnSums.max() ?? 0)
    guard alpha * bound >= 1 - spectralTie else { return nil }
    let solver = try KrylovEigensolver(algorithm: "Katz centrality (its bound 1/λ₁)", symmetric: !graph.isDirected,
                                       tolerance: 1e-12, maxProducts: maxProducts, team: matrix.team)
    let classes = NodeClasses(graph.isDirected ? stronglyConnectedComponents(graph) : weaklyConnectedComponents(graph))
    let carriers = try dominantClasses(of: matrix, classes: classes, solver: solver, stopAtTie: true)
    return carriers.map(\.value).max() ?? 0
}
