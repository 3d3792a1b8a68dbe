/// A pair of opposite arcs of a flow network: `from → to` with capacity `forward`, and
/// `to → from` with capacity `backward` (0 for a directed edge, the same as `forward` for an
/// undirected one).
struct FlowArcPair {
    var from: Int
    var to: Int
    var forward: Double
    var backward: Double
}

/// A flow network in compressed rows with residual capacities, and Dinic's maximum flow.
///
/// Every arc has a twin in the opposite direction (`twins`), so that the residual graph is
/// the rows themselves. The network can be solved many times (``reset()`` restores the
/// capacities), which the global connectivity computations do.
///
/// Complexity of ``maxFlow(from:to:cutoff:)``: O(n²m) in general, O(m·min(√m, n^(2/3))) with
/// unit capacities, and O(m√n) on unit networks such as the split-node graph of node
/// connectivity (Even & Tarjan 1975). Each phase is one breadth-first search plus an iterative
/// depth-first search with current-arc pointers (no recursion).
///
/// References: Dinic, E. A. (1970). Algorithm for solution of a problem of maximum flow in a
/// network with power estimation. *Soviet Math. Doklady* 11, 1277–1280. Even, S. & Tarjan,
/// R. E. (1975). Network flow and testing graph connectivity. *SIAM Journal on Computing*
/// 4(4), 507–518. doi:10.1137/0204043
struct FlowNetwork {
    let nodeCount: Int
    private let offsets: [Int]
    private let heads: [Int32]
    private let twins: [Int32]
    private let capacity: [Double]
    private var residual: [Double]
    /// Residual capacities at or below this count as zero (a relative tolerance against
    /// rounding when capacities are fractional weights).
    private let tolerance: Double
    private var level: [Int32]
    private var current: [Int]
    private var queue: [Int32]
    private var path: [Int32]

    init(nodeCount n: Int, pairs: [FlowArcPair]) {
        nodeCount = n
        var offsets = [Int](repeating: 0, count: n + 1)
        for p in pairs {
            offsets[p.from + 1] += 1
            offsets[p.to + 1] += 1
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var cursor = offsets
        var heads = [Int32](repeating: 0, count: offsets[n])
        var twins = [Int32](repeating: 0, count: offsets[n])
        var capacity = [Double](repeating: 0, count: offsets[n])
        var largest = 0.0
        for p in pairs {
            let a = cursor[p.from], b = cursor[p.to]
            cursor[p.from] += 1
            cursor[p.to] += 1
            heads[a] = Int32(p.to); heads[b] = Int32(p.from)
            twins[a] = Int32(b); twins[b] = Int32(a)
            capacity[a] = p.forward; capacity[b] = p.backward
            largest = max(largest, p.forward, p.backward)
        }
        self.offsets = offsets
        self.heads = heads
        self.twins = twins
        self.capacity = capacity
        residual = capacity
        tolerance = largest * 1e-12
        level = [Int32](repeating: -1, count: n)
        current = [Int](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
        path = []
    }

    /// Restores every residual capacity to the arc's capacity.
    mutating func reset() { residual = capacity }

    /// Pushes a maximum flow from `s` to `t` (or stops once the flow reaches `cutoff`) and
    /// returns its value. Start from a fresh or ``reset()`` network.
    mutating func maxFlow(from s: Int, to t: Int, cutoff: Double = .infinity) -> Double {
        precondition(s != t, "source and sink must differ")
        var flow = 0.0
        while flow < cutoff, levelGraph(from: s, to: t) {
            for v in 0..<nodeCount { current[v] = offsets[v] }
            flow += blockingFlow(from: s, to: t, limit: cutoff - flow)
        }
        return flow
    }

    /// For each node, whether it can be reached from `s` in the residual network (after a
    /// maximum flow: the source side of a minimum cut).
    func reachable(from s: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack = [Int32(s)]
        seen[s] = true
        while let top = stack.popLast() {
            let u = Int(top)
            for a in offsets[u]..<offsets[u + 1] where residual[a] > tolerance && !seen[Int(heads[a])] {
                seen[Int(heads[a])] = true
                stack.append(heads[a])
            }
        }
        return seen
    }

    /// Breadth-first levels from `s` over arcs with residual capacity; whether `t` is reached.
    private mutating func levelGraph(from s: Int, to t: Int) -> Bool {
        for v in 0..<nodeCount { level[v] = -1 }
        level[s] = 0
        queue[0] = Int32(s)
        var head = 0, tail = 1
        while head < tail {
            let u = Int(queue[head]); head += 1
            for a in offsets[u]..<offsets[u + 1] {
                let v = Int(heads[a])
                if level[v] < 0 && residual[a] > tolerance {
                    level[v] = level[u] + 1
                    queue[tail] = Int32(v); tail += 1
                }
            }
        }
        return level[t] >= 0
    }

    /// Augments along level-increasing paths until none is left or `limit` is pushed.
    private mutating func blockingFlow(from s: Int, to t: Int, limit: Double) -> Double {
        var pushed = 0.0
        var u = s
        path.removeAll(keepingCapacity: true)
        while pushed < limit {
            if u == t {
                var bottleneck = limit - pushed
                for a in path { bottleneck = min(bottleneck, residual[Int(a)]) }
                var firstSaturated = path.count
                for (i, a) in path.enumerated() {
                    residual[Int(a)] -= bottleneck
                    residual[Int(twins[Int(a)])] += bottleneck
                    if firstSaturated == path.count && residual[Int(a)] <= tolerance { firstSaturated = i }
                }
                pushed += bottleneck
                guard firstSaturated < path.count else { break }
                u = tail(of: path[firstSaturated])
                path.removeLast(path.count - firstSaturated)
                continue
            }
            var advanced = false
            while current[u] < offsets[u + 1] {
                let a = current[u], v = Int(heads[a])
                if residual[a] > tolerance && level[v] == level[u] + 1 {
                    path.append(Int32(a))
                    u = v
                    advanced = true
                    break
                }
                current[u] += 1
            }
            if advanced { continue }
            // Dead end: no augmenting path passes through u in this phase.
            level[u] = -1
            guard let last = path.popLast() else { break }
            u = tail(of: last)
            current[u] += 1
        }
        return pushed
    }

    private func tail(of arc: Int32) -> Int { Int(heads[Int(twins[Int(arc)])]) }
}
