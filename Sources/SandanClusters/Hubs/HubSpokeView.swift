import SandanGraph

/// The hub–spoke picture of a network: its industrial linkages only
/// (``LinkageKind/industrial``), without the nodes they do not touch, and the anchors among
/// the nodes kept (``anchors(of:anchorKind:anchorAttribute:)``), so that each anchor is drawn
/// with its spokes and nothing else.
public struct HubSpokeView: Sendable {
    /// The industrial subgraph, nodes in their original order.
    public let graph: Graph
    /// Whether each node of ``graph`` is an anchor.
    public let isAnchor: [Bool]

    /// O(n + m).
    /// - Throws: `GraphError/noEdgesOfKinds(purpose:kinds:)` when the graph has no industrial linkage.
    public init(_ graph: Graph) throws(GraphError) {
        let kinds = Set(LinkageKind.industrial.map(\.rawValue))
        let kept = graph.filteredEdges { kinds.contains(graph.kind(of: $0)) }
        let touched = (0..<kept.nodeCount).filter { kept.degree($0) > 0 }
        guard !touched.isEmpty else {
            throw .noEdgesOfKinds(purpose: "the hub-spoke view", kinds: kinds.sorted())
        }
        self.graph = kept.inducedSubgraph(touched)
        var isAnchor = [Bool](repeating: false, count: self.graph.nodeCount)
        for a in anchors(of: self.graph, anchorAttribute: nil) { isAnchor[a] = true }
        self.isAnchor = isAnchor
    }

    /// Which nodes get a label first in a drawing of the view: every anchor before every other
    /// node, and by `sizes` (one value per node of ``graph``, larger first) within each group. O(n).
    public func labelRanking(sizes: [Double]) -> [Double] {
        zip(isAnchor, sizes).map { $0 ? $1 + 1e9 : $1 }
    }
}
