/// Read-only unsafe views of a graph's rows, for algorithm kernels inside this package (other
/// code reads rows through ``Graph/successors(of:)`` and ``Graph/predecessors(of:)``).
///
/// Valid only inside the closure that receives it; never escape the buffers. Arcs of node `v`
/// are `offsets[v]..<offsets[v+1]` of `ends` and `edges`.
package struct AdjacencyBuffers {
    package let offsets: RowOffsets
    package let ends: UnsafeBufferPointer<Int32>
    package let edges: UnsafeBufferPointer<Int32>
}

/// Row offsets as `Int`, stored in 32 bits (a graph has fewer than 2³¹ edges, so fewer than
/// 2³² arcs): `offsets[v]` is where node `v`'s row starts; `nodeCount + 1` entries.
package struct RowOffsets {
    @usableFromInline let storage: UnsafeBufferPointer<UInt32>

    init(_ storage: UnsafeBufferPointer<UInt32>) { self.storage = storage }

    /// Where row `v` starts (and row `v − 1` ends). O(1).
    @inlinable package subscript(v: Int) -> Int { Int(storage[v]) }

    /// The number of entries: `nodeCount + 1`.
    @inlinable package var count: Int { storage.count }
}

extension Graph {
    /// Calls `body` with the out-rows (all incident arcs, for undirected graphs).
    package func withOutAdjacency<R>(_ body: (AdjacencyBuffers) throws -> R) rethrows -> R {
        try outOffsets.withUnsafeBufferPointer { o in
            try outTargets.withUnsafeBufferPointer { t in
                try outEdges.withUnsafeBufferPointer { e in
                    try body(AdjacencyBuffers(offsets: RowOffsets(o), ends: t, edges: e))
                }
            }
        }
    }

    /// Calls `body` with the in-rows (the same as the out-rows for undirected graphs).
    package func withInAdjacency<R>(_ body: (AdjacencyBuffers) throws -> R) rethrows -> R {
        guard isDirected else { return try withOutAdjacency(body) }
        return try inOffsets.withUnsafeBufferPointer { o in
            try inSources.withUnsafeBufferPointer { t in
                try inEdges.withUnsafeBufferPointer { e in
                    try body(AdjacencyBuffers(offsets: RowOffsets(o), ends: t, edges: e))
                }
            }
        }
    }
}
