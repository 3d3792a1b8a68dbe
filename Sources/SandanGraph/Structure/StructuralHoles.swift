/// Burt's constraint of every node: how much a node's contacts are tied to each other, so that
/// it cannot play them off against one another (low constraint = brokerage across structural
/// holes).
///
/// c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq p_qj)², where
/// p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki) is the share of i's tie strength invested in j
/// (the "normalised mutual weight"). A node tied to one other node has constraint 1; a hub of
/// a star with k spokes has 1/k.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>); results do not depend on it.
/// - Returns: c_i for every node; NaN for a node without ties to other nodes (isolated, or only
///   self-loops), as NetworkX.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a weight below 0 or not finite;
///   ``GraphError/threadCount(_:)`` for `threads` < 1.
///
/// ## Complexity
/// O(n + Σ_{edges ij} min(k_i, k_j) · log Δ) time (at most O(n + m^1.5 log Δ)), O(n + m)
/// memory plus O(n) scratch per thread.
///
/// ## Conventions
/// - Direction is ignored except that a reciprocated pair of arcs makes a stronger tie
///   (a_ij + a_ji), as NetworkX's `mutual_weight`.
/// - Parallel edges form one tie: weighted, their weights add up; unweighted, the tie weighs 1.
///   Ties of weight 0 count as absent (NetworkX's vectorised code drops them too).
/// - Self-loops are ignored: Burt's sums exclude j = i and q = i. NetworkX treats a self-loop
///   as a tie to oneself, so values differ on nodes with self-loops.
/// - The empty graph gives `[]` (NetworkX raises). Matches NetworkX `constraint(G)` and
///   `constraint(G, weight=…)` otherwise.
///
/// ## References
/// - R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard University
///   Press, 1992, ch. 2, doi:10.4159/9780674029095.
/// - R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110 (2004)
///   349–399, doi:10.1086/421787.
public func burtConstraint(_ graph: Graph, threads: Int? = nil) throws(GraphError) -> [Double] {
    try burtMeasure(graph, threads: threads, algorithm: "constraint") { i, rows, mark, ties in
        var total = 0.0
        for ij in rows.row(i) where ties.mutual[ij] > 0 {
            var indirect = 0.0
            rows.forEachCommonNeighbour(of: i, and: Int(rows.neighbours[ij]), mark: mark) { q, iq, jq in
                // S_i · p_iq p_qj; a q whose ties all weigh 0 adds nothing (and has S_q = 0).
                if ties.mutual[iq] > 0 { indirect += ties.mutual[iq] * ties.mutual[jq] / ties.sum[q] }
            }
            let p = (ties.mutual[ij] + indirect) / ties.sum[i]
            total += p * p
        }
        return total
    }
}

/// Burt's effective size of every node's ego network: its number of contacts minus their
/// redundancy, i.e. the non-redundant part of its ties.
///
/// e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ i, j} p_iq m_jq), with p_iq the normalised mutual
/// weight of ``burtConstraint(_:threads:)`` and m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj). For an
/// unweighted undirected graph this is Borgatti's n − 2t/n (n contacts, t ties among them).
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>); results do not depend on it.
/// - Returns: e_i for every node; NaN for a node without ties to other nodes, as NetworkX.
/// - Throws: as ``burtConstraint(_:threads:)``.
///
/// ## Complexity
/// As ``burtConstraint(_:threads:)``.
///
/// ## Conventions
/// As ``burtConstraint(_:threads:)``. Efficiency (Burt's e_i / k_i) is this divided by the number
/// of contacts. Matches NetworkX `effective_size(G)` and `effective_size(G, weight=…)`.
///
/// ## References
/// - R. S. Burt, *Structural Holes* (1992), doi:10.4159/9780674029095.
/// - S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections
///   20(1) (1997) 35–38.
public func burtEffectiveSize(_ graph: Graph, threads: Int? = nil) throws(GraphError) -> [Double] {
    try burtMeasure(graph, threads: threads, algorithm: "effective size") { i, rows, mark, ties in
        var size = 0.0
        for ij in rows.row(i) where ties.mutual[ij] > 0 {
            let j = Int(rows.neighbours[ij])
            var redundancy = 0.0
            rows.forEachCommonNeighbour(of: i, and: j, mark: mark) { _, iq, jq in
                redundancy += ties.mutual[iq] * ties.mutual[jq]
            }
            size += 1 - redundancy / (ties.sum[i] * ties.largest[j])
        }
        return size
    }
}

/// Mutual tie strengths for Burt's measures: per adjacency entry a_ij + a_ji (undirected: the
/// edge weight; the factor 2 cancels), and per node their sum and maximum.
private struct MutualTies {
    let mutual: UnsafeBufferPointer<Double>
    let sum: UnsafeBufferPointer<Double>
    let largest: UnsafeBufferPointer<Double>
}

/// Runs `body` for every node with its row marked and the mutual ties at hand; nodes without a
/// tie of positive strength get NaN.
private func burtMeasure(
    _ graph: Graph, threads: Int?, algorithm: String,
    _ body: (Int, SimpleAdjacencyBuffers, UnsafeMutableBufferPointer<Int>, MutualTies) -> Double
) throws(GraphError) -> [Double] {
    let workers = try Parallel.workerCount(threads)
    let adjacency = try SimpleAdjacency(graph, useWeights: true, algorithm: algorithm)
    let mutual = adjacency.isDirected ? zip(adjacency.outWeight, adjacency.inWeight).map { $0 + $1 } : adjacency.outWeight
    var sum = [Double](repeating: 0, count: adjacency.nodeCount), largest = sum
    for v in 0..<adjacency.nodeCount {
        for a in adjacency.row(v) {
            sum[v] += mutual[a]
            largest[v] = max(largest[v], mutual[a])
        }
    }
    return mutual.withUnsafeBufferPointer { mutual in
        sum.withUnsafeBufferPointer { sum in
            largest.withUnsafeBufferPointer { largest in
                let ties = MutualTies(mutual: mutual, sum: sum, largest: largest)
                return adjacency.mapNodesWithMarkedRow(threads: workers) { i, rows, mark in
                    sum[i] > 0 ? body(i, rows, mark, ties) : .nan
                }
            }
        }
    }
}
