/// A graph's ties as a simple, symmetric adjacency: for every node, its distinct neighbours
/// (in either direction, itself excluded) in increasing order, with the weight of the tie each
/// way. The structure measures (clustering, Burt's measures, brokerage, roles, core–periphery)
/// read ties through it.
///
/// - Row `v` holds positions `offsets[v]..<offsets[v+1]` of `neighbours`, `outWeight`,
///   `inWeight` and `arcs`: the neighbour `u`, the weight a_vu of the tie v→u, the weight a_uv
///   of the tie u→v, and which of the two arcs exist (``outArc``, ``inArc``; a weight can be 0
///   on an existing arc). For undirected graphs both weights are the edge weight (the two
///   arrays share storage) and both arcs exist; for directed graphs a missing direction has
///   weight 0.
/// - Parallel edges are merged: a weighted graph sums their weights, an unweighted graph keeps
///   weight 1 for a tie however many edges make it (a 0/1 adjacency).
/// - Self-loops are left out.
///
/// Building is O(n + m) time (one counting-sort pass, no comparison sort) and keeps
/// O(n + m) memory: 4 bytes per neighbour entry and 8 per weight.
struct SimpleAdjacency {
    let isDirected: Bool
    let offsets: [Int]
    let neighbours: [Int32]
    let outWeight: [Double]
    let inWeight: [Double]
    let arcs: [UInt8]

    /// Bit of ``arcs``: the row's node has an arc to the neighbour.
    static let outArc: UInt8 = 1
    /// Bit of ``arcs``: the neighbour has an arc to the row's node.
    static let inArc: UInt8 = 2

    var nodeCount: Int { offsets.count - 1 }
    /// The number of distinct neighbours of `v`.
    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    /// The positions of `v`'s row.
    func row(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// The simple adjacency of `graph`, using its ``Graph/weights`` when `useWeights` holds.
    ///
    /// - Throws: ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a non-finite weight,
    ///   ``GraphError/negativeWeight(algorithm:edge:weight:)`` for a negative one (both named
    ///   after `algorithm`).
    init(_ graph: Graph, useWeights: Bool, algorithm: String) throws(GraphError) {
        let weights = useWeights ? graph.weights : nil
        if let weights {
            for (e, w) in weights.enumerated() {
                guard w.isFinite else { throw .invalidWeight(algorithm: algorithm, edge: e, weight: w) }
                guard w >= 0 else { throw .negativeWeight(algorithm: algorithm, edge: e, weight: w) }
            }
        }
        let n = graph.nodeCount
        let directed = graph.isDirected
        // Row v gathers, in increasing order of u, one entry per arc between u and v (u ≠ v):
        // walking u upwards and dropping each of u's arcs into the row of its far end v yields
        // every row already sorted by neighbour (a counting sort), with duplicates adjacent.
        var start = [Int](repeating: 0, count: n + 1)
        graph.withOutAdjacency { out in
            graph.withInAdjacency { inc in
                for u in 0..<n {
                    for a in out.offsets[u]..<out.offsets[u + 1] where Int(out.ends[a]) != u { start[Int(out.ends[a]) + 1] += 1 }
                    if directed {
                        for a in inc.offsets[u]..<inc.offsets[u + 1] where Int(inc.ends[a]) != u { start[Int(inc.ends[a]) + 1] += 1 }
                    }
                }
            }
        }
        for v in 0..<n { start[v + 1] += start[v] }
        let entries = start[n]
        var cursor = start
        var raw = [Int32](repeating: 0, count: entries)
        var rawOut = [Double](repeating: 0, count: entries)
        var rawIn = directed ? [Double](repeating: 0, count: entries) : []
        var rawArcs = [UInt8](repeating: SimpleAdjacency.outArc | SimpleAdjacency.inArc, count: entries)
        graph.withOutAdjacency { out in
            graph.withInAdjacency { inc in
                for u in 0..<n {
                    for a in out.offsets[u]..<out.offsets[u + 1] {
                        let v = Int(out.ends[a])
                        guard v != u else { continue }
                        let w = weights?[Int(out.edges[a])] ?? 1
                        raw[cursor[v]] = Int32(u)
                        // In row v the arc u→v is an incoming tie (undirected: the edge).
                        if directed {
                            rawIn[cursor[v]] = w
                            rawArcs[cursor[v]] = SimpleAdjacency.inArc
                        } else {
                            rawOut[cursor[v]] = w
                        }
                        cursor[v] += 1
                    }
                    guard directed else { continue }
                    for a in inc.offsets[u]..<inc.offsets[u + 1] {
                        let v = Int(inc.ends[a])
                        guard v != u else { continue }
                        raw[cursor[v]] = Int32(u)
                        rawOut[cursor[v]] = weights?[Int(inc.edges[a])] ?? 1  // v→u leaves v
                        rawArcs[cursor[v]] = SimpleAdjacency.outArc
                        cursor[v] += 1
                    }
                }
            }
        }
        // Merge adjacent duplicates in place; an unweighted tie weighs 1 however many edges make it.
        var offsets = [Int](repeating: 0, count: n + 1)
        var kept = 0
        for v in 0..<n {
            offsets[v] = kept
            var p = start[v]
            while p < start[v + 1] {
                let u = raw[p]
                var wOut = rawOut[p], wIn = directed ? rawIn[p] : 0, arcs = rawArcs[p]
                p += 1
                while p < start[v + 1], raw[p] == u {
                    wOut += rawOut[p]
                    if directed { wIn += rawIn[p] }
                    arcs |= rawArcs[p]
                    p += 1
                }
                if weights == nil {
                    wOut = arcs & SimpleAdjacency.outArc != 0 ? 1 : 0
                    wIn = arcs & SimpleAdjacency.inArc != 0 ? 1 : 0
                }
                raw[kept] = u
                rawOut[kept] = wOut
                rawArcs[kept] = arcs
                if directed { rawIn[kept] = wIn }
                kept += 1
            }
        }
        offsets[n] = kept
        raw.removeLast(entries - kept)
        rawOut.removeLast(entries - kept)
        rawArcs.removeLast(entries - kept)
        if directed { rawIn.removeLast(entries - kept) }
        self.isDirected = directed
        self.offsets = offsets
        self.neighbours = raw
        self.outWeight = rawOut
        self.inWeight = directed ? rawIn : rawOut
        self.arcs = rawArcs
    }

    /// Calls `body` with unsafe views of the rows; valid only inside `body`.
    func withBuffers<R>(_ body: (SimpleAdjacencyBuffers) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try neighbours.withUnsafeBufferPointer { nb in
                try outWeight.withUnsafeBufferPointer { ow in
                    try inWeight.withUnsafeBufferPointer { iw in
                        try arcs.withUnsafeBufferPointer { ar in
                            try body(SimpleAdjacencyBuffers(offsets: o, neighbours: nb, outWeight: ow, inWeight: iw, arcs: ar))
                        }
                    }
                }
            }
        }
    }
}

