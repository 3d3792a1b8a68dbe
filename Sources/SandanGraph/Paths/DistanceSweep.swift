/// What one single-source search says about a node's distances: enough for closeness,
/// harmonic centrality, eccentricity, average path length and efficiency.
struct DistanceTally: Sendable {
    /// Nodes reached, the source included.
    var reached: Int = 0
    /// Σ d over the reached nodes.
    var sum: Double = 0
    /// Σ 1/d over the reached nodes with d > 0.
    var reciprocalSum: Double = 0
    /// The largest d over the reached nodes.
    var farthest: Double = 0

    @inline(__always)
    mutating func add(_ d: Double) {
        reached += 1
        sum += d
        if d > 0 { reciprocalSum += 1 / d }
        if d > farthest { farthest = d }
    }
}

/// One search from every node (in parallel), each summarised as a ``DistanceTally``.
///
/// - Parameters:
///   - direction: `.outgoing` for distances from each node, `.incoming` for distances to it.
///   - algorithm: the name for weight errors.
/// - Returns: `result[v]` summarises the search from `v`.
/// - Throws: weight errors (the graph's weights are lengths), invalid thread counts.
/// - Complexity: O(n m) unweighted, O(n m log n) weighted; O(n) space per worker.
func distanceTallies(_ graph: Graph, direction: SearchDirection, threads: Int,
                     algorithm: String) throws(GraphError) -> [DistanceTally] {
    let n = graph.nodeCount
    let threads = try Parallel.checkedThreadCount(threads)
    let lengths = try graph.arcLengths(for: algorithm, incoming: direction == .incoming)
    var tallies = [DistanceTally](repeating: DistanceTally(), count: n)
    tallies.withUnsafeMutableBufferPointer { out in
        graph.withRows(direction) { rows in
            (lengths ?? []).withUnsafeBufferPointer { arcLengths in
                _ = Parallel.run(count: n, threads: threads, makeWorker: { _ in
                    lengths == nil ? TallySearch.hops(HopSearch(nodeCount: n))
                        : TallySearch.lengths(LengthSearch(nodeCount: n))
                }, body: { worker, items in
                    for s in items {
                        var tally = DistanceTally()
                        switch worker {
                        case .hops(let search):
                            search.run(from: s, rows: rows) { _, _, _, _ in }
                            search.forEachReached { _, d in tally.add(Double(d)) }
                        case .lengths(let search):
                            search.run(from: s, rows: rows, lengths: arcLengths) { _, _, _, _ in }
                            search.forEachReached { _, d in tally.add(d) }
                        }
                        out[s] = tally
                    }
                })
            }
        }
    }
    return tallies
}

/// A worker's search scratch for ``distanceTallies(_:direction:threads:algorithm:)``.
private enum TallySearch {
    case hops(HopSearch)
    case lengths(LengthSearch)
}
