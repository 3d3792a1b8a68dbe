/// Connected components.
///
/// `weaklyConnectedComponents` labels each node with its component (undirected graphs:
/// connected components; directed: weak components, ignoring direction). Labels are 0-based
/// and numbered in order of each component's smallest node index, so they are stable.
/// Self-loops and parallel edges do not matter. Isolated nodes are components of their own.
///
/// Complexity: O(n + m) time, O(n) extra space; iterative breadth-first search (no recursion).
/// Agrees with NetworkX `connected_components` / `weakly_connected_components` and igraph
/// `connected_components(mode="weak")` up to the numbering of labels.
public struct Components: Sendable, Equatable {
    /// For each node, its component label in `0..<count`.
    public let labels: [Int32]
    /// The number of components.
    public let count: Int
    /// The size of each component.
    public let sizes: [Int]

    /// The label of the largest component (the smallest label among equals), or nil when the
    /// graph has no nodes.
    public var largest: Int? { sizes.indices.max { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) } }

    /// The nodes of component `label`, in increasing order.
    public func members(of label: Int) -> [Int] { labels.indices.filter { labels[$0] == label } }

    init(labels: [Int32], count: Int) {
        self.labels = labels
        self.count = count
        var sizes = [Int](repeating: 0, count: count)
        for l in labels { sizes[Int(l)] += 1 }
        self.sizes = sizes
    }
}

/// Weakly connected components of `graph` (connected components when undirected). O(n + m).
public func weaklyConnectedComponents(_ graph: Graph) -> Components {
    let n = graph.nodeCount
    var labels = [Int32](repeating: -1, count: n)
    var count: Int32 = 0
    let queue = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, n))
    defer { queue.deallocate() }
    labels.withUnsafeMutableBufferPointer { label in
        graph.withOutAdjacency { out in
            graph.withInAdjacency { inc in
                // Undirected graphs have one set of rows; directed ones are searched both ways.
                let rowSets = graph.isDirected ? [out, inc] : [out]
                for start in 0..<n where label[start] < 0 {
                    label[start] = count
                    queue[0] = Int32(start)
                    var head = 0, tail = 1
                    while head < tail {
                        let u = Int(queue[head])
                        head += 1
                        for rows in rowSets {
                            for a in rows.offsets[u]..<rows.offsets[u + 1] {
                                let v = Int(rows.ends[a])
                                if label[v] < 0 {
                                    label[v] = count
                                    queue[tail] = Int32(v)
                                    tail += 1
                                }
                            }
                        }
                    }
                    count += 1
                }
            }
        }
    }
    return Components(labels: labels, count: Int(count))
}
