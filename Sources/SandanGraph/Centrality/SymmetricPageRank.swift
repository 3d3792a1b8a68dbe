/// PageRank of an undirected graph by conjugate gradients: the solver ``pageRank(_:options:)``
/// uses when the adjacency matrix A is symmetric.
///
/// With P = D⁻¹A (D the strengths; rows of nodes without strength are 0) the PageRank vector is
/// x = z / ‖z‖₁ for the solution z of the linear system (I − αPᵀ) z = p: the dangling nodes'
/// share and the teleport both go along p, so they only rescale z (Langville & Meyer 2004,
/// section 5; Del Corso, Gullì & Romani 2005). For symmetric A, Pᵀ = A D⁻¹ is similar to the
/// symmetric S = D^{−1/2} A D^{−1/2}, whose eigenvalues lie in [−1, 1], so with z = D^{1/2} y
/// the system becomes (I − αS) y = D^{−1/2} p, symmetric positive definite with condition number
/// at most (1 + α)/(1 − α): conjugate gradients converge at least by (√κ − 1)/(√κ + 1) = 0.56
/// per iteration at α = 0.85, where the power iteration's error shrinks by up to α = 0.85. On
/// the benchmark graphs that is 18–24 products instead of 30–83. Nodes without strength take
/// z_v = p_v.
///
/// Stopping rule: ‖r‖₁ ≤ α · tol · ‖z‖₁ for the residual r = p − (I − αPᵀ) z. Since
/// ‖(I − αPᵀ)⁻¹‖₁ ≤ 1/(1 − α), the error ‖x − x*‖₁ is then at most α · tol / (1 − α), the bound
/// the power iteration's rule ‖x_{k+1} − x_k‖₁ ≤ tol gives for its own answer. The recurrence's
/// residual drifts from the true one in floating point, so when it meets the rule the true
/// residual is computed with one more product, and the iteration restarts from there if it
/// does not.
///
/// - Complexity: per iteration one product (which also finishes q, block by block) and two
///   passes over vectors of n entries: three jobs for the operator's threads; eight vectors of
///   n doubles.
///
/// ## References
/// Hestenes, M. R. & Stiefel, E. (1952). Methods of conjugate gradients for solving linear
/// systems. *Journal of Research of the National Bureau of Standards* 49(6), 409–436.
/// doi:10.6028/jres.049.044
///
/// Del Corso, G. M., Gullì, A. & Romani, F. (2005). Fast PageRank computation via a sparse
/// linear system. *Internet Mathematics* 2(3), 251–273. doi:10.1080/15427951.2005.10129108
struct SymmetricPageRank {
    let matrix: AdjacencyOperator
    let alpha: Double
    /// p, scaled to sum 1; nil for the uniform vector.
    let teleport: [Double]?
    let tolerance: Double
    let maxIterations: Int

