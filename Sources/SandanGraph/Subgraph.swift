/// Views: new graphs made from an existing one. Each keeps node and edge attributes, kinds and
/// weights of what it keeps, and costs O(n + m) time.
extension Graph {
    /// The graph with only the edges whose kind is in `kinds` (all nodes kept).
    /// - Throws: ``GraphError/unknownKind(_:available:)`` naming an unknown kind (see ``checkKinds(_:)``).
    public func filtered(kinds wanted: some Collection<String>) throws(GraphError) -> Graph {
        try checkKinds(wanted)
        let keep = Set(wanted)
        return filteredEdges { keep.contains(kind(of: $0)) }
    }

    /// Checks that every kind in `wanted` is the kind of some edge, as ``filtered(kinds:)``
    /// does; for a caller that filters later, after other views may have removed every edge of
    /// a kind. O(|kinds| + |wanted|).
    /// - Throws: ``GraphError/unknownKind(_:available:)`` naming the first unknown kind and the known ones.
    public func checkKinds(_ wanted: some Collection<String>) throws(GraphError) {
        let known = Set(kinds)
        if let unknown = wanted.first(where: { !known.contains($0) }) {
            throw .unknownKind(unknown, available: kinds)
        }
    }

    /// The graph with only the edges for which `isIncluded` holds (all nodes kept).
    public func filteredEdges(_ isIncluded: (Int) -> Bool) -> Graph {
        rebuilt(nodes: Array(0..<nodeCount), edges: (0..<edgeCount).filter(isIncluded))
    }

    /// The subgraph induced by `nodes`: those nodes, in the order given, and every edge between
    /// two of them. Duplicates in `nodes` are ignored after the first.
    public func inducedSubgraph(_ nodes: some Sequence<Int>) -> Graph {
        var seen = [Bool](repeating: false, count: nodeCount)
        var order: [Int] = []
        for v in nodes where !seen[v] {
            seen[v] = true
            order.append(v)
        }
        let edges = (0..<edgeCount).filter { seen[Int(sources[$0])] && seen[Int(targets[$0])] }
        return rebuilt(nodes: order, edges: edges)
    }

    /// The same graph with every edge turned around (a copy, for undirected graphs).
    public func reversed() -> Graph {
        rebuilt(nodes: Array(0..<nodeCount), edges: Array(0..<edgeCount), reverse: isDirected)
    }

    /// The same edges without direction (each directed edge becomes one undirected edge; a
    /// pair of opposite arcs becomes two parallel edges).
    public func undirected() -> Graph {
        rebuilt(nodes: Array(0..<nodeCount), edges: Array(0..<edgeCount), directed: false)
    }

    /// The same edges with direction, each from its source to its target.
    public func directed() -> Graph {
        rebuilt(nodes: Array(0..<nodeCount), edges: Array(0..<edgeCount), directed: true)
    }

    /// The quotient graph by node attribute `name`: one node per distinct value (ids are the
    /// values as text, in sorted order) and one edge per pair of groups that are linked, whose
    /// attribute and weight `weight` count the edges between them; edges inside a group become
    /// a self-loop of the group with their count (so an E–I index can be read off). Nodes
    /// without a value are left out with their edges. The node attribute `members` counts each
    /// group's nodes. Direction is kept. O(n + m) expected time.
    ///
    /// - Throws: ``GraphError/unknownAttribute(name:available:)``.
    public func quotient(by name: String) throws(GraphError) -> Graph {
        guard let column = nodeAttributes[name] else {
            throw .unknownAttribute(name: name, available: nodeAttributes.names)
        }
        let labels = (0..<nodeCount).map { column[$0]?.description }
        let groups = Set(labels.compactMap { $0 }).sorted()
        var builder = GraphBuilder(directed: isDirected)
        for g in groups { builder.addNode(g) }
        let group = labels.map { $0.flatMap { builder.index(of: $0) } }
        var members = [Int](repeating: 0, count: groups.count)
        for g in group { if let g { members[g] += 1 } }
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        for e in 0..<edgeCount {
            guard var a = group[Int(sources[e])], var b = group[Int(targets[e])] else { continue }
            if !isDirected, a > b { swap(&a, &b) }
            let key = a * groups.count + b
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        order.sort()
        builder.declareEdgeAttribute("weight", type: .integer)
        for key in order {
            let e = builder.addEdge(key / groups.count, key % groups.count)
            try builder.setEdgeAttribute("weight", edge: e, .integer(counts[key]!))
        }
        for (g, count) in members.enumerated() { try builder.setNodeAttribute("members", node: g, .integer(count)) }
        return try builder.build().weighted(by: "weight")
    }

    /// A graph of the given nodes (in that order) and edges (in that order), optionally
    /// reversed or with another direction. Keeps attributes, kinds and weights.
    func rebuilt(nodes: [Int], edges: [Int], reverse: Bool = false, directed: Bool? = nil) -> Graph {
        var newIndex = [Int32](repeating: -1, count: nodeCount)
        for (i, v) in nodes.enumerated() { newIndex[v] = Int32(i) }
        var builder = GraphBuilder(directed: directed ?? isDirected)
        for v in nodes { builder.addNode(ids[v]) }
        builder.reserveEdges(edges.count)
        for e in edges {
            let u = Int(newIndex[Int(sources[e])]), v = Int(newIndex[Int(targets[e])])
            precondition(u >= 0 && v >= 0, "an edge leaves the kept nodes")
            if reverse { builder.addEdge(v, u, kind: kind(of: e)) } else { builder.addEdge(u, v, kind: kind(of: e)) }
        }
        var graph = builder.build()
        graph = Graph(isDirected: graph.isDirected, ids: graph.ids, kinds: graph.kinds,
                      kindIndices: graph.kindIndices,
                      nodeAttributes: nodeAttributes.gathering(nodes),
                      edgeAttributes: edgeAttributes.gathering(edges),
                      weights: weights.map { w in edges.map { w[$0] } }, weightAttribute: weightAttribute,
                      sources: graph.sources, targets: graph.targets,
                      outOffsets: graph.outOffsets, outTargets: graph.outTargets, outEdges: graph.outEdges,
                      inOffsets: graph.inOffsets, inSources: graph.inSources, inEdges: graph.inEdges)
        graph.checkInvariants()
        return graph
    }
}
