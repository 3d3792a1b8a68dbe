/// The first stage of ``KrylovEigensolver`` on symmetric operators: plain Lanczos, which
/// finishes alone when the spectral gap is wide.
///
/// The three-term recurrence β_{j+1} v_{j+1} = M v_j − α_j v_j − β_j v_{j−1} in Paige's order
/// A(2,7) (w = M v_j − β_j v_{j−1}, α_j = v_j·w, w −= α_j v_j), the variant his comparison
/// found the most stable. Each step costs the product and one pass over
/// vectors of n entries, whatever the step's number: the operator subtracts β_j v_{j−1} and sums
/// α_j in the product's own job (`LanczosProduct`), and the basis vectors are kept unscaled with
/// their scales, so that the division by β_{j+1} rides on the next step's product instead of a
/// pass of its own (two jobs for the team per step instead of four). Orthogonality to the earlier
/// vectors is not enforced: in floating point it is lost exactly in the direction of Ritz
/// vectors that have converged (Paige 1980), which leaves the converged pair itself accurate;
/// its residual is read off the tridiagonal matrix T_j as β_{j+1} |s_j| (s the eigenvector of
/// T_j, s_j its last entry). When that estimate meets the tolerance, the Ritz vector x = V s is
/// formed and its residual ‖Mx − θx‖ (θ = xᵀMx) checked against the tolerance with one more
/// product, so an answer is only returned when it is verified. Without reorthogonalisation the
/// rounding of the recurrence leaves a residual of a few times ε‖M‖√j (Paige): 3–13 × 10⁻¹⁵ θ
/// on the benchmark graphs, about the default tolerance of 10⁻¹⁴; so the check accepts a
/// residual up to 64 ε‖M‖ as well (``roundingFloor``), and when it fails, the steps go on until
/// the estimate is an eighth of the tolerance and check once more.
///
/// The basis is kept to form x, and it is kept small: a cycle of 12 steps, after which the Ritz
/// vector reached starts the next cycle in the same memory (an explicit restart). Fresh memory
/// is what a first call pays for most on small graphs (about 0.8 ms per MiB on the 2-core
/// machines this project runs on: a page fault and its zeroing per 4 KiB), and a basis of 30
/// vectors of 50,000 entries is 12 MiB; a restart costs little when the gap is wide: each cycle
/// loses about log 2 / log ρ steps of a residual that falls by ρ per step (ρ ≈ 3 on an
/// Erdős–Rényi graph of mean degree 10, about 30 steps to 1e-14 either way). When a cycle gains
/// less than a factor 100 (a small gap: a path, a barbell), or the budget of 96 steps runs
/// out, or the verified residual is too large, the Ritz vector reached is handed to the
/// thick-restart method as its start, so the work done is not lost.
///
/// ## References
/// Lanczos, C. (1950). An iteration method for the solution of the eigenvalue problem of linear
/// differential and integral operators. *Journal of Research of the National Bureau of
/// Standards* 45(4), 255–282. doi:10.6028/jres.045.026
///
/// Paige, C. C. (1972). Computational variants of the Lanczos method for the eigenproblem.
/// *IMA Journal of Applied Mathematics* 10(3), 373–381. doi:10.1093/imamat/10.3.373
///
/// Paige, C. C. (1980). Accuracy and effectiveness of the Lanczos algorithm for the symmetric
/// eigenproblem. *Linear Algebra and its Applications* 34, 235–258.
/// doi:10.1016/0024-3795(80)90167-6
extension KrylovEigensolver {
    /// What the plain Lanczos stage ends with.
    enum LanczosOutcome {
        /// A verified eigenpair.
        case converged(value: Double, vector: [Double])
        /// The best Ritz vector reached (unit norm), to start the restarted method from.
        case unfinished(start: [Double])
    }

    /// The steps of one cycle (the basis holds one vector more).
    static let lanczosWindow = 12

    /// The most steps of the plain stage, over all its cycles.
    static let lanczosBudget = 96

    /// Operators at least this large try plain Lanczos first; smaller ones cost little either way.
    static let lanczosMinimumOrder = 256

