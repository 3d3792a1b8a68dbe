/// A 4-ary min-heap of nodes keyed by tentative distance, with decrease-key: the priority queue
/// of Dijkstra's algorithm.
///
/// Invariant: `keys[i] ≥ keys[(i − 1) / 4]` for every slot `i > 0`, and `position[items[i]] == i`;
/// a node not in the heap has position −1. A 4-ary heap is shallower than a binary one, so a
/// decrease-key (the common operation in Dijkstra) moves fewer levels, and its four children
/// share a cache line (Johnson 1975, doi:10.1016/0020-0190(75)90001-0).
///
/// Memory is allocated once for `capacity` nodes; after a search the heap is empty again and
/// every position is back to −1, so one heap serves many searches. Not thread-safe: one per worker.
///
/// With `SANDAN_INTERNAL_CHECKS` (debug builds) every operation checks the heap property around
/// the slot it filled, and the heap checks all of ``invariantViolations()`` each time it becomes
/// empty; release builds check nothing.
final class IndexedHeap {
    // Internal, not private: the invariant tests corrupt them on purpose.
    let keys: UnsafeMutablePointer<Double>
    let items: UnsafeMutablePointer<Int32>
    let position: UnsafeMutablePointer<Int32>
    let capacity: Int
    private(set) var count = 0
    private let memory: ScratchMemory

    /// An empty heap for nodes `0..<capacity`. O(capacity).
    init(capacity: Int) {
        self.capacity = capacity
        var layout = ScratchLayout()
        let keysSlot = layout.add(Double.self, count: capacity), itemsSlot = layout.add(Int32.self, count: capacity)
        let positionSlot = layout.add(Int32.self, count: capacity)
        memory = ScratchMemory(layout)
        keys = memory.pointer(keysSlot)
        items = memory.pointer(itemsSlot)
        position = memory.pointer(positionSlot)
        position.initialize(repeating: -1, count: max(1, capacity))
    }

    var isEmpty: Bool { count == 0 }

    /// Inserts `node` with `key`, or lowers its key if it is in the heap (the new key must not
    /// be larger). O(log₄ count).
    @inline(__always)
    func insertOrDecrease(_ node: Int32, key: Double) {
        var i = Int(position[Int(node)])
        if i < 0 {
            i = count
            count += 1
        }
        siftUp(node, key: key, from: i)
    }

    /// Removes and returns the node with the smallest key. O(log₄ count). The heap must not be empty.
    @inline(__always)
    func popMin() -> Int32 {
        let top = items[0]
        position[Int(top)] = -1
        count -= 1
        if count > 0 { siftDown(items[count], key: keys[count]) }
        #if SANDAN_INTERNAL_CHECKS
        if count == 0 { checkInvariants() }
        #endif
        return top
    }

    @inline(__always)
    private func siftUp(_ node: Int32, key: Double, from start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let parentKey = keys[parent]
            if parentKey <= key { break }
            keys[i] = parentKey
            items[i] = items[parent]
            position[Int(items[i])] = Int32(i)
            i = parent
        }
        keys[i] = key
        items[i] = node
        position[Int(node)] = Int32(i)
        #if SANDAN_INTERNAL_CHECKS
        checkSlot(i)
        #endif
    }

    /// Places `node` with `key` starting from the root (after the root was removed).
    @inline(__always)
    private func siftDown(_ node: Int32, key: Double) {
        var i = 0
        while true {
            let first = 4 * i + 1
            if first >= count { break }
            var best = first
            var bestKey = keys[first]
            let last = min(first + 4, count)
            var c = first + 1
            while c < last {
                let k = keys[c]
                if k < bestKey { best = c; bestKey = k }
                c += 1
            }
            if bestKey >= key { break }
            keys[i] = bestKey
            items[i] = items[best]
            position[Int(items[i])] = Int32(i)
            i = best
        }
        keys[i] = key
        items[i] = node
        position[Int(node)] = Int32(i)
        #if SANDAN_INTERNAL_CHECKS
        checkSlot(i)
        #endif
    }
}
