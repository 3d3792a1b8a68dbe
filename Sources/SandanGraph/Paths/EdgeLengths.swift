/// Checked edge weights for algorithms that need them finite and non-negative: shortest paths
/// (weights as lengths) and random walks or spectral measures (weights as strengths).
extension Graph {
    /// The graph's ``weights`` after checking that each is finite and non-negative, or nil when
    /// the graph is unweighted. O(m).
    ///
    /// - Parameter algorithm: the name used in the error message.
    /// - Throws: ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a NaN or infinite
    ///   weight, ``GraphError/negativeWeight(algorithm:edge:weight:)`` for a negative one (the
    ///   first such edge in edge order).
    func checkedWeights(for algorithm: String) throws(GraphError) -> [Double]? {
        guard let weights else { return nil }
        for (e, w) in weights.enumerated() {
            if !w.isFinite { throw .invalidWeight(algorithm: algorithm, edge: e, weight: w) }
            if w < 0 { throw .negativeWeight(algorithm: algorithm, edge: e, weight: w) }
        }
        return weights
    }

    /// The checked weights laid out along a row direction: entry `a` is the weight of the edge
    /// of arc `a` of ``withOutAdjacency(_:)`` (`incoming` false) or ``withInAdjacency(_:)``
    /// (`incoming` true), so kernels read them sequentially. Nil when unweighted. O(m).
    /// - Throws: as ``checkedWeights(for:)``, and as ``checkLengthRange(_:for:)`` when path
    ///   lengths would overflow or underflow.
    func arcLengths(for algorithm: String, incoming: Bool) throws(GraphError) -> [Double]? {
        guard let weights = try checkedWeights(for: algorithm) else { return nil }
        try checkLengthRange(weights, for: algorithm)
        let gather = { (rows: AdjacencyBuffers) in rows.edges.map { weights[Int($0)] } }
        return incoming ? withInAdjacency(gather) : withOutAdjacency(gather)
    }
}
