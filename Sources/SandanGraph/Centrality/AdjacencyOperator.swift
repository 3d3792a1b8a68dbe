/// The weighted adjacency matrix A of a graph as a linear operator, for the random-walk and
/// spectral centralities (PageRank, eigenvector, Katz, HITS).
///
/// a_uv is the total weight of the edges u → v (1 per edge when unweighted; parallel edges add
/// up). An undirected edge gives a_uv = a_vu; an undirected self-loop gives a_vv = its weight,
/// counted once, as in NetworkX's `to_scipy_sparse_array` and the matrices its PageRank,
/// eigenvector, Katz and HITS use (the CSR row lists such a loop twice, so each appearance
/// carries half the weight).
///
/// Products pull along rows, so each output entry is written by one thread; with enough rows and
/// arcs they run on contiguous blocks of rows, one per worker of the operator's ``WorkerTeam``,
/// cut so that each block holds about the same number of rows plus arcs (a Barabási–Albert
/// graph's hubs are its first nodes: blocks of equal row counts would leave one thread most arcs).
struct AdjacencyOperator {
    let graph: Graph
    /// The threads of the solve that made the operator; its eigensolver and vector passes use them too.
    let team: WorkerTeam
    /// a_uv for each arc of the in-rows (seen from v) and of the out-rows (seen from u), or
    /// nil when every arc is 1.
    private let inValues: [Double]?
    private let outValues: [Double]?

    /// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
    ///   ``GraphError/invalidWeight(algorithm:edge:weight:)``; thread-count errors.
    init(_ graph: Graph, algorithm: String, threads: Int?) throws(GraphError) {
        self.graph = graph
        let workers = try Parallel.workerCount(threads)
        let weights = try graph.checkedWeights(for: algorithm)
        // Helpers only for products of at least 65,536 rows plus arcs (about 40 µs on one
        // thread): starting a helper costs about 0.1 ms, which a solve of 30 such products
        // repays on two threads; smaller graphs stay on the calling thread.
        let entries = graph.nodeCount + graph.withOutAdjacency { $0.ends.count }
        team = WorkerTeam(threads: entries >= Self.entriesForThreads ? workers : 1)
        let halveLoops = !graph.isDirected && graph.selfLoopCount > 0
        guard weights != nil || halveLoops else {
            inValues = nil
            outValues = nil
            return
        }
        let values = { (rows: AdjacencyBuffers) -> [Double] in
            var values = [Double](repeating: 1, count: rows.ends.count)
            for v in 0..<graph.nodeCount {
                for a in rows.offsets[v]..<rows.offsets[v + 1] {
                    let w = weights?[Int(rows.edges[a])] ?? 1
                    values[a] = halveLoops && Int(rows.ends[a]) == v ? w / 2 : w
                }
            }
            return values
        }
        outValues = graph.withOutAdjacency(values)
        inValues = graph.isDirected ? graph.withInAdjacency(values) : outValues
    }

    var nodeCount: Int { graph.nodeCount }

    /// Row sums of A: the out-strength of each node (an undirected self-loop counted once).
    /// O(n + m), no product.
    var rowSums: [Double] { graph.withOutAdjacency { Self.sums(of: $0, outValues, count: nodeCount) } }

    /// Column sums of A (Aᵀ1): the in-strength of each node. O(n + m), no product.
    var columnSums: [Double] { graph.withInAdjacency { Self.sums(of: $0, inValues, count: nodeCount) } }

    /// Each row's total value: its length when every value is 1.
    private static func sums(of rows: AdjacencyBuffers, _ values: [Double]?, count n: Int) -> [Double] {
        (0..<n).map { v in
            guard let values else { return Double(rows.offsets[v + 1] - rows.offsets[v]) }
            return (rows.offsets[v]..<rows.offsets[v + 1]).reduce(0.0) { $0 + values[$1] }
        }
    }

    /// Whether some entry of A is positive (an edge of positive weight). O(1) unweighted,
    /// O(m) weighted; no product.
    var hasPositiveEntry: Bool { outValues.map { $0.contains { $0 > 0 } } ?? (graph.edgeCount > 0) }

