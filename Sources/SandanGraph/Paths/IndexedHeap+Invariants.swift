extension IndexedHeap {
    /// The ways the heap breaks its invariant, one sentence each; empty when it keeps it:
    /// `count` within `0...capacity`, `keys[i] ≥ keys[(i − 1) / 4]` for every slot `0 < i < count`,
    /// every item a node below `capacity` with `position[items[i]] == i`, and every node not in
    /// the heap at position −1. O(capacity).
    func invariantViolations() -> [String] {
        guard count >= 0 && count <= capacity else { return ["count \(count) is outside 0...\(capacity)"] }
        var violations: [String] = []
        for i in 0..<count {
            let node = Int(items[i])
            guard node >= 0 && node < capacity else {
                violations.append("slot \(i) holds node \(node), outside 0..<\(capacity)")
                continue
            }
            if position[node] != Int32(i) { violations.append("node \(node) is in slot \(i) but its position says \(position[node])") }
            if i > 0 && keys[i] < keys[(i - 1) >> 2] {
                violations.append("slot \(i) has key \(keys[i]) below its parent's \(keys[(i - 1) >> 2])")
            }
        }
        let placed = (0..<capacity).reduce(0) { $0 + (position[$1] >= 0 ? 1 : 0) }
        if placed != count { violations.append("\(placed) nodes have a position but the heap holds \(count)") }
        return violations
    }

    /// Stops the program when the heap breaks its invariant. O(capacity).
    func checkInvariants() {
        let violations = invariantViolations()
        precondition(violations.isEmpty, "IndexedHeap invariant broken: " + violations.joined(separator: "; "))
    }

    /// Stops the program when slot `i` breaks the heap property with its parent or children, or
    /// its node's position does not point back to it. O(1): the check after each sift.
    func checkSlot(_ i: Int) {
        precondition(position[Int(items[i])] == Int32(i), "IndexedHeap: slot \(i)'s node does not point back to it")
        precondition(i == 0 || keys[(i - 1) >> 2] <= keys[i], "IndexedHeap: slot \(i) has a key below its parent's")
        for c in min(4 * i + 1, count)..<min(4 * i + 5, count) {
            precondition(keys[c] >= keys[i], "IndexedHeap: slot \(c) has a key below its parent's")
        }
    }
}
