/// Dijkstra's algorithm: shortest paths with edge weights as lengths.
///
/// Settles nodes in order of their distance from `source`, following out-arcs
/// (`direction: .outgoing`) or in-arcs (`.incoming`), with a 4-ary indexed heap
/// (`IndexedHeap`). The first arc that gives a node its final distance becomes its parent.
///
/// - Parameters:
///   - graph: a graph whose ``Graph/weights`` are the edge lengths (every edge has length 1
///     when the graph is unweighted).
///   - source: the start node index.
///   - direction: which arcs to follow (the same on undirected graphs).
/// - Returns: distances (`.infinity` for unreached nodes) and a shortest-path tree.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` when a weight is negative or not
///   finite (as igraph; NetworkX detects negative cycles only), and
///   ``GraphError/nodeOutOfRange(index:nodeCount:)`` when `source` is not a node.
/// - Complexity: O((n + m) log n) time, O(n + m) extra space.
///
/// ## Conventions
/// Path lengths are sums of weights in path order, compared exactly (as NetworkX; see
/// ``betweennessCentrality(_:options:)`` on ties). Parallel edges: the shortest one counts.
/// Self-loops and zero-length edges are allowed. Agrees with NetworkX
/// `single_source_dijkstra_path_length(weight=…)` and igraph `distances(weights=…)`.
///
/// ## References
/// Dijkstra, E. W. (1959). A note on two problems in connexion with graphs. *Numerische
/// Mathematik* 1, 269–271. doi:10.1007/BF01386390
public func dijkstra(_ graph: Graph, from source: Int,
                     direction: SearchDirection = .outgoing) throws(GraphError) -> ShortestPaths {
    try graph.checkNode(source)
    let n = graph.nodeCount
    let lengths = try graph.arcLengths(for: "Dijkstra", incoming: direction == .incoming)
        ?? [Double](repeating: 1, count: graph.withRows(direction) { $0.ends.count })
    let search = LengthSearch(nodeCount: n)
    var parents = [Int32](repeating: -1, count: n)
    parents.withUnsafeMutableBufferPointer { parent in
        lengths.withUnsafeBufferPointer { length in
            graph.withRows(direction) { rows in
                search.run(from: source, rows: rows, lengths: length) { v, w, _, shorter in
                    if shorter { parent[w] = Int32(v) }
                }
            }
        }
    }
    var distances = [Double](repeating: .infinity, count: n)
    search.forEachReached { v, d in distances[v] = d }
    return ShortestPaths(source: source, direction: direction, distances: distances, parents: parents)
}

/// Scratch for Dijkstra searches from many sources, allocated once per worker and cleared in
/// time proportional to the nodes a search reached.
final class LengthSearch {
    /// Distance of each node from the current source, `.infinity` when not reached.
    let distance: UnsafeMutablePointer<Double>
    /// The settled nodes in settling order (non-decreasing distance); the first `reached`.
    let order: UnsafeMutablePointer<Int32>
    /// Each node's position in `order`, −1 while not settled.
    let rank: UnsafeMutablePointer<Int32>
    private let heap: IndexedHeap
    /// How many nodes the last search settled.
    private(set) var reached = 0

    private let memory: ScratchMemory

    init(nodeCount n: Int) {
        let capacity = max(1, n)
        var layout = ScratchLayout()
        let distanceSlot = layout.add(Double.self, count: n), orderSlot = layout.add(Int32.self, count: n)
        let rankSlot = layout.add(Int32.self, count: n)
        memory = ScratchMemory(layout)
        distance = memory.pointer(distanceSlot)
        distance.initialize(repeating: .infinity, count: capacity)
        order = memory.pointer(orderSlot)
        rank = memory.pointer(rankSlot)
        rank.initialize(repeating: -1, count: capacity)
        heap = IndexedHeap(capacity: n)
    }

    /// Clears the previous search, then searches from `source` along `rows`, with `lengths[a]`
    /// the length of arc `a` (finite, non-negative).
    ///
    /// When a node `v` is settled, `onSettle(v)` is called, then `onArc(v, w, arc, shorter)` for each arc `v → w`
    /// to a node not yet settled whose tentative distance the arc improves (`shorter` true: the
    /// paths found so far for `w` are discarded) or ties exactly (`shorter` false). So the
    /// arcs seen last for each `w` are exactly the last arcs of its shortest paths.
    /// O((reached nodes + their arcs) log n).
    @inline(__always)
    func run(from source: Int, rows: AdjacencyBuffers, lengths: UnsafeBufferPointer<Double>,
             onSettle: (_ v: Int) -> Void = { _ in },
             onArc: (_ v: Int, _ w: Int, _ arc: Int, _ shorter: Bool) -> Void) {
        clear()
        let distance = distance, order = order, rank = rank, heap = heap
        let offsets = rows.offsets, ends = rows.ends
        var settled = 0
        distance[source] = 0
        heap.insertOrDecrease(Int32(source), key: 0)
        while !heap.isEmpty {
            let v = Int(heap.popMin())
            rank[v] = Int32(settled)
            order[settled] = Int32(v)
            settled += 1
            onSettle(v)
            let dv = distance[v]
            for a in offsets[v]..<offsets[v + 1] {
                let w = Int(ends[a])
                if rank[w] >= 0 { continue }
                let candidate = dv + lengths[a]
                let dw = distance[w]
                if candidate < dw {
                    distance[w] = candidate
                    heap.insertOrDecrease(Int32(w), key: candidate)
                    onArc(v, w, a, true)
                } else if candidate == dw {
                    onArc(v, w, a, false)
                }
            }
        }
        reached = settled
    }

    /// Calls `body(node, distance)` for each node the last search settled, in settling order.
    @inline(__always)
    func forEachReached(_ body: (Int, Double) -> Void) {
        for i in 0..<reached {
            let v = Int(order[i])
            body(v, distance[v])
        }
    }

    /// Resets what the last search set. O(reached).
    func clear() {
        for i in 0..<reached {
            let v = Int(order[i])
            distance[v] = .infinity
            rank[v] = -1
        }
        reached = 0
    }
}