    /// The PageRank vector (sums to 1).
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:tolerance:)`` after
    ///   `maxIterations` iterations, or when a value stops being finite.
    func solve() throws(GraphError) -> [Double] {
        let n = matrix.nodeCount, alpha = alpha, uniform = 1 / Double(n)
        let blocks = VectorBlocks(count: n, team: matrix.team)
        // Eight vectors in one block: g = D^{−1/2} and h = D^{1/2} (both 0 without strength: h
        // turns the 1-norms of D^{1/2} r and D^{1/2} y into products, not divisions), b = g p (the
        // right-hand side), y (the solution), r (the residual), d (the search direction), u = g d
        // (what the product gathers) and q = (I − αS) d.
        let scratch = HugePageBuffer(count: 8 * n)
        defer { scratch.deallocate() }
        let base = scratch.buffer.baseAddress!
        let (g, b, y, r, d, u, q) = (base, base + n, base + 2 * n, base + 3 * n, base + 4 * n, base + 5 * n, base + 6 * n)
        let h = base + 7 * n
        let strengths = matrix.rowSums
        var rho = 0.0, outside = 0.0    // ‖r‖², and ‖p‖₁ over the nodes without strength (z_v = p_v)
        for v in 0..<n {
            let p = teleport?[v] ?? uniform
            g[v] = strengths[v] > 0 ? 1 / strengths[v].squareRoot() : 0
            h[v] = strengths[v] > 0 ? strengths[v].squareRoot() : 0
            if g[v] == 0 { outside += p }
            b[v] = g[v] * p
            y[v] = 0
            r[v] = b[v]
            d[v] = b[v]
            u[v] = g[v] * b[v]
            rho += b[v] * b[v]
        }
        let failure = GraphError.notConverged(algorithm: "PageRank", iterations: maxIterations, tolerance: tolerance)
        var iterations = 0
        while iterations < maxIterations {
            if rho == 0 { return scores(y, g: g, count: n) }   // solved exactly (a graph without edges: z = p)
            iterations += 1
            // q = (I − αS) d, and dᵀq.
            let dq = multiplySystem(u, d, into: q, g: g, count: n) { range, sums in
                for v in range { sums[0] += d[v] * q[v] }
            }
            guard dq > 0, dq.isFinite else { throw failure }
            let step = rho / dq
            // y += step d, r −= step q; then ‖r‖², ‖D^{1/2} r‖₁ and ‖D^{1/2} y‖₁.
            let sums = blocks.sum(width: 3) { range, sums in
                for v in range {
                    y[v] += step * d[v]
                    r[v] -= step * q[v]
                    sums[0] += r[v] * r[v]
                    sums[1] += abs(r[v]) * h[v]
                    sums[2] += abs(y[v]) * h[v]
                }
            }
            guard sums.allSatisfy(\.isFinite) else { throw failure }
            let target = alpha * tolerance * (sums[2] + outside)
            if sums[1] <= target {
                // The true residual r = b − (I − αS) y, checked with one more product (u holds g y).
                blocks.forEach { range in for v in range { u[v] = g[v] * y[v] } }
                let trueResidual = multiplySystem(u, y, into: q, g: g, count: n) { range, sums in
                    for v in range {
                        r[v] = b[v] - q[v]
                        sums[0] += abs(r[v]) * h[v]
                    }
                }
                if trueResidual <= target { return scores(y, g: g, count: n) }
                rho = blocks.sum(width: 1) { range, sums in
                    for v in range {
                        d[v] = r[v]
                        u[v] = g[v] * d[v]
                        sums[0] += r[v] * r[v]
                    }
                }[0]
                continue
            }
            let beta = sums[0] / rho
            rho = sums[0]
            blocks.forEach { range in
                for v in range {
                    d[v] = r[v] + beta * d[v]
                    u[v] = g[v] * d[v]
                }
            }
        }
        throw failure
    }

    /// q = (I − αS) w = w − α D^{−1/2} A D^{−1/2} w, given u = D^{−1/2} w: one product, each
    /// block of q finished right after the product writes it, with `then` run on the block; returns
    /// the sum `then` writes (in block order). One job for the team.
    private func multiplySystem(_ u: UnsafeMutablePointer<Double>, _ w: UnsafeMutablePointer<Double>,
                                into q: UnsafeMutablePointer<Double>, g: UnsafeMutablePointer<Double>, count n: Int,
                                then: (Range<Int>, UnsafeMutablePointer<Double>) -> Void) -> Double {
        let alpha = alpha
        return matrix.multiplyTransposed(UnsafeBufferPointer(start: u, count: n),
                                         into: UnsafeMutableBufferPointer(start: q, count: n)) { range in
            for v in range { q[v] = w[v] - alpha * g[v] * q[v] }
            var sum = 0.0
            then(range, &sum)
            return sum
        }
    }

    /// x = z / ‖z‖₁ with z_v = y_v √s_v, or p_v for a node without strength; values that
    /// rounding leaves below zero (nodes the teleport never reaches) are set to 0.
    private func scores(_ y: UnsafeMutablePointer<Double>, g: UnsafeMutablePointer<Double>, count n: Int) -> [Double] {
        let uniform = 1 / Double(n)
        var z = (0..<n).map { v in g[v] > 0 ? max(0, y[v] / g[v]) : (teleport?[v] ?? uniform) }
        let total = z.reduce(0, +)
        for v in 0..<n { z[v] /= total }
        return z
    }
}
