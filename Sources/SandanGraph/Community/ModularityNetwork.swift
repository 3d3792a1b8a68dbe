/// The weighted network that modularity-based community detection works on, at one level of
/// aggregation: compressed rows in one block of memory (``ScratchMemory``) freed with the value.
///
/// All quantities are in *arc weight*, which makes one formula serve directed and undirected
/// graphs. With A the arc-weight matrix (undirected: A is symmetric and a self-loop of weight w
/// gives A_vv = 2w, as degrees count it; directed: A_uv is the weight of u → v):
///
/// - `weights[a]` for the arc a = v → u (u ≠ v) of row v is S_vu = A_vu + A_uv, so each
///   unordered neighbour pair appears in both rows with the same value;
/// - `loops[v]` = A_vv;
/// - `outStrength[v]` = Σ_u A_vu, `inStrength[v]` = Σ_u A_uv (equal when undirected);
/// - `totalWeight` W = Σ_uv A_uv (2m when undirected, m when directed, m the total edge weight).
///
/// The modularity of a partition is then Q = (1/W) Σ_c [A_cc − γ K⁺_c K⁻_c / W] with A_cc the
/// arc weight inside c and K⁺_c, K⁻_c the summed out- and in-strengths: Newman's modularity
/// when undirected and Leicht–Newman's directed modularity when directed, both as NetworkX
/// `modularity` defines them. Moving node v into community c (v taken out of its own first)
/// changes W·Q by S_vc − γ (k⁺_v K⁻_c + k⁻_v K⁺_c) / W, the *gain* the kernels compare.
///
/// Invariant: `offsets` has `nodeCount + 1` entries; the rows are `offsets[v]..<offsets[v+1]`
/// of `neighbours` and `weights`; no row holds v itself.
final class ModularityNetwork {
    let nodeCount: Int
    let isDirected: Bool
    private(set) var totalWeight: Double
    let offsets: UnsafeMutableBufferPointer<Int>
    let neighbours: UnsafeMutableBufferPointer<Int32>
    let weights: UnsafeMutableBufferPointer<Double>
    let loops: UnsafeMutableBufferPointer<Double>
    let outStrength: UnsafeMutableBufferPointer<Double>
    let inStrength: UnsafeMutableBufferPointer<Double>
    private let memory: ScratchMemory

