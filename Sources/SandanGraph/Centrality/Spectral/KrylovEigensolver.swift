/// The eigenpair of largest real part of a linear operator on ℝⁿ (for a non-negative matrix: its
/// spectral radius and Perron vector), by a restarted Krylov method:
///
/// - symmetric operators: plain Lanczos first (`KrylovEigensolver+Lanczos.swift`), which is
///   enough when the spectral gap is wide and costs little more than power iteration per step;
///   then, when its cycles stop gaining, thick-restart Lanczos (Wu & Simon
///   2000) from the Ritz vector reached, which keeps the best half of the Ritz vectors at each
///   restart and is mathematically equivalent to ARPACK's implicitly restarted Lanczos; the
///   projected matrix is solved by Jacobi (``symmetricEigen(_:order:)``);
/// - other operators: Arnoldi restarted from the wanted Ritz vector (Saad 1980); the projected
///   Hessenberg matrix by Francis QR (``hessenbergEigenvalues(_:order:)``) and inverse iteration.
///
/// Both restarted methods orthogonalise every new vector against the whole basis (classical
/// Gram–Schmidt, repeated when the first pass cancelled more than 1 − 1/√2 of the vector: the
/// DGKS criterion of Daniel et al. 1976, which ARPACK uses; "twice is enough", Giraud et al.
/// 2005), so no spurious copies appear. The vector work runs on contiguous blocks of the entries across threads, each block's
/// partial sums added in block order, so results do not depend on scheduling.
/// Convergence is governed by the relative gap: the error shrinks per restart cycle roughly like
/// exp(−2 m √gap) for a basis of m vectors, where power iteration shrinks like (1 − gap)^m, so
/// a path of 300 nodes (gap 1.6 × 10⁻⁴ of the spectrum's width) needs hundreds of products, not
/// hundreds of thousands.
///
/// Stopping rule: the residual ‖Ax − θx‖ of the Ritz pair (θ, x), which the projected problem gives
/// without a further product (plain Lanczos checks it with one), at most `tolerance` · |θ|. The eigenvector's error is then at most
/// about `tolerance` · |θ| / gap (Davis–Kahan), plus rounding.
///
/// ## References
/// Wu, K. & Simon, H. (2000). Thick-restart Lanczos method for large symmetric eigenvalue
/// problems. *SIAM Journal on Matrix Analysis and Applications* 22(2), 602–616.
/// doi:10.1137/S0895479898334605
///
/// Saad, Y. (1980). Variations on Arnoldi's method for computing eigenelements of large
/// unsymmetric matrices. *Linear Algebra and its Applications* 34, 269–295.
/// doi:10.1016/0024-3795(80)90169-X
///
/// Daniel, J. W., Gragg, W. B., Kaufman, L. & Stewart, G. W. (1976). Reorthogonalization and
/// stable algorithms for updating the Gram–Schmidt QR factorization. *Mathematics of
/// Computation* 30(136), 772–795. doi:10.1090/S0025-5718-1976-0431641-8
///
/// Giraud, L., Langou, J., Rozložník, M. & van den Eshof, J. (2005). Rounding error analysis of the
/// classical Gram–Schmidt orthogonalization process. *Numerische Mathematik* 101, 87–100.
/// doi:10.1007/s00211-005-0615-4
struct KrylovEigensolver {
    /// The product y = Mx.
    typealias Product = (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    /// w = s·Mv − c·u (without u: w = s·Mv), returning v·w: a Lanczos step's product and its
    /// first dot product, which an operator may compute in the product's own pass
    /// (``AdjacencyOperator/multiplyTransposed(_:scale:minus:_:into:)``).
    typealias LanczosProduct = (_ v: UnsafeBufferPointer<Double>, _ scale: Double, _ minus: Double,
                                _ u: UnsafeBufferPointer<Double>?, _ w: UnsafeMutableBufferPointer<Double>) -> Double

    let algorithm: String
    let symmetric: Bool
    let tolerance: Double
    let maxProducts: Int
    /// The threads of the vector work: the team of the operator solved.
    let team: WorkerTeam

    /// - Throws: ``GraphError/parameterOutOfRange(name:value:allowed:)`` unless tolerance > 0 and maxProducts ≥ 1.
    init(algorithm: String, symmetric: Bool, tolerance: Double, maxProducts: Int, team: WorkerTeam) throws(GraphError) {
        guard tolerance > 0, tolerance.isFinite else {
            throw .parameterOutOfRange(name: "the \(algorithm) tolerance", value: "\(tolerance)", allowed: "positive")
        }
        guard maxProducts >= 1 else {
            throw .parameterOutOfRange(name: "the \(algorithm) iteration cap", value: "\(maxProducts)", allowed: "at least 1")
        }
        self.algorithm = algorithm
        self.symmetric = symmetric
        self.tolerance = tolerance
        self.maxProducts = maxProducts
        self.team = team
    }

    /// The leading eigenpair of the operator `multiply` on vectors of `order` entries, from
    /// `start` (which must not be orthogonal to the wanted eigenvector: a positive vector for a
    /// Perron vector). `lanczosProduct`, when given, is the same product with plain Lanczos's
    /// first vector operations folded in; without it they take a pass of their own.
    /// - Returns: the eigenvalue and its eigenvector (unit Euclidean norm, sign as it came).
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:tolerance:)`` after `maxProducts`
    ///   products, or when the projected problem fails.
    /// - Complexity: symmetric operators of order ≥ 256 first run plain Lanczos (see
    ///   `plainLanczos`): per product, the product plus O(order); up to 96 steps in cycles of
    ///   12. Then, unless that converged, the restarted method: per product, the product plus
    ///   O(order · m) for the orthogonalisation, m ≤ 16 the basis size. O(order · 34) memory at most.
    func leading(order n: Int, start: [Double], multiply: Product,
                 lanczosProduct: LanczosProduct? = nil) throws(GraphError) -> (value: Double, vector: [Double]) {
        var products = 0
        var start = start
        if symmetric, n >= Self.lanczosMinimumOrder, maxProducts > 1 {
            let budget = min(Self.lanczosBudget, maxProducts - 1)
            let blocks = VectorBlocks(count: n, team: team)
            let outcome = withoutActuallyEscaping(multiply) { multiply in
                let composed: LanczosProduct = { v, scale, minus, u, w in   // the product, then one pass
                    multiply(v, w)
                    return blocks.sum(width: 1) { range, sums in
                        if let u {
                            for i in range { w[i] = scale * w[i] - minus * u[i] }
                        } else {
                            for i in range { w[i] *= scale }
                        }
                        for i in range { sums[0] += v[i] * w[i] }
                    }[0]
                }
                return plainLanczos(order: n, start: start, budget: budget, products: &products, multiply: multiply,
                                    lanczosProduct: lanczosProduct ?? composed)
            }
            switch outcome {
            case let .converged(value, vector): return (value, vector)
            case let .unfinished(ritz): start = ritz
            }
        }
        return try thickRestart(order: n, start: start, products: products, multiply: multiply)
    }

