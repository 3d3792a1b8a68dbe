/// Options of ``labelPropagationCommunities(_:options:)``.
public struct LabelPropagationOptions: Sendable, Equatable {
    /// The seed of the visiting orders and of tie-breaking.
    public var seed: UInt64
    /// The cap on sweeps over all nodes.
    public var maxIterations: Int

    public init(seed: UInt64 = 0, maxIterations: Int = 1000) {
        self.seed = seed
        self.maxIterations = maxIterations
    }
}

/// Communities by asynchronous label propagation.
///
/// Every node starts with a label of its own. Each sweep visits the nodes in a new random order;
/// a node whose label is not among the most frequent (by summed edge weight) around it takes
/// one of those, chosen uniformly at random. The sweeps stop when one changes no label: then
/// every node carries a label of greatest weight among its neighbours.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` (or 1 per edge) weigh the votes.
///   - options: seed and sweep cap.
/// - Returns: the partition (labels numbered by first appearance), its modularity at γ = 1,
///   and one ``CommunityLevel`` per sweep.
/// - Throws: ``GraphError/notConverged(algorithm:iterations:tolerance:)`` when labels still
///   change after `maxIterations` sweeps (tolerance 0); ``GraphError/negativeWeight(algorithm:edge:weight:)``
///   or ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a bad weight.
///
/// ## Complexity
/// O(m) per sweep; the number of sweeps is small in practice (it grows slowly with n).
/// Extra space O(n + m).
///
/// ## Conventions
/// - **Direction is ignored**: a node counts the labels of its in- and out-neighbours (an arc
///   both ways counts twice). NetworkX `asyn_lpa_communities` uses successors only and igraph
///   `community_label_propagation` defaults to `mode="out"`.
/// - Self-loops are ignored (NetworkX counts a loop as a vote for the node's own label).
///   Parallel edges add their weights. Weight ties are equal within 10⁻¹² relative.
/// - The rule that a node keeps its label when that label is among the best is NetworkX's; it
///   makes the stopping test exact.
/// - Isolated nodes keep their own label. Deterministic for a given seed.
/// - There is no resolution: the method maximises no modularity, and neither NetworkX's
///   `asyn_lpa_communities`/`label_propagation_communities` nor igraph's
///   `community_label_propagation` has one.
///
/// ## References
/// Raghavan, U. N., Albert, R. & Kumara, S. (2007). Near linear time algorithm to detect
/// community structures in large-scale networks. *Phys. Rev. E* 76, 036106.
/// doi:10.1103/PhysRevE.76.036106
public func labelPropagationCommunities(_ graph: Graph, options: LabelPropagationOptions = LabelPropagationOptions()) throws(GraphError) -> CommunityPartition {
    guard options.maxIterations > 0 else {
        throw .parameterOutOfRange(name: "the label propagation sweep cap", value: "\(options.maxIterations)", allowed: "at least 1")
    }
    let net = try ModularityNetwork.make(graph, algorithm: "label propagation")
    let n = net.nodeCount
    let scratch = CommunityScratch(capacity: n, directed: net.isDirected)
    let label = scratch.community, order = scratch.order, touched = scratch.touched
    let gathered = scratch.gathered, best = scratch.stack
    for v in 0..<n { label[v] = Int32(v); order[v] = Int32(v) }
    var random = SeededGenerator(seed: options.seed)
    var levels: [CommunityLevel] = []
    var sweeps = 0
    var changed = n > 0
    while changed {
        guard sweeps < options.maxIterations else {
            throw .notConverged(algorithm: "label propagation", iterations: options.maxIterations, tolerance: 0)
        }
        sweeps += 1
        changed = false
        random.shuffle(UnsafeMutableBufferPointer(rebasing: order[0..<n]))
        for i in 0..<n {
            let v = Int(order[i])
            guard net.offsets[v] < net.offsets[v + 1] else { continue }
            let own = label[v]
            let count = scratch.gather(v, in: net, labels: label, own: own)
            var largest = 0.0
            for t in 0..<count { largest = max(largest, gathered[Int(touched[t])]) }
            let floor = largest * (1 - 1e-12)
            if gathered[Int(own)] < floor {
                var ties = 0
                for t in 1..<count where gathered[Int(touched[t])] >= floor {
                    best[ties] = touched[t]
                    ties += 1
                }
                label[v] = best[random.below(ties)]
                changed = true
            }
            scratch.clearGathered(count)
        }
        levels.append(sweepLevel(net, label, scratch))
    }
    return CommunityPartition(network: net, scratch: scratch, labels: UnsafeMutableBufferPointer(rebasing: label[0..<n]),
                              resolution: 1, levels: levels, iterations: sweeps)
}

/// The number of communities and the modularity (γ = 1) of the labels after a sweep, computed
/// on a renumbered copy in `scratch.stack`. O(n + m).
private func sweepLevel(_ net: ModularityNetwork, _ label: UnsafeMutableBufferPointer<Int32>, _ scratch: CommunityScratch) -> CommunityLevel {
    let n = net.nodeCount
    let copy = UnsafeMutableBufferPointer(rebasing: scratch.stack[0..<n])
    for v in 0..<n { copy[v] = label[v] }
    let k = scratch.renumber(copy, count: n)
    let q = net.totalWeight > 0 ? net.modularity(of: UnsafeBufferPointer(copy), count: k, resolution: 1) : .nan
    return CommunityLevel(communityCount: k, modularity: q)
}
