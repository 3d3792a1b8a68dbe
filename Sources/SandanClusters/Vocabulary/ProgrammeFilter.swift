import SandanGraph

extension Graph {
    /// The linkages whose ``Programme/attribute`` is one of `programmes`, with only the nodes
    /// they touch (in their original order; ids, attributes and direction kept). Any programme
    /// name is accepted, not only the ``Programme`` vocabulary.
    ///
    /// - Throws: `GraphError.attributesRequired` when the graph has no `programme` edge attribute;
    ///   `GraphError.parameterOutOfRange` when no linkage has one of `programmes` (naming the
    ///   programmes the graph has).
    /// - Complexity: O(n + m).
    public func keeping(programmes: [String]) throws(GraphError) -> Graph {
        guard let column = edgeAttributes[Programme.attribute] else {
            throw .attributesRequired(purpose: "keeping linkages by programme", kind: "edge", names: [Programme.attribute])
        }
        let wanted = Set(programmes)
        let kept = filteredEdges { e in
            if case .string(let p)? = column[e] { wanted.contains(p) } else { false }
        }
        guard kept.edgeCount > 0 else {
            var known: Set<String> = []
            for e in 0..<edgeCount { if case .string(let p)? = column[e] { known.insert(p) } }
            throw .parameterOutOfRange(name: "the programme", value: programmes.joined(separator: ", "),
                                       allowed: "one with linkages (programmes: \(known.sorted().joined(separator: ", ")))")
        }
        let touched = (0..<kept.nodeCount).filter { kept.degree($0) > 0 }
        return kept.inducedSubgraph(touched)
    }
}
