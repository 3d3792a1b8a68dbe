extension Graph {
    /// The ways this graph breaks the invariants of its storage, one sentence each; empty when
    /// it keeps them all. O(`nodeCount` + `edgeCount`) time and O(`edgeCount`) extra bytes.
    ///
    /// The invariants (the storage of ``Graph``): `outOffsets` has `ids.count + 1` entries,
    /// starts at 0, never decreases and ends at the number of arcs; sources, targets and row
    /// entries are nodes in range and row edges are edges in range, each arc joining its row's
    /// node to its entry along its edge, with edges in insertion order within a row. An
    /// undirected graph stores each edge once from each end (a self-loop twice in its row) and
    /// no in-rows; a directed graph stores each edge once among the out-rows and once among the
    /// in-rows. There is one kind index per edge (or none, with at least one kind when there are
    /// edges), one weight per edge when weighted, and one attribute row per node and per edge.
    ///
    /// With `SANDAN_INTERNAL_CHECKS` (on in debug builds, so in `swift test`) every graph
    /// ``GraphBuilder`` or a view makes is checked by ``checkInvariants()``.
    func invariantViolations() -> [String] {
        var violations: [String] = []
        let n = ids.count, m = sources.count
        if targets.count != m { violations.append("\(m) sources but \(targets.count) targets") }
        for e in 0..<min(m, targets.count) where !(0..<Int32(n)).contains(sources[e]) || !(0..<Int32(n)).contains(targets[e]) {
            violations.append("edge \(e) joins \(sources[e]) and \(targets[e]), not both in 0..<\(n)")
        }
        if let kindViolation = kindAndColumnViolation(nodeCount: n, edgeCount: m) { violations.append(kindViolation) }
        guard violations.isEmpty else { return violations }
        violations += rowViolations("out", offsets: outOffsets, ends: outTargets, edges: outEdges, nodeCount: n,
                                    arcCount: isDirected ? m : 2 * m) { v, w, e in
            let forward = Int(self.sources[e]) == v && Int(self.targets[e]) == w
            return self.isDirected ? forward : forward || (Int(self.sources[e]) == w && Int(self.targets[e]) == v)
        }
        if isDirected {
            violations += rowViolations("in", offsets: inOffsets, ends: inSources, edges: inEdges, nodeCount: n, arcCount: m) { v, w, e in
                Int(self.targets[e]) == v && Int(self.sources[e]) == w
            }
        } else if !(inOffsets.isEmpty && inSources.isEmpty && inEdges.isEmpty) {
            violations.append("an undirected graph has in-rows")
        }
        guard violations.isEmpty else { return violations }
        // Each edge once among the out-rows (directed), or once from each end (undirected; a
        // self-loop twice in its row). `joins` has placed every arc in a row of its edge's ends.
        var arcs = [Int32](repeating: 0, count: m), fromSource = [Int32](repeating: 0, count: m)
        for v in 0..<n {
            for a in outRow(v) {
                let e = Int(outEdges[a])
                arcs[e] += 1
                if Int(sources[e]) == v { fromSource[e] += 1 }
            }
        }
        for e in 0..<m {
            let kept = isDirected ? arcs[e] == 1 : arcs[e] == 2 && (sources[e] == targets[e] || fromSource[e] == 1)
            if !kept {
                violations.append(isDirected ? "edge \(e) is stored \(arcs[e]) times among the out-rows, not once"
                                             : "edge \(e) is not stored once from each of its ends (\(arcs[e]) arcs, \(fromSource[e]) from its source)")
            }
        }
        if isDirected {
            var inSeen = [Int32](repeating: 0, count: m)
            for e in inEdges { inSeen[Int(e)] += 1 }
            for (e, times) in inSeen.enumerated() where times != 1 {
                violations.append("edge \(e) is stored \(times) times among the in-rows, not once")
            }
        }
        return violations
    }

    /// Stops the program when the graph breaks an invariant of its storage, if the package was
    /// built with `SANDAN_INTERNAL_CHECKS` (debug builds); nothing, not even a call, otherwise.
    @inline(__always)
    func checkInvariants() {
        #if SANDAN_INTERNAL_CHECKS
        let violations = invariantViolations()
        precondition(violations.isEmpty, "Graph invariant broken: " + violations.joined(separator: "; "))
        #endif
    }

    /// The first mismatch of the kind indices, weights or attribute tables with the counts.
    private func kindAndColumnViolation(nodeCount n: Int, edgeCount m: Int) -> String? {
        if kindIndices.isEmpty ? m > 0 && kinds.isEmpty : kindIndices.count != m {
            return "\(kindIndices.count) kind indices for \(m) edges and \(kinds.count) kinds"
        }
        if let bad = kindIndices.first(where: { !(0..<Int32(kinds.count)).contains($0) }) {
            return "kind index \(bad) outside 0..<\(kinds.count)"
        }
        if let weights, weights.count != m { return "\(weights.count) weights for \(m) edges" }
        if nodeAttributes.rowCount != n { return "\(nodeAttributes.rowCount) node attribute rows for \(n) nodes" }
        if edgeAttributes.rowCount != m { return "\(edgeAttributes.rowCount) edge attribute rows for \(m) edges" }
        return nil
    }

    /// The violations of one family of compressed rows: offsets, ranges, each arc `v → w` along
    /// edge `e` accepted by `joins(v, w, e)`, and edges in insertion order within a row.
    private func rowViolations(_ family: String, offsets: [UInt32], ends: [Int32], edges: [Int32], nodeCount n: Int,
                               arcCount: Int, joins: (Int, Int, Int) -> Bool) -> [String] {
        guard offsets.count == n + 1 else { return ["\(offsets.count) \(family)-offsets for \(n) nodes (want n + 1)"] }
        guard offsets[0] == 0, Int(offsets[n]) == arcCount, ends.count == arcCount, edges.count == arcCount else {
            return ["the \(family)-rows start at \(offsets[0]) and end at \(offsets[n]) with \(ends.count) entries "
                    + "and \(edges.count) edges, for \(arcCount) arcs"]
        }
        var violations: [String] = []
        for v in 0..<n {
            guard offsets[v] <= offsets[v + 1] else {
                violations.append("\(family)-offsets decrease at node \(v) (\(offsets[v]) then \(offsets[v + 1]))")
                continue
            }
            var previous: Int32 = -1
            for a in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(ends[a]), e = Int(edges[a])
                if !(0..<n).contains(w) || !(0..<sources.count).contains(e) || !joins(v, w, e) {
                    violations.append("\(family)-arc \(a) of node \(v) goes to \(w) along edge \(e), which does not join them")
                } else if edges[a] < previous {
                    violations.append("\(family)-row of node \(v) is not in edge order at arc \(a)")
                }
                previous = edges[a]
            }
        }
        return violations
    }
}
