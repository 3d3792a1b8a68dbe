import Foundation

/// Options of ``leidenCommunities(_:options:)``.
public struct LeidenOptions: Sendable, Equatable {
    /// The resolution γ of modularity.
    public var resolution: Double
    /// The seed of the random node orders and of the refinement's random merges.
    public var seed: UInt64
    /// The randomness θ of the refinement: a node joins a candidate sub-community with
    /// probability ∝ exp(Δ/θ), Δ the change in the unnormalised quality Σ_c (e_c − γ K_c²/4m)
    /// (the units of igraph and leidenalg). Small θ is nearly greedy. Must be > 0.
    public var randomness: Double
    /// How many full iterations to run: by default 2, as igraph and leidenalg.
    public var iterations: LeidenIterations

    public init(resolution: Double = 1, seed: UInt64 = 0, randomness: Double = 0.01,
                iterations: LeidenIterations = .fixed(2)) {
        self.resolution = resolution
        self.seed = seed
        self.randomness = randomness
        self.iterations = iterations
    }
}

/// How many iterations ``leidenCommunities(_:options:)`` runs. Each iteration restarts from the
/// partition found and never lowers its modularity.
public enum LeidenIterations: Sendable, Equatable {
    /// This many (at least 1), or fewer when one leaves the partition unchanged: igraph's
    /// `n_iterations` and leidenalg's, whose default is 2.
    case fixed(Int)
    /// Until an iteration leaves the partition unchanged or raises modularity by at most
    /// `tolerance`; throws ``GraphError/notConverged(algorithm:iterations:tolerance:)`` when
    /// that has not happened after `cap` iterations (igraph's `n_iterations=-1`, which has no
    /// cap).
    case untilStable(tolerance: Double, cap: Int)
}

