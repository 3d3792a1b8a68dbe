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
    var degree = [Int](repeating: 0, count: n)
    graph.withOutAdjacency { out in
        graph.withInAdjacency { inc in
            for v in 0..<n {
                degree[v] = loopFreeArcs(out, v) + (graph.isDirected ? loopFreeArcs(inc, v) : 0)
            }
            let maxDegree = degree.max() ?? 0
            // bin[d]: the first position of degree-d nodes in `order`; position[v]: v's place.
            var bin = [Int](repeating: 0, count: maxDegree + 2)
            for d in degree { bin[d + 1] += 1 }
            for d in 0...maxDegree { bin[d + 1] += bin[d] }
            var order = [Int32](repeating: 0, count: n)
            var position = [Int](repeating: 0, count: n)
            var next = bin
            for v in 0..<n {
                position[v] = next[degree[v]]
                order[position[v]] = Int32(v)
                next[degree[v]] += 1
            }
            func lower(_ rows: AdjacencyBuffers, around v: Int) {
                for a in rows.offsets[v]..<rows.offsets[v + 1] {
                    let u = Int(rows.ends[a])
                    guard u != v, degree[u] > degree[v] else { continue }
                    // Move u to the front of its bin, then shrink the bin by one.
                    let du = degree[u], pu = position[u], pw = bin[du], w = Int(order[pw])
                    if u != w {
                        order[pu] = Int32(w); position[w] = pu
                        order[pw] = Int32(u); position[u] = pw
                    }
                    bin[du] += 1
                    degree[u] -= 1
                }
            }
            for i in 0..<n {
                let v = Int(order[i])
                lower(out, around: v)
                if graph.isDirected { lower(inc, around: v) }
            }
        }
    }
    return degree
}

/// The number of arcs in row `v` that are not self-loops.
private func loopFreeArcs(_ rows: AdjacencyBuffers, _ v: Int) -> Int {
    var count = 0
    for a in rows.offsets[v]..<rows.offsets[v + 1] where Int(rows.ends[a]) != v { count += 1 }
    return count
}
