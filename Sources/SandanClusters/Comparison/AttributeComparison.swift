import Foundation
import SandanGraph

/// A partition of the nodes (communities, say) set against a node attribute (the province):
/// how far the two agree, by normalised mutual information and the adjusted Rand index, and how
/// many nodes of each group have each value. Used by `sandan communities --compare-with` and
/// by the report's communities section.
///
/// ## Conventions
/// - A node's value is the attribute's text (numbers in their usual form), trimmed of spaces;
///   nodes without a value, or with an empty one, are left out of every measure (``missing``).
/// - NMI is arithmetic-mean normalised, as igraph's `compare(method = "nmi")` and NetworkX's
///   default; ARI is Hubert and Arabie's (see `normalizedMutualInformation(_:_:)` and
///   `adjustedRandIndex(_:_:)`). Both are unchanged by renaming the groups or the values.
public struct AttributeComparison: Sendable {
    /// The attribute compared with.
    public let attribute: String
    /// The attribute's distinct values, sorted.
    public let values: [String]
    /// Each node's value, nil when it has none.
    public let valueOf: [String?]
    /// Normalised mutual information between groups and values, in [0, 1].
    public let nmi: Double
    /// Adjusted Rand index between groups and values (1 for identical partitions, about 0 for
    /// independent ones).
    public let ari: Double
    /// Groups (rows, `Contingency/rowLabels`) × values (columns, indices into ``values``).
    public let table: Contingency
    /// The number of nodes left out for want of a value.
    public let missing: Int

    /// Compares the partition `labels` (one group label per node) with node attribute
    /// `attribute`.
    ///
    /// - Throws: `GraphError.unknownAttribute` when the graph has no such attribute;
    ///   `GraphError.countMismatch` when `labels` does not have one label per node; what
    ///   `adjustedRandIndex` throws when fewer than two nodes have a value (ARI needs two).
    /// - Complexity: O(n log n).
    public init(graph: Graph, labels: [Int], attribute: String) throws(GraphError) {
        guard let column = graph.nodeAttributes[attribute] else {
            throw .unknownAttribute(name: attribute, available: graph.nodeAttributes.names)
        }
        guard labels.count == graph.nodeCount else {
            throw .countMismatch(what: "the partition", count: labels.count, nodeCount: graph.nodeCount)
        }
        let valueOf = (0..<graph.nodeCount).map { v -> String? in
            guard let text = column[v]?.description.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let values = Set(valueOf.compactMap { $0 }).sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let kept = valueOf.indices.filter { valueOf[$0] != nil }
        let groups = kept.map { labels[$0] }, columns = kept.map { index[valueOf[$0]!]! }
        self.attribute = attribute
        self.valueOf = valueOf
        self.values = values
        missing = graph.nodeCount - kept.count
        nmi = try normalizedMutualInformation(groups, columns)
        ari = try adjustedRandIndex(groups, columns)
        table = try contingencyTable(groups, columns)
    }
}
