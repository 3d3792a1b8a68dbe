import SandanGraph

/// Each node's distinct neighbours, direction ignored, self-loops and repeated (parallel or
/// multiplex) edges collapsed: the simple undirected graph under a multiplex graph, which the
/// neighbourhood measures (ego networks, hub dominance, overlap, paths) work on.
///
/// Complexity: O(n + m) time and memory to build; lists are sorted by node index.
struct Neighbourhoods {
    /// `lists[v]`: the distinct neighbours of `v`, in increasing order.
    let lists: [[Int32]]

    init(_ graph: Graph) {
        let n = graph.nodeCount
        var mark = [Int32](repeating: -1, count: n)
        var lists = [[Int32]](repeating: [], count: n)
        for v in 0..<n {
            var list: [Int32] = []
            for row in graph.isDirected ? [graph.successors(of: v), graph.predecessors(of: v)] : [graph.successors(of: v)] {
                for w in row where Int(w) != v && mark[Int(w)] != Int32(v) {
                    mark[Int(w)] = Int32(v)
                    list.append(w)
                }
            }
            lists[v] = list.sorted()
        }
        self.lists = lists
    }

    subscript(v: Int) -> [Int32] { lists[v] }

    /// Whether `u` and `v` are neighbours. O(log degree).
    func areLinked(_ u: Int, _ v: Int) -> Bool {
        let list = lists[u]
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if Int(list[mid]) < v { low = mid + 1 } else { high = mid }
        }
        return low < list.count && Int(list[low]) == v
    }
}

extension Graph {
    /// The text of node attribute `name` for every node (nil where missing, or when the graph
    /// has no such column). O(n).
    func nodeLabels(_ name: String) -> [String?] {
        guard let column = nodeAttributes[name] else { return Array(repeating: nil, count: nodeCount) }
        return (0..<nodeCount).map { column[$0]?.description }
    }
}
