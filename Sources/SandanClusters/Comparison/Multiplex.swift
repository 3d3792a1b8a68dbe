import SandanGraph
import SandanIO

/// A node's degrees in the layers of a multiplex network and how evenly they spread.
public struct MultiplexNode: Sendable, Equatable {
    public let node: Int
    public let id: String
    /// k_i^[α]: distinct neighbours in each layer, aligned with ``MultiplexProfile/layers``.
    public let layerDegrees: [Int]
    /// Distinct neighbours in the aggregate of the chosen layers (a neighbour linked in two
    /// layers counts once).
    public let aggregateDegree: Int

    /// o_i = Σ_α k_i^[α], Battiston et al.'s overlapping degree.
    public var overlappingDegree: Int { layerDegrees.reduce(0, +) }

    /// Battiston et al.'s multiplex participation coefficient
    /// P_i = M/(M − 1) · [1 − Σ_α (k_i^[α] / o_i)²]: 1 when the node's links spread evenly over
    /// all M layers, 0 when they all lie in one layer. 0 for a node with no link in any layer;
    /// nil when M < 2 (one layer has no spread).
    public var participation: Double? {
        let m = layerDegrees.count
        guard m >= 2 else { return nil }
        let o = overlappingDegree
        guard o > 0 else { return 0 }
        let sum = layerDegrees.reduce(0.0) { $0 + (Double($1) / Double(o)) * (Double($1) / Double(o)) }
        return Double(m) / Double(m - 1) * (1 - sum)
    }
}

/// Two layers' shared node pairs.
public struct LayerOverlap: Sendable, Equatable {
    public let a: String
    public let b: String
    /// |E_a ∩ E_b|: node pairs linked in both layers (Battiston et al.'s O^{αβ}).
    public let shared: Int
    /// |E_a ∪ E_b|.
    public let union: Int
    /// The Jaccard index shared / union; nil when neither layer has an edge.
    public var jaccard: Double? { union == 0 ? nil : Double(shared) / Double(union) }
}

/// A layer's size.
public struct LayerSummary: Sendable, Equatable {
    public let kind: String
    /// Distinct node pairs linked in the layer.
    public let pairs: Int
    /// Edges of the kind, parallel ones included.
    public let edges: Int
    /// Nodes with at least one link in the layer.
    public let activeNodes: Int
}

/// Per-layer and combined measures of a multiplex network whose layers are edge kinds.
public struct MultiplexProfile: TabularResult {
    /// The layers, in the order asked (or the graph's kind order).
    public let layers: [String]
    public let layerSummaries: [LayerSummary]
    /// One per node, in node order.
    public let nodes: [MultiplexNode]
    /// Every pair of distinct layers, in layer order.
    public let overlaps: [LayerOverlap]

    /// `nodes` (primary: id, degree per layer, aggregate, overlapping, participation),
    /// `layers` and `overlap`. The unnamed kind of edges without one is shown as `(none)`.
    public var tables: [ResultTable] {
        [ResultTable(name: "nodes",
                     header: ["id"] + layers.map { "degree_" + ($0.isEmpty ? "(none)" : $0) }
                         + ["aggregate_degree", "overlapping_degree", "participation"],
                     rows: nodes.map { n in
                         [.text(n.id)] + n.layerDegrees.map { .integer($0) }
                             + [.integer(n.aggregateDegree), .integer(n.overlappingDegree), .number(n.participation)]
                     }),
         ResultTable(name: "layers", header: ["kind", "pairs", "edges", "active_nodes"],
                     rows: layerSummaries.map { [.text($0.kind.isEmpty ? "(none)" : $0.kind), .integer($0.pairs), .integer($0.edges), .integer($0.activeNodes)] }),
         ResultTable(name: "overlap", header: ["layer_a", "layer_b", "shared_pairs", "union_pairs", "jaccard"],
                     rows: overlaps.map { [.text($0.a.isEmpty ? "(none)" : $0.a), .text($0.b.isEmpty ? "(none)" : $0.b), .integer($0.shared), .integer($0.union), .number($0.jaccard)] })]
    }
}

