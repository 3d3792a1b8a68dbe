import SandanGraph

/// Sums of shortest-path lengths (hops, direction ignored) over all pairs of nodes joined by
/// a path, by a breadth-first search from every node. A small helper for the resilience
/// measures; the general shortest-path algorithms belong to SandanGraph.
///
/// Complexity: O(n (n + m)) time, O(n) scratch allocated once; no recursion.
struct PathLengths {
    /// Σ d(u, v) over ordered pairs u ≠ v with a path.
    let total: Int
    /// The number of such ordered pairs.
    let pairs: Int

    init(_ neighbours: Neighbourhoods) {
        let n = neighbours.lists.count
        var distance = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var total = 0, pairs = 0
        for s in 0..<n {
            distance[s] = 0
            queue[0] = Int32(s)
            var head = 0, tail = 1
            while head < tail {
                let u = Int(queue[head]); head += 1
                for w in neighbours[u] where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[u] + 1
                    total += Int(distance[u] + 1)
                    queue[tail] = w; tail += 1
                }
            }
            pairs += tail - 1
            for i in 0..<tail { distance[Int(queue[i])] = -1 }
        }
        self.total = total
        self.pairs = pairs
    }

    /// The mean shortest-path length over connected ordered pairs (igraph's
    /// `average_path_length(unconn=True)`); nil when no two nodes are joined.
    var mean: Double? { pairs == 0 ? nil : Double(total) / Double(pairs) }
}
