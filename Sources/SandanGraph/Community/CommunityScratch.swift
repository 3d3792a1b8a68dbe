/// Scratch buffers of the community kernels, allocated once for the largest level (the input
/// graph) and reused by every level, so that the inner loops allocate nothing.
final class CommunityScratch {
    let capacity: Int
    /// Whether the in-totals are kept apart (directed); undirected, ``communityIn`` is
    /// ``communityOut`` itself, so updates must touch it once.
    let isDirected: Bool
    /// The community of each node of the current level.
    let community: UnsafeMutableBufferPointer<Int32>
    /// Summed out- and in-strength of each community (the same buffer when undirected).
    let communityOut: UnsafeMutableBufferPointer<Double>
    let communityIn: UnsafeMutableBufferPointer<Double>
    /// The number of nodes in each community.
    let communitySize: UnsafeMutableBufferPointer<Int32>
    /// The weight from the node being moved to each community; −1 when untouched.
    let gathered: UnsafeMutableBufferPointer<Double>
    /// The communities touched while gathering, in order.
    let touched: UnsafeMutableBufferPointer<Int32>
    /// A visiting order, or the queue of the fast local moves.
    let order: UnsafeMutableBufferPointer<Int32>
    /// A stack of empty community labels.
    let stack: UnsafeMutableBufferPointer<Int32>
    /// Whether each node is in the queue.
    let queued: UnsafeMutableBufferPointer<Bool>
    /// A map from labels to positions; −1 between uses.
    let position: UnsafeMutableBufferPointer<Int>
    private let memory: ScratchMemory

    init(capacity n: Int, directed: Bool) {
        capacity = n
        isDirected = directed
        var layout = ScratchLayout()
        let communitySlot = layout.add(Int32.self, count: n)
        let outSlot = layout.add(Double.self, count: n), inSlot = directed ? layout.add(Double.self, count: n) : nil
        let sizeSlot = layout.add(Int32.self, count: n), gatheredSlot = layout.add(Double.self, count: n)
        let touchedSlot = layout.add(Int32.self, count: n), orderSlot = layout.add(Int32.self, count: n)
        let stackSlot = layout.add(Int32.self, count: n), queuedSlot = layout.add(Bool.self, count: n)
        let positionSlot = layout.add(Int.self, count: n)
        memory = ScratchMemory(layout)
        community = memory.buffer(communitySlot)
        communityOut = memory.buffer(outSlot)
        communityIn = inSlot.map(memory.buffer) ?? communityOut
        communitySize = memory.buffer(sizeSlot)
        gathered = memory.buffer(gatheredSlot)
        touched = memory.buffer(touchedSlot)
        order = memory.buffer(orderSlot)
        stack = memory.buffer(stackSlot)
        queued = memory.buffer(queuedSlot)
        position = memory.buffer(positionSlot)
        gathered.initialize(repeating: -1)
        position.initialize(repeating: -1)
    }

    /// Puts every node of `net` in a community of its own.
    func startSingletons(_ net: ModularityNetwork) {
        for v in 0..<net.nodeCount { community[v] = Int32(v) }
        recomputeTotals(net)
    }

    /// Recomputes the totals and sizes of the communities in ``community``.
    func recomputeTotals(_ net: ModularityNetwork) {
        for c in 0..<net.nodeCount {
            communityOut[c] = 0
            communityIn[c] = 0
            communitySize[c] = 0
        }
        for v in 0..<net.nodeCount {
            let c = Int(community[v])
            communityOut[c] += net.outStrength[v]
            if isDirected { communityIn[c] += net.inStrength[v] }
            communitySize[c] += 1
        }
    }

    /// Renumbers `labels[0..<count]` (each below `count`, and `count` ≤ ``capacity``) as 0, 1, …
    /// in order of first appearance and returns the number of distinct labels. O(count).
    func renumber(_ labels: UnsafeMutableBufferPointer<Int32>, count: Int) -> Int {
        var next = 0
        for v in 0..<count {
            let c = Int(labels[v])
            assert(c < count, "label out of range")
            if position[c] < 0 { position[c] = next; next += 1 }
            labels[v] = Int32(position[c])
        }
        // Reset the map: every label now in use was a key, and keys are below `count`.
        for v in 0..<count { position[v] = -1 }
        return next
    }

    /// Gathers, from the row of `v` in `net`, the weight toward each label of `labels` among
    /// v's neighbours into ``gathered``, listing the labels in ``touched`` with `own` first
    /// (even at weight 0). When `within` ≥ 0, only neighbours u with `filter[u] == within`
    /// count. Returns the number of touched labels; call ``clearGathered(_:)`` after.
    @inline(__always)
    func gather(_ v: Int, in net: ModularityNetwork, labels: UnsafeMutableBufferPointer<Int32>, own: Int32,
                within: Int32 = -1, filter: UnsafeMutableBufferPointer<Int32>? = nil) -> Int {
        let gathered = gathered, touched = touched
        let neighbours = net.neighbours, weights = net.weights
        gathered[Int(own)] = 0
        touched[0] = own
        var count = 1
        for a in net.offsets[v]..<net.offsets[v + 1] {
            let u = Int(neighbours[a])
            if within >= 0, let filter, filter[u] != within { continue }
            let c = labels[u]
            if gathered[Int(c)] < 0 {
                gathered[Int(c)] = 0
                touched[count] = c
                count += 1
            }
            gathered[Int(c)] += weights[a]
        }
        return count
    }

    /// Marks the first `count` touched labels untouched again.
    @inline(__always)
    func clearGathered(_ count: Int) {
        for i in 0..<count { gathered[Int(touched[i])] = -1 }
    }
}

/// The change in W·Q (W the total arc weight) when a node of strengths `kOut`, `kIn`, already
/// taken out of its community, joins a community of totals `totalOut`, `totalIn` to which it
/// sends arc weight `weight` (both directions summed); `penalty` is γ/W.
@inline(__always)
func moveGain(_ weight: Double, kOut: Double, kIn: Double, totalOut: Double, totalIn: Double, penalty: Double) -> Double {
    weight - penalty * (kOut * totalIn + kIn * totalOut)
}
