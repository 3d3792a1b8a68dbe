/// Options of ``louvainCommunities(_:options:)``.
public struct LouvainOptions: Sendable, Equatable {
    /// The resolution γ of modularity: above 1 favours smaller communities, below 1 larger ones.
    public var resolution: Double
    /// The seed of the random node order; the same seed gives the same partition.
    public var seed: UInt64
    /// A level (and a sweep within a level) that raises modularity by no more than this ends
    /// the search, as NetworkX's `threshold`.
    public var threshold: Double

    public init(resolution: Double = 1, seed: UInt64 = 0, threshold: Double = 1e-7) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
    }
}

/// Communities by the Louvain method: greedy modularity optimisation by local moves, then
/// aggregation of each community into one node, repeated while modularity rises.
///
/// Each level visits the nodes in a random order (drawn once per level from `seed`) and moves
/// each node to the neighbouring community that raises modularity most (staying put on ties),
/// sweeping until a sweep moves no node or raises modularity by at most `threshold`. The
/// communities then become the nodes of a weighted graph (CSR, built in O(m)) and the next
/// level starts. The search stops when a level moves no node or gains at most `threshold`.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` (or 1 per edge) are strengths.
///   - options: resolution, seed and threshold.
/// - Returns: the partition, its modularity at the resolution, and one
///   ``CommunityLevel`` per level.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a negative or non-finite weight;
///   ``GraphError/invalidArgument(_:)`` for a negative or non-finite resolution.
///
/// ## Complexity
/// O(m) per sweep and per aggregation, with m the number of arcs of the level; in practice a
/// few sweeps per level and a few levels, so near-linear. Extra space O(n + m): flat arrays
/// allocated once (no dictionaries).
///
/// ## Conventions
/// - Maximises modularity Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j) on undirected
///   graphs and the directed modularity Q = (1/m) Σ_ij [A_ij − γ k⁺_i k⁻_j / m] δ(c_i, c_j) on
///   directed ones (Leicht–Newman; the moves follow Dugué & Perez's directed Louvain), as
///   NetworkX `louvain_communities` does; igraph refuses directed graphs.
/// - Self-loops count in A (and twice in an undirected degree, as NetworkX); parallel edges add.
/// - Negative weights are refused (as igraph); NetworkX accepts them silently.
/// - A graph without edge weight (no edges, or all weights 0) gives singletons and a nil
///   modularity. An empty graph gives an empty partition.
/// - The partition is deterministic for a given seed, but it is not NetworkX's or igraph's for
///   the same seed (different generators); the modularity reached is comparable.
///
/// ## References
/// Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
/// communities in large networks. *J. Stat. Mech.* P10008.
/// doi:10.1088/1742-5468/2008/10/P10008
///
/// Leicht, E. A. & Newman, M. E. J. (2008). Community structure in directed networks. *Phys.
/// Rev. Lett.* 100, 118703. doi:10.1103/PhysRevLett.100.118703
///
/// Dugué, N. & Perez, A. (2015). Directed Louvain: maximizing modularity in directed networks.
/// Université d'Orléans, hal-01231784.
public func louvainCommunities(_ graph: Graph, options: LouvainOptions = LouvainOptions()) throws(GraphError) -> CommunityPartition {
    try checkResolution(options.resolution)
    let base = try ModularityNetwork.make(graph, algorithm: "Louvain")
    let scratch = CommunityScratch(capacity: base.nodeCount)
    let membership = UnsafeMutableBufferPointer<Int32>.allocate(capacity: base.nodeCount)
    defer { membership.deallocate() }
    for v in 0..<base.nodeCount { membership[v] = Int32(v) }
    var levels: [CommunityLevel] = []
    if base.totalWeight > 0 {
        var random = SeededRandom(seed: options.seed)
        var net = base
        while true {
            let gain = louvainLevel(net, scratch, &random, options)
            guard gain.moved else { break }
            let k = scratch.renumber(scratch.community, count: net.nodeCount)
            for v in 0..<base.nodeCount { membership[v] = scratch.community[Int(membership[v])] }
            levels.append(CommunityLevel(communityCount: k,
                                         modularity: net.modularity(of: UnsafeBufferPointer(scratch.community), count: k, resolution: options.resolution)))
            if gain.modularity <= options.threshold || k == 1 { break }
            net = net.aggregated(by: UnsafeBufferPointer(scratch.community), count: k, scratch: scratch.position)
        }
    }
    return CommunityPartition(network: base, scratch: scratch, labels: membership, resolution: options.resolution,
                              levels: levels, iterations: levels.count)
}

/// One Louvain level on `net`: singletons, then sweeps of local moves in a random order.
/// Leaves the partition in `scratch.community`; returns whether any node moved and the
/// modularity gained.
private func louvainLevel(_ net: ModularityNetwork, _ scratch: CommunityScratch, _ random: inout SeededRandom,
                          _ options: LouvainOptions) -> (moved: Bool, modularity: Double) {
    let n = net.nodeCount
    scratch.startSingletons(net)
    let order = UnsafeMutableBufferPointer(rebasing: scratch.order[0..<n])
    for v in 0..<n { order[v] = Int32(v) }
    random.shuffle(order)
    let community = scratch.community, totalOut = scratch.communityOut, totalIn = scratch.communityIn
    let outStrength = net.outStrength, inStrength = net.inStrength
    let touched = scratch.touched, gathered = scratch.gathered
    let penalty = options.resolution / net.totalWeight
    var moved = false, levelGain = 0.0
    while true {
        var moves = 0, sweepGain = 0.0
        for i in 0..<n {
            let v = Int(order[i])
            let own = community[v]
            let kOut = outStrength[v], kIn = inStrength[v]
            let count = scratch.gather(v, in: net, labels: community, own: own)
            totalOut[Int(own)] -= kOut
            totalIn[Int(own)] -= kIn
            let stay = moveGain(gathered[Int(own)], kOut: kOut, kIn: kIn,
                                totalOut: totalOut[Int(own)], totalIn: totalIn[Int(own)], penalty: penalty)
            // A move must beat staying by more than rounding, so that ties never cycle.
            var best = own, bestGain = stay + 1e-12 * (kOut + kIn)
            for t in 1..<count {
                let c = Int(touched[t])
                let g = moveGain(gathered[c], kOut: kOut, kIn: kIn, totalOut: totalOut[c], totalIn: totalIn[c], penalty: penalty)
                if g > bestGain { best = Int32(c); bestGain = g }
            }
            totalOut[Int(best)] += kOut
            totalIn[Int(best)] += kIn
            scratch.clearGathered(count)
            if best != own {
                community[v] = best
                moves += 1
                sweepGain += bestGain - stay
            }
        }
        if moves > 0 { moved = true }
        levelGain += sweepGain
        if moves == 0 || sweepGain / net.totalWeight <= options.threshold { break }
    }
    return (moved, levelGain / net.totalWeight)
}
