/// Small dense eigenproblems: the projected matrices of ``KrylovEigensolver`` (a few dozen rows).
/// Matrices are row-major `[Double]` of `order × order` entries.

/// Eigenvalues in decreasing order and orthonormal eigenvectors (column `k` of `vectors`, row-major,
/// belongs to `values[k]`) of a symmetric matrix, by the cyclic Jacobi method.
///
/// - Complexity: O(d³) per sweep, d = `order`; the off-diagonal mass falls quadratically once small,
///   so a handful of sweeps reach rounding level.
/// - Reference: Golub, G. H. & Van Loan, C. F. (2013). *Matrix Computations*, 4th ed., §8.5
///   (the cyclic Jacobi algorithm). Johns Hopkins University Press.
func symmetricEigen(_ matrix: [Double], order d: Int) -> (values: [Double], vectors: [Double]) {
    var a = matrix
    var v = [Double](repeating: 0, count: d * d)
    for i in 0..<d { v[i * d + i] = 1 }
    let total = a.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<64 {
        var off = 0.0
        for p in 0..<d { for q in 0..<d where q != p { off += a[p * d + q] * a[p * d + q] } }
        if off <= 1e-32 * total || off == 0 { break }
        for p in 0..<d - 1 {
            for q in p + 1..<d {
                let apq = a[p * d + q]
                if apq == 0 { continue }
                let theta = (a[q * d + q] - a[p * d + p]) / (2 * apq)
                let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<d {
                    let akp = a[k * d + p], akq = a[k * d + q]
                    a[k * d + p] = c * akp - s * akq
                    a[k * d + q] = s * akp + c * akq
                }
                for k in 0..<d {
                    let apk = a[p * d + k], aqk = a[q * d + k]
                    a[p * d + k] = c * apk - s * aqk
                    a[q * d + k] = s * apk + c * aqk
                }
                for k in 0..<d {
                    let vkp = v[k * d + p], vkq = v[k * d + q]
                    v[k * d + p] = c * vkp - s * vkq
                    v[k * d + q] = s * vkp + c * vkq
                }
            }
        }
    }
    let order = (0..<d).sorted { a[$0 * d + $0] > a[$1 * d + $1] }
    var vectors = [Double](repeating: 0, count: d * d)
    for (column, k) in order.enumerated() {
        for i in 0..<d { vectors[i * d + column] = v[i * d + k] }
    }
    return (order.map { a[$0 * d + $0] }, vectors)
}