/// Communities by the Leiden algorithm: fast local moves, a refinement that splits each
/// community into well-connected sub-communities, and aggregation of the refined partition,
/// repeated for a number of iterations.
///
/// Each level (1) moves nodes between communities with a queue (every node once in a random
/// order, then only neighbours of nodes that moved; a node may also leave for an empty
/// community); (2) refines: inside each community, starting from singletons, a node that is
/// well connected to its community and still alone joins a well-connected sub-community,
/// chosen at random among those that do not lower the quality; (3) aggregates the refined
/// sub-communities, each starting in its community; levels repeat until the local moves leave
/// every node of the aggregate in a community of its own. Iterations restart from the partition
/// found (see ``LeidenIterations``). When a refinement merges nothing, the level aggregates the
/// communities themselves, as igraph does.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` (or 1 per edge) are strengths.
///   - options: resolution, seed, randomness and iterations.
/// - Returns: the partition, its modularity at the resolution, the levels of the last
///   iteration and the number of iterations.
/// - Throws: ``GraphError/notConverged(algorithm:iterations:tolerance:)`` when iterating
///   ``LeidenIterations/untilStable(tolerance:cap:)`` reaches the cap;
///   ``GraphError/negativeWeight(algorithm:edge:weight:)``,
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` or
///   ``GraphError/parameterOutOfRange(name:value:allowed:)`` for bad options.
///
/// ## Complexity
/// O(m) per pass over the queue, per refinement and per aggregation, with m the arcs of the
/// level; a few levels per iteration and a few iterations in practice. Extra space O(n + m),
/// flat arrays allocated once per run.
///
/// ## Conventions
/// - The quality is modularity with resolution γ (the Newman–Girvan configuration null model;
///   Leicht–Newman on directed graphs, where "well connected" sums both directions). igraph's
///   Leiden is undirected only and defaults to the CPM quality with 2 iterations; leidenalg's
///   `ModularityVertexPartition` with `n_iterations=-1` is the closest peer.
/// - **Every community is connected** (in the underlying undirected graph), the guarantee of
///   the refinement; Louvain does not give it.
/// - Self-loops, parallel edges, zero and negative weights, and edgeless graphs as in
///   ``louvainCommunities(_:options:)``.
/// - Deterministic for a given seed.
///
/// ## References
/// Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing
/// well-connected communities. *Scientific Reports* 9, 5233. doi:10.1038/s41598-019-41695-z
public func leidenCommunities(_ graph: Graph, options: LeidenOptions = LeidenOptions()) throws(GraphError) -> CommunityPartition {
    try checkResolution(options.resolution)
    guard options.randomness > 0, options.randomness.isFinite else {
        throw .parameterOutOfRange(name: "the Leiden randomness", value: "\(options.randomness)", allowed: "a finite number > 0")
    }
    let (limit, tolerance): (Int, Double?) = switch options.iterations {
    case let .fixed(count): (count, nil)
    case let .untilStable(tolerance, cap): (cap, tolerance)
    }
    guard limit > 0, (tolerance ?? 0) >= 0 else {
        throw .parameterOutOfRange(name: "the Leiden iterations", value: "\(options.iterations)", allowed: "at least 1, with a tolerance ≥ 0")
    }
    let base = try ModularityNetwork.make(graph, algorithm: "Leiden")
    let n = base.nodeCount
    let run = LeidenRun(base: base, options: options)
    let partition = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let previous = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer { partition.deallocate(); previous.deallocate() }
    for v in 0..<n { partition[v] = Int32(v) }
    var levels: [CommunityLevel] = []
    var iterations = 0
    if base.totalWeight > 0 {
        var quality = -Double.infinity
        while true {
            iterations += 1
            _ = previous.update(fromContentsOf: partition)
            levels = run.iterate(partition)
            let reached = levels.last?.modularity ?? quality
            if partition.elementsEqual(previous) { break }
            if let tolerance {
                if reached - quality <= tolerance { break }
                guard iterations < limit else {
                    throw .notConverged(algorithm: "Leiden", iterations: limit, tolerance: tolerance)
                }
            } else if iterations == limit {
                break
            }
            quality = reached
        }
    }
    return CommunityPartition(network: base, scratch: run.scratch, labels: partition, resolution: options.resolution,
                              levels: levels, iterations: iterations)
}

/// The state of one Leiden run: the input network, the options, the random generator and the
/// scratch buffers shared by every level.
private final class LeidenRun {
    let base: ModularityNetwork
    let options: LeidenOptions
    let scratch: CommunityScratch
    let refinement: RefinementScratch
    var random: SeededGenerator

    init(base: ModularityNetwork, options: LeidenOptions) {
        self.base = base
        self.options = options
        scratch = CommunityScratch(capacity: base.nodeCount, directed: base.isDirected)
        refinement = RefinementScratch(capacity: base.nodeCount)
        random = SeededGenerator(seed: options.seed)
    }

    /// One iteration from `partition` (labels over the input's nodes, each below n, renumbered
    /// on return); returns its levels.
    func iterate(_ partition: UnsafeMutableBufferPointer<Int32>) -> [CommunityLevel] {
        let n = base.nodeCount
        var net = base
        // membership: input node → node of the current level.
        let membership = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        defer { membership.deallocate() }
        for v in 0..<n {
            membership[v] = Int32(v)
            scratch.community[v] = partition[v]
        }
        var levels: [CommunityLevel] = []
        while true {
            scratch.recomputeTotals(net)
            _ = moveNodesFast(net, scratch, &random, resolution: options.resolution, allowEmpty: true)
            let k = scratch.renumber(scratch.community, count: net.nodeCount)
            levels.append(CommunityLevel(communityCount: k, modularity: net.modularity(
                of: UnsafeBufferPointer(scratch.community), count: k, resolution: options.resolution)))
            if k == net.nodeCount { break }
            let refined = refinement.refined
            var r = refine(net, communityCount: k)
            if r == net.nodeCount {
                // Nothing merged: aggregate the communities themselves.
                for v in 0..<net.nodeCount { refined[v] = scratch.community[v] }
                r = k
            }
            // Each sub-community starts the next level in its community.
            for v in 0..<net.nodeCount { scratch.stack[Int(refined[v])] = scratch.community[v] }
            for v in 0..<n { membership[v] = refined[Int(membership[v])] }
            net = net.aggregated(by: UnsafeBufferPointer(rebasing: refined[0..<net.nodeCount]), count: r, scratch: scratch.position)
            for c in 0..<r { scratch.community[c] = scratch.stack[c] }
        }
        for v in 0..<n { partition[v] = scratch.community[Int(membership[v])] }
        _ = scratch.renumber(partition, count: n)
        return levels
    }

    /// The refinement (Algorithm A.2 `RefinePartition` / `MergeNodesSubset`) of the partition in
    /// `scratch.community` (labels `0..<k`): sub-community labels in `refinement.refined`,
    /// renumbered; returns their number.
    private func refine(_ net: ModularityNetwork, communityCount k: Int) -> Int {
        let n = net.nodeCount
        let community = scratch.community
        let totalOut = scratch.communityOut, totalIn = scratch.communityIn
        let touched = scratch.touched, gathered = scratch.gathered, order = scratch.order
        let refined = refinement.refined, subOut = refinement.subOut, subIn = refinement.subIn
        let subSize = refinement.subSize, nodeExternal = refinement.nodeExternal
        let subExternal = refinement.subExternal, chance = refinement.chance, candidate = refinement.candidate
        let penalty = options.resolution / net.totalWeight
        // Quality units of igraph/leidenalg: W·Q·(m/W) with m the total edge weight.
        let units = (net.isDirected ? 1.0 : 0.5) / options.randomness
        scratch.recomputeTotals(net)
        for v in 0..<n {
            refined[v] = Int32(v)
            subOut[v] = net.outStrength[v]
            subIn[v] = net.inStrength[v]
            subSize[v] = 1
            var inside = 0.0
            for a in net.offsets[v]..<net.offsets[v + 1] where community[Int(net.neighbours[a])] == community[v] {
                inside += net.weights[a]
            }
            nodeExternal[v] = inside
            subExternal[v] = inside
        }
        // Well connected to its community C: E(x, C − x) ≥ γ (K⁺_x (K⁻_C − K⁻_x) + K⁻_x (K⁺_C − K⁺_x)) / W.
        func wellConnected(_ external: Double, _ xOut: Double, _ xIn: Double, _ c: Int) -> Bool {
            external >= penalty * (xOut * (totalIn[c] - xIn) + xIn * (totalOut[c] - xOut))
        }
        // Visit community by community (memory stays local), each in a random order.
        var start = [Int](repeating: 0, count: k + 1)
        for v in 0..<n { start[Int(community[v]) + 1] += 1 }
        for c in 0..<k { start[c + 1] += start[c] }
        var next = start
        for v in 0..<n {
            let c = Int(community[v])
            order[next[c]] = Int32(v)
            next[c] += 1
        }
        for c in 0..<k { random.shuffle(UnsafeMutableBufferPointer(rebasing: order[start[c]..<start[c + 1]])) }
        for i in 0..<n {
            let v = Int(order[i])
            let own = refined[v], c = Int(community[v])
            let kOut = net.outStrength[v], kIn = net.inStrength[v]
            guard subSize[Int(own)] == 1, wellConnected(nodeExternal[v], kOut, kIn, c) else { continue }
            let count = scratch.gather(v, in: net, labels: refined, own: own, within: community[v], filter: community)
            subOut[Int(own)] = 0
            subIn[Int(own)] = 0
            // Candidates: v's own singleton (gain 0) and well-connected sub-communities with gain ≥ 0.
            var candidates = 0, largest = 0.0
            for t in 0..<count {
                let s = Int(touched[t])
                let g = s == Int(own) ? 0 : moveGain(gathered[s], kOut: kOut, kIn: kIn, totalOut: subOut[s], totalIn: subIn[s], penalty: penalty)
                guard g >= 0, s == Int(own) || wellConnected(subExternal[s], subOut[s], subIn[s], c) else { continue }
                candidate[candidates] = Int32(s)
                chance[candidates] = g
                candidates += 1
                largest = max(largest, g)
            }
            var total = 0.0
            for j in 0..<candidates {
                chance[j] = exp((chance[j] - largest) * units)
                total += chance[j]
            }
            var pick = random.nextUnit() * total
            var chosen = Int(own)
            for j in 0..<candidates {
                pick -= chance[j]
                chosen = Int(candidate[j])
                if pick < 0 { break }
            }
            let toward = gathered[chosen]
            scratch.clearGathered(count)
            if chosen == Int(own) {
                subOut[Int(own)] = kOut
                subIn[Int(own)] = kIn
                continue
            }
            refined[v] = Int32(chosen)
            subOut[chosen] += kOut
            subIn[chosen] += kIn
            subSize[chosen] += 1
            subSize[Int(own)] = 0
            subExternal[chosen] += nodeExternal[v] - 2 * toward
        }
        return scratch.renumber(UnsafeMutableBufferPointer(rebasing: refined[0..<n]), count: n)
    }
}

/// Scratch of the refinement: sub-community labels, totals, sizes and external weights.
private final class RefinementScratch {
    let refined: UnsafeMutableBufferPointer<Int32>
    let subOut: UnsafeMutableBufferPointer<Double>
    let subIn: UnsafeMutableBufferPointer<Double>
    let subSize: UnsafeMutableBufferPointer<Int32>
    /// E(v, C − v) for each node v of community C.
    let nodeExternal: UnsafeMutableBufferPointer<Double>
    /// E(S, C − S) for each sub-community S of community C.
    let subExternal: UnsafeMutableBufferPointer<Double>
    /// The candidate sub-communities of one node, and their relative chances.
    let candidate: UnsafeMutableBufferPointer<Int32>
    let chance: UnsafeMutableBufferPointer<Double>
    private let memory: ScratchMemory

    init(capacity n: Int) {
        var layout = ScratchLayout()
        let refinedSlot = layout.add(Int32.self, count: n)
        let subOutSlot = layout.add(Double.self, count: n), subInSlot = layout.add(Double.self, count: n)
        let subSizeSlot = layout.add(Int32.self, count: n)
        let nodeExternalSlot = layout.add(Double.self, count: n), subExternalSlot = layout.add(Double.self, count: n)
        let candidateSlot = layout.add(Int32.self, count: n), chanceSlot = layout.add(Double.self, count: n)
        memory = ScratchMemory(layout)
        refined = memory.buffer(refinedSlot)
        subOut = memory.buffer(subOutSlot)
        subIn = memory.buffer(subInSlot)
        subSize = memory.buffer(subSizeSlot)
        nodeExternal = memory.buffer(nodeExternalSlot)
        subExternal = memory.buffer(subExternalSlot)
        candidate = memory.buffer(candidateSlot)
        chance = memory.buffer(chanceSlot)
    }
}
