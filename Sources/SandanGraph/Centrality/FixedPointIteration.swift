/// The iteration loop of the iterative centralities (PageRank, eigenvector, Katz, HITS):
/// x ← step(x) until the change is small, with one stopping rule for all of them.
///
/// Stopping rule: ‖x_{k+1} − x_k‖₁ ≤ `tolerance` · ‖x_{k+1}‖₁. It is relative to the vector's
/// own size, so it does not grow with n. (NetworkX stops when the change is below n × tol, so
/// on a million nodes it returns nearly its starting vector.) A step that produces a NaN or an
/// infinity, or `maxIterations` steps without meeting the rule, throws
/// ``GraphError/notConverged(algorithm:iterations:tolerance:)`` rather than return a wrong answer.
struct FixedPointIteration {
    let algorithm: String
    let tolerance: Double
    let maxIterations: Int

    /// - Throws: ``GraphError/invalidArgument(_:)`` unless tolerance > 0 and maxIterations ≥ 1.
    init(algorithm: String, tolerance: Double, maxIterations: Int) throws(GraphError) {
        guard tolerance > 0, tolerance.isFinite else {
            throw .invalidArgument("the \(algorithm) tolerance must be positive, not \(tolerance)")
        }
        guard maxIterations >= 1 else {
            throw .invalidArgument("the \(algorithm) iteration cap must be at least 1, not \(maxIterations)")
        }
        self.algorithm = algorithm
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Iterates from `start`; `step(x, y)` writes the next vector into `y`.
    /// - Returns: the last vector.
    /// - Complexity: O(n) per iteration besides the steps; two vectors of n doubles.
    func run(from start: [Double],
             step: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) throws(GraphError) -> [Double] {
        var current = start
        var next = [Double](repeating: 0, count: start.count)
        for _ in 0..<maxIterations {
            let (change, size) = current.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { y in
                    step(x, y)
                    var change = 0.0, size = 0.0
                    for v in 0..<x.count {
                        change += abs(y[v] - x[v])
                        size += abs(y[v])
                    }
                    return (change, size)
                }
            }
            swap(&current, &next)
            guard change.isFinite, size.isFinite else { break }
            if change <= tolerance * size { return current }
        }
        throw .notConverged(algorithm: algorithm, iterations: maxIterations, tolerance: tolerance)
    }
}

/// A deterministic, strictly positive, uneven start vector: the second start of the spectral
/// centralities' uniqueness check. Entries lie in [1, 2).
func unevenStart(_ n: Int) -> [Double] {
    var generator = SeededGenerator(seed: 0x5A4E_DA4E)
    return (0..<n).map { _ in 1 + Double(generator.next() >> 11) * 0x1p-53 }
}

/// Throws unless two converged vectors agree: when the leading eigenvalue of an iteration
/// matrix is not simple, power iteration converges to a start-dependent vector, and two
/// different positive starts reveal it. Vectors are compared in L1, relative to their size,
/// with a threshold far above the iterations' tolerance.
func checkSameLimit(_ a: [Double], _ b: [Double], measure: String, reason: String) throws(GraphError) {
    var difference = 0.0, size = 0.0
    for v in a.indices {
        difference += abs(a[v] - b[v])
        size += abs(a[v])
    }
    if difference > 1e-6 * size {
        throw .invalidArgument("\(measure) is not unique on this graph: \(reason)")
    }
}