/// Unsafe read-only views of a ``SimpleAdjacency`` for hot loops, with the common-neighbour
/// kernel of Burt's measures.
struct SimpleAdjacencyBuffers {
    let offsets: UnsafeBufferPointer<Int>
    let neighbours: UnsafeBufferPointer<Int32>
    let outWeight: UnsafeBufferPointer<Double>
    let inWeight: UnsafeBufferPointer<Double>
    let arcs: UnsafeBufferPointer<UInt8>

    @inline(__always) func row(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// The position of `u` in the row of `v`, or nil. O(log deg v).
    @inline(__always) func position(of u: Int32, inRowOf v: Int) -> Int? {
        var low = offsets[v], high = offsets[v + 1]
        while low < high {
            let mid = (low + high) >> 1
            if neighbours[mid] < u { low = mid + 1 } else { high = mid }
        }
        return low < offsets[v + 1] && neighbours[low] == u ? low : nil
    }

    /// Writes into `mark` the position in `i`'s row of each neighbour of `i` (other entries of
    /// `mark` must be -1). Undo with ``unmarkRow(of:in:)``.
    @inline(__always) func markRow(of i: Int, in mark: UnsafeMutableBufferPointer<Int>) {
        for p in row(i) { mark[Int(neighbours[p])] = p }
    }

    /// Resets the entries ``markRow(of:in:)`` wrote.
    @inline(__always) func unmarkRow(of i: Int, in mark: UnsafeMutableBufferPointer<Int>) {
        for p in row(i) { mark[Int(neighbours[p])] = -1 }
    }

    /// Calls `body(q, iq, jq)` for every common neighbour q of `i` and `j`, where `iq` and `jq`
    /// are q's positions in the rows of `i` and `j`. `i`'s row must be marked in `mark`.
    ///
    /// Walks the shorter of the two rows: `j`'s row against the marks when it is no longer than
    /// `i`'s, else `i`'s row with a binary search in `j`'s. Summed over the edges of a graph this
    /// is O(Σ min(deg i, deg j) · log Δ), at most O(m^1.5 log Δ), instead of the O(Σ deg²) of
    /// marking alone (a star's hub would otherwise cost its degree once per leaf).
    @inline(__always) func forEachCommonNeighbour(
        of i: Int, and j: Int, mark: UnsafeMutableBufferPointer<Int>, _ body: (Int, Int, Int) -> Void
    ) {
        let jRow = row(j), iRow = row(i)
        if jRow.count <= iRow.count {
            for jq in jRow {
                let q = Int(neighbours[jq])
                let iq = mark[q]
                if iq >= 0 { body(q, iq, jq) }
            }
        } else {
            for iq in iRow {
                let q = neighbours[iq]
                guard Int(q) != j, let jq = position(of: q, inRowOf: j) else { continue }
                body(Int(q), iq, jq)
            }
        }
    }
}

extension SimpleAdjacency {
    /// The value `body(i, rows, mark)` for every node i, computed across `threads` workers,
    /// with i's row marked in `mark` (see ``SimpleAdjacencyBuffers/markRow(of:in:)``) so that
    /// `body` can walk common neighbours. Each worker allocates its O(n) scratch once.
    func mapNodesWithMarkedRow(
        threads: Int, _ body: (Int, SimpleAdjacencyBuffers, UnsafeMutableBufferPointer<Int>) -> Double
    ) -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        withBuffers { rows in
            result.withUnsafeMutableBufferPointer { out in
                _ = Parallel.run(count: n, threads: threads, chunkSize: Parallel.nodeChunkSize(n, threads),
                                 makeWorker: { _ in [Int](repeating: -1, count: n) }) { mark, range in
                    mark.withUnsafeMutableBufferPointer { mark in
                        for i in range {
                            rows.markRow(of: i, in: mark)
                            out[i] = body(i, rows, mark)
                            rows.unmarkRow(of: i, in: mark)
                        }
                    }
                }
            }
        }
        return result
    }
}
