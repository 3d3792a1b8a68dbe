/// The modularity of a partition of `graph`'s nodes.
///
/// Undirected (Newman): Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], with m the total edge weight, L_c
/// the weight of the edges inside community c and K_c the summed (weighted) degree of its nodes.
/// Directed (Leicht–Newman): Q = Σ_c [ L_c / m − γ K⁺_c K⁻_c / m² ], with K⁺_c and K⁻_c the
/// summed out- and in-strengths.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` (or 1 per edge) are strengths.
///   - partition: a community label for each node (any integers; equal labels, same community).
///   - resolution: γ ≥ 0 (1 is the classic modularity).
/// - Returns: Q, in [−1/2, 1) for undirected graphs at γ = 1.
/// - Throws: ``GraphError/countMismatch(what:count:nodeCount:)`` when the partition's length is
///   not the node count, ``GraphError/parameterOutOfRange(name:value:allowed:)`` when the resolution is negative or not
///   finite, ``GraphError/noEdgeWeight(algorithm:)`` when the graph has no edge weight (no
///   edges, or all weights 0: modularity is undefined, NetworkX divides by zero);
///   ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a bad weight.
///
/// ## Complexity
/// O(n + m) time, O(n + m) extra space.
///
/// ## Conventions
/// - Equals NetworkX `community.modularity(G, communities, weight=…, resolution=γ)` for the
///   same partition, directed or not; igraph `modularity` agrees on undirected graphs.
/// - A self-loop of weight w adds w to L_c and 2w to the undirected degree (w to each of the
///   out- and in-strength when directed), as NetworkX counts it. Parallel edges add.
/// - Negative weights are refused.
///
/// ## References
/// Newman, M. E. J. (2006). Modularity and community structure in networks. *PNAS* 103(23),
/// 8577–8582. doi:10.1073/pnas.0601602103
///
/// Leicht, E. A. & Newman, M. E. J. (2008). Community structure in directed networks. *Phys.
/// Rev. Lett.* 100, 118703. doi:10.1103/PhysRevLett.100.118703
///
/// Reichardt, J. & Bornholdt, S. (2006). Statistical mechanics of community detection. *Phys.
/// Rev. E* 74, 016110. doi:10.1103/PhysRevE.74.016110 (the resolution γ)
public func modularity(_ graph: Graph, partition: [Int], resolution: Double = 1) throws(GraphError) -> Double {
    try checkResolution(resolution)
    guard partition.count == graph.nodeCount else {
        throw .countMismatch(what: "the partition", count: partition.count, nodeCount: graph.nodeCount)
    }
    let network = try ModularityNetwork.make(graph, algorithm: "modularity")
    guard network.totalWeight > 0 else {
        throw .noEdgeWeight(algorithm: "modularity")
    }
    let (labels, count) = compactLabels(partition)
    return labels.withUnsafeBufferPointer { network.modularity(of: $0, count: count, resolution: resolution) }
}

/// `labels` renumbered 0, 1, … in order of first appearance, and the number of distinct labels.
/// O(n) expected time.
func compactLabels(_ labels: [Int]) -> (labels: [Int32], count: Int) {
    var index: [Int: Int32] = [:]
    let compact = labels.map { label in
        if let i = index[label] { return i }
        let i = Int32(index.count)
        index[label] = i
        return i
    }
    return (compact, index.count)
}