    /// y[v] = finish(v, Σ_{u → v} a_uv x[u]), that is finish applied to (Aᵀx)[v].
    /// O(n + m) work.
    @inline(__always)
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                            finish: (_ v: Int, _ sum: Double) -> Double) {
        graph.withInAdjacency { rows in _ = product(rows, inValues, x, y, finish: finish) }
    }

    /// y = Aᵀx, without a finishing step (the eigensolvers' product). O(n + m) work.
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        graph.withInAdjacency { rows in _ = product(rows, inValues, x, y, identity: true) { _, sum in sum } }
    }

    /// y = Aᵀx, then `afterBlock` on each block of rows right after the block is written (while
    /// it is in cache, on the thread that wrote it), for vector work that would otherwise take a
    /// pass and a job of its own. Returns the sum of what `afterBlock` returns, added in block
    /// order. O(n + m) work plus `afterBlock`'s.
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                            afterBlock: (Range<Int>) -> Double) -> Double {
        withoutActuallyEscaping(afterBlock) { afterBlock in
            graph.withInAdjacency { rows in
                product(rows, inValues, x, y, identity: true, finish: { _, sum in sum }, afterBlock: afterBlock)
            }
        }
    }

    /// y = s·Aᵀx − c·z (without z: y = s·Aᵀx), returning x·y: the product and first dot product
    /// of a Lanczos step (`KrylovEigensolver.LanczosProduct`) in one job, each block's rows
    /// scaled and their part of x·y summed right after the block is written. O(n + m) work.
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, scale s: Double, minus c: Double,
                            _ z: UnsafeBufferPointer<Double>?, into y: UnsafeMutableBufferPointer<Double>) -> Double {
        multiplyTransposed(x, into: y) { block in
            var sum = 0.0
            if let z {
                for v in block {
                    y[v] = s * y[v] - c * z[v]
                    sum += x[v] * y[v]
                }
            } else {
                for v in block {
                    y[v] *= s
                    sum += x[v] * y[v]
                }
            }
            return sum
        }
    }

    /// y[u] = finish(u, Σ_{u → v} a_uv x[v]), that is finish applied to (Ax)[u].
    /// O(n + m) work.
    @inline(__always)
    func multiply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                  finish: (_ u: Int, _ sum: Double) -> Double) {
        graph.withOutAdjacency { rows in _ = product(rows, outValues, x, y, finish: finish) }
    }

    /// Calls `body` with the in-rows (row v lists the arcs u → v) and their values a_uv, nil when
    /// every value is 1.
    func withInRows<R>(_ body: (AdjacencyBuffers, UnsafeBufferPointer<Double>?) -> R) -> R {
        graph.withInAdjacency { rows in
            guard let inValues else { return body(rows, nil) }
            return inValues.withUnsafeBufferPointer { body(rows, $0) }
        }
    }

    /// A block of Aᵀ (`transposed`: row v holds a_uv for the arcs u → v) or of A (row u holds
    /// a_uv for u → v), with the given rows in that order and the other end u mapped to a column
    /// by `column(u)`; a negative column leaves the entry out. O(arcs of the rows).
    func block(rows: [Int], transposed: Bool, columns: Int, column: (Int) -> Int32) -> SparseBlock {
        var offsets = [0], ends: [Int32] = [], values: [Double] = []
        func fill(_ adjacency: AdjacencyBuffers, _ weights: [Double]?) {
            for v in rows {
                for a in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                    let c = column(Int(adjacency.ends[a]))
                    guard c >= 0 else { continue }
                    ends.append(c)
                    values.append(weights?[a] ?? 1)
                }
                offsets.append(ends.count)
            }
        }
        if transposed { graph.withInAdjacency { fill($0, inValues) } } else { graph.withOutAdjacency { fill($0, outValues) } }
        return SparseBlock(columnCount: columns, offsets: offsets, columns: ends, values: values, team: team)
    }

    /// The rows plus arcs a block of a product holds at least (about 5 µs of work): shorter
    /// products run on the calling thread.
    static let entriesPerBlock = 8_192

    /// Blocks of a product per worker: rows of unequal length cost unequally per row plus arc,
    /// and the workers' claims on smaller blocks even that out.
    static let blocksPerWorker = 4

    /// The rows plus arcs from which the operator's team has helper threads.
    static let entriesForThreads = 1 << 16

    /// The product along rows, on the team's workers when the rows plus arcs fill at least two
    /// blocks of ``entriesPerBlock``; each block's rows hold about the same number of rows plus
    /// arcs. `afterBlock`, when given, runs on each block's rows right after they are written
    /// (while they are in cache); the sum of what it returns, added in block order, is returned
    /// (else 0). Each row is summed with two accumulators (even and odd arcs; four when unweighted),
    /// which shortens the chain of dependent additions. `identity` skips the call to `finish`
    /// (a closure call per row costs up to a third of a product on short rows).
    @inline(__always)
    private func product(_ rows: AdjacencyBuffers, _ values: [Double]?, _ x: UnsafeBufferPointer<Double>,
                         _ y: UnsafeMutableBufferPointer<Double>, identity: Bool = false,
                         finish: (Int, Double) -> Double, afterBlock: ((Range<Int>) -> Double)? = nil) -> Double {
        let offsets = rows.offsets, ends = rows.ends
        let n = nodeCount
        let bounds = balancedRowBounds(offsets, rows: n)
        var totals = [Double](repeating: 0, count: afterBlock == nil ? 0 : bounds.count - 1)
        return (values ?? []).withUnsafeBufferPointer { weight in
            let weighted = values != nil
            func sumRows(_ block: Range<Int>) {
                // Local copies: the stores into y cannot then be taken to change them.
                let offsets = offsets, ends = ends, x = x, y = y, weight = weight
                for v in block {
                    var a = offsets[v], even = 0.0, odd = 0.0
                    let end = offsets[v + 1]
                    if weighted {
                        while a + 1 < end {
                            even += weight[a] * x[Int(ends[a])]
                            odd += weight[a + 1] * x[Int(ends[a + 1])]
                            a += 2
                        }
                        if a < end { even += weight[a] * x[Int(ends[a])] }
                    } else {
                        var third = 0.0, fourth = 0.0
                        while a + 3 < end {
                            even += x[Int(ends[a])]
                            odd += x[Int(ends[a + 1])]
                            third += x[Int(ends[a + 2])]
                            fourth += x[Int(ends[a + 3])]
                            a += 4
                        }
                        while a < end {
                            even += x[Int(ends[a])]
                            a += 1
                        }
                        even += third + fourth
                    }
                    y[v] = identity ? even + odd : finish(v, even + odd)
                }
            }
            return totals.withUnsafeMutableBufferPointer { totals in
                team.run(units: bounds.count - 1) { b in
                    sumRows(bounds[b]..<bounds[b + 1])
                    if let afterBlock { totals[b] = afterBlock(bounds[b]..<bounds[b + 1]) }
                }
                return totals.reduce(0, +)
            }
        }
    }

    /// Row bounds cutting `0..<rows` into ``blocksPerWorker`` blocks per worker (fewer when there
    /// are fewer than ``entriesPerBlock`` rows plus arcs per block; one without helpers), each
    /// with about the same rows plus arcs: block b ends at the first row v where v + offsets[v]
    /// reaches b/blocks of the total. O(blocks · log n).
    private func balancedRowBounds(_ offsets: RowOffsets, rows n: Int) -> [Int] {
        let total = n + offsets[n]
        let blocks = team.size == 1 ? 1 : max(1, min(Self.blocksPerWorker * team.size, total / Self.entriesPerBlock))
        guard blocks > 1 else { return [0, n] }
        var bounds = [0]
        for b in 1..<blocks {
            let target = total * b / blocks
            var low = bounds.last!, high = n     // the first v with v + offsets[v] ≥ target
            while low < high {
                let middle = (low + high) / 2
                if middle + offsets[middle] < target { low = middle + 1 } else { high = middle }
            }
            bounds.append(low)
        }
        bounds.append(n)
        return bounds
    }
}