    /// The restarted method (thick-restart Lanczos or restarted Arnoldi) from `start`, with
    /// `products` already spent.
    private func thickRestart(order n: Int, start: [Double], products used: Int,
                              multiply: Product) throws(GraphError) -> (value: Double, vector: [Double]) {
        let m = min(n, 16)
        var basis = [Double](repeating: 0, count: (m + 1) * n)
        var restarted = [Double](repeating: 0, count: (m + 1) * n)   // the next basis, swapped in at each restart
        var h = [Double](repeating: 0, count: (m + 1) * m)   // h[i * m + j]: A V_m = V_{m+1} H
        var w = [Double](repeating: 0, count: n)
        let startNorm = start.withUnsafeBufferPointer(euclideanNorm)
        for v in 0..<n { basis[v] = start[v] / startNorm }
        var kept = 0, products = used
        let failure = GraphError.notConverged(algorithm: algorithm, iterations: maxProducts, tolerance: tolerance)
        while true {
            var dimension = m
            for j in kept..<m {
                guard products < maxProducts else { throw failure }
                products += 1
                let beta = basis.withUnsafeMutableBufferPointer { basis in
                    w.withUnsafeMutableBufferPointer { w in
                        h.withUnsafeMutableBufferPointer { h in
                            expand(basis: basis, column: j, order: n, width: m, h: h, w: w, multiply: multiply)
                        }
                    }
                }
                guard let beta else {
                    dimension = j + 1
                    break
                }
                h[(j + 1) * m + j] = beta
            }
            let d = dimension, exhausted = dimension < m || d == n
            var projected = [Double](repeating: 0, count: d * d)
            for i in 0..<d { for j in 0..<d { projected[i * d + j] = h[i * m + j] } }
            let coupling = exhausted ? [Double](repeating: 0, count: d) : (0..<d).map { h[d * m + $0] }
            let ritz = try ritzPairs(projected, order: d, keep: symmetric ? max(1, m / 2) : 1)
            let theta = ritz.values[0]
            let residual = abs(zip(coupling, ritz.vectors[0]).reduce(0) { $0 + $1.0 * $1.1 })
            if exhausted || residual <= tolerance * abs(theta) || residual == 0 {
                var x = [Double](repeating: 0, count: n)
                basis.withUnsafeBufferPointer { basis in
                    x.withUnsafeMutableBufferPointer { formRitzVector(basis, ritz.vectors[0], into: $0, order: n) }
                }
                return (theta, x)
            }
            guard products < maxProducts else { throw failure }
            // Restart: the kept Ritz vectors, then the last basis vector (the residual direction).
            let p = ritz.vectors.count
            basis.withUnsafeBufferPointer { basis in restarted.withUnsafeMutableBufferPointer { combine(basis, ritz.vectors, order: n, into: $0) } }
            for i in 0..<n { restarted[p * n + i] = basis[d * n + i] }
            swap(&basis, &restarted)
            h = [Double](repeating: 0, count: (m + 1) * m)
            for (k, y) in ritz.vectors.enumerated() {
                h[k * m + k] = ritz.values[k]
                h[p * m + k] = zip(coupling, y).reduce(0) { $0 + $1.0 * $1.1 }
            }
            kept = p
        }
    }

