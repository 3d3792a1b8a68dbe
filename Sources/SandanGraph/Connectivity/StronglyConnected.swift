/// Strongly connected components.
///
/// Two nodes are in the same strong component when each can reach the other along directed
/// edges. Labels are 0-based and numbered in order of each component's smallest node index,
/// as ``weaklyConnectedComponents(_:)`` numbers its labels, so they are stable.
///
/// - Parameter graph: any graph. On an undirected graph the strong components are the
///   connected components.
/// - Returns: the components (``Components/labels``, ``Components/count``,
///   ``Components/sizes``).
///
/// ## Complexity
/// O(n + m) time and O(n) extra space: Tarjan's algorithm with an explicit stack of frames
/// (no recursion, so a path of a million nodes is fine).
///
/// ## Conventions
/// - Direction is followed; self-loops and parallel edges do not matter.
/// - Isolated nodes (and nodes on no cycle) are components of their own.
/// - An empty graph has no components.
/// - Agrees with NetworkX `strongly_connected_components` and igraph
///   `connected_components(mode="strong")` up to the numbering of labels.
///
/// ## References
/// Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. *SIAM Journal on
/// Computing* 1(2), 146–160. doi:10.1137/0201010
public func stronglyConnectedComponents(_ graph: Graph) -> Components {
    guard graph.isDirected else { return weaklyConnectedComponents(graph) }
    let n = graph.nodeCount
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int32] = []
    var frameNode: [Int32] = []
    var frameCursor: [Int] = []
    var component = [Int32](repeating: -1, count: n)
    var found: Int32 = 0
    var counter: Int32 = 0
    graph.withOutAdjacency { adj in
        func discover(_ v: Int) {
            index[v] = counter
            low[v] = counter
            counter += 1
            stack.append(Int32(v))
            onStack[v] = true
            frameNode.append(Int32(v))
            frameCursor.append(adj.offsets[v])
        }
        for root in 0..<n where index[root] < 0 {
            discover(root)
            while let top = frameNode.last {
                let v = Int(top)
                let cursor = frameCursor[frameCursor.count - 1]
                if cursor < adj.offsets[v + 1] {
                    frameCursor[frameCursor.count - 1] = cursor + 1
                    let w = Int(adj.ends[cursor])
                    if index[w] < 0 {
                        discover(w)
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frameNode.removeLast()
                frameCursor.removeLast()
                if let parent = frameNode.last { low[Int(parent)] = min(low[Int(parent)], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = found
                        if Int(w) == v { break }
                    }
                    found += 1
                }
            }
        }
    }
    return Components(labels: component.numberedByFirstAppearance(), count: Int(found))
}

extension Array where Element == Int32 {
    /// The same grouping with labels renumbered 0, 1, … in order of first appearance (so label
    /// 0 is the group of element 0). Labels must be in `0..<count`. O(count).
    func numberedByFirstAppearance() -> [Int32] {
        var renumber = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        return map { label in
            if renumber[Int(label)] < 0 { renumber[Int(label)] = next; next += 1 }
            return renumber[Int(label)]
        }
    }
}