/// Multiplex measures of `graph` with its edge kinds as layers: each node's degree per layer,
/// its aggregate and overlapping degree and its multiplex participation coefficient; each
/// layer's size; and the overlap of every two layers.
///
/// Each layer is the simple undirected graph of the edges of one kind: k_i^[α] counts the
/// distinct neighbours of i in layer α. The overlapping degree is o_i = Σ_α k_i^[α] and the
/// participation coefficient P_i = M/(M − 1) [1 − Σ_α (k_i^[α]/o_i)²] over the M layers asked
/// (Battiston, Nicosia and Latora 2014, eq. 9–10). Two layers overlap in the node pairs linked
/// in both; their Jaccard index is shared / union.
///
/// - Parameters:
///   - graph: a multiplex graph (edge kinds are the layers).
///   - kinds: the layers to use — one, several, or nil for all the graph's kinds. Measures
///     are over the chosen layers only (M is their number).
/// - Returns: the profile.
/// - Throws: `GraphError/unknownKind(_:available:)` naming a kind the graph does not have,
///   `GraphError/namedTwice(_:list:)` for one named twice, `GraphError/emptySelection(_:)` for
///   an empty list.
///
/// ## Conventions
/// Direction is ignored; self-loops and parallel edges within a layer count once (a layer is
/// a 0/1 adjacency matrix, as in the paper). A node without links has P = 0 (the paper leaves
/// it undefined). With one layer P is undefined (nil). NetworkX has no multiplex type; the
/// check is `G.edge_subgraph` per kind and the formula by hand.
///
/// Complexity: O(M (n + m) + M² m) time, O(M (n + m)) memory.
///
/// ## References
/// - Battiston, F., Nicosia, V., Latora, V. (2014). Structural measures for multiplex networks.
///   Physical Review E 89: 032804. doi:10.1103/PhysRevE.89.032804.
public func multiplexProfile(_ graph: Graph, kinds: [String]? = nil) throws(GraphError) -> MultiplexProfile {
    let layers = kinds ?? graph.kinds
    guard !layers.isEmpty else { throw .emptySelection("edge kind") }
    if let repeated = layers.indices.first(where: { layers[..<$0].contains(layers[$0]) }) {
        throw .namedTwice(layers[repeated], list: "the edge kinds")
    }
    var layerGraphs: [Graph] = []
    for kind in layers { layerGraphs.append(try graph.filtered(kinds: [kind])) }
    let layerNeighbours = layerGraphs.map(Neighbourhoods.init)
    let aggregate = Neighbourhoods(try graph.filtered(kinds: layers))
    let n = graph.nodeCount
    let nodes = (0..<n).map { v in
        MultiplexNode(node: v, id: graph.ids[v], layerDegrees: layerNeighbours.map { $0[v].count }, aggregateDegree: aggregate[v].count)
    }
    let pairSets = layerNeighbours.map { neighbours -> Set<Int> in
        var pairs = Set<Int>()
        for u in 0..<n { for w in neighbours[u] where Int(w) > u { pairs.insert(u * n + Int(w)) } }
        return pairs
    }
    let summaries = layers.indices.map { i in
        LayerSummary(kind: layers[i], pairs: pairSets[i].count, edges: layerGraphs[i].edgeCount,
                     activeNodes: (0..<n).filter { !layerNeighbours[i][$0].isEmpty }.count)
    }
    var overlaps: [LayerOverlap] = []
    for i in layers.indices {
        for j in layers.indices where j > i {
            let shared = pairSets[i].intersection(pairSets[j]).count
            overlaps.append(LayerOverlap(a: layers[i], b: layers[j], shared: shared, union: pairSets[i].count + pairSets[j].count - shared))
        }
    }
    return MultiplexProfile(layers: layers, layerSummaries: summaries, nodes: nodes, overlaps: overlaps)
}
