/// How the discrete core–periphery model treats ties between a core and a periphery node.
public enum CorePeripheryTies: Sendable, Equatable {
    /// Core–periphery cells are left out of the correlation: the ideal pattern only says that
    /// the core is dense (1) and the periphery empty (0). Borgatti & Everett's main model and
    /// the default.
    case ignored
    /// Core–periphery cells are expected to have this value (1: the "max(c_i, c_j)" pattern
    /// in which the core links to everyone).
    case density(Double)
}

/// Options for ``continuousCoreness(_:options:)`` and ``corePeripheryPartition(_:options:)``.
public struct CorePeripheryOptions: Sendable, Equatable {
    /// The continuous fit stops when a sweep changes no score by more than `tolerance` times
    /// the largest score. Default 1e-12.
    public var tolerance: Double
    /// Most sweeps of the continuous fit, and of the local search of the partition, before
    /// ``GraphError/notConverged(algorithm:iterations:tolerance:)``. Default 10,000.
    public var maxIterations: Int
    /// The ideal core–periphery cells of the discrete model. Default ``CorePeripheryTies/ignored``.
    public var corePeripheryTies: CorePeripheryTies

    public init(tolerance: Double = 1e-12, maxIterations: Int = 10_000, corePeripheryTies: CorePeripheryTies = .ignored) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.corePeripheryTies = corePeripheryTies
    }
}

/// The continuous core–periphery model fitted to a graph.
public struct ContinuousCoreness: Sendable, Equatable {
    /// c_i ≥ 0 for every node, on the scale of the fit (c_i c_j approximates the tie a_ij).
    public let coreness: [Double]
    /// The Pearson correlation between a_ij and c_i c_j over all ordered pairs i ≠ j (the
    /// model's fitness); NaN when undefined (no edges, or fewer than two nodes).
    public let correlation: Double
    /// Gauss–Seidel sweeps used.
    public let iterations: Int
}

/// Borgatti & Everett's continuous core–periphery model: a coreness c_i for every node such
/// that the pattern c_i c_j is as close as possible to the ties a_ij.
///
/// Following UCINET's help ("finding a vector C such that the product of C and C transpose is
/// as close as possible to the original data matrix") and Boyd et al. (2010), c minimises the
/// least-squares residual over the off-diagonal cells, Σ_{i≠j} (a_ij − c_i c_j)² (a one-factor
/// "minres" fit that ignores the diagonal), and the fitness reported is the Pearson correlation
/// between a_ij and c_i c_j, Borgatti & Everett's measure. (Maximising that correlation
/// directly is ill-posed: a search for its maximum collapses onto one family's star on the
/// Florentine families and takes negative values on Krackhardt's kite.)
///
/// Method: Gauss–Seidel coordinate descent. Each node in turn takes the exact minimiser of the
/// residual in its own coordinate, c_i ← Σ_j ā_ij c_j / Σ_{j≠i} c_j² (ā the symmetrised ties),
/// so the residual never increases. It starts from c_i = k_i / √(Σ_j k_j) (k the strength,
/// the configuration-model guess k_i k_j / 2m) and stops when no score changes by more than
/// ``CorePeripheryOptions/tolerance`` × max c in a sweep.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths (non-negative).
///   - options: ``CorePeripheryOptions/tolerance`` and ``CorePeripheryOptions/maxIterations``.
/// - Returns: the coreness of every node and the fit's correlation.
/// - Throws: ``GraphError/unboundedFit(algorithm:node:)`` when the fit has no minimum (see
///   Conventions), ``GraphError/notConverged(algorithm:iterations:tolerance:)`` when the sweeps
///   hit the cap otherwise; ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a weight below 0 or not finite.
///
/// ## Complexity
/// O(n + m) per sweep and O(n + m) memory. Sweeps needed grow with the ill-conditioning of the
/// fit: tens to hundreds on small social networks, many more on long paths or grids.
///
/// ## Conventions
/// - Directed graphs: the fit uses ā_ij = (a_ij + a_ji) / 2, which minimises the residual of
///   the asymmetric data too (the pattern c_i c_j is symmetric); the correlation uses the
///   arcs as they are, over ordered pairs.
/// - Self-loops are ignored (the diagonal is not fitted); parallel edges form one tie
///   (weighted: weights add up).
/// - Nodes without ties get 0. On a disconnected graph the fit is a local optimum reached
///   from the degree start; a graph without edges gives all 0 and correlation NaN.
/// - The fit need not have a minimum: when one star dominates (the national network's agency
///   headquarters with its offices), c_hub = t and c_j = a_hub,j / t fit that star ever better
///   as t grows, the Heywood case of a factor fit that ignores the diagonal. A run of at least
///   100 sweeps whose largest score still grows by more than 5 % over its second half is reported as
///   ``GraphError/unboundedFit(algorithm:node:)``, naming the star's centre.
/// - No NetworkX or igraph counterpart; UCINET's Network > Core/Periphery > Continuous fits
///   the same model. Tests compare with an independent least-squares fit (SciPy), see
///   `Scripts/fixtures/generate.py`.
///
/// ## References
/// - S. P. Borgatti, M. G. Everett, "Models of core/periphery structures", Social Networks 21
///   (2000) 375–395, doi:10.1016/S0378-8733(99)00019-2.
/// - J. P. Boyd, W. J. Fitzgerald, M. C. Mahutga, D. A. Smith, "Computing continuous
///   core/periphery structures for social relations data with MINRES/SVD", Social Networks 32
///   (2010) 125–137, doi:10.1016/j.socnet.2009.09.003.
public func continuousCoreness(
    _ graph: Graph, options: CorePeripheryOptions = .init()
) throws(GraphError) -> ContinuousCoreness {
    let ties = try CorePeripheryTieTable(graph)
    return try ties.fitCoreness(options)
}

