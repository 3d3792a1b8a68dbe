/// Options for ``eigenvectorCentrality(_:options:)``.
public struct EigenvectorOptions: Sendable, Equatable {
    /// Stop when the residual ‖Aᵀx − λx‖ of the unit vector x is at most this times λ.
    /// Default 1e-14; the eigenvector's error is then about tolerance · λ / gap (see
    /// ``eigenvectorCentrality(_:options:)``).
    public var tolerance: Double
    /// The cap on products with the matrix, per component solved. Default 100 000.
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

/// Eigenvector centrality: the non-negative leading eigenvector x of Aᵀ, λx_v = Σ_{u → v} a_uv x_u,
/// so a node is central when central nodes point to it.
///
/// **Uniqueness is structural** (Perron–Frobenius). Aᵀ is block triangular over the strongly
/// connected components (undirected graphs: the connected components), and its spectral radius
/// λ is the largest of the components' own radii. On a connected undirected or strongly
/// connected directed graph the eigenvector is unique and positive. Otherwise the non-negative
/// eigenvectors for λ correspond one to one to the components that carry λ and reach no other
/// component carrying it (Frobenius; Schneider 1986): when there is exactly one, C, the
/// eigenvector is C's Perron vector on C, the solution of λx_D = A_DDᵀ x_D + (inflow) on the
/// components D downstream of C (taken in topological order; each has a smaller radius, so the
/// system is non-singular), and 0 on every node C does not reach. When there are several (two
/// components alike) the eigenvector is not unique and Sandan says so.
///
/// **Solver.** Each component that could carry λ (its largest in-strength reaches the best
/// radius found) is solved by a Krylov method (`KrylovEigensolver`). On undirected graphs:
/// plain Lanczos first (the product and one vector pass per step, in cycles of 12 steps each
/// restarted from the last Ritz vector; on a wide spectral gap, such as an Erdős–Rényi graph's,
/// it reaches the tolerance in about 30 products, its answer checked with one more), then, when
/// a cycle stops gaining (a small gap), thick-restart Lanczos as ARPACK (igraph) does. A
/// connected graph (strongly connected, when directed) is solved whole, without per-component
/// bookkeeping. On directed graphs: restarted Arnoldi. Both
/// restarted methods converge with a small spectral gap, where power iteration stalls: on a
/// barbell or a path of 300 nodes they agree with a dense eigendecomposition (NumPy) within the
/// tests' 1e-9.
///
/// - Parameters:
///   - graph: any graph with edges; ``Graph/weights``, when present, are **strengths**.
///   - options: tolerance, cap on products, threads.
/// - Returns: one value per node, non-negative, with unit Euclidean norm.
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` without nodes;
///   ``GraphError/noEdgeWeight(algorithm:)`` when no edge has positive weight (every vector is
///   an eigenvector), ``GraphError/notUnique(algorithm:reason:)`` when the eigenvector is not
///   unique, ``GraphError/parameterOutOfRange(name:value:allowed:)`` for a non-positive tolerance or cap, ``GraphError/threadCount(_:)``;
///   ``GraphError/notConverged(algorithm:iterations:tolerance:)``; weight errors as
///   ``pageRank(_:options:)``.
/// - Complexity: O(n + m) for the components and bounds, then per product with the matrix
///   O(n_C + m_C) for the product, plus O(n_C) vector work in plain Lanczos or O(16 n_C) for the
///   orthogonalisation in the restarted methods, n_C and m_C the size of the component solved.
///   The number of products grows like 1/√gap (power iteration: 1/gap).
///
/// ## Conventions
/// - Directed graphs use in-edges (the left eigenvector), as NetworkX and igraph.
/// - Unit Euclidean norm and positive sign, as NetworkX (`eigenvector_centrality` and
///   `eigenvector_centrality_numpy`); igraph scales the largest value to 1. Values that rounding
///   leaves below zero (about 1e-17) are set to 0.
/// - Disconnected graphs: as above. NetworkX's `eigenvector_centrality_numpy` and igraph take
///   whichever eigenvector their solver returns there; NetworkX's power iteration converges to
///   the same vector as Sandan when it is unique.
/// - Components carrying the largest radius are compared with a relative tolerance of 1e-10.
/// - An undirected self-loop adds its weight once to a_vv; parallel edges add up.
///
/// ## References
/// Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
/// identification. *Journal of Mathematical Sociology* 2(1), 113–120.
/// doi:10.1080/0022250X.1972.9989806
///
/// Bonacich, P. (1987). Power and centrality: a family of measures. *American Journal of
/// Sociology* 92(5), 1170–1182. doi:10.1086/228631
///
/// Schneider, H. (1986). The influence of the marked reduced graph of a nonnegative matrix on the
/// Jordan form and on related properties: a survey. *Linear Algebra and its Applications* 84,
/// 161–189. doi:10.1016/0024-3795(86)90313-7
public func eigenvectorCentrality(_ graph: Graph,
                                  options: EigenvectorOptions = EigenvectorOptions()) throws(GraphError) -> [Double] {
    let algorithm = "eigenvector centrality"
    let n = graph.nodeCount
    let matrix = try AdjacencyOperator(graph, algorithm: algorithm, threads: options.threads)
    let solver = try KrylovEigensolver(algorithm: algorithm, symmetric: !graph.isDirected,
                                       tolerance: options.tolerance, maxProducts: options.maxIterations,
                                       team: matrix.team)
    guard n > 0 else { throw .emptyGraph(algorithm: algorithm) }
    guard matrix.hasPositiveEntry else {
        throw .noEdgeWeight(algorithm: algorithm)
    }
    let strong = graph.isDirected ? stronglyConnectedComponents(graph) : nil
    if (strong?.count ?? weakComponentCount(graph)) == 1 {
        // Connected (strongly, when directed): the Perron vector of the whole matrix, unique.
        // The start (Aᵀ + I)1 (1 plus the in-strength: positive, so never orthogonal to the
        // Perron vector) lies in the Krylov space of the ones vector one product on: the search
        // starts a product ahead.
        var start = matrix.columnSums
        for v in start.indices { start[v] += 1 }
        var x = try solver.leading(order: n, start: start, multiply: { matrix.multiplyTransposed($0, into: $1) },
                                   lanczosProduct: { matrix.multiplyTransposed($0, scale: $1, minus: $2, $3, into: $4) }).vector
        orientPositive(&x)
        x.withUnsafeMutableBufferPointer { x in normalise(x, by: euclideanNorm(UnsafeBufferPointer(x))) }
        return x
    }
    let classes = NodeClasses(strong ?? weaklyConnectedComponents(graph))
    let carriers = try dominantClasses(of: matrix, classes: classes, solver: solver, stopAtTie: !graph.isDirected)
    let root = try uniqueCarrier(carriers, graph: graph, classes: classes)
    var x = [Double](repeating: 0, count: n)
    var perron = root.vector
    orientPositive(&perron)
    for (i, v) in classes.members[root.label].enumerated() { x[v] = perron[i] }
    if graph.isDirected {
        try extendDownstream(&x, from: root, classes: classes, matrix: matrix, options: options)
    }
    x.withUnsafeMutableBufferPointer { x in normalise(x, by: euclideanNorm(UnsafeBufferPointer(x))) }
    return x
}

/// Turns an eigenvector so that its sum is non-negative, and sets the entries rounding leaves
/// below zero (about 1e-17) to 0. O(n), in place.
private func orientPositive(_ vector: inout [Double]) {
    let sign = vector.reduce(0, +) < 0 ? -1.0 : 1.0
    for v in vector.indices { vector[v] = max(0, sign * vector[v]) }
}

/// The one component whose Perron vector is the eigenvector: the only carrier of the largest
/// radius (undirected), or the only carrier that reaches no other carrier (directed).
private func uniqueCarrier(_ carriers: [ClassEigenpair], graph: Graph, classes: NodeClasses) throws(GraphError) -> ClassEigenpair {
    let radius = carriers.map(\.value).max() ?? 0
    let unreachable = "use PageRank, Katz or harmonic centrality"
    guard graph.isDirected else {
        guard carriers.count == 1 else {
            throw .notUnique(algorithm: "eigenvector centrality", reason: "\(carriers.count) components "
                                   + "share the largest eigenvalue \(radius) (for example two components alike); \(unreachable)")
        }
        return carriers[0]
    }
    let carrierLabels = Set(carriers.map(\.label))
    let finals = carriers.filter { carrier in
        !reachesOther(carrierLabels, from: carrier.label, graph: graph, classes: classes)
    }
    guard finals.count == 1 else {
        throw .notUnique(algorithm: "eigenvector centrality", reason: "\(finals.count) strongly connected "
                               + "components carry the largest eigenvalue \(radius) and none reaches another; \(unreachable)")
    }
    return finals[0]
}

/// Whether a node of class `start` has a path to a node of another class in `targets`.
/// O(nodes and arcs reached).
private func reachesOther(_ targets: Set<Int>, from start: Int, graph: Graph, classes: NodeClasses) -> Bool {
    var seen = Set(classes.members[start])
    var stack = classes.members[start]
    return graph.withOutAdjacency { rows in
        while let u = stack.popLast() {
            for a in rows.offsets[u]..<rows.offsets[u + 1] {
                let v = Int(rows.ends[a])
                guard seen.insert(v).inserted else { continue }
                if targets.contains(Int(classes.labels[v])) { return true }
                stack.append(v)
            }
        }
        return false
    }
}

/// Extends the Perron vector of the root class (already in `x`) to every node it reaches: for
/// each downstream class D in topological order, λ x_D = A_DDᵀ x_D + f_D with f_D the inflow
/// from classes already done. Singletons are solved directly; larger classes by the iteration
/// x_D ← (A_DDᵀ x_D + f_D)/λ, which converges since D's radius is below λ.
/// O(n + m) plus those iterations.
private func extendDownstream(_ x: inout [Double], from root: ClassEigenpair, classes: NodeClasses,
                              matrix: AdjacencyOperator, options: EigenvectorOptions) throws(GraphError) {
    let graph = matrix.graph, rho = root.value
    var reached = [Bool](repeating: false, count: graph.nodeCount)
    var stack = classes.members[root.label]
    for v in stack { reached[v] = true }
    var pending = [Int](repeating: 0, count: classes.count)
    graph.withOutAdjacency { rows in
        while let u = stack.popLast() {
            for a in rows.offsets[u]..<rows.offsets[u + 1] {
                let v = Int(rows.ends[a])
                if classes.labels[v] != classes.labels[u] { pending[Int(classes.labels[v])] += 1 }
                if !reached[v] {
                    reached[v] = true
                    stack.append(v)
                }
            }
        }
    }
    let iteration = try FixedPointIteration(algorithm: "eigenvector centrality (downstream of the dominant component)",
                                            tolerance: options.tolerance, maxIterations: options.maxIterations)
    var ready = [root.label]
    var first = true
    while let d = ready.popLast() {
        let members = classes.members[d]
        if !first {
            let inflow = matrix.withInRows { rows, values in
                members.map { v in
                    (rows.offsets[v]..<rows.offsets[v + 1]).reduce(0.0) { sum, a in
                        let u = Int(rows.ends[a])
                        return Int(classes.labels[u]) == d ? sum : sum + (values?[a] ?? 1) * x[u]
                    }
                }
            }
            let block = matrix.block(rows: members, transposed: true, columns: members.count) { classes.column($0, in: d) }
            if members.count == 1 {
                x[members[0]] = inflow[0] / (rho - block.entry(row: 0, column: 0))
            } else {
                let solution = try iteration.run(from: inflow.map { $0 / rho }) { y, next in
                    block.multiply(y, into: next)
                    for i in 0..<next.count { next[i] = (next[i] + inflow[i]) / rho }
                }
                for (i, v) in members.enumerated() { x[v] = solution[i] }
            }
        }
        first = false
        graph.withOutAdjacency { rows in
            for u in members {
                for a in rows.offsets[u]..<rows.offsets[u + 1] {
                    let c = Int(classes.labels[Int(rows.ends[a])])
                    guard c != d else { continue }
                    pending[c] -= 1
                    if pending[c] == 0 { ready.append(c) }
                }
            }
        }
    }
}

/// The Euclidean norm, scaled by the largest magnitude to avoid overflow. O(n): two passes.
func euclideanNorm(_ x: UnsafeBufferPointer<Double>) -> Double {
    let largest = x.reduce(0) { max($0, abs($1)) }
    guard largest > 0, largest.isFinite else { return largest }
    let scale = 1 / largest
    var sum = 0.0
    for value in x { sum += (value * scale) * (value * scale) }
    return largest * sum.squareRoot()
}

/// Divides every entry by `divisor` when it is positive and finite.
func normalise(_ y: UnsafeMutableBufferPointer<Double>, by divisor: Double) {
    guard divisor > 0, divisor.isFinite else { return }
    let scale = 1 / divisor
    for v in y.indices { y[v] *= scale }
}