    /// Runs cycles of at most ``lanczosWindow`` Lanczos steps from `start` (any non-zero vector),
    /// each restarted from the Ritz vector of the one before, for at most `budget` steps in all,
    /// counting each product in `products`.
    /// - Complexity: per step the product, O(n) vector work and O(step) for the tridiagonal
    ///   eigenpair; O(n · window) per cycle for the Ritz vector; (window + 1) · n doubles of memory.
    func plainLanczos(order n: Int, start: [Double], budget: Int, products: inout Int,
                      multiply: Product, lanczosProduct: LanczosProduct) -> LanczosOutcome {
        let window = Self.lanczosWindow
        let blocks = VectorBlocks(count: n, team: team)
        // The basis (window + 1 vectors) and the check's product y in one block reused by every
        // cycle; the Ritz vector x in the array returned. Left uninitialised: each vector is
        // written whole before it is read.
        let scratch = HugePageBuffer(count: (window + 2) * n)
        defer { scratch.deallocate() }
        let memory = scratch.buffer
        let basis = UnsafeMutableBufferPointer(rebasing: memory[0..<(window + 1) * n])
        let y = UnsafeMutableBufferPointer(rebasing: memory[(window + 1) * n..<(window + 2) * n])
        // Basis vector j is kept unscaled: v_j = scales[j] · basis_j (each step's scaling rides
        // on the next step's product and passes instead of a pass of its own).
        var scales = [Double](repeating: 1, count: window + 1)
        scales[0] = 1 / start.withUnsafeBufferPointer(euclideanNorm)
        _ = basis.update(fromContentsOf: start)
        var ritzVector = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        let verified: Double? = ritzVector.withUnsafeMutableBufferPointer { x in
            var target = tolerance     // the estimate that calls for a check; after a failed one, tolerance/8
            var previous = Double.infinity, used = 0
            var size = 0.0             // max |α_j| + β_j + β_{j+1}: a bound on ‖T‖ and about ‖M‖
            while true {
                var alpha: [Double] = [], beta: [Double] = []
                var ritz = (value: 0.0, vector: [1.0]), estimate = Double.infinity
                for j in 0..<min(window, budget - used) {
                    products += 1
                    used += 1
                    let (a, b) = step(basis, index: j, order: n, previous: beta.last ?? 0, scales: &scales, blocks: blocks,
                                      lanczosProduct: lanczosProduct)
                    alpha.append(a)
                    size = max(size, abs(a) + b + (beta.last ?? 0))
                    ritz = tridiagonalLargest(diagonal: alpha, offDiagonal: beta)
                    estimate = b * abs(ritz.vector[j])
                    let breakdown = !(b > 1e-12 * abs(a) + .leastNormalMagnitude)
                    if breakdown || estimate <= target * abs(ritz.value) {
                        formRitzVector(UnsafeBufferPointer(basis), zip(ritz.vector, scales).map(*), into: x, order: n)
                        if let value = verifiedValue(x, using: y, floor: Self.roundingFloor * size, products: &products, multiply: multiply) {
                            return value
                        }
                        if breakdown || target < tolerance { return nil }
                        target = tolerance / 8
                    }
                    beta.append(b)
                }
                formRitzVector(UnsafeBufferPointer(basis), zip(ritz.vector, scales).map(*), into: x, order: n)
                let relative = estimate / abs(ritz.value)
                if used >= budget || !(relative < previous / 100) { return nil }
                previous = relative
                _ = basis.update(fromContentsOf: x)     // the next cycle starts from x (unit norm)
                scales[0] = 1
            }
        }
        guard let verified else { return .unfinished(start: ritzVector) }
        return .converged(value: verified, vector: ritzVector)
    }

    /// One Lanczos step in Paige's order (A(2,7) of Paige 1972): w = M v_j − β_j v_{j−1} with
    /// α_j = v_j · w in the product's own pass (`lanczosProduct`), then w −= α_j v_j with ‖w‖²
    /// in one pass over vectors. w, unscaled, becomes basis vector j + 1 with scale 1/‖w‖.
    /// Returns α_j and β_{j+1} = ‖w‖ (the scale is left at 1 when that norm is 0).
    private func step(_ basis: UnsafeMutableBufferPointer<Double>, index j: Int, order n: Int, previous: Double,
                      scales: inout [Double], blocks: VectorBlocks,
                      lanczosProduct: LanczosProduct) -> (alpha: Double, beta: Double) {
        let base = basis.baseAddress!
        let v = base + j * n, w = base + (j + 1) * n
        let scale = scales[j]
        // w = M(σ_j b_j) − β_j σ_{j−1} b_{j−1}, and v_j · w = σ_j (b_j · w).
        let alpha = scale * lanczosProduct(UnsafeBufferPointer(start: v, count: n), scale,
                                           j > 0 ? previous * scales[j - 1] : 0,
                                           j > 0 ? UnsafeBufferPointer(start: base + (j - 1) * n, count: n) : nil,
                                           UnsafeMutableBufferPointer(start: w, count: n))
        let along = alpha * scale
        let square = blocks.sum(width: 1) { range, sums in
            forEachChunk(of: range) { start, length in
                subtract(along, v + start, from: w + start, length)
                sums[0] += dot(w + start, w + start, length)
            }
        }[0]
        let beta = square.squareRoot()
        scales[j + 1] = beta > 0 ? 1 / beta : 1
        return (alpha, beta)
    }

    /// The residual that rounding may leave, as a multiple of ‖M‖: 64 ε (1.4 × 10⁻¹⁴). The
    /// recurrence's rounding leaves a few times ε‖M‖√j (Paige 1980), and so do the sums of the
    /// Ritz vector and of the check's own product; a pair with that residual is exact for a
    /// matrix within 64 ε‖M‖ of M (backward stable), the most double arithmetic can promise.
    static let roundingFloor = 64 * Double.ulpOfOne

    /// θ = xᵀMx when ‖Mx − θx‖ ≤ max(tolerance · |θ|, `floor`) for the unit vector x, else nil.
    /// One product, written into `y`.
    private func verifiedValue(_ x: UnsafeMutableBufferPointer<Double>, using y: UnsafeMutableBufferPointer<Double>,
                               floor: Double, products: inout Int, multiply: Product) -> Double? {
        products += 1
        multiply(UnsafeBufferPointer(x), y)
        var theta = 0.0
        for i in x.indices { theta += x[i] * y[i] }
        var residual = 0.0
        for i in x.indices { residual += (y[i] - theta * x[i]) * (y[i] - theta * x[i]) }
        return residual.squareRoot() <= max(tolerance * abs(theta), floor) ? theta : nil
    }
}
