/// The core number (k-core index) of every node.
///
/// The k-core is the largest subgraph in which every node has degree at least k; a node's core
/// number is the largest k for which it belongs to the k-core. Computed by the bucket algorithm
/// of Batagelj and Zaversnik: repeatedly remove a node of least remaining degree; its remaining
/// degree at removal (never below the previous maximum) is its core number.
///
/// - Parameter graph: any graph.
/// - Returns: the core number of each node, indexed by node.
///
/// ## Complexity
/// O(n + m) time and O(n) extra space (bucket sort by degree; no recursion).
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
/// Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
/// arXiv:cs/0310049. doi:10.48550/arXiv.cs/0310049
///
/// Seidman, S. B. (1983). Network structure and minimum degree. *Social Networks* 5(3),
/// 269–287. doi:10.1016/0378-8733(83)90028-X
public func coreNumbers(_ graph: Graph) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    // degree[v]: v's remaining degree; bin[d]: the first place of degree-d nodes in `order`;
    // position[v]: v's place in `order`. 32-bit and unsafe: the loop below is all there is.
    let degree = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let position = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer { degree.deallocate(); order.deallocate(); position.deallocate() }
    graph.withOutAdjacency { out in
        graph.withInAdjacency { inc in
            // Row lengths, less 2 per self-loop (a loop is two arcs of its row when undirected,
            // one out-arc and one in-arc when directed).
            for v in 0..<n {
                degree[v] = Int32(out.offsets[v + 1] - out.offsets[v] + (graph.isDirected ? inc.offsets[v + 1] - inc.offsets[v] : 0))
            }
            graph.sources.withUnsafeBufferPointer { sources in
                graph.targets.withUnsafeBufferPointer { targets in
                    for e in 0..<sources.count where sources[e] == targets[e] { degree[Int(sources[e])] -= 2 }
                }
            }
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
                lowerNeighbours(of: v, rows: out, degree: degree, order: order, position: position, bin: bin)
                if graph.isDirected {
                    lowerNeighbours(of: v, rows: inc, degree: degree, order: order, position: position, bin: bin)
                }
            }
        }
    }
    return degree.map(Int.init)
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
