/// Biconnected components, articulation points and bridges, from one depth-first search.
///
/// A *biconnected component* (block) is a maximal set of edges in which any two edges lie on a
/// common simple cycle, or a single edge that lies on no cycle. An *articulation point* (cut
/// vertex) is a node whose removal increases the number of connected components; a *bridge*
/// is an edge whose removal does.
public struct BiconnectedComponents: Sendable, Equatable {
    /// For each edge, its block label in `0..<count`, or −1 for a self-loop (a loop lies in no
    /// block). Labels are numbered in order of each block's smallest edge index.
    public let edgeLabels: [Int]
    /// The number of blocks.
    public let count: Int
    /// For each node, whether it is an articulation point.
    public let articulationPoints: [Bool]
    /// For each edge, whether it is a bridge.
    public let bridges: [Bool]

    /// The edges of block `label`, in increasing order.
    public func edges(of label: Int) -> [Int] { edgeLabels.indices.filter { edgeLabels[$0] == label } }
}

/// The biconnected components, articulation points and bridges of `graph`.
///
/// - Parameter graph: any graph; direction is ignored.
/// - Returns: a ``BiconnectedComponents`` value.
///
/// ## Complexity
/// O(n + m) time and O(n + m) extra space: one depth-first search with an explicit stack of
/// frames and a stack of edges (no recursion, so a path of a million nodes is fine).
///
/// ## Conventions
/// - Direction is ignored (the blocks of the underlying undirected graph), as igraph does;
///   NetworkX refuses directed graphs.
/// - Parallel edges: the search skips only the *edge* it arrived by, not every edge to its
///   parent, so a doubled edge lies on a cycle of length two and is **not a bridge**, and its
///   two copies form one block. NetworkX `bridges` on a `MultiGraph` agrees (it skips an edge
///   with more than one copy).
/// - Self-loops are ignored: never bridges, in no block (label −1), and they make no node an
///   articulation point. NetworkX puts a loop into a block; its articulation points and
///   bridges agree with ours.
/// - A root of the search is an articulation point exactly when it has two or more children.
/// - Isolated nodes and empty graphs give no blocks.
///
/// ## References
/// Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
/// manipulation. *Communications of the ACM* 16(6), 372–378. doi:10.1145/362248.362272
public func biconnectedComponents(_ graph: Graph) -> BiconnectedComponents {
    let g = graph.isDirected ? graph.undirected() : graph
    let n = g.nodeCount, m = g.edgeCount
    var discovery = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var parentEdge = [Int32](repeating: -1, count: n)
    var frameNode: [Int32] = []
    var frameCursor: [Int] = []
    var edgeStack: [Int32] = []
    var blockOf = [Int32](repeating: -1, count: m)
    var articulation = [Bool](repeating: false, count: n)
    var bridge = [Bool](repeating: false, count: m)
    var blocks: Int32 = 0
    var clock: Int32 = 0
    g.withOutAdjacency { adj in
        func discover(_ v: Int, via edge: Int32) {
            discovery[v] = clock
            low[v] = clock
            clock += 1
            parentEdge[v] = edge
            frameNode.append(Int32(v))
            frameCursor.append(adj.offsets[v])
        }
        for root in 0..<n where discovery[root] < 0 {
            discover(root, via: -1)
            var rootChildren = 0
            while let top = frameNode.last {
                let v = Int(top)
                let cursor = frameCursor[frameCursor.count - 1]
                if cursor < adj.offsets[v + 1] {
                    frameCursor[frameCursor.count - 1] = cursor + 1
                    let w = Int(adj.ends[cursor]), e = adj.edges[cursor]
                    if w == v || e == parentEdge[v] { continue }
                    if discovery[w] < 0 {
                        edgeStack.append(e)
                        if v == root { rootChildren += 1 }
                        discover(w, via: e)
                    } else if discovery[w] < discovery[v] {
                        low[v] = min(low[v], discovery[w])
                        edgeStack.append(e)
                    }
                    continue
                }
                frameNode.removeLast()
                frameCursor.removeLast()
                guard let parentNode = frameNode.last else { continue }
                let p = Int(parentNode)
                low[p] = min(low[p], low[v])
                if low[v] >= discovery[p] {
                    if p != root { articulation[p] = true }
                    while let e = edgeStack.popLast() {
                        blockOf[Int(e)] = blocks
                        if e == parentEdge[v] { break }
                    }
                    blocks += 1
                    if low[v] > discovery[p] { bridge[Int(parentEdge[v])] = true }
                }
            }
            if rootChildren > 1 { articulation[root] = true }
        }
    }
    // Renumber blocks by their smallest edge index.
    var renumber = [Int32](repeating: -1, count: Int(blocks))
    var next: Int32 = 0
    for e in 0..<m where blockOf[e] >= 0 {
        let b = Int(blockOf[e])
        if renumber[b] < 0 { renumber[b] = next; next += 1 }
        blockOf[e] = renumber[b]
    }
    return BiconnectedComponents(edgeLabels: blockOf.map(Int.init), count: Int(blocks), articulationPoints: articulation, bridges: bridge)
}

/// For each node, whether it is an articulation point (cut vertex) of `graph`: a node whose
/// removal increases the number of connected components. O(n + m) time.
///
/// Direction is ignored; parallel edges and self-loops follow ``biconnectedComponents(_:)``.
/// Agrees with NetworkX `articulation_points` and igraph `articulation_points`.
///
/// Reference: Hopcroft & Tarjan (1973), doi:10.1145/362248.362272.
public func articulationPoints(_ graph: Graph) -> [Bool] { biconnectedComponents(graph).articulationPoints }

/// For each edge, whether it is a bridge of `graph`: an edge whose removal increases the number
/// of connected components. O(n + m) time.
///
/// Direction is ignored. One copy of a doubled edge is not a bridge (NetworkX `bridges` on a
/// `MultiGraph` agrees); a self-loop is never a bridge. See ``biconnectedComponents(_:)``.
///
/// Reference: Hopcroft & Tarjan (1973), doi:10.1145/362248.362272.
public func bridges(_ graph: Graph) -> [Bool] { biconnectedComponents(graph).bridges }
