/// A partition of a graph's nodes into named groups (regions, industries, communities), as
/// the group-based measures take it: attribute assortativity, Gould–Fernandez brokerage and
/// Guimerà–Amaral roles.
///
/// Every node belongs to exactly one group. Groups are numbered `0..<count`; a group may be
/// empty (a label that no node uses), which changes none of the measures.
public struct NodeGroups: Sendable, Equatable {
    /// For each node, the index of its group in ``names``.
    public let labels: [Int]
    /// The group names, indexed by label.
    public let names: [String]

    /// The number of groups.
    public var count: Int { names.count }

    /// Groups given by integer labels, one per node (for example a community partition).
    /// Group `g` is named `"\(g)"`.
    ///
    /// - Throws: ``GraphError/negativeGroupLabel(node:label:)`` if a label is negative.
    public init(labels: [Int]) throws(GraphError) {
        if let bad = labels.firstIndex(where: { $0 < 0 }) {
            throw .negativeGroupLabel(node: bad, label: labels[bad])
        }
        self.labels = labels
        self.names = (0..<((labels.max() ?? -1) + 1)).map(String.init)
    }

    /// Groups given by the values of node attribute `attribute`: one group per distinct value,
    /// named by the value as text, in sorted order (as ``Graph/quotient(by:)`` numbers them).
    /// O(n log n).
    ///
    /// - Throws: ``GraphError/unknownAttribute(name:available:)`` when there is no such
    ///   attribute; ``GraphError/missingGroup(node:attribute:)`` naming the first node without a value,
    ///   since every node must belong to a group (take the induced subgraph of the nodes that
    ///   have one, or give them a value such as "unknown").
    public init(_ graph: Graph, attribute: String) throws(GraphError) {
        guard let column = graph.nodeAttributes[attribute] else {
            throw .unknownAttribute(name: attribute, available: graph.nodeAttributes.names)
        }
        var text = [String]()
        text.reserveCapacity(graph.nodeCount)
        for v in 0..<graph.nodeCount {
            guard let value = column[v] else {
                throw .missingGroup(node: graph.ids[v], attribute: attribute)
            }
            text.append(value.description)
        }
        let names = Set(text).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        self.labels = text.map { index[$0]! }
        self.names = names
    }

    /// The number of nodes in each group.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for g in labels { sizes[g] += 1 }
        return sizes
    }

    /// Throws unless there is one label per node of `graph`.
    func check(against graph: Graph, algorithm: String) throws(GraphError) {
        guard labels.count == graph.nodeCount else {
            throw .countMismatch(what: "the \(algorithm) groups", count: labels.count, nodeCount: graph.nodeCount)
        }
    }
}
