/// What one single-source search says about a node's distances: enough for closeness,
/// harmonic centrality, eccentricity, average path length and efficiency.
struct DistanceTally: Sendable {
    /// Nodes reached, the source included.
    var reached: Int = 0
    /// Σ d over the reached nodes.
    var sum: Double = 0
    /// Σ 1/d over the reached nodes with d > 0.
    var reciprocalSum: Double = 0
    /// The largest d over the reached nodes.
    var farthest: Double = 0

    @inline(__always)
    mutating func add(_ d: Double) {
        reached += 1
        sum += d
        if d > 0 { reciprocalSum += 1 / d }
        if d > farthest { farthest = d }
    }
}

/// One search from every node (in parallel), each summarised as a ``DistanceTally``.
///
/// Unweighted graphs use bit-parallel breadth-first search (``BitParallelHopSweep``): 64
/// sources at a time share one traversal. Weighted graphs run Dijkstra from each source.
///
/// - Parameters:
///   - direction: `.outgoing` for distances from each node, `.incoming` for distances to it.
///   - algorithm: the name for weight errors.
///   - progress: hears the searched sources (n in all), once per source or batch of 64.
/// - Returns: `result[v]` summarises the search from `v`.
/// - Throws: weight errors (the graph's weights are lengths), invalid thread counts.
/// - Complexity: O(n m) unweighted (in practice far less: a batch of 64 sources visits an arc
///   about once per distinct distance level, not once per source), O(n m log n) weighted;
///   O(n) space per worker.
func distanceTallies(_ graph: Graph, direction: SearchDirection, threads: Int?,
                     algorithm: String, progress: ProgressHandler? = nil) throws(GraphError) -> [DistanceTally] {
    let n = graph.nodeCount
    let threads = try Parallel.workerCount(threads)
    let lengths = try graph.arcLengths(for: algorithm, incoming: direction == .incoming)
    var tallies = [DistanceTally](repeating: DistanceTally(), count: n)
    let opposite: SearchDirection = direction == .outgoing ? .incoming : .outgoing
    let counter = ProgressCounter(total: n, handler: progress)
    tallies.withUnsafeMutableBufferPointer { out in
        graph.withRows(direction) { rows in
            graph.withRows(opposite) { reverseRows in
                if let lengths {
                    lengths.withUnsafeBufferPointer { arcLengths in
                        _ = Parallel.run(count: n, threads: threads, makeWorker: { _ in LengthSearch(nodeCount: n) }) { search, items in
                            for s in items {
                                var tally = DistanceTally()
                                search.run(from: s, rows: rows, lengths: arcLengths) { _, _, _, _ in }
                                search.forEachReached { _, d in tally.add(d) }
                                out[s] = tally
                            }
                            counter.advance(by: items.count)
                        }
                    }
                } else {
                    let batches = (n + 63) / 64
                    _ = Parallel.run(count: batches, threads: threads, makeWorker: { _ in BitParallelHopSweep(nodeCount: n) }) { sweep, items in
                        for batch in items {
                            let sources = batch * 64..<min(n, batch * 64 + 64)
                            sweep.run(sources: sources, rows: rows, reverseRows: reverseRows, into: out)
                            counter.advance(by: sources.count)
                        }
                    }
                }
            }
        }
    }
    return tallies
}

/// Breadth-first search from up to 64 sources at once, with one bit per source in a 64-bit
/// word per node (multi-source BFS, Then et al. 2014, doi:10.14778/2735496.2735507).
///
/// Each level either pushes the frontier's bits along its arcs (when the frontier is small)
/// or lets every node not yet reached by all sources pull them from its in-neighbours (when it
/// is large), as direction-optimising BFS does (Beamer, Asanović & Patterson 2012,
/// doi:10.1109/SC.2012.50). The words replace 64 separate searches' visited checks with bitwise
/// operations, and an arc is followed once per level at which any source's frontier crosses
/// it instead of once per source. Scratch: three words and two list slots per node, allocated
/// once per worker.
final class BitParallelHopSweep {
    private let nodeCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>
    private let frontierList: UnsafeMutablePointer<Int32>
    private let nextList: UnsafeMutablePointer<Int32>
    private let memory: ScratchMemory

