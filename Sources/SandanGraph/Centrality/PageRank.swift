/// Options for ``pageRank(_:options:)``.
public struct PageRankOptions: Sendable, Equatable {
    /// The damping factor α, the probability of following an edge (0 ≤ α < 1). Default 0.85.
    public var damping: Double
    /// Where the walker teleports, one non-negative value per node (scaled to sum 1); nil for
    /// uniform. Dangling nodes' mass goes the same way.
    public var personalization: [Double]?
    /// Stop when the L1 change of the vector (which sums to 1) is at most this. Default 1e-10.
    public var tolerance: Double
    /// The iteration cap. Default 1000 (α = 0.85 needs about 140 iterations for 1e-10).
    public var maxIterations: Int
    /// Worker threads for the matrix products (used on large graphs): nil for all cores, else at
    /// least 1 (<doc:Conventions#Threads-and-progress>).
    public var threads: Int?

    public init(damping: Double = 0.85, personalization: [Double]? = nil, tolerance: Double = 1e-10,
                maxIterations: Int = 1000, threads: Int? = nil) {
        self.damping = damping
        self.personalization = personalization
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.threads = threads
    }
}

/// PageRank: the stationary distribution of a random walk that follows an out-edge with
/// probability α (chosen in proportion to edge weight) and otherwise teleports.
///
/// Directed graphs: power iteration x ← α Pᵀx + (α · dangling mass + 1 − α) p, from the
/// uniform vector, where P is the row-normalised weighted adjacency matrix, p the
/// personalisation vector and the dangling mass the score held by nodes without out-weight;
/// each iteration is one product and one pass over the vectors. Undirected graphs: conjugate
/// gradients on the equivalent symmetric linear system (`SymmetricPageRank`), which needs
/// about a third to two thirds of the products for the same accuracy.
///
/// - Parameters:
///   - graph: any graph; ``Graph/weights``, when present, are **strengths** (transition mass).
///   - options: damping, personalisation, tolerance, iteration cap, threads.
/// - Returns: one score per node; the scores sum to 1. `[]` for a graph without nodes.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` (NetworkX silently returns garbage for
///   negative weights; igraph refuses them too);
///   ``GraphError/parameterOutOfRange(name:value:allowed:)`` for α outside [0, 1) or a
///   personalisation with a negative or non-finite entry or summing to 0;
///   ``GraphError/countMismatch(what:count:nodeCount:)`` for a personalisation of the wrong
///   length; ``GraphError/notConverged(algorithm:iterations:tolerance:)``.
/// - Complexity: O(n + m) per iteration, at most `maxIterations` iterations (the error after
///   k iterations shrinks like α^k, or like 0.56^k by conjugate gradients at α = 0.85 on
///   undirected graphs); O(n + m) extra space when weighted, O(n) otherwise.
///
/// ## Conventions
/// - α = 0.85 and a uniform teleport by default. Dangling nodes (no out-edges, or only
///   zero-weight ones) spread their score as the teleport does (uniformly by default), as
///   NetworkX's default `dangling=None`.
/// - Undirected graphs: each edge is two arcs. A self-loop is an arc to itself (an undirected
///   one counts once, as in NetworkX's matrix). Parallel edges add their weights.
/// - Stopping: ‖x_{k+1} − x_k‖₁ ≤ tol (see `FixedPointIteration`), which does not grow with
///   n, and bounds the error ‖x − x*‖₁ by α tol / (1 − α); on undirected graphs a residual rule
///   with the same bound. NetworkX and rustworkx stop at n × tol, so on large graphs they stop
///   early; igraph's PRPACK and NetworKit agree with Sandan to about 1e-9.
///
/// ## References
/// Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). *The PageRank citation ranking:
/// bringing order to the web*. Stanford InfoLab technical report 1999-66.
///
/// Langville, A. N. & Meyer, C. D. (2004). Deeper inside PageRank. *Internet Mathematics* 1(3),
/// 335–380. doi:10.1080/15427951.2004.10129091
public func pageRank(_ graph: Graph, options: PageRankOptions = PageRankOptions()) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    let alpha = options.damping
    guard alpha >= 0 && alpha < 1 else {
        throw .parameterOutOfRange(name: "the PageRank damping factor", value: "\(alpha)", allowed: "at least 0 and below 1")
    }
    let teleport = try teleportVector(options.personalization, nodeCount: n)   // nil: uniform
    let matrix = try AdjacencyOperator(graph, algorithm: "PageRank", threads: options.threads)
    let iteration = try FixedPointIteration(algorithm: "PageRank", tolerance: options.tolerance,
                                            maxIterations: options.maxIterations)
    guard n > 0 else { return [] }
    guard graph.isDirected else {
        return try SymmetricPageRank(matrix: matrix, alpha: alpha, teleport: teleport, tolerance: options.tolerance,
                                     maxIterations: options.maxIterations).solve()
    }
    let inverseStrength = matrix.rowSums.map { $0 > 0 ? 1 / $0 : 0 }
    let blocks = VectorBlocks(count: n, team: matrix.team), uniform = 1 / Double(n)
    // z = x / out-strength (0 for dangling nodes), the vector the product gathers; kept by the
    // pass that writes x, so that an iteration reads and writes each vector once.
    var perStrength = inverseStrength.map { uniform * $0 }
    var dangling = inverseStrength.reduce(0.0) { $0 + ($1 == 0 ? uniform : 0) }
    return try inverseStrength.withUnsafeBufferPointer { inverse throws(GraphError) in
        try iteration.runMeasured(from: [Double](repeating: uniform, count: n)) { x, y in
            let jump = alpha * dangling + (1 - alpha)
            return perStrength.withUnsafeMutableBufferPointer { z in
                matrix.multiplyTransposed(UnsafeBufferPointer(z), into: y)
                let sums = blocks.sum(width: 3) { range, sums in
                    var change = 0.0, size = 0.0, lost = 0.0
                    for v in range {
                        let next = alpha * y[v] + jump * (teleport?[v] ?? uniform)
                        y[v] = next
                        change += abs(next - x[v])
                        size += next
                        z[v] = next * inverse[v]
                        if inverse[v] == 0 { lost += next }
                    }
                    sums[0] += change
                    sums[1] += size
                    sums[2] += lost
                }
                dangling = sums[2]
                return (sums[0], sums[1])
            }
        }
    }
}

/// The personalisation vector scaled to sum 1, or nil for the uniform vector.
private func teleportVector(_ personalization: [Double]?, nodeCount n: Int) throws(GraphError) -> [Double]? {
    guard let personalization else { return nil }
    guard personalization.count == n else {
        throw .countMismatch(what: "the PageRank personalisation", count: personalization.count, nodeCount: n)
    }
    if let bad = personalization.first(where: { !($0.isFinite && $0 >= 0) }) {
        throw .parameterOutOfRange(name: "each PageRank personalisation value", value: "\(bad)", allowed: "finite and non-negative")
    }
    let total = personalization.reduce(0, +)
    guard total > 0 || n == 0 else { throw .parameterOutOfRange(name: "the sum of the PageRank personalisation", value: "0", allowed: "positive") }
    return personalization.map { $0 / total }
}