/// A graph's ties as the core–periphery models read them: the 0/1 or weighted adjacency,
/// with the symmetrised tie ā_ij = (a_ij + a_ji) / 2 per entry.
struct CorePeripheryTieTable {
    let adjacency: SimpleAdjacency
    let symmetric: [Double]
    let ids: NodeIDs

    init(_ graph: Graph) throws(GraphError) {
        ids = graph.ids
        adjacency = try SimpleAdjacency(graph, useWeights: true, algorithm: "core–periphery")
        symmetric = adjacency.isDirected
            ? zip(adjacency.outWeight, adjacency.inWeight).map { ($0 + $1) / 2 }
            : adjacency.outWeight
    }

    var nodeCount: Int { adjacency.nodeCount }

    /// Each node's strength in the symmetrised ties (its degree when unweighted). O(n + m).
    func strengths() -> [Double] {
        var k = [Double](repeating: 0, count: nodeCount)
        for i in 0..<nodeCount { for a in adjacency.row(i) { k[i] += symmetric[a] } }
        return k
    }

    func fitCoreness(_ options: CorePeripheryOptions) throws(GraphError) -> ContinuousCoreness {
        let n = nodeCount
        var c = strengths()
        let totalStrength = c.reduce(0, +)
        guard totalStrength > 0 else {
            return ContinuousCoreness(coreness: c, correlation: .nan, iterations: 0)
        }
        let scale = totalStrength.squareRoot()
        for i in 0..<n { c[i] /= scale }
        var sweeps = 0
        var converged = false
        var largestAtHalfway = 0.0
        adjacency.withBuffers { rows in
            symmetric.withUnsafeBufferPointer { s in
                c.withUnsafeMutableBufferPointer { c in
                    while sweeps < options.maxIterations, !converged {
                        sweeps += 1
                        var squares = c.reduce(0) { $0 + $1 * $1 }
                        var largestChange = 0.0
                        for i in 0..<n {
                            let old = c[i]
                            squares -= old * old
                            var pull = 0.0
                            for a in rows.row(i) { pull += s[a] * c[Int(rows.neighbours[a])] }
                            let new = squares > 0 ? pull / squares : 0
                            c[i] = new
                            squares += new * new
                            largestChange = max(largestChange, abs(new - old))
                        }
                        converged = largestChange <= options.tolerance * (c.max() ?? 0)
                        if sweeps == options.maxIterations / 2, sweeps >= 50 { largestAtHalfway = c.max() ?? 0 }
                    }
                }
            }
        }
        guard converged else {
            // A fit that has no minimum lets one node's score grow for ever while the rest
            // shrink (c_hub = t, c_j = a_hub,j / t fits the star ever better): still growing by
            // 5 % over the second half of the sweeps (of at least 100) is taken as that, not as
            // slow convergence.
            if let top = c.indices.max(by: { c[$0] < c[$1] }), largestAtHalfway > 0, c[top] > 1.05 * largestAtHalfway {
                throw .unboundedFit(algorithm: "continuous core–periphery", node: ids[top])
            }
            throw .notConverged(algorithm: "continuous core–periphery", iterations: sweeps, tolerance: options.tolerance)
        }
        return ContinuousCoreness(coreness: c, correlation: patternCorrelation(c), iterations: sweeps)
    }

    /// The Pearson correlation between a_ij and c_i c_j over all ordered pairs i ≠ j, from
    /// sums over the edges and the nodes: O(n + m).
    func patternCorrelation(_ c: [Double]) -> Double {
        let n = Double(nodeCount)
        let cells = n * (n - 1)
        guard cells > 0 else { return .nan }
        var sumA = 0.0, sumA2 = 0.0, sumAP = 0.0
        for i in 0..<nodeCount {
            for a in adjacency.row(i) {
                let w = adjacency.outWeight[a]
                sumA += w
                sumA2 += w * w
                sumAP += w * c[i] * c[Int(adjacency.neighbours[a])]
            }
        }
        var sum = 0.0, sum2 = 0.0, sum4 = 0.0
        for x in c {
            sum += x
            sum2 += x * x
            sum4 += x * x * x * x
        }
        let sumP = sum * sum - sum2, sumP2 = sum2 * sum2 - sum4
        let varA = cells * sumA2 - sumA * sumA, varP = cells * sumP2 - sumP * sumP
        guard varA > 0, varP > 0 else { return .nan }
        return (cells * sumAP - sumA * sumP) / (varA * varP).squareRoot()
    }
}
