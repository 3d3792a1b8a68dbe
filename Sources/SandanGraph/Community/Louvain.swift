/// Options of ``louvainCommunities(_:options:)``.
public struct LouvainOptions: Sendable, Equatable {
    /// The resolution γ of modularity: above 1 favours smaller communities, below 1 larger ones.
    public var resolution: Double
    /// The seed of the random node order; the same seed gives the same partition.
    public var seed: UInt64
    /// A level that raises modularity by no more than this ends the coarsening, as NetworkX's
    /// `threshold` ends its search.
    public var threshold: Double
    /// Whether to refine the partition level by level on the way back down (multilevel
    /// refinement, as NetworKit's `PLM(refine=True)`); default true. Refinement never lowers
    /// modularity. Without it the method is Blondel et al.'s, as NetworkX and igraph run it.
    public var refine: Bool

    public init(resolution: Double = 1, seed: UInt64 = 0, threshold: Double = 1e-7, refine: Bool = true) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
        self.refine = refine
    }
}

/// Communities by the Louvain method: greedy modularity optimisation by local moves, then
/// aggregation of each community into one node, repeated while modularity rises; then, by
/// default, a multilevel refinement back down the levels.
///
/// Each level starts from singletons and moves nodes, one at a time, to the neighbouring
/// community that raises modularity most (staying put on ties) until no single move raises it.
/// The moves use Traag's queue (*fast local move*: every node once in a random order drawn from
/// `seed`, then only neighbours of nodes that moved) instead of Blondel's repeated sweeps over
/// all nodes; both stop at a partition that no single move improves, and the queue reaches it
/// with far less work on large graphs. The communities then become the nodes of a weighted
/// graph (CSR, built in O(m)) and the next level starts. The coarsening stops when a level
/// moves no node or gains at most `threshold`.
///
/// The refinement (Rotta & Noack's multilevel refinement; NetworKit's PLMR) then walks back
/// down: the final communities are projected onto the nodes of the level below, whose nodes
/// move again by the same local moves, and so on down to the input's nodes. A node of a lower
/// level is a smaller group than the community it was merged into, so it can now leave a
/// community that the coarser levels had to keep whole. Each pass starts from the partition
/// above and only makes moves that raise modularity, so the result is never worse than
/// Blondel's. On graphs without a clear community structure it is markedly better: on a
/// 10,000-node Barabási–Albert graph modularity rises from about 0.277 (Blondel, igraph
/// `community_multilevel`) to about 0.295, on a 50,000-node Erdős–Rényi graph of mean degree 10
/// from 0.258 to 0.303. On graphs with clear communities it changes little.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` (or 1 per edge) are strengths.
///   - options: resolution, seed, threshold and whether to refine.
/// - Returns: the partition, its modularity at the resolution, one ``CommunityLevel`` per
///   level of the coarsening (``CommunityPartition/iterations`` counts them) and, when the
///   refinement moved a node, one more for the refined partition.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a negative or non-finite weight;
///   ``GraphError/parameterOutOfRange(name:value:allowed:)`` for a negative or non-finite resolution.
///
/// ## Complexity
/// O(m) per aggregation and for the first pass of the moves at each level, with m the number
/// of arcs of the level, then O(degree) per node requeued; a few levels in practice, so
/// near-linear. The refinement adds one such pass of moves per level, starting from a partition
/// that is nearly stable (about as much work again as the coarsening on graphs without
/// community structure, much less on graphs with it). Graphs without community structure cost
/// most: on a million-node Barabási–Albert graph with 4 million edges the first two levels of
/// the coarsening scan about 20 times the arcs. Extra space O(n + m): flat arrays allocated
/// once (no dictionaries), plus the networks and community labels of the levels, kept for the
/// refinement (each level is smaller than the one below).
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
///   the same seed (different generators). With the refinement (the default) the modularity
///   reached is usually higher than theirs; with `refine: false` it is comparable.
///
/// ## References
/// Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
/// communities in large networks. *J. Stat. Mech.* P10008.
/// doi:10.1088/1742-5468/2008/10/P10008
///
/// Rotta, R. & Noack, A. (2011). Multilevel local search algorithms for modularity
/// clustering. *ACM J. Exp. Algorithmics* 16, 2.3. doi:10.1145/1963190.1970376
///
/// Staudt, C. L. & Meyerhenke, H. (2016). Engineering parallel algorithms for community
/// detection in massive networks. *IEEE Trans. Parallel Distrib. Syst.* 27(1), 171–184.
/// doi:10.1109/TPDS.2015.2390633
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
    let labels = UnsafeMutableBufferPointer<Int32>.allocate(capacity: base.nodeCount)
    defer { labels.deallocate() }
    for v in 0..<base.nodeCount { labels[v] = Int32(v) }
    var levels: [CommunityLevel] = []
    var coarsening = 0
    if base.totalWeight > 0 {
        var random = SeededGenerator(seed: options.seed)
        var hierarchy = coarsen(base, scratch, &random, options: options, levels: &levels)
        coarsening = levels.count
        if let top = hierarchy.popLast() {
            for v in top.community.indices { labels[v] = top.community[v] }
            var moved = 0
            while let level = hierarchy.popLast() {
                moved += projectDown(level, labels: labels, scratch, &random, options: options)
            }
            if moved > 0 {
                let k = scratch.renumber(labels, count: base.nodeCount)
                levels.append(CommunityLevel(communityCount: k, modularity: base.modularity(
                    of: UnsafeBufferPointer(labels), count: k, resolution: options.resolution)))
            }
        }
    }
    return CommunityPartition(network: base, scratch: scratch, labels: labels, resolution: options.resolution,
                              levels: levels, iterations: coarsening)
}