    init(nodeCount n: Int) {
        nodeCount = n
        let capacity = max(1, n)
        var layout = ScratchLayout()
        let seenSlot = layout.add(UInt64.self, count: n), frontierSlot = layout.add(UInt64.self, count: n)
        let nextSlot = layout.add(UInt64.self, count: n)
        let frontierListSlot = layout.add(Int32.self, count: n), nextListSlot = layout.add(Int32.self, count: n)
        memory = ScratchMemory(layout)
        seen = memory.pointer(seenSlot)
        seen.initialize(repeating: 0, count: capacity)
        frontier = memory.pointer(frontierSlot)
        frontier.initialize(repeating: 0, count: capacity)
        next = memory.pointer(nextSlot)
        next.initialize(repeating: 0, count: capacity)
        frontierList = memory.pointer(frontierListSlot)
        nextList = memory.pointer(nextListSlot)
    }

    /// Searches from `sources` (at most 64 consecutive nodes) along `rows`, whose reverse is
    /// `reverseRows`, and writes each source's tally to `out[source]`.
    func run(sources: Range<Int>, rows: AdjacencyBuffers, reverseRows: AdjacencyBuffers,
             into out: UnsafeMutableBufferPointer<DistanceTally>) {
        let n = nodeCount
        let seen = seen, frontier = frontier, next = next
        var frontierList = frontierList, nextList = nextList
        let offsets = rows.offsets, ends = rows.ends
        let reverseOffsets = reverseRows.offsets, reverseEnds = reverseRows.ends
        let arcCount = ends.count
        let all: UInt64 = sources.count == 64 ? ~0 : (1 << UInt64(sources.count)) - 1
        var tallies = [DistanceTally](repeating: DistanceTally(), count: sources.count)
        var levelCounts = [Int](repeating: 0, count: sources.count)
        var frontierCount = 0
        var frontierArcs = 0
        for (bit, s) in sources.enumerated() {
            seen[s] = 1 << UInt64(bit)
            frontier[s] = 1 << UInt64(bit)
            frontierList[frontierCount] = Int32(s)
            frontierCount += 1
            frontierArcs += offsets[s + 1] - offsets[s]
            tallies[bit].reached = 1
        }
        var level = 0
        while frontierCount > 0 {
            level += 1
            var nextCount = 0
            if frontierArcs * 8 > arcCount {
                // Pull: every node some source has not reached gathers its in-neighbours' bits.
                for v in 0..<n {
                    let wanted = all & ~seen[v]
                    if wanted == 0 { continue }
                    var gathered: UInt64 = 0
                    for a in reverseOffsets[v]..<reverseOffsets[v + 1] {
                        gathered |= frontier[Int(reverseEnds[a])]
                        if gathered & wanted == wanted { break }
                    }
                    let fresh = gathered & wanted
                    if fresh != 0 {
                        next[v] = fresh
                        nextList[nextCount] = Int32(v)
                        nextCount += 1
                    }
                }
            } else {
                // Push: the frontier's bits flow along its arcs.
                for i in 0..<frontierCount {
                    let v = Int(frontierList[i])
                    let bits = frontier[v]
                    for a in offsets[v]..<offsets[v + 1] {
                        let w = Int(ends[a])
                        let fresh = bits & ~seen[w]
                        if fresh != 0 {
                            if next[w] == 0 {
                                nextList[nextCount] = Int32(w)
                                nextCount += 1
                            }
                            next[w] |= fresh
                        }
                    }
                }
            }
            for i in 0..<frontierCount { frontier[Int(frontierList[i])] = 0 }
            frontierArcs = 0
            for i in 0..<nextCount {
                let w = Int(nextList[i])
                var fresh = next[w]
                next[w] = 0
                seen[w] |= fresh
                frontier[w] = fresh
                frontierArcs += offsets[w + 1] - offsets[w]
                while fresh != 0 {
                    levelCounts[fresh.trailingZeroBitCount] += 1
                    fresh &= fresh - 1
                }
            }
            let d = Double(level)
            for bit in 0..<sources.count where levelCounts[bit] > 0 {
                let c = Double(levelCounts[bit])
                tallies[bit].reached += levelCounts[bit]
                tallies[bit].sum += c * d
                tallies[bit].reciprocalSum += c / d
                tallies[bit].farthest = d
                levelCounts[bit] = 0
            }
            swap(&frontierList, &nextList)
            frontierCount = nextCount
        }
        for (bit, s) in sources.enumerated() { out[s] = tallies[bit] }
        seen.update(repeating: 0, count: n)
    }
}
