/// The core number (k-core index) of every node.
///
/// The k-core is the largest subgraph in which every node has degree at least k; a node's core
/// number is the largest k for which it belongs to the k-core. Computed by peeling in levels
/// (as NetworKit's ParK, here on one thread): for k = the least remaining degree, remove every
/// node whose remaining degree is at most k, and those whose degree falls to k as their
/// neighbours go; all get core number k. Each level scans the nodes still present, which is
/// cheap when there are few distinct core numbers (the usual case: it touches only a degree
/// array, where the bucket algorithm keeps three arrays in order). When the scans exceed
/// 4 (n + m) the bucket algorithm of Batagelj and Zaversnik takes over from the start, so the
/// bound stays linear.
///
/// - Parameter graph: any graph.
/// - Returns: the core number of each node, indexed by node.
///
/// ## Complexity
/// O(n + m) time (at most 4 (n + m) for the peeling and, past that, O(n + m) for the bucket
/// algorithm) and O(n) extra space; no recursion.
///
/// ## Conventions
/// - Degree counts edge ends; on a directed graph it is in-degree plus out-degree, as NetworkX
///   `core_number` and igraph `coreness(mode="all")` count it.
/// - Parallel edges count with their multiplicity, as igraph does (NetworkX refuses
///   multigraphs).
/// - **Self-loops are ignored.** NetworkX refuses graphs with self-loops (its message asks to
///   remove them first; our result equals NetworkX's on the graph without them); igraph
///   counts a loop as 2 towards the degree.
/// - Isolated nodes have core number 0; an empty graph gives an empty array.
/// - Weights are not used.
///
/// ## References
/// Kabir, H. & Madduri, K. (2017). Parallel k-core decomposition on multicore platforms.
/// *IEEE IPDPSW*, 1482–1491. doi:10.1109/IPDPSW.2017.151
///
/// Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
/// arXiv:cs/0310049. doi:10.48550/arXiv.cs/0310049
///
/// Seidman, S. B. (1983). Network structure and minimum degree. *Social Networks* 5(3),
/// 269–287. doi:10.1016/0378-8733(83)90028-X
public func coreNumbers(_ graph: Graph) -> [Int] {
    coreNumbers(graph, peelingBudget: 4 * (graph.nodeCount + graph.edgeCount))
}

/// ``coreNumbers(_:)`` with the peeling's budget of node scans and arc visits given: past it,
/// the bucket algorithm runs instead (a budget of 0 runs it alone).
func coreNumbers(_ graph: Graph, peelingBudget: Int) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    return graph.withOutAdjacency { out in
        graph.withInAdjacency { inc in
            let rows = graph.isDirected ? [out, inc] : [out]
            // degree[v]: v's remaining degree, and at the end its core number.
            let degree = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            defer { degree.deallocate() }
            loopFreeDegrees(graph, rows: rows, into: degree)
            if !peel(rows: rows, degree: degree, budget: peelingBudget) {
                loopFreeDegrees(graph, rows: rows, into: degree)
                bucketCores(rows: rows, degree: degree)
            }
            return degree.map(Int.init)
        }
    }
}

/// Each node's number of arc ends in `rows` (out-row, and in-row when directed), less 2 per
/// self-loop (a loop is two arcs of its row when undirected, one out-arc and one in-arc when
/// directed). O(n + m).
private func loopFreeDegrees(_ graph: Graph, rows: [AdjacencyBuffers], into degree: UnsafeMutableBufferPointer<Int32>) {
    for v in 0..<degree.count {
        var d = 0
        for r in rows { d += r.offsets[v + 1] - r.offsets[v] }
        degree[v] = Int32(d)
    }
    graph.sources.withUnsafeBufferPointer { sources in
        graph.targets.withUnsafeBufferPointer { targets in
            for e in 0..<sources.count where sources[e] == targets[e] { degree[Int(sources[e])] -= 2 }
        }
    }
}

