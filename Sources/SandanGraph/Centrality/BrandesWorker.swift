/// One worker of Brandes' betweenness algorithm: the scratch for single-source searches and the
/// worker's own sums of dependencies, allocated once and reused for every source it is given.
///
/// For a source `s`, the forward search counts shortest paths (`sigma`, as doubles: counts
/// grow exponentially with path length and would overflow integers, as igraph notes); the
/// backward pass visits nodes in reverse search order and pulls each node's dependency
/// δ(v) = Σ σ(v)/σ(x) · (1 + δ(x)) from its successors `x` on shortest paths, adding the
/// term of each arc to the arc's edge (Brandes 2008, edge betweenness) and δ(v) to the node.
/// A successor is recognised by its distance (hops: d(x) = d(v) + 1; lengths:
/// d(v) + ℓ(v, x) = d(x) exactly and `x` settled after `v`), which selects exactly the arcs the
/// forward search counted, so no predecessor lists are stored.
final class BrandesWorker {
    private let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ(x)) / σ(x) for nodes already passed in the backward pass.
    private let coefficient: UnsafeMutablePointer<Double>
    /// Σ over this worker's sources of δ_s(v), v ≠ s.
    let nodeScores: UnsafeMutableBufferPointer<Double>
    /// Σ over this worker's sources of the pair dependencies on each edge, or nil.
    let edgeScores: UnsafeMutableBufferPointer<Double>?
    private let hops: HopSearch?
    private let lengths: LengthSearch?

    /// Scratch for `nodeCount` nodes; edge sums only when `edgeCount` is given; a Dijkstra
    /// search when `weighted`, else breadth-first.
    init(nodeCount n: Int, edgeCount: Int?, weighted: Bool) {
        let capacity = max(1, n)
        sigma = .allocate(capacity: capacity)
        coefficient = .allocate(capacity: capacity)
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
        nodeScores.deallocate()
        edgeScores?.deallocate()
    }

    /// Adds the dependencies of source `s`: a breadth-first search when `arcLengths` is nil,
    /// else Dijkstra with `arcLengths` aligned with `rows` (the out-rows).
    func add(source s: Int, rows: AdjacencyBuffers, arcLengths: UnsafeBufferPointer<Double>?) {
        let sigma = sigma
        sigma[s] = 1
        if let hops {
            hops.run(from: s, rows: rows) { v, w, _, first in
                if first { sigma[w] = sigma[v] } else { sigma[w] += sigma[v] }
            }
            let distance = hops.distance
            accumulate(source: s, order: hops.order, reached: hops.reached, rows: rows) { v, _, x in
                distance[x] == distance[v] &+ 1
            }
        } else if let lengths, let arcLengths {
            lengths.run(from: s, rows: rows, lengths: arcLengths) { v, w, _, shorter in
                if shorter { sigma[w] = sigma[v] } else { sigma[w] += sigma[v] }
            }
            let distance = lengths.distance, rank = lengths.rank
            accumulate(source: s, order: lengths.order, reached: lengths.reached, rows: rows) { v, a, x in
                rank[x] > rank[v] && distance[v] + arcLengths[a] == distance[x]
            }
        }
    }

    /// The backward pass of Brandes' algorithm over the `reached` nodes of `order`.
    @inline(__always)
    private func accumulate(source s: Int, order: UnsafeMutablePointer<Int32>, reached: Int,
                            rows: AdjacencyBuffers,
                            isShortestPathArc: (_ v: Int, _ arc: Int, _ x: Int) -> Bool) {
        let sigma = sigma, coefficient = coefficient, nodeScores = nodeScores
        let offsets = rows.offsets, ends = rows.ends, edges = rows.edges
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            i -= 1
            let sv = sigma[v]
            var delta = 0.0
            if let edgeScores {
                for a in offsets[v]..<offsets[v + 1] {
                    let x = Int(ends[a])
                    if isShortestPathArc(v, a, x) {
                        let c = sv * coefficient[x]
                        delta += c
                        edgeScores[Int(edges[a])] += c
                    }
                }
            } else {
                for a in offsets[v]..<offsets[v + 1] {
                    let x = Int(ends[a])
                    if isShortestPathArc(v, a, x) { delta += sv * coefficient[x] }
                }
            }
            coefficient[v] = (1 + delta) / sv
            if v != s { nodeScores[v] += delta }
        }
    }
}
