/// One worker of Brandes' betweenness algorithm: the scratch for single-source searches and the
/// worker's own sums of dependencies, allocated once and reused for every source it is given.
///
/// For a source `s`, the forward search counts shortest paths (`sigma`, as doubles: counts
/// grow exponentially with path length and would overflow integers, as igraph notes) and
/// records, grouped by node in visiting order, the arcs that reached a node along a shortest
/// path as far as was known then. The backward pass walks that record in reverse and pulls each
/// node's dependency δ(v) = Σ σ(v)/σ(x) · (1 + δ(x)) from its successors `x`, adding each
/// arc's term to its edge (Brandes 2008, edge betweenness) and δ(v) to the node. Breadth-first
/// search never revises a distance, so every recorded arc is a shortest-path arc; Dijkstra can
/// lower a tentative distance after recording an arc, so the backward pass keeps only the arcs
/// with d(v) + ℓ(v, x) = d(x) exactly, the ones whose σ counted. Only shortest-path candidates
/// are revisited, not every arc.
///
/// With zero-length edges (``ZeroLengthClusters``) the shortest-path "DAG" has cycles (an
/// undirected zero-length edge is an arc both ways between two nodes at the same distance), so
/// settling order is no longer a valid order for σ, and which of two such nodes settles first
/// would decide which paths count. Then the worker counts every shortest (simple) path
/// instead, on a layered graph that is acyclic: each node v has an entry copy v_in (σ_in: paths
/// whose last edge has positive length, or the source) and an exit copy v_out (σ_out: all
/// shortest paths to v); within a distance level, x_in → y_out carries the P(x, y) simple
/// zero-length paths of their group. Positive arcs y → w with d(y) + ℓ = d(w) join y_out to
/// w_in and go from one level to a later one, so levels in order of distance are a topological
/// order. The backward pass runs Brandes' recursion on this graph (targets are exit copies);
/// a node's score is the flow through its copies and through the group paths that pass it,
/// minus the paths that end at it.
final class BrandesWorker {
    private let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ(x)) / σ(x) for nodes already passed in the backward pass.
    private let coefficient: UnsafeMutablePointer<Double>
    /// Arcs recorded by the forward pass, and where each visited node's arcs start.
    private let candidateArcs: UnsafeMutablePointer<Int32>
    private let candidateStart: UnsafeMutablePointer<Int32>
    /// Σ over this worker's sources of δ_s(v), v ≠ s.
    let nodeScores: UnsafeMutableBufferPointer<Double>
    /// Σ over this worker's sources of the pair dependencies on each edge, or nil.
    let edgeScores: UnsafeMutableBufferPointer<Double>?
    private let hops: HopSearch?
    private let lengths: LengthSearch?
    /// With zero-length edges: σ_in, then the coefficient δ(v_in)/σ_in(v) of each entry copy,
    /// and which level last handled each group.
    private let zeroLengths: ZeroLengthClusters?
    private let sigmaIn: UnsafeMutablePointer<Double>
    private let entryCoefficient: UnsafeMutablePointer<Double>
    private var handled: [Int]
    /// Increases with every level of every search, so `handled` needs no clearing.
    private var stamp = 0
    private let memory: ScratchMemory

    /// Scratch for `nodeCount` nodes and `arcCount` row entries; edge sums only when
    /// `edgeCount` is given; a Dijkstra search when `weighted`, else breadth-first.
    init(nodeCount n: Int, arcCount: Int, edgeCount: Int?, weighted: Bool, zeroLengths: ZeroLengthClusters? = nil) {
        precondition(arcCount <= Int(Int32.max), "more arcs than 32-bit arc indices can address")
        var layout = ScratchLayout()
        let sigmaSlot = layout.add(Double.self, count: n), coefficientSlot = layout.add(Double.self, count: n)
        let arcsSlot = layout.add(Int32.self, count: arcCount), startSlot = layout.add(Int32.self, count: n)
        let nodeScoresSlot = layout.add(Double.self, count: n)
        let edgeScoresSlot = edgeCount.map { layout.add(Double.self, count: $0) }
        let copies = zeroLengths == nil ? 0 : n
        let sigmaInSlot = layout.add(Double.self, count: copies), entrySlot = layout.add(Double.self, count: copies)
        memory = ScratchMemory(layout)
        sigma = memory.pointer(sigmaSlot)
        coefficient = memory.pointer(coefficientSlot)
        candidateArcs = memory.pointer(arcsSlot)
        candidateStart = memory.pointer(startSlot)
        nodeScores = memory.buffer(nodeScoresSlot)
        nodeScores.initialize(repeating: 0)
        edgeScores = edgeScoresSlot.map(memory.buffer)
        edgeScores?.initialize(repeating: 0)
        hops = weighted ? nil : HopSearch(nodeCount: n)
        lengths = weighted ? LengthSearch(nodeCount: n) : nil
        self.zeroLengths = zeroLengths
        sigmaIn = memory.pointer(sigmaInSlot)
        entryCoefficient = memory.pointer(entrySlot)
        handled = [Int](repeating: -1, count: zeroLengths?.clusters.count ?? 0)
    }

    /// Adds the dependencies of source `s`: a breadth-first search when `arcLengths` is nil,
    /// else Dijkstra with `arcLengths` aligned with `rows` (the out-rows).
    func add(source s: Int, rows: AdjacencyBuffers, arcLengths: UnsafeBufferPointer<Double>?) {
        let sigma = sigma, candidateArcs = candidateArcs, candidateStart = candidateStart
        var recorded: Int32 = 0, visited = 0
        sigma[s] = 1
        if let hops {
            hops.run(from: s, rows: rows, onVisit: { _ in
                candidateStart[visited] = recorded
                visited += 1
            }) { v, w, a, first in
                if first { sigma[w] = sigma[v] } else { sigma[w] += sigma[v] }
                candidateArcs[Int(recorded)] = Int32(truncatingIfNeeded: a)
                recorded += 1
            }
            accumulate(source: s, order: hops.order, reached: hops.reached, recorded: recorded, rows: rows) { _, _, _ in true }
        } else if let lengths, let arcLengths, let zeroLengths {
            lengths.run(from: s, rows: rows, lengths: arcLengths) { _, _, _, _ in }
            countEveryPath(source: s, search: lengths, rows: rows, arcLengths: arcLengths, groups: zeroLengths)
        } else if let lengths, let arcLengths {
            lengths.run(from: s, rows: rows, lengths: arcLengths, onSettle: { _ in
                candidateStart[visited] = recorded
                visited += 1
            }) { v, w, a, shorter in
                if shorter { sigma[w] = sigma[v] } else { sigma[w] += sigma[v] }
                candidateArcs[Int(recorded)] = Int32(truncatingIfNeeded: a)
                recorded += 1
            }
            let distance = lengths.distance
            accumulate(source: s, order: lengths.order, reached: lengths.reached, recorded: recorded, rows: rows) { v, a, x in
                distance[v] + arcLengths[a] == distance[x]
            }
        }
    }

    /// The backward pass of Brandes' algorithm over the `reached` nodes of `order`, using the
    /// candidate arcs the forward pass recorded (`recorded` of them).
    @inline(__always)
    private func accumulate(source s: Int, order: UnsafeMutablePointer<Int32>, reached: Int, recorded: Int32,
                            rows: AdjacencyBuffers,
                            isShortestPathArc: (_ v: Int, _ arc: Int, _ x: Int) -> Bool) {
        let sigma = sigma, coefficient = coefficient, nodeScores = nodeScores
        let candidateArcs = candidateArcs, candidateStart = candidateStart
        let ends = rows.ends, edges = rows.edges
        var end = Int(recorded)
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            let start = Int(candidateStart[i])
            i -= 1
            let sv = sigma[v]
            var delta = 0.0
            if let edgeScores {
                for k in start..<end {
                    let a = Int(candidateArcs[k]), x = Int(ends[a])
                    if isShortestPathArc(v, a, x) {
                        let c = sv * coefficient[x]
                        delta += c
                        edgeScores[Int(edges[a])] += c
                    }
                }
            } else {
                for k in start..<end {
                    let a = Int(candidateArcs[k]), x = Int(ends[a])
                    if isShortestPathArc(v, a, x) { delta += sv * coefficient[x] }
                }
            }
            end = start
            coefficient[v] = (1 + delta) / sv
            if v != s { nodeScores[v] += delta }
        }
    }

    /// Forward and backward passes over the layered graph described in the type's documentation,
    /// after a Dijkstra search from `s` (`search` holds distances and settling order).
    /// O(reached arcs) plus, per group met at a level with j members there, O(j³ + j² z).
    private func countEveryPath(source s: Int, search: LengthSearch, rows: AdjacencyBuffers,
                                arcLengths: UnsafeBufferPointer<Double>, groups: ZeroLengthClusters) {
        let sigma = sigma, sigmaIn = sigmaIn, exit = coefficient, entry = entryCoefficient
        let order = search.order, distance = search.distance, reached = search.reached
        let offsets = rows.offsets, ends = rows.ends
        for i in 0..<reached { sigmaIn[Int(order[i])] = 0 }
        sigmaIn[s] = 1
        /// The members of group `c` at distance `level`, as positions in the group.
        func present(_ c: Int, _ level: Double) -> [Int] {
            groups.clusters[c].members.indices.filter { distance[groups.clusters[c].members[$0]] == level }
        }
        @inline(__always) func isForward(_ v: Int, _ a: Int) -> Bool {
            let w = Int(ends[a]), dv = distance[v]
            return arcLengths[a] > 0 && dv + arcLengths[a] == distance[w] && distance[w] > dv
        }
        // Forward, level by level: σ_out inside the level, then push along positive arcs.
        var start = 0
        while start < reached {
            let level = distance[Int(order[start])]
            var end = start
            while end < reached && distance[Int(order[end])] == level { end += 1 }
            stamp += 1
            for i in start..<end {
                let v = Int(order[i]), c = Int(groups.clusterOf[v])
                if c < 0 {
                    sigma[v] = sigmaIn[v]
                } else if handled[c] != stamp {
                    handled[c] = stamp
                    let group = groups.clusters[c], k = group.members.count, here = present(c, level)
                    for y in here {
                        sigma[group.members[y]] = here.reduce(0) { $0 + sigmaIn[group.members[$1]] * group.paths[$1 * k + y] }
                    }
                }
            }
            for i in start..<end {
                let v = Int(order[i])
                for a in offsets[v]..<offsets[v + 1] where isForward(v, a) { sigmaIn[Int(ends[a])] += sigma[v] }
            }
            start = end
        }
        // Backward, level by level from the farthest.
        var end = reached
        while end > 0 {
            let level = distance[Int(order[end - 1])]
            var first = end - 1
            while first > 0 && distance[Int(order[first - 1])] == level { first -= 1 }
            stamp += 1
            for i in first..<end {
                let y = Int(order[i])
                var delta = 0.0
                for a in offsets[y]..<offsets[y + 1] where isForward(y, a) {
                    let flow = sigma[y] * entry[Int(ends[a])]
                    delta += flow
                    edgeScores?[Int(rows.edges[a])] += flow
                }
                exit[y] = (1 + delta) / sigma[y]
                if groups.clusterOf[y] < 0 {
                    entry[y] = exit[y]
                    if y != s { nodeScores[y] += delta }
                }
            }
            for i in first..<end {
                let c = Int(groups.clusterOf[Int(order[i])])
                guard c >= 0, handled[c] != stamp else { continue }
                handled[c] = stamp
                accumulateGroup(groups.clusters[c], present(c, level), source: s)
            }
            end = first
        }
    }

    /// The backward step inside one group at one level: the flow F(x, y) = σ_in(x) P(x, y)
    /// (1 + δ(y_out))/σ_out(y) from each entry x to each exit y among the members `here`, shared
    /// among the members and zero-length edges its paths pass.
    private func accumulateGroup(_ group: ZeroLengthClusters.Cluster, _ here: [Int], source s: Int) {
        let k = group.members.count, z = group.edges.count
        let sigmaIn = sigmaIn, exit = coefficient, entry = entryCoefficient
        var score = [Double](repeating: 0, count: k)
        for x in here {
            let gx = group.members[x]
            var outflow = 0.0
            for y in here {
                let pair = x * k + y, count = group.paths[pair]
                guard count > 0 else { continue }
                let gy = group.members[y]
                let flow = sigmaIn[gx] * count * exit[gy]
                guard flow != 0 else { continue }
                outflow += flow
                score[x] += flow
                if y != x {
                    score[y] += flow
                    let share = flow / count
                    for v in here where v != x && v != y { score[v] += share * group.through[pair * k + v] }
                    if let edgeScores { for e in 0..<z { edgeScores[group.edges[e]] += share * group.along[pair * z + e] } }
                }
            }
            entry[gx] = sigmaIn[gx] > 0 ? outflow / sigmaIn[gx] : 0
        }
        for v in here where group.members[v] != s { nodeScores[group.members[v]] += score[v] - 1 }
    }
}