/// Peels in levels, leaving each node's core number in `degree`; false (and `degree` spoilt)
/// when more than `budget` node scans and arc visits would be needed.
private func peel(rows: [AdjacencyBuffers], degree: UnsafeMutableBufferPointer<Int32>, budget: Int) -> Bool {
    // A node is removed once its degree is at most the level's k: the degrees of the nodes
    // left stay above k, so one random read per arc tells both.
    var remaining = (0..<degree.count).map { Int32($0) }
    var frontier: [Int32] = []
    var work = 0
    var k: Int32 = 0
    while !remaining.isEmpty {
        work += remaining.count
        guard work <= budget else { return false }
        var least = Int32.max
        for v in remaining { least = min(least, degree[Int(v)]) }
        k = max(k, least)
        var kept = 0
        for v in remaining {
            if degree[Int(v)] <= k {
                frontier.append(v)
            } else {
                remaining[kept] = v
                kept += 1
            }
        }
        remaining.removeLast(remaining.count - kept)
        while let v = frontier.popLast() {
            let node = Int(v)
            degree[node] = k
            for r in rows {
                let arcs = r.offsets[node]..<r.offsets[node + 1]
                work += arcs.count
                for a in arcs {
                    let u = Int(r.ends[a])
                    let d = degree[u]
                    guard d > k else { continue }
                    degree[u] = d - 1
                    if d - 1 == k { frontier.append(Int32(u)) }
                }
            }
        }
        guard work <= budget else { return false }
        remaining.removeAll { degree[Int($0)] <= k }
    }
    return true
}

/// The bucket algorithm of Batagelj and Zaversnik on the degrees in `degree`, leaving each
/// node's core number there: repeatedly remove a node of least remaining degree; its remaining
/// degree at removal (never below the previous maximum) is its core number. O(n + m).
private func bucketCores(rows: [AdjacencyBuffers], degree: UnsafeMutableBufferPointer<Int32>) {
    let n = degree.count
    // bin[d]: the first place of degree-d nodes in `order`; position[v]: v's place in `order`.
    let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let position = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer { order.deallocate(); position.deallocate() }
    var maxDegree: Int32 = 0
    for v in 0..<n { maxDegree = max(maxDegree, degree[v]) }
    let bin = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Int(maxDegree) + 2)
    defer { bin.deallocate() }
    bin.initialize(repeating: 0)
    for v in 0..<n { bin[Int(degree[v]) + 1] += 1 }
    for d in 0...Int(maxDegree) { bin[d + 1] += bin[d] }
    for v in 0..<n {
        let d = Int(degree[v])
        position[v] = bin[d]
        order[Int(bin[d])] = Int32(v)
        bin[d] += 1
    }
    // `bin` now holds each bin's end, the next bin's start: shift it back.
    for d in stride(from: Int(maxDegree) + 1, to: 0, by: -1) { bin[d] = bin[d - 1] }
    bin[0] = 0
    for i in 0..<n {
        let v = Int(order[i])
        for r in rows { lowerNeighbours(of: v, rows: r, degree: degree, order: order, position: position, bin: bin) }
    }
}

/// Removes `v` (the node of least remaining degree): each neighbour of higher remaining degree
/// moves to the front of its bin, the bin shrinks by one, and its degree drops by one.
@inline(__always)
private func lowerNeighbours(of v: Int, rows: AdjacencyBuffers, degree: UnsafeMutableBufferPointer<Int32>,
                             order: UnsafeMutableBufferPointer<Int32>, position: UnsafeMutableBufferPointer<Int32>,
                             bin: UnsafeMutableBufferPointer<Int32>) {
    let dv = degree[v]
    for a in rows.offsets[v]..<rows.offsets[v + 1] {
        let u = Int(rows.ends[a])
        let du = degree[u]
        guard u != v, du > dv else { continue }
        let pu = position[u], pw = bin[Int(du)], w = Int(order[Int(pw)])
        if u != w {
            order[Int(pu)] = Int32(w); position[w] = pu
            order[Int(pw)] = Int32(u); position[u] = pw
        }
        bin[Int(du)] += 1
        degree[u] = du - 1
    }
}
