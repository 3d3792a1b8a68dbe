/// Breadth-first search: shortest paths counted in hops.
///
/// Visits nodes in order of their hop distance from `source`, following out-arcs
/// (`direction: .outgoing`) or in-arcs (`.incoming`); the first arc that reaches a node becomes
/// its parent.
///
/// - Parameters:
///   - graph: any graph; its weights are ignored (every edge is one hop).
///   - source: the start node index.
///   - direction: which arcs to follow (the same on undirected graphs).
/// - Returns: hop distances (`.infinity` for unreached nodes) and a shortest-path tree.
/// - Throws: ``GraphError/nodeOutOfRange(index:nodeCount:)`` when `source` is not a node.
/// - Complexity: O(n + m) time, O(n) extra space; iterative, no recursion.
///
/// ## Conventions
/// Self-loops and parallel edges change nothing. Agrees with NetworkX
/// `single_source_shortest_path_length` (which leaves out unreached nodes) and igraph
/// `distances(mode="out")` (which gives `inf` for them).
///
/// ## References
/// Moore, E. F. (1959). The shortest path through a maze. *Proc. Int. Symp. Theory of
/// Switching*, 285–292. Cormen et al., *Introduction to Algorithms*, §22.2.
public func breadthFirstSearch(_ graph: Graph, from source: Int,
                               direction: SearchDirection = .outgoing) throws(GraphError) -> ShortestPaths {
    try graph.checkNode(source)
    let n = graph.nodeCount
    let search = HopSearch(nodeCount: n)
    var parents = [Int32](repeating: -1, count: n)
    parents.withUnsafeMutableBufferPointer { parent in
        graph.withRows(direction) { rows in
            search.run(from: source, rows: rows) { v, w, _, first in
                if first { parent[w] = Int32(v) }
            }
        }
    }
    var distances = [Double](repeating: .infinity, count: n)
    search.forEachReached { v, d in distances[v] = Double(d) }
    return ShortestPaths(source: source, direction: direction, distances: distances, parents: parents)
}

/// Scratch for breadth-first searches from many sources, allocated once per worker and cleared
/// in time proportional to the nodes a search reached.
final class HopSearch {
    /// Hop distance of each node from the current source, −1 when not reached.
    let distance: UnsafeMutablePointer<Int32>
    /// The nodes reached, in the order visited (non-decreasing distance); the first `reached`.
    let order: UnsafeMutablePointer<Int32>
    /// How many nodes the last search reached.
    private(set) var reached = 0
    private let memory: ScratchMemory

    init(nodeCount n: Int) {
        var layout = ScratchLayout()
        let distanceSlot = layout.add(Int32.self, count: n), orderSlot = layout.add(Int32.self, count: n)
        memory = ScratchMemory(layout)
        distance = memory.pointer(distanceSlot)
        distance.initialize(repeating: -1, count: max(1, n))
        order = memory.pointer(orderSlot)
    }

    /// Clears the previous search, then searches from `source` along `rows`.
    ///
    /// `onVisit(v)` is called when `v` is taken from the queue, before its arcs;
    /// `onShortestArc(v, w, arc, first)` for every arc `v → w` that lies on a shortest path
    /// (distance of `w` = distance of `v` + 1), in the order `v` is visited; `first` is true for
    /// the arc that discovered `w`. O(reached nodes + their arcs).
    @inline(__always)
    func run(from source: Int, rows: AdjacencyBuffers, onVisit: (_ v: Int) -> Void = { _ in },
             onShortestArc: (_ v: Int, _ w: Int, _ arc: Int, _ first: Bool) -> Void) {
        clear()
        let distance = distance, order = order
        let offsets = rows.offsets, ends = rows.ends
        distance[source] = 0
        order[0] = Int32(source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            onVisit(v)
            let next = distance[v] + 1
            for a in offsets[v]..<offsets[v + 1] {
                let w = Int(ends[a])
                let dw = distance[w]
                if dw < 0 {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                    onShortestArc(v, w, a, true)
                } else if dw == next {
                    onShortestArc(v, w, a, false)
                }
            }
        }
        reached = tail
    }

    /// Calls `body(node, distance)` for each node the last search reached, in visiting order.
    @inline(__always)
    func forEachReached(_ body: (Int, Int32) -> Void) {
        for i in 0..<reached {
            let v = Int(order[i])
            body(v, distance[v])
        }
    }

    /// Resets the distances the last search set. O(reached).
    func clear() {
        for i in 0..<reached { distance[Int(order[i])] = -1 }
        reached = 0
    }
}
