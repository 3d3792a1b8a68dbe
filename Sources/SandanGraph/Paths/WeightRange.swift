/// Whether a graph's weights stay within the range of `Double` once an algorithm adds or
/// multiplies them: the one place where path and community algorithms check for overflow and
/// underflow before computing (issue 13, item 14).
///
/// Weights are finite, so each one is representable, but sums and products of them may not
/// be: weights near `Double.greatestFiniteMagnitude` (1.8e308) make path lengths ∞, so
/// reachable nodes looked unreachable and a diameter came out as 1.8e308; weights of 5e-324 (a
/// subnormal number) made 1/d infinite and closeness empty; strengths whose square overflows
/// or underflows made modularity NaN. Rescaling every weight by one constant changes no
/// shortest path and no community, so the error says so rather than guessing a scale.
///
/// ## Conventions
/// - **Lengths** (shortest paths, betweenness, closeness, harmonic closeness, eccentricity): a
///   shortest path has at most n − 1 edges, so with the largest weight W and the smallest
///   positive weight w, (n − 1) · W and (n − 1) / w must be finite, and w must be a normal
///   number (at least `Double.leastNormalMagnitude`, 2.2e-308). Zero weights are allowed.
/// - **Strengths** (modularity, Louvain, Leiden, label propagation): with S the sum of all
///   weights, counted twice on undirected graphs (the sum of the strengths), S² must be finite
///   (expected weights are products of strengths over S), and w² must be normal.
///
/// Complexity: O(m) time, O(1) extra memory.
extension Graph {
    /// Checks `weights` (finite and non-negative, one per edge) for use as path lengths.
    /// - Throws: ``GraphError/weightOutOfRange(algorithm:edge:weight:reason:)`` naming the
    ///   largest or the smallest positive weight.
    func checkLengthRange(_ weights: [Double], for algorithm: String) throws(GraphError) {
        guard let (largest, smallest) = Self.extremes(weights) else { return }
        let steps = Double(max(nodeCount - 1, 1))
        if !(steps * weights[largest]).isFinite {
            throw .weightOutOfRange(algorithm: algorithm, edge: largest, weight: weights[largest],
                                    reason: "a path of up to \(nodeCount - 1) edges this long has a length beyond the largest number "
                                        + "(about 1.8e308)")
        }
        if let smallest, weights[smallest] < Double.leastNormalMagnitude || !(steps / weights[smallest]).isFinite {
            throw .weightOutOfRange(algorithm: algorithm, edge: smallest, weight: weights[smallest],
                                    reason: "it is so small that the reciprocal of a path length overflows (weights must be at "
                                        + "least about 2.2e-308 × \(nodeCount - 1))")
        }
    }

    /// Checks `weights` (finite and non-negative, one per edge) for use as strengths.
    /// - Throws: ``GraphError/weightOutOfRange(algorithm:edge:weight:reason:)`` naming the
    ///   largest or the smallest positive weight.
    func checkStrengthRange(_ weights: [Double], for algorithm: String) throws(GraphError) {
        guard let (largest, smallest) = Self.extremes(weights) else { return }
        let total = weights.reduce(0, +) * (isDirected ? 1 : 2)
        if !(total * total).isFinite {
            throw .weightOutOfRange(algorithm: algorithm, edge: largest, weight: weights[largest],
                                    reason: "the square of the total strength, which modularity divides by, is beyond the largest "
                                        + "number (about 1.8e308)")
        }
        if let smallest, weights[smallest] * weights[smallest] < Double.leastNormalMagnitude {
            throw .weightOutOfRange(algorithm: algorithm, edge: smallest, weight: weights[smallest],
                                    reason: "products of strengths this small underflow to zero (weights must be at least about 1.5e-154)")
        }
    }

    /// The edges of the largest weight and of the smallest positive one (nil when none is
    /// positive); nil for no edges.
    private static func extremes(_ weights: [Double]) -> (largest: Int, smallest: Int?)? {
        guard !weights.isEmpty else { return nil }
        var largest = 0
        var smallest: Int?
        for (e, w) in weights.enumerated() {
            if w > weights[largest] { largest = e }
            if w > 0, smallest.map({ w < weights[$0] }) ?? true { smallest = e }
        }
        return (largest, smallest)
    }
}