/// The eigenvalues (real and imaginary parts) of an upper Hessenberg matrix, by the Francis
/// double-shift QR algorithm, or nil when it does not converge (30 sweeps for one eigenvalue).
/// Entries below the subdiagonal are ignored.
///
/// - Complexity: O(d³) time, one copy of the matrix.
/// - Reference: Francis, J. G. F. (1961–62). The QR transformation, parts I and II. *The Computer
///   Journal* 4(3), 265–271 and 4(4), 332–345. doi:10.1093/comjnl/4.3.265; the `hqr` routine of
///   EISPACK (Smith et al. 1976) as given in Press et al., *Numerical Recipes*, 2nd ed., §11.6.
func hessenbergEigenvalues(_ matrix: [Double], order d: Int) -> (real: [Double], imaginary: [Double])? {
    // 1-based indices, as in the published routine: a(i, j) is matrix[(i-1) d + (j-1)].
    var a = matrix
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { (i - 1) * d + (j - 1) }
    var wr = [Double](repeating: 0, count: d + 1), wi = [Double](repeating: 0, count: d + 1)
    var anorm = 0.0
    for i in 1...max(1, d) where d > 0 { for j in max(i - 1, 1)...d { anorm += abs(a[at(i, j)]) } }
    var nn = d, t = 0.0
    var p = 0.0, q = 0.0, r = 0.0, s = 0.0, w = 0.0, x = 0.0, y = 0.0, z = 0.0
    while nn >= 1 {
        var its = 0
        var l = 0
        repeat {
            l = nn
            while l >= 2 {
                s = abs(a[at(l - 1, l - 1)]) + abs(a[at(l, l)])
                if s == 0 { s = anorm }
                if abs(a[at(l, l - 1)]) + s == s {
                    a[at(l, l - 1)] = 0
                    break
                }
                l -= 1
            }
            x = a[at(nn, nn)]
            if l == nn {
                wr[nn] = x + t
                wi[nn] = 0
                nn -= 1
            } else {
                y = a[at(nn - 1, nn - 1)]
                w = a[at(nn, nn - 1)] * a[at(nn - 1, nn)]
                if l == nn - 1 {
                    p = 0.5 * (y - x)
                    q = p * p + w
                    z = abs(q).squareRoot()
                    x += t
                    if q >= 0 {
                        z = p + (p >= 0 ? z : -z)
                        wr[nn - 1] = x + z
                        wr[nn] = x + z
                        if z != 0 { wr[nn] = x - w / z }
                        wi[nn - 1] = 0
                        wi[nn] = 0
                    } else {
                        wr[nn - 1] = x + p
                        wr[nn] = x + p
                        wi[nn - 1] = -z
                        wi[nn] = z
                    }
                    nn -= 2
                } else {
                    if its == 30 { return nil }
                    if its == 10 || its == 20 {
                        t += x
                        for i in 1...nn { a[at(i, i)] -= x }
                        s = abs(a[at(nn, nn - 1)]) + abs(a[at(nn - 1, nn - 2)])
                        x = 0.75 * s
                        y = x
                        w = -0.4375 * s * s
                    }
                    its += 1
                    var m = nn - 2
                    while m >= l {
                        z = a[at(m, m)]
                        r = x - z
                        s = y - z
                        p = (r * s - w) / a[at(m + 1, m)] + a[at(m, m + 1)]
                        q = a[at(m + 1, m + 1)] - z - r - s
                        r = a[at(m + 2, m + 1)]
                        s = abs(p) + abs(q) + abs(r)
                        p /= s
                        q /= s
                        r /= s
                        if m == l { break }
                        let u = abs(a[at(m, m - 1)]) * (abs(q) + abs(r))
                        let v = abs(p) * (abs(a[at(m - 1, m - 1)]) + abs(z) + abs(a[at(m + 1, m + 1)]))
                        if u + v == v { break }
                        m -= 1
                    }
                    if m + 2 <= nn {
                        for i in m + 2...nn {
                            a[at(i, i - 2)] = 0
                            if i != m + 2 { a[at(i, i - 3)] = 0 }
                        }
                    }
                    var k = m
                    while k <= nn - 1 {
                        if k != m {
                            p = a[at(k, k - 1)]
                            q = a[at(k + 1, k - 1)]
                            r = 0
                            if k != nn - 1 { r = a[at(k + 2, k - 1)] }
                            x = abs(p) + abs(q) + abs(r)
                            if x != 0 {
                                p /= x
                                q /= x
                                r /= x
                            }
                        }
                        let norm = (p * p + q * q + r * r).squareRoot()
                        s = p >= 0 ? norm : -norm
                        if s != 0 {
                            if k == m {
                                if l != m { a[at(k, k - 1)] = -a[at(k, k - 1)] }
                            } else {
                                a[at(k, k - 1)] = -s * x
                            }
                            p += s
                            x = p / s
                            y = q / s
                            z = r / s
                            q /= p
                            r /= p
                            for j in k...nn {
                                p = a[at(k, j)] + q * a[at(k + 1, j)]
                                if k != nn - 1 {
                                    p += r * a[at(k + 2, j)]
                                    a[at(k + 2, j)] -= p * z
                                }
                                a[at(k + 1, j)] -= p * y
                                a[at(k, j)] -= p * x
                            }
                            let mmin = nn < k + 3 ? nn : k + 3
                            for i in l...mmin {
                                p = x * a[at(i, k)] + y * a[at(i, k + 1)]
                                if k != nn - 1 {
                                    p += z * a[at(i, k + 2)]
                                    a[at(i, k + 2)] -= p * r
                                }
                                a[at(i, k + 1)] -= p * q
                                a[at(i, k)] -= p
                            }
                        }
                        k += 1
                    }
                }
            }
        } while l < nn - 1
    }
    return (Array(wr.dropFirst()), Array(wi.dropFirst()))
}

/// An eigenvector of a general matrix for the real eigenvalue (approximation) `shift`, by three
/// steps of inverse iteration with an LU factorisation (partial pivoting; a zero pivot is
/// replaced by ε‖A‖, as EISPACK's `invit` does). Unit Euclidean norm.
///
/// - Complexity: O(d³) for the factorisation, O(d²) per step.
/// - Reference: Wilkinson, J. H. (1965). *The Algebraic Eigenvalue Problem*, §9.50. Clarendon Press.
func inverseIteration(_ matrix: [Double], order d: Int, shift: Double) -> [Double] {
    var lu = matrix
    for i in 0..<d { lu[i * d + i] -= shift }
    let scale = max(matrix.reduce(0) { max($0, abs($1)) }, .leastNormalMagnitude) * Double.ulpOfOne
    var pivot = [Int](repeating: 0, count: d)
    for k in 0..<d {
        var best = k
        for i in k + 1..<max(k + 1, d) where abs(lu[i * d + k]) > abs(lu[best * d + k]) { best = i }
        pivot[k] = best
        if best != k { for j in 0..<d { lu.swapAt(k * d + j, best * d + j) } }
        if abs(lu[k * d + k]) < scale { lu[k * d + k] = scale }
        for i in k + 1..<max(k + 1, d) {
            let factor = lu[i * d + k] / lu[k * d + k]
            lu[i * d + k] = factor
            for j in k + 1..<d { lu[i * d + j] -= factor * lu[k * d + j] }
        }
    }
    var x = [Double](repeating: 1 / Double(d).squareRoot(), count: d)
    for _ in 0..<3 {
        for k in 0..<d where pivot[k] != k { x.swapAt(k, pivot[k]) }
        for i in 0..<d { for j in 0..<i { x[i] -= lu[i * d + j] * x[j] } }
        for i in stride(from: d - 1, through: 0, by: -1) {
            for j in i + 1..<d { x[i] -= lu[i * d + j] * x[j] }
            x[i] /= lu[i * d + i]
        }
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0, norm.isFinite else { break }
        for i in 0..<d { x[i] /= norm }
    }
    return x
}

