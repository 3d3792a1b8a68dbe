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
/// arcs they run on contiguous blocks in parallel (``Parallel/forEachBlock(count:threads:parallelThreshold:body:)``).
struct AdjacencyOperator {
    let graph: Graph
    let threads: Int
    /// a_uv for each arc of the in-rows (seen from v) and of the out-rows (seen from u), or
    /// nil when every arc is 1.
    private let inValues: [Double]?
    private let outValues: [Double]?

    /// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
    ///   ``GraphError/invalidWeight(algorithm:edge:weight:)``; thread-count errors.
    init(_ graph: Graph, algorithm: String, threads: Int?) throws(GraphError) {
        self.graph = graph
        self.threads = try Parallel.workerCount(threads)
        let weights = try graph.checkedWeights(for: algorithm)
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
    var rowSums: [Double] {
        let ones = [Double](repeating: 1, count: nodeCount)
        var sums = [Double](repeating: 0, count: nodeCount)
        ones.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { y in multiply(x, into: y) { _, s in s } }
        }
        return sums
    }

    /// Whether some entry of A is positive (an edge of positive weight). O(1) unweighted,
    /// O(m) weighted; no product.
    var hasPositiveEntry: Bool { outValues.map { $0.contains { $0 > 0 } } ?? (graph.edgeCount > 0) }

    /// y[v] = finish(v, Σ_{u → v} a_uv x[u]), that is finish applied to (Aᵀx)[v].
    /// O(n + m) work.
    @inline(__always)
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                            finish: (_ v: Int, _ sum: Double) -> Double) {
        graph.withInAdjacency { rows in product(rows, inValues, x, y, finish) }
    }

    /// y = Aᵀx, without a finishing step (the eigensolvers' product). O(n + m) work.
    func multiplyTransposed(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        graph.withInAdjacency { rows in product(rows, inValues, x, y, identity: true) { _, sum in sum } }
    }

    /// y[u] = finish(u, Σ_{u → v} a_uv x[v]), that is finish applied to (Ax)[u].
    /// O(n + m) work.
    @inline(__always)
    func multiply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                  finish: (_ u: Int, _ sum: Double) -> Double) {
        graph.withOutAdjacency { rows in product(rows, outValues, x, y, finish) }
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
        return SparseBlock(columnCount: columns, offsets: offsets, columns: ends, values: values, threads: threads)
    }

    /// The product along rows. Threads share the rows when there are at least 131,072 entries
    /// (rows plus arcs) per thread: below that, starting the threads of every product costs more
    /// than it saves (PageRank and eigenvector on 10,000-node graphs ran slower on two threads
    /// than on one; `Benchmarks/RESULTS.md`). Each row is summed with two accumulators (even and odd
    /// arcs), which halves the chain of dependent additions. `identity` skips the call to
    /// `finish` (a closure call per row costs up to a third of a product on short rows).
    @inline(__always)
    private func product(_ rows: AdjacencyBuffers, _ values: [Double]?, _ x: UnsafeBufferPointer<Double>,
                         _ y: UnsafeMutableBufferPointer<Double>, identity: Bool = false,
                         _ finish: (Int, Double) -> Double) {
        let offsets = rows.offsets, ends = rows.ends
        let n = nodeCount, threshold = max(1, n * 131_072 / max(1, n + ends.count))
        (values ?? []).withUnsafeBufferPointer { weight in
            let weighted = values != nil
            Parallel.forEachBlock(count: n, threads: threads, parallelThreshold: threshold) { block in
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
                        while a + 1 < end {
                            even += x[Int(ends[a])]
                            odd += x[Int(ends[a + 1])]
                            a += 2
                        }
                        if a < end { even += x[Int(ends[a])] }
                    }
                    y[v] = identity ? even + odd : finish(v, even + odd)
                }
            }
        }
    }
}
