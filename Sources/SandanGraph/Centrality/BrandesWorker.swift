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

    /// Scratch for `nodeCount` nodes and `arcCount` row entries; edge sums only when
    /// `edgeCount` is given; a Dijkstra search when `weighted`, else breadth-first.
    init(nodeCount n: Int, arcCount: Int, edgeCount: Int?, weighted: Bool) {
        precondition(arcCount <= Int(Int32.max), "more arcs than 32-bit arc indices can address")
        let capacity = max(1, n)
        sigma = .allocate(capacity: capacity)
        coefficient = .allocate(capacity: capacity)
        candidateArcs = .allocate(capacity: max(1, arcCount))
        candidateStart = .allocate(capacity: capacity)
        nodeScores = .allocate(capacity: n)
        nodeScores.initialize(repeating: 0)
        if let edgeCount {
            let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: edgeCount)
            sums.initialize(repeating: 0)
            edgeScores = sums
        } else {
            edgeScores = nil
        }
        hops = weighted ? nil : HopSearch(nodeCount: n)
        lengths = weighted ? LengthSearch(nodeCount: n) : nil
    }

    deinit {
        sigma.deallocate()
        coefficient.deallocate()
        candidateArcs.deallocate()
        candidateStart.deallocate()
        nodeScores.deallocate()
        edgeScores?.deallocate()
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
}