    private init(nodeCount: Int, arcCapacity: Int, isDirected: Bool, fill: (ModularityNetwork) -> Void) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        var layout = ScratchLayout()
        let offsetsSlot = layout.add(Int.self, count: nodeCount + 1)
        let neighboursSlot = layout.add(Int32.self, count: arcCapacity), weightsSlot = layout.add(Double.self, count: arcCapacity)
        let loopsSlot = layout.add(Double.self, count: nodeCount), outSlot = layout.add(Double.self, count: nodeCount)
        let inSlot = isDirected ? layout.add(Double.self, count: nodeCount) : nil
        memory = ScratchMemory(layout)
        offsets = memory.buffer(offsetsSlot)
        neighbours = memory.buffer(neighboursSlot)
        weights = memory.buffer(weightsSlot)
        loops = memory.buffer(loopsSlot)
        outStrength = memory.buffer(outSlot)
        inStrength = inSlot.map(memory.buffer) ?? outStrength
        offsets.initialize(repeating: 0)
        loops.initialize(repeating: 0)
        outStrength.initialize(repeating: 0)
        if isDirected { inStrength.initialize(repeating: 0) }
        totalWeight = 0
        fill(self)
        var total = 0.0
        for v in 0..<nodeCount { total += outStrength[v] }
        totalWeight = total
    }

    /// The network of `graph` with its ``Graph/weights`` (or 1 per edge) as strengths.
    ///
    /// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)``,
    ///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` or (when sums of strengths would
    ///   overflow or underflow, ``Graph/checkStrengthRange(_:for:)``)
    ///   ``GraphError/weightOutOfRange(algorithm:edge:weight:reason:)`` naming `algorithm`.
    static func make(_ graph: Graph, algorithm: String) throws(GraphError) -> ModularityNetwork {
        if let w = try graph.checkedWeights(for: algorithm) { try graph.checkStrengthRange(w, for: algorithm) }
        let n = graph.nodeCount
                return ModularityNetwork(nodeCount: n, arcCapacity: 2 * graph.edgeCount, isDirected: graph.isDirected) { net in
            graph.withOutAdjacency { out in
                graph.withInAdjacency { inc in
                    let weightOf: (Int32) -> Double = graph.weights.map { w in { w[Int($0)] } } ?? { _ in 1 }
                    let scale = graph.isDirected ? 1.0 : 2.0
                    var cursor = 0
                    func copyRow(_ rows: AdjacencyBuffers, _ v: Int, strength: UnsafeMutableBufferPointer<Double>, countLoops: Bool) {
                        for a in rows.offsets[v]..<rows.offsets[v + 1] {
                            let u = Int(rows.ends[a]), w = weightOf(rows.edges[a])
                            strength[v] += w
                            if u == v {
                                if countLoops { net.loops[v] += w }
                            } else {
                                net.neighbours[cursor] = Int32(u)
                                net.weights[cursor] = scale * w
                                cursor += 1
                            }
                        }
                    }
                    for v in 0..<n {
                        copyRow(out, v, strength: net.outStrength, countLoops: true)
                        if graph.isDirected { copyRow(inc, v, strength: net.inStrength, countLoops: false) }
                        net.offsets[v + 1] = cursor
                    }
                }
            }
        }
    }

    /// The network whose nodes are the communities of `community` (labels in `0..<count`):
    /// weights between communities summed, weight inside a community moved to its loop.
    /// O(n + arcs) time, using `scratch` (at least `count` entries of −1, left so).
    func aggregated(by community: UnsafeBufferPointer<Int32>, count k: Int, scratch position: UnsafeMutableBufferPointer<Int>) -> ModularityNetwork {
        // Members of each community, by counting sort.
        var memberOffsets = [Int](repeating: 0, count: k + 1)
        for v in 0..<nodeCount { memberOffsets[Int(community[v]) + 1] += 1 }
        for c in 0..<k { memberOffsets[c + 1] += memberOffsets[c] }
        var members = [Int32](repeating: 0, count: nodeCount)
        var next = memberOffsets
        for v in 0..<nodeCount {
            let c = Int(community[v])
            members[next[c]] = Int32(v)
            next[c] += 1
        }
        return ModularityNetwork(nodeCount: k, arcCapacity: offsets[nodeCount], isDirected: isDirected) { agg in
            var cursor = 0
            for c in 0..<k {
                let rowStart = cursor
                var inside = 0.0, outSum = 0.0, inSum = 0.0
                for i in memberOffsets[c]..<memberOffsets[c + 1] {
                    let v = Int(members[i])
                    inside += loops[v]
                    outSum += outStrength[v]
                    inSum += inStrength[v]
                    for a in offsets[v]..<offsets[v + 1] {
                        let d = Int(community[Int(neighbours[a])]), w = weights[a]
                        if d == c {
                            inside += 0.5 * w
                        } else if position[d] < 0 {
                            position[d] = cursor
                            agg.neighbours[cursor] = Int32(d)
                            agg.weights[cursor] = w
                            cursor += 1
                        } else {
                            agg.weights[position[d]] += w
                        }
                    }
                }
                for a in rowStart..<cursor { position[Int(agg.neighbours[a])] = -1 }
                agg.loops[c] = inside
                agg.outStrength[c] = outSum
                if isDirected { agg.inStrength[c] = inSum }
                agg.offsets[c + 1] = cursor
            }
        }
    }

    /// The modularity of the partition `community` (labels in `0..<count`) at resolution γ.
    /// O(n + arcs) time. NaN when the total weight is 0.
    func modularity(of community: UnsafeBufferPointer<Int32>, count k: Int, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: k)
        var outSum = [Double](repeating: 0, count: k)
        var inSum = [Double](repeating: 0, count: k)
        for v in 0..<nodeCount {
            let c = Int(community[v])
            var w = loops[v]
            for a in offsets[v]..<offsets[v + 1] where community[Int(neighbours[a])] == community[v] {
                w += 0.5 * weights[a]
            }
            inside[c] += w
            outSum[c] += outStrength[v]
            inSum[c] += inStrength[v]
        }
        var q = 0.0
        for c in 0..<k { q += inside[c] - resolution * outSum[c] * inSum[c] / totalWeight }
        return q / totalWeight
    }
}
