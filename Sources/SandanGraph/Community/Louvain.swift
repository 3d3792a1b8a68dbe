/// Options of ``louvainCommunities(_:options:)``.
public struct LouvainOptions: Sendable, Equatable {
    /// The resolution γ of modularity: above 1 favours smaller communities, below 1 larger ones.
    public var resolution: Double
    /// The seed of the random node order; the same seed gives the same partition.
    public var seed: UInt64
    /// A level that raises modularity by no more than this ends the search, as NetworkX's
    /// `threshold`.
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
/// Each level starts from singletons and moves nodes, one at a time, to the neighbouring
/// community that raises modularity most (staying put on ties) until no single move raises it.
/// The moves use Traag's queue (*fast local move*: every node once in a random order drawn from
/// `seed`, then only neighbours of nodes that moved) instead of Blondel's repeated sweeps over
/// all nodes; both stop at a partition that no single move improves, and the queue reaches it
/// with far less work on large graphs. The communities then become the nodes of a weighted
/// graph (CSR, built in O(m)) and the next level starts. The search stops when a level moves no
/// node or gains at most `threshold`.
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
/// O(m) per aggregation and for the first pass of the moves at each level, with m the number
/// of arcs of the level, then O(degree) per node requeued; a few levels in practice, so
/// near-linear. Graphs without community structure cost most: on a million-node
/// Barabási–Albert graph with 4 million edges the first two levels scan about 20 times the arcs.
/// Extra space O(n + m): flat arrays allocated once (no dictionaries).
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
/// Traag, V. A. (2015). Faster unfolding of communities: speeding up the Louvain algorithm.
/// *Phys. Rev. E* 92, 032801. doi:10.1103/PhysRevE.92.032801
///
/// Dugué, N. & Perez, A. (2015). Directed Louvain: maximizing modularity in directed networks.
/// Université d'Orléans, hal-01231784.
public func louvainCommunities(_ graph: Graph, options: LouvainOptions = LouvainOptions()) throws(GraphError) -> CommunityPartition {
    try checkResolution(options.resolution)
    let base = try ModularityNetwork.make(graph, algorithm: "Louvain")
    let scratch = CommunityScratch(capacity: base.nodeCount, directed: base.isDirected)
    let membership = UnsafeMutableBufferPointer<Int32>.allocate(capacity: base.nodeCount)
    defer { membership.deallocate() }
    for v in 0..<base.nodeCount { membership[v] = Int32(v) }
    var levels: [CommunityLevel] = []
    if base.totalWeight > 0 {
        var random = SeededGenerator(seed: options.seed)
        var net = base
        while true {
            scratch.startSingletons(net)
            let gain = moveNodesFast(net, scratch, &random, resolution: options.resolution, allowEmpty: false)
            guard gain.moves > 0 else { break }
            let k = scratch.renumber(scratch.community, count: net.nodeCount)
            for v in 0..<base.nodeCount { membership[v] = scratch.community[Int(membership[v])] }
            levels.append(CommunityLevel(communityCount: k,
                                         modularity: net.modularity(of: UnsafeBufferPointer(scratch.community), count: k, resolution: options.resolution)))
            if gain.gain <= options.threshold || k == 1 { break }
            net = net.aggregated(by: UnsafeBufferPointer(scratch.community), count: k, scratch: scratch.position)
        }
    }
    return CommunityPartition(network: base, scratch: scratch, labels: membership, resolution: options.resolution,
                              levels: levels, iterations: levels.count)
}