/// One level of the Louvain coarsening: a network and the community of each of its nodes after
/// the local moves (labels `0..<k`, the nodes of the next level).
private typealias LouvainLevel = (net: ModularityNetwork, community: [Int32])

/// The coarsening phase of ``louvainCommunities(_:options:)``: local moves from singletons,
/// then aggregation, while a level moves nodes and gains more than the threshold. Returns the
/// levels that moved, from the input up, and appends a ``CommunityLevel`` for each.
private func coarsen(_ base: ModularityNetwork, _ scratch: CommunityScratch, _ random: inout SeededGenerator,
                     options: LouvainOptions, levels: inout [CommunityLevel]) -> [LouvainLevel] {
    var hierarchy: [LouvainLevel] = []
    var net = base
    while true {
        scratch.startSingletons(net)
        let gain = moveNodesFast(net, scratch, &random, resolution: options.resolution, allowEmpty: false)
        guard gain.moves > 0 else { break }
        let k = scratch.renumber(scratch.community, count: net.nodeCount)
        let community = UnsafeBufferPointer(rebasing: scratch.community[0..<net.nodeCount])
        hierarchy.append((net, Array(community)))
        levels.append(CommunityLevel(communityCount: k, modularity: net.modularity(
            of: community, count: k, resolution: options.resolution)))
        if gain.gain <= options.threshold || k == 1 { break }
        net = net.aggregated(by: community, count: k, scratch: scratch.position)
    }
    return hierarchy
}

/// One step down the levels: projects `labels` (a partition of the nodes of the level above,
/// that is of `level`'s communities) onto `level`'s nodes and, when refining, moves them by
/// ``moveNodesFast(_:_:_:resolution:allowEmpty:)``; leaves the result, a partition of `level`'s
/// nodes with labels below its node count, in `labels`. Returns the number of moves. O(n + m)
/// of the level, plus the moves.
private func projectDown(_ level: LouvainLevel, labels: UnsafeMutableBufferPointer<Int32>, _ scratch: CommunityScratch,
                         _ random: inout SeededGenerator, options: LouvainOptions) -> Int {
    let n = level.net.nodeCount
    for v in 0..<n { scratch.community[v] = labels[Int(level.community[v])] }
    var moves = 0
    if options.refine {
        scratch.recomputeTotals(level.net)
        moves = moveNodesFast(level.net, scratch, &random, resolution: options.resolution, allowEmpty: false).moves
    }
    for v in 0..<n { labels[v] = scratch.community[v] }
    return moves
}
