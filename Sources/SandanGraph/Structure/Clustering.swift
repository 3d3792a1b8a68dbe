import Foundation

/// Which nodes ``averageClustering(_:options:)`` averages over.
public enum AverageClusteringNodes: Sendable, Equatable {
    /// Every node; a node whose local clustering is undefined (fewer than two neighbours)
    /// counts as 0. NetworkX's `average_clustering` default (`count_zeros=True`).
    case allNodes
    /// Only the nodes whose local clustering is defined (its denominator is not 0). igraph's
    /// `transitivity_avglocal_undirected` default (`mode="nan"`).
    case definedOnly
}

/// Options for ``localClustering(_:options:)`` and ``averageClustering(_:options:)``.
public struct ClusteringOptions: Sendable, Equatable {
    /// Which nodes the average covers. Default ``AverageClusteringNodes/allNodes``, as NetworkX.
    public var average: AverageClusteringNodes
    /// Worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>);
    /// results do not depend on it.
    public var threads: Int?

    public init(average: AverageClusteringNodes = .allNodes, threads: Int? = nil) {
        self.average = average
        self.threads = threads
    }
}

/// The local clustering coefficient of every node.
///
/// For an undirected graph, c_i = 2 T_i / (k_i (k_i − 1)), where k_i is the number of
/// neighbours of i and T_i the number of triangles through i (Watts & Strogatz 1998). With
/// weights it is the Onnela et al. (2005) coefficient NetworkX computes:
/// c_i = 1/(k_i (k_i − 1)) · Σ_{j,h} (ŵ_ij ŵ_ih ŵ_jh)^{1/3}, summed over ordered pairs of
/// neighbours j ≠ h of i that are linked, with ŵ = w / max(w) over all edges.
///
/// For a directed graph it is Fagiolo's (2007) coefficient, as NetworkX:
/// c_i = T_i / (2 (k_i^tot (k_i^tot − 1) − 2 k_i^↔)), where k_i^tot = in- plus out-neighbours,
/// k_i^↔ the neighbours linked both ways, and T_i = ((A + Aᵀ)³)_ii counts directed triangles
/// (with weights, A holds ŵ^{1/3}).
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths.
///   - options: ``ClusteringOptions/threads``.
/// - Returns: c_i for every node, in `[0, 1]`; 0 where the coefficient is undefined (0/0).
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a weight below 0 or not finite.
///
/// ## Complexity
/// O(n + m^1.5) time at worst and near O(n + m) on sparse graphs: each triangle is listed
/// once by the forward algorithm (every tie oriented from its end of lower degree to the other,
/// the out-row of each node marked and the out-rows of its out-neighbours checked against the
/// marks; no out-row is longer than √(2m)) and credited to its three corners. O(n + m) memory
/// plus O(n) scratch per thread. Unweighted, the triangles' lowest corners are split across
/// threads (each keeps its own integer counts); weighted, one thread adds the non-integer terms
/// in a fixed order, so that the values do not depend on the thread count.
///
/// ## Conventions
/// - Self-loops are ignored and parallel edges count as one tie (weighted: their weights add
///   up), as NetworkX does on simple graphs. (NetworkX refuses multigraphs here.)
/// - Nodes with fewer than two neighbours get 0, as NetworkX; igraph's local transitivity
///   gives NaN there.
/// - The empty graph gives `[]`. The result matches NetworkX `clustering(G)` and
///   `clustering(G, weight=…)` to rounding.
///
/// ## References
/// - D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393
///   (1998) 440–442, doi:10.1038/30918.
/// - J.-P. Onnela, J. Saramäki, J. Kertész, K. Kaski, "Intensity and coherence of motifs in
///   weighted complex networks", Phys. Rev. E 71 (2005) 065103, doi:10.1103/PhysRevE.71.065103.
/// - G. Fagiolo, "Clustering in complex directed networks", Phys. Rev. E 76 (2007) 026107,
///   doi:10.1103/PhysRevE.76.026107.
/// - T. Schank, D. Wagner, "Finding, counting and listing all triangles in large graphs, an
///   experimental study", WEA 2005, LNCS 3503, 606–609, doi:10.1007/11427186_54.
/// - M. Latapy, "Main-memory triangle computations for very large (sparse (power-law))
///   graphs", Theoretical Computer Science 407 (2008) 458–473, doi:10.1016/j.tcs.2008.07.017.
public func localClustering(_ graph: Graph, options: ClusteringOptions = .init()) throws(GraphError) -> [Double] {
    let parts = try clusteringParts(graph, useWeights: true, threads: options.threads)
    return zip(parts.triangles, parts.pairs).map { t, p in t == 0 ? 0 : t / p }
}

/// The mean local clustering coefficient (``localClustering(_:options:)``) over the nodes
/// ``ClusteringOptions/average`` names.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths.
///   - options: which nodes the mean covers, and the worker threads.
/// - Returns: the mean, or NaN when it covers no node (the empty graph, or
///   ``AverageClusteringNodes/definedOnly`` on a graph where no node has two neighbours).
///   NetworkX raises on the empty graph; igraph returns NaN.
/// - Throws: as ``localClustering(_:options:)``.
///
/// ## Complexity
/// As ``localClustering(_:options:)``.
///
/// ## Conventions
/// As ``localClustering(_:options:)``; weights are used when the graph has them, as NetworkX
/// `average_clustering(G, weight=…)`. The default counts nodes of degree < 2 as 0 (NetworkX);
/// ``AverageClusteringNodes/definedOnly`` leaves them out (igraph's default). Note that
/// NetworkX's `count_zeros=False` is neither: it also drops nodes that have two neighbours but
/// no triangle.
///
/// ## References
/// Watts & Strogatz (1998), doi:10.1038/30918.
public func averageClustering(_ graph: Graph, options: ClusteringOptions = .init()) throws(GraphError) -> Double {
    let parts = try clusteringParts(graph, useWeights: true, threads: options.threads)
    var sum = 0.0, count = 0
    for (t, p) in zip(parts.triangles, parts.pairs) {
        guard p > 0 || options.average == .allNodes else { continue }
        sum += t == 0 ? 0 : t / p
        count += 1
    }
    return count == 0 ? .nan : sum / Double(count)
}

