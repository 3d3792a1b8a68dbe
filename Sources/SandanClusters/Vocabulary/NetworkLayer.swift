import SandanGraph

/// The two layers of the bundled network, and the choice between them.
///
/// - **industrial**: what links complexes and areas to each other — ``LinkageKind/anchorLink``,
///   ``LinkageKind/valueChain``, ``LinkageKind/valueChainUndirected``, ``LinkageKind/crossRegion``, ``LinkageKind/cooperation`` and the derived
///   ``LinkageKind/proximity``; any kind outside Sandan's vocabulary counts here too;
/// - **governance**: the agency's office tree and its role in the programmes —
///   ``LinkageKind/management`` and ``LinkageKind/coordination``.
///
/// Over the union, a complex's betweenness counts the paths through agency offices, and the
/// office tree (a star of 41 offices round the headquarters) outranks every complex; the layers
/// keep the two questions apart. ``defaultLayer(for:)`` picks the industrial layer for a graph
/// that holds both, and ``all`` (the union, unchanged) for every other graph, so data without
/// governance kinds is never touched.
public enum NetworkLayer: String, Sendable, CaseIterable, Codable {
    /// The industrial linkages between complexes and areas.
    case industrial
    /// The agency's management and coordination edges.
    case governance
    /// Every edge and node (no layer chosen).
    case all

    /// The vocabulary's kinds in this layer, in ``LinkageKind``'s order (every kind for ``all``).
    public var kinds: [LinkageKind] { LinkageKind.allCases.filter { self == .all || $0.layer == self } }

    /// Whether an edge of kind `kind` belongs to this layer.
    public func contains(kind: String) -> Bool {
        switch self {
        case .all: true
        case .governance: LinkageKind(rawValue: kind)?.layer == .governance
        case .industrial: LinkageKind(rawValue: kind)?.layer != .governance
        }
    }

    /// The layer analyses use when the user names none: ``industrial`` when `graph` has edges of
    /// both layers (the bundled network), else ``all``. O(k) for k kinds.
    public static func defaultLayer(for graph: Graph) -> NetworkLayer {
        let governance = graph.kinds.contains { NetworkLayer.governance.contains(kind: $0) }
        let industrial = graph.kinds.contains { NetworkLayer.industrial.contains(kind: $0) }
        return governance && industrial ? .industrial : .all
    }

    /// The layer of `graph`: the edges of its kinds and the nodes they touch, plus, by node
    /// `kind`, every complex and area in the industrial layer and every organisation in the
    /// governance layer (a complex that only an office manages is still a complex). A node
    /// without a `kind` joins the industrial layer unless it touches governance edges only.
    /// ``all`` returns `graph` itself. Node order, ids, attributes and direction are kept.
    ///
    /// Complexity: O(n + m).
    public func restrict(_ graph: Graph) -> Graph {
        guard self != .all else { return graph }
        let kept = graph.kinds.map { contains(kind: $0) }
        var inLayer = [Bool](repeating: false, count: graph.nodeCount), inOther = inLayer
        for e in 0..<graph.edgeCount {
            let (u, v) = (graph.source(of: e), graph.target(of: e))
            if kept[graph.kindIndex(of: e)] {
                (inLayer[u], inLayer[v]) = (true, true)
            } else {
                (inOther[u], inOther[v]) = (true, true)
            }
        }
        let nodeKinds = graph.nodeLabels(NodeKind.attribute)
        let nodes = (0..<graph.nodeCount).filter { v in
            let organisation = nodeKinds[v].map { $0 == NodeKind.organisation.rawValue }
            switch self {
            case .industrial: return inLayer[v] || (organisation.map { !$0 } ?? !inOther[v])
            default: return inLayer[v] || organisation == true
            }
        }
        return graph.filteredEdges { kept[graph.kindIndex(of: $0)] }.inducedSubgraph(nodes)
    }
}