    /// Adds basis vector `j + 1`: w = M v_j, orthogonalised against v_0 … v_j (twice when the
    /// DGKS test asks), the coefficients added into column j of H. Returns ‖w‖ and stores w/‖w‖
    /// as v_{j+1}, or nil when w vanishes (the basis spans an invariant subspace).
    private func expand(basis: UnsafeMutableBufferPointer<Double>, column j: Int, order n: Int, width m: Int,
                        h: UnsafeMutableBufferPointer<Double>, w: UnsafeMutableBufferPointer<Double>,
                        multiply: Product) -> Double? {
        multiply(UnsafeBufferPointer(rebasing: basis[j * n..<(j + 1) * n]), w)
        let blocks = VectorBlocks(count: n, team: team)
        let v = basis.baseAddress!, x = w.baseAddress!
        // Each pass: the coefficients vᵢ·w (and ‖w‖² on the first), then w −= Σ cᵢ vᵢ and the new
        // ‖w‖². Both walk w in chunks that stay in cache while every vᵢ streams past once.
        var first = blocks.sum(width: j + 2) { range, sums in
            forEachChunk(of: range) { start, length in
                for i in 0...j { sums[i] += dot(v + i * n + start, x + start, length) }
                sums[j + 1] += dot(x + start, x + start, length)
            }
        }
        var size = first.removeLast().squareRoot()
        let original = size
        var coefficients = first
        for pass in 0..<2 {
            if pass > 0 {
                coefficients = blocks.sum(width: j + 1) { range, sums in
                    forEachChunk(of: range) { start, length in
                        for i in 0...j { sums[i] += dot(v + i * n + start, x + start, length) }
                    }
                }
            }
            let remaining = coefficients.withUnsafeBufferPointer { c in
                blocks.sum(width: 1) { range, sums in
                    forEachChunk(of: range) { start, length in
                        for i in 0...j { subtract(c[i], v + i * n + start, from: x + start, length) }
                        sums[0] += dot(x + start, x + start, length)
                    }
                }[0].squareRoot()
            }
            for i in 0...j { h[i * m + j] += coefficients[i] }
            let before = size
            size = remaining
            if remaining > 0.7071 * before { break }
        }
        let beta = size
        guard beta > 1e-12 * original, beta.isFinite else { return nil }
        let next = v + (j + 1) * n, scale = 1 / beta
        blocks.forEach { range in for i in range { next[i] = x[i] * scale } }
        return beta
    }