/// The global clustering coefficient (transitivity): 3 × triangles / connected triples, the
/// fraction of paths of length two whose ends are linked.
///
/// - Parameters:
///   - graph: an undirected graph. Weights are ignored.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>); results do not depend on it.
/// - Returns: the transitivity in `[0, 1]`; 0 when the graph has no connected triple.
/// - Throws: ``GraphError/directedGraph(algorithm:)`` for a directed graph; ``GraphError/threadCount(_:)``.
///
/// ## Complexity
/// As ``localClustering(_:options:)``.
///
/// ## Conventions
/// Self-loops are ignored and parallel edges count once. Matches NetworkX `transitivity`
/// (which also refuses directed graphs) and igraph `transitivity_undirected`.
///
/// ## References
/// M. E. J. Newman, "The structure and function of complex networks", SIAM Review 45 (2003)
/// 167–256, doi:10.1137/S003614450342480.
public func transitivity(_ graph: Graph, threads: Int? = nil) throws(GraphError) -> Double {
    guard !graph.isDirected else {
        throw .directedGraph(algorithm: "transitivity")
    }
    let parts = try clusteringParts(graph, useWeights: false, threads: threads)
    let closed = parts.triangles.reduce(0, +)
    let triples = parts.pairs.reduce(0, +)
    return closed == 0 ? 0 : closed / triples
}

/// For every node i, the numerator and denominator of its local clustering coefficient: the
/// weighted count of closed ordered neighbour pairs Σ_{j,h} s_ij s_ih s_jh, and the number of
/// ordered pairs it is compared with (undirected: k(k−1); directed: 2(k_tot(k_tot−1) − 2k_↔)).
/// s is 1 per tie (directed: 1 per arc, so 2 for a reciprocated pair), or (w / max w)^{1/3}.
/// The numerator is twice the sum, over the triangles through i, of the product of their three
/// s values (each triangle closes the pairs (j, h) and (h, j)), counted by
/// ``OrientedAdjacency/cornerSums(threads:)``.
private func clusteringParts(
    _ graph: Graph, useWeights: Bool, threads: Int?
) throws(GraphError) -> (triangles: [Double], pairs: [Double]) {
    let threads = try Parallel.workerCount(threads)
    let weighted = useWeights && graph.weights != nil
    if !graph.isDirected && !weighted {
        // Every tie counts 1: orient the graph's own rows, no simple adjacency needed.
        let oriented = graph.withOutAdjacency { OrientedAdjacency(offsets: $0.offsets, ends: $0.ends, ties: nil, threads: threads) }
        let pairs = oriented.neighbourCount.map { k in Double(k) * Double(k - 1) }
        return (oriented.cornerSums(threads: threads).map { 2 * $0 }, pairs)
    }
    let adjacency = try SimpleAdjacency(graph, useWeights: useWeights, algorithm: "clustering")
    let n = adjacency.nodeCount
    var maxWeight = 1.0
    if weighted, let weights = graph.weights, !weights.isEmpty {
        // NetworkX takes the largest weight over all edges, self-loops included.
        let tieMax = max(adjacency.outWeight.max() ?? 0, adjacency.inWeight.max() ?? 0)
        let loopMax = (0..<graph.edgeCount).lazy.filter { graph.source(of: $0) == graph.target(of: $0) }
            .map { weights[$0] }.max() ?? 0
        maxWeight = max(tieMax, loopMax)
        if maxWeight == 0 { maxWeight = 1 }
    }
    func factor(_ w: Double) -> Double { weighted ? cbrt(w / maxWeight) : w }
    let directed = adjacency.isDirected
    let tie: [Double] = (0..<adjacency.neighbours.count).map { a in
        directed ? factor(adjacency.outWeight[a]) + factor(adjacency.inWeight[a]) : factor(adjacency.outWeight[a])
    }
    var pairs = [Double](repeating: 0, count: n)
    for i in 0..<n {
        let k = Double(adjacency.degree(i))
        if directed {
            var total = 0, both = 0
            for a in adjacency.row(i) {
                let arcs = adjacency.arcs[a]
                total += (arcs & SimpleAdjacency.outArc != 0 ? 1 : 0) + (arcs & SimpleAdjacency.inArc != 0 ? 1 : 0)
                if arcs == SimpleAdjacency.outArc | SimpleAdjacency.inArc { both += 1 }
            }
            pairs[i] = 2 * Double(total * (total - 1) - 2 * both)
        } else {
            pairs[i] = k * (k - 1)
        }
    }
    let oriented = adjacency.offsets.withUnsafeBufferPointer { offsets in
        adjacency.neighbours.withUnsafeBufferPointer { neighbours in
            tie.withUnsafeBufferPointer { OrientedAdjacency(offsets: offsets, ends: neighbours, ties: $0, threads: threads) }
        }
    }
    // Weighted sums are not integers: one worker adds them in a fixed order, whatever `threads`.
    return (oriented.cornerSums(threads: weighted ? 1 : threads).map { 2 * $0 }, pairs)
}