/// The largest eigenvalue of a symmetric tridiagonal matrix and its eigenvector (unit Euclidean
/// norm, sign as it came), for the Lanczos matrix of ``KrylovEigensolver``.
///
/// The eigenvalue by bisection on Sturm counts (the number of negative pivots of the LDLᵀ
/// factorisation of T − x I is the number of eigenvalues below x) inside the Gershgorin bounds,
/// down to a bracket of a few ulps. The eigenvector by three steps of inverse iteration shifted to
/// σ just above that bracket: σ I − T is then positive definite, so its LDLᵀ factorisation needs
/// no pivoting and is stable.
///
/// - Parameters:
///   - diagonal: a₀ … a_{d−1}.
///   - offDiagonal: b₀ … b_{d−2} (b_i joins rows i and i + 1); extra entries are ignored.
/// - Complexity: O(d) per bisection step (about 100 steps), O(d) for the vector.
/// - Reference: Golub, G. H. & Van Loan, C. F. (2013). *Matrix Computations*, 4th ed., §8.4.1
///   (Sturm sequences and bisection) and §8.2.2 (inverse iteration). Johns Hopkins University Press.
func tridiagonalLargest(diagonal a: [Double], offDiagonal b: [Double]) -> (value: Double, vector: [Double]) {
    let d = a.count
    precondition(d >= 1 && b.count >= d - 1)
    var low = Double.infinity, high = -Double.infinity, size = 0.0
    for i in 0..<d {
        let radius = (i > 0 ? abs(b[i - 1]) : 0) + (i + 1 < d ? abs(b[i]) : 0)
        low = min(low, a[i] - radius)
        high = max(high, a[i] + radius)
        size = max(size, abs(a[i]) + radius)
    }
    let tiny = max(size, .leastNormalMagnitude) * Double.ulpOfOne
    /// Whether every eigenvalue lies below x (no pivot of T − x I is non-negative).
    func allBelow(_ x: Double) -> Bool {
        var q = 0.0
        for i in 0..<d {
            q = a[i] - x - (i > 0 ? b[i - 1] * b[i - 1] / q : 0)
            if q == 0 { q = -tiny }
            if q > 0 { return false }
        }
        return true
    }
    high += tiny
    while high - low > 4 * Double.ulpOfOne * max(abs(low), abs(high), tiny) {
        let middle = low + (high - low) / 2
        guard middle > low, middle < high else { break }
        if allBelow(middle) { high = middle } else { low = middle }
    }
    // Inverse iteration with σ I − T = L D Lᵀ, σ = high + 10⁻¹⁰‖T‖: shifted that far, the pivots
    // keep their accuracy (a shift within rounding of λ makes them cancel, and a converged Ritz
    // value of the leading block puts such a pivot in the middle of the matrix), while each step
    // still shrinks the other eigenvectors' share by 10⁻¹⁰‖T‖ / gap.
    let shift = high + 1e-10 * size
    var pivots = [Double](repeating: 0, count: d), multipliers = [Double](repeating: 0, count: d)
    for i in 0..<d {
        var p = shift - a[i]
        if i > 0 {
            multipliers[i] = -b[i - 1] / pivots[i - 1]
            p -= multipliers[i] * multipliers[i] * pivots[i - 1]
        }
        pivots[i] = max(p, tiny)
    }
    var x = [Double](repeating: 1 / Double(d).squareRoot(), count: d)
    for _ in 0..<3 {
        for i in 1..<max(1, d) { x[i] -= multipliers[i] * x[i - 1] }
        for i in 0..<d { x[i] /= pivots[i] }
        for i in stride(from: d - 2, through: 0, by: -1) { x[i] -= multipliers[i + 1] * x[i + 1] }
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0, norm.isFinite else { break }
        for i in 0..<d { x[i] /= norm }
    }
    return ((low + high) / 2, x)
}