    /// The wanted Ritz values of the projected matrix (largest real part first) with their
    /// vectors: `keep` of them for symmetric operators (orthonormal), one otherwise.
    private func ritzPairs(_ t: [Double], order d: Int, keep: Int) throws(GraphError) -> (values: [Double], vectors: [[Double]]) {
        if symmetric {
            var s = t
            for i in 0..<d { for j in 0..<i { s[i * d + j] = (t[i * d + j] + t[j * d + i]) / 2; s[j * d + i] = s[i * d + j] } }
            let eigen = symmetricEigen(s, order: d)
            let count = min(keep, d)
            let vectors = (0..<count).map { k in (0..<d).map { eigen.vectors[$0 * d + k] } }
            return (Array(eigen.values.prefix(count)), vectors)
        }
        guard let eigenvalues = hessenbergEigenvalues(t, order: d) else {
            throw .notConverged(algorithm: algorithm + " (projected eigenproblem)", iterations: 30, tolerance: tolerance)
        }
        // The Perron root is real and rightmost; prefer real Ritz values, the rightmost of all otherwise.
        let candidates = eigenvalues.real.indices
        let real = candidates.filter { abs(eigenvalues.imaginary[$0]) <= 1e-12 * abs(eigenvalues.real[$0]) }
        let pool = real.isEmpty ? Array(candidates) : real
        let best = pool.max { eigenvalues.real[$0] < eigenvalues.real[$1] }!
        let y = inverseIteration(t, order: d, shift: eigenvalues.real[best])
        var ty = [Double](repeating: 0, count: d)
        for i in 0..<d { for j in 0..<d { ty[i] += t[i * d + j] * y[j] } }
        let rayleigh = zip(y, ty).reduce(0) { $0 + $1.0 * $1.1 }
        return ([rayleigh], [y])
    }

    /// x = V s over the first s.count basis vectors, scaled to unit norm. O(order · s.count).
    func formRitzVector(_ basis: UnsafeBufferPointer<Double>, _ s: [Double],
                        into x: UnsafeMutableBufferPointer<Double>, order n: Int) {
        combine(basis, [s], order: n, into: x)
        normalise(x, by: euclideanNorm(UnsafeBufferPointer(x)))
    }

    /// x_k = Σ_c y_k[c] v_c for each vector y_k of `ys`, written to `out` at k · order.
    /// O(order · Σ y_k.count), in chunks of 2,048 entries so that the basis is read from memory
    /// once for all k.
    func combine(_ basis: UnsafeBufferPointer<Double>, _ ys: [[Double]], order n: Int, into out: UnsafeMutableBufferPointer<Double>) {
        let blocks = VectorBlocks(count: n, team: team)
        let v = basis.baseAddress!, x = out.baseAddress!
        blocks.forEach { range in
            forEachChunk(of: range) { start, length in
                for (k, y) in ys.enumerated() {
                    let target = x + k * n + start
                    target.update(repeating: 0, count: length)
                    for (c, coefficient) in y.enumerated() { subtract(-coefficient, v + c * n + start, from: target, length) }
                }
            }
        }
    }
}

/// Calls `body(start, length)` for consecutive chunks of 2,048 entries (16 KiB of doubles, which
/// stay in the first-level cache) covering `range`.
@inline(__always)
func forEachChunk(of range: Range<Int>, _ body: (_ start: Int, _ length: Int) -> Void) {
    var start = range.lowerBound
    while start < range.upperBound {
        let length = min(2_048, range.upperBound - start)
        body(start, length)
        start += length
    }
}

/// Σ a[i] b[i] over n entries, with four accumulators so that the loop vectorises.
@inline(__always)
func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var i = 0
    while i + 4 <= n {
        s0 += a[i] * b[i]
        s1 += a[i + 1] * b[i + 1]
        s2 += a[i + 2] * b[i + 2]
        s3 += a[i + 3] * b[i + 3]
        i += 4
    }
    while i < n {
        s0 += a[i] * b[i]
        i += 1
    }
    return (s0 + s1) + (s2 + s3)
}

/// y[i] −= c · x[i] over n entries.
@inline(__always)
func subtract(_ c: Double, _ x: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, _ n: Int) {
    for i in 0..<n { y[i] -= c * x[i] }
}
