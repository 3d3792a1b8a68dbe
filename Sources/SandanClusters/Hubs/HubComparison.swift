import SandanGraph

/// A node with its score and its rank among the candidates.
public struct RankedNode: Sendable, Equatable {
    public let node: Int
    public let id: String
    public let score: Double
    /// Competition rank among the candidates (1, 2, 2, 4, …): 1 + the number of candidates
    /// with a strictly higher score.
    public let rank: Int
}

/// The hubs one score finds in the structure, set beside the hubs policy names.
public struct StructuralHubs: Sendable, Equatable {
    /// The score's name (`degree`, `betweenness`, …).
    public let score: String
    /// How many hubs were asked for.
    public let k: Int
    /// The structural hubs: the `k` candidates with the highest positive scores, plus any
    /// candidate tied with the k-th; ordered by rank, then node index.
    public let top: [RankedNode]
    /// Hubs named by policy that are not structural hubs, with their rank (ascending rank).
    public let namedButNotStructural: [RankedNode]
    /// Structural hubs that policy does not name, in rank order.
    public let structuralButNotNamed: [RankedNode]
}

/// Structural hubs by each score, beside the policy hubs (the anchors).
public struct HubComparison: Sendable, Equatable {
    /// The anchors (sources of anchor-link edges, then designated anchors without them), in the
    /// order of ``anchors(of:anchorKind:anchorAttribute:)``.
    public let policyHubs: [Int]
    /// One entry per score, in the order asked.
    public let rankings: [StructuralHubs]
}

/// Options of ``compareHubs(_:scores:options:)``.
public struct HubComparisonOptions: Sendable, Equatable {
    /// How many structural hubs to take per score; nil takes as many as there are policy hubs.
    public var k: Int?
    /// When set, only nodes whose `kind` attribute is one of these can be structural hubs
    /// (the scores are still computed on the whole graph, so organisations still carry paths).
    public var candidateKinds: Set<String>?
    /// The edge kind whose sources are the policy hubs.
    public var anchorKind: String
    /// The integer node attribute whose holders are policy hubs too (designated anchors
    /// without anchor edges); nil counts only the sources of `anchorKind` edges.
    public var anchorAttribute: String?

    public init(k: Int? = nil, candidateKinds: Set<String>? = nil, anchorKind: String = LinkageKind.anchorLink.rawValue,
                anchorAttribute: String? = AnchorDesignation.attribute) {
        self.k = k
        self.candidateKinds = candidateKinds
        self.anchorKind = anchorKind
        self.anchorAttribute = anchorAttribute
    }
}

/// Hubs found from the structure of `graph`, by each of `scores`, set beside the hubs named by
/// policy (the anchors: sources of anchor-link edges and nodes with the designation attribute
/// ``AnchorDesignation/attribute``), with the disagreements in both directions.
///
/// For each score the candidates (every node, or those of ``HubComparisonOptions/candidateKinds``)
/// are ranked by decreasing score; the structural hubs are the top `k` with a positive score,
/// extended by any candidate tied with the k-th (so the cut never separates equal scores).
/// A node with score 0 is never a structural hub.
///
/// - Parameters:
///   - graph: the network; each score is computed on all of it.
///   - scores: the centralities to rank by (``NodeScore/degree``, betweenness, …).
///   - options: k, the candidate kinds and the anchor edge kind.
/// - Returns: the policy hubs and one ``StructuralHubs`` per score.
/// - Throws: what a score throws; `GraphError/parameterOutOfRange(name:value:allowed:)` when `k` < 1,
///   `GraphError/parameterRequired(name:reason:)` when `k` is nil and there are no policy hubs.
///
/// ## Conventions
/// Ranking ties are broken by node index for order only; ranks are competition ranks. An
/// anchor outside the candidate kinds is listed as named-but-not-structural with rank 0.
///
/// Complexity: the scores' cost plus O(n log n) per score.
///
/// ## References
/// - Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. Social
///   Networks 1(3): 215–239. doi:10.1016/0378-8733(78)90021-7.
public func compareHubs(_ graph: Graph, scores: [NodeScore], options: HubComparisonOptions = HubComparisonOptions()) throws -> HubComparison {
    let policy = anchors(of: graph, anchorKind: options.anchorKind, anchorAttribute: options.anchorAttribute)
    let k = options.k ?? policy.count
    guard k >= 1 else {
        guard options.k != nil || !policy.isEmpty else {
            throw GraphError.parameterRequired(name: "k (sandan hubs --top N)", reason: "no '\(options.anchorKind)' edges and no "
                                               + "designated anchors, so no policy hubs to count structural hubs by")
        }
        throw GraphError.parameterOutOfRange(name: "the number of structural hubs", value: "\(k)", allowed: "at least 1")
    }
    let kinds = graph.nodeLabels(NodeKind.attribute)
    let candidates = (0..<graph.nodeCount).filter { v in
        options.candidateKinds.map { wanted in kinds[v].map(wanted.contains) ?? false } ?? true
    }
    let named = Set(policy)
    let rankings = try scores.map { score in
        let values = try score(graph)
        let order = candidates.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var rank = [Int: Int]()
        for (i, v) in order.enumerated() {
            rank[v] = i > 0 && values[v] == values[order[i - 1]] ? rank[order[i - 1]]! : i + 1
        }
        let ranked = { (v: Int) in RankedNode(node: v, id: graph.ids[v], score: values[v], rank: rank[v] ?? 0) }
        var top = order.prefix(k).filter { values[$0] > 0 }
        if let last = top.last {
            top += order.dropFirst(k).prefix { values[$0] == values[last] }
        }
        let structural = Set(top)
        let namedOut = policy.filter { !structural.contains($0) }.map(ranked)
            .sorted { ($0.rank == 0 ? Int.max : $0.rank, $0.node) < ($1.rank == 0 ? Int.max : $1.rank, $1.node) }
        return StructuralHubs(score: score.name, k: k, top: top.map(ranked), namedButNotStructural: namedOut,
                              structuralButNotNamed: top.filter { !named.contains($0) }.map(ranked))
    }
    return HubComparison(policyHubs: policy, rankings: rankings)
}
