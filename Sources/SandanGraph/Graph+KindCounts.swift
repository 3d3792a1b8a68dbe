extension Graph {
    /// The number of edges of each kind, indexed like ``kinds`` (a kind a view has filtered
    /// away counts 0). O(m), no allocation beyond the result.
    public var edgeCountsByKind: [Int] {
        var counts = [Int](repeating: 0, count: kinds.count)
        if kindIndices.isEmpty {
            if !kinds.isEmpty { counts[0] = edgeCount }
        } else {
            for k in kindIndices { counts[Int(k)] += 1 }
        }
        return counts
    }
}
