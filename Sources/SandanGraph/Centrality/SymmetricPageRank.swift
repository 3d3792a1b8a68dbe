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
/// - Complexity: per iteration one product and three passes over vectors of n entries, on the
///   operator's threads; six vectors of n doubles.
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
        let g = matrix.rowSums.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }   // D^{−1/2}, 0 without strength
        let b = (0..<n).map { g[$0] * (teleport?[$0] ?? uniform) }
        // ‖p‖₁ over the nodes without strength: their z is p_v, outside the system.
        let outside = (0..<n).reduce(0.0) { g[$1] == 0 ? $0 + (teleport?[$1] ?? uniform) : $0 }
        var y = [Double](repeating: 0, count: n), r = b, d = b
        var q = [Double](repeating: 0, count: n)
        var u = (0..<n).map { g[$0] * d[$0] }       // D^{−1/2} d, what the product gathers
        var rho = b.reduce(0) { $0 + $1 * $1 }
        let failure = GraphError.notConverged(algorithm: "PageRank", iterations: maxIterations, tolerance: tolerance)
        var iterations = 0
        while iterations < maxIterations {
            if rho == 0 { return scores(y, g: g) }   // solved exactly (a graph without edges: z = p)
            iterations += 1
            // q = (I − αS) d.
            multiplySystem(u, d, into: &q, g: g, blocks: blocks)
            let dq = blocks.sum(width: 1) { range, sums in for v in range { sums[0] += d[v] * q[v] } }[0]
            guard dq > 0, dq.isFinite else { throw failure }
            let step = rho / dq
            // y += step d, r −= step q; then ‖r‖², ‖D^{1/2} r‖₁ and ‖D^{1/2} y‖₁.
            let sums = y.withUnsafeMutableBufferPointer { y in
                r.withUnsafeMutableBufferPointer { r in
                    blocks.sum(width: 3) { range, sums in
                        for v in range {
                            y[v] += step * d[v]
                            r[v] -= step * q[v]
                            sums[0] += r[v] * r[v]
                            if g[v] > 0 {
                                sums[1] += abs(r[v]) / g[v]
                                sums[2] += abs(y[v]) / g[v]
                            }
                        }
                    }
                }
            }
            guard sums.allSatisfy(\.isFinite) else { throw failure }
            if sums[1] <= alpha * tolerance * (sums[2] + outside) {
                // The true residual r = b − (I − αS) y, checked with one more product.
                let gy = (0..<n).map { g[$0] * y[$0] }
                multiplySystem(gy, y, into: &q, g: g, blocks: blocks)
                var trueResidual = 0.0
                for v in 0..<n {
                    r[v] = b[v] - q[v]
                    if g[v] > 0 { trueResidual += abs(r[v]) / g[v] }
                }
                if trueResidual <= alpha * tolerance * (sums[2] + outside) { return scores(y, g: g) }
                d = r
                for v in 0..<n { u[v] = g[v] * d[v] }
                rho = r.reduce(0) { $0 + $1 * $1 }
                continue
            }
            let beta = sums[0] / rho
            rho = sums[0]
            d.withUnsafeMutableBufferPointer { d in
                u.withUnsafeMutableBufferPointer { u in
                    blocks.forEach { range in
                        for v in range {
                            d[v] = r[v] + beta * d[v]
                            u[v] = g[v] * d[v]
                        }
                    }
                }
            }
        }
        throw failure
    }

    /// q = (I − αS) d = d − α D^{−1/2} A D^{−1/2} d, given u = D^{−1/2} d. One product and a pass.
    private func multiplySystem(_ u: [Double], _ d: [Double], into q: inout [Double], g: [Double], blocks: VectorBlocks) {
        let alpha = alpha
        q.withUnsafeMutableBufferPointer { q in
            u.withUnsafeBufferPointer { u in matrix.multiplyTransposed(u, into: q) }
            blocks.forEach { range in for v in range { q[v] = d[v] - alpha * g[v] * q[v] } }
        }
    }

    /// x = z / ‖z‖₁ with z_v = y_v √s_v, or p_v for a node without strength; values that
    /// rounding leaves below zero (nodes the teleport never reaches) are set to 0.
    private func scores(_ y: [Double], g: [Double]) -> [Double] {
        let uniform = 1 / Double(y.count)
        let z = y.indices.map { v in g[v] > 0 ? max(0, y[v] / g[v]) : (teleport?[v] ?? uniform) }
        let total = z.reduce(0, +)
        return z.map { $0 / total }
    }
}
