/// The iteration loop of the fixed-point centralities (PageRank, Katz, and the components
/// downstream of the dominant one in directed eigenvector centrality): x ← step(x) until the
/// change is small, with one stopping rule for all of them. (The leading eigenvectors
/// themselves come from ``KrylovEigensolver``.)
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

    /// - Throws: ``GraphError/parameterOutOfRange(name:value:allowed:)`` unless tolerance > 0 and maxIterations ≥ 1.
    init(algorithm: String, tolerance: Double, maxIterations: Int) throws(GraphError) {
        guard tolerance > 0, tolerance.isFinite else {
            throw .parameterOutOfRange(name: "the \(algorithm) tolerance", value: "\(tolerance)", allowed: "positive")
        }
        guard maxIterations >= 1 else {
            throw .parameterOutOfRange(name: "the \(algorithm) iteration cap", value: "\(maxIterations)", allowed: "at least 1")
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
        try runMeasured(from: start) { x, y in
            step(x, y)
            var change = 0.0, size = 0.0
            for v in 0..<x.count {
                change += abs(y[v] - x[v])
                size += abs(y[v])
            }
            return (change, size)
        }
    }

    /// Iterates from `start`; `step(x, y)` writes the next vector into `y` and returns
    /// ‖y − x‖₁ and ‖y‖₁, for steps that compute them in a pass of their own.
    /// - Returns: the last vector.
    /// - Complexity: the steps; two vectors of n doubles.
    func runMeasured(from start: [Double],
                     step: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> (change: Double, size: Double))
        throws(GraphError) -> [Double] {
        var current = start
        var next = [Double](repeating: 0, count: start.count)
        for _ in 0..<maxIterations {
            let (change, size) = current.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { y in step(x, y) }
            }
            swap(&current, &next)
            guard change.isFinite, size.isFinite else { break }
            if change <= tolerance * size { return current }
        }
        throw .notConverged(algorithm: algorithm, iterations: maxIterations, tolerance: tolerance)
    }
}
