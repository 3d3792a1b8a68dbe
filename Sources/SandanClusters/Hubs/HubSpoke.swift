import SandanGraph

/// The hub–spoke profile of one anchor complex (거점): its spokes (연계), how regional its
/// linkages are, how much of its region it reaches, and how star-like its neighbourhood is.
public struct AnchorProfile: Sendable, Equatable {
    /// The anchor's node index and id.
    public let anchor: Int
    public let id: String
    /// The anchor's region (the ``HubSpokeOptions/regionAttribute``), if it has one.
    public let region: String?
    /// The targets of the anchor's anchor-link edges, distinct, in edge order; empty for an
    /// anchor known only from its designation attribute (a 2019 anchor of `Graphs/`).
    public let spokes: [Int]
    /// Their ids.
    public let spokeIDs: [String]
    /// The anchor's linkages: its incident edges of every kind, each counted (an anchor-link
    /// and a value-chain to the same complex are two), self-loops left out.
    public let linkages: Int
    /// Of those, the linkages whose other end has a region.
    public let linkagesWithRegion: Int
    /// Of those, the linkages whose other end lies in the anchor's region.
    public let linkagesInRegion: Int
    /// The spokes that lie in the anchor's region.
    public let spokesInRegion: Int
    /// The anchor's distinct neighbours (its ego network has `egoSize + 1` nodes).
    public let egoSize: Int
    /// Ties among those neighbours (distinct pairs, any kind, direction ignored).
    public let alterTies: Int
    /// The anchor's hub dominance in its region (see ``hubSpokeProfiles(_:options:)``), nil
    /// without a region or when the region has one node; 0 for an anchor with no neighbour in
    /// its region (one without spokes or other linkages there).
    public let hubDominance: Double?
    /// The node of the anchor's region with the most distinct neighbours inside the region
    /// (the smallest index among ties): the region's hub in Lancichinetti et al.'s sense.
    public let regionHub: Int?
    /// Its id.
    public let regionHubID: String?
    /// The region hub's dominance; equal to ``hubDominance`` when the anchor is the region hub.
    public let regionHubDominance: Double?

    /// The share of the anchor's linkages that stay in its region:
    /// `linkagesInRegion / linkagesWithRegion`; nil when the anchor has no region or none of
    /// its linkages reaches a node with one (so always for an anchor without linkages).
    public var regionalShare: Double? {
        guard region != nil, linkagesWithRegion > 0 else { return nil }
        return Double(linkagesInRegion) / Double(linkagesWithRegion)
    }

    /// Star-ness of the anchor's ego network: Freeman's degree centralisation of the network
    /// of the anchor and its neighbours, which there equals 1 − (density among the
    /// neighbours) = 1 − alterTies / C(egoSize, 2). 1 for a pure star, 0 when every two
    /// neighbours are linked too; nil with fewer than two neighbours.
    public var starness: Double? {
        guard egoSize >= 2 else { return nil }
        return 1 - Double(alterTies) / (Double(egoSize * (egoSize - 1)) / 2)
    }
}

/// What ``hubSpokeProfiles(_:options:)`` reads from the graph.
public struct HubSpokeOptions: Sendable, Equatable {
    /// The edge kind whose sources are anchors and whose targets are spokes.
    public var anchorKind: String
    /// The integer node attribute whose holders are anchors too, with or without edges
    /// (``AnchorDesignation/attribute``); nil counts only the sources of `anchorKind` edges.
    public var anchorAttribute: String?
    /// The node attribute that holds each node's region.
    public var regionAttribute: String

    public init(anchorKind: String = LinkageKind.anchorLink.rawValue, anchorAttribute: String? = AnchorDesignation.attribute,
                regionAttribute: String = Region.attribute) {
        self.anchorKind = anchorKind
        self.anchorAttribute = anchorAttribute
        self.regionAttribute = regionAttribute
    }
}

/// The anchors of `graph`: the sources of its `anchorKind` edges (for undirected graphs, the
/// end given first, which `Graphs/` writes as the anchor), distinct, in edge order; then the
/// other nodes with a value of the integer node attribute `anchorAttribute` (designated
/// anchors without such edges), in node order. O(n + m).
public func anchors(of graph: Graph, anchorKind: String = LinkageKind.anchorLink.rawValue,
                    anchorAttribute: String? = AnchorDesignation.attribute) -> [Int] {
    var seen = Set<Int>()
    let sources = (0..<graph.edgeCount).compactMap { e in
        graph.kind(of: e) == anchorKind && seen.insert(graph.source(of: e)).inserted ? graph.source(of: e) : nil
    }
    guard let anchorAttribute else { return sources }
    let designated = AnchorDesignation.years(in: graph, attribute: anchorAttribute)
    return sources + (0..<graph.nodeCount).filter { designated[$0] != nil && !seen.contains($0) }
}

/// The hub–spoke profile of every anchor of `graph`, in the order of
/// ``anchors(of:anchorKind:anchorAttribute:)``.
///
/// An **anchor** is the source of an edge of kind ``HubSpokeOptions/anchorKind`` or a node with
/// the designation attribute ``HubSpokeOptions/anchorAttribute``; its **spokes** are the
/// targets of its anchor edges. For each anchor `a`:
///
/// - **regional share**: the fraction of `a`'s linkages (incident edges of every kind in the
///   graph given; filter the graph first to restrict the kinds) whose other end lies in `a`'s
///   region, among those whose other end has a region;
/// - **hub dominance** HD(a) = k(a, R) / (n_R − 1), where R is the set of nodes of `a`'s
///   region, n_R its size and k(a, R) the number of distinct neighbours of `a` in R: the
///   share of its region the anchor reaches directly. It is the hub dominance Lancichinetti
///   et al. (2010) define for a community (the maximum internal degree over n_c − 1), taken
///   for the anchor with its region as the community; the region's own value (its top node)
///   is given beside it, so an anchor that is not its region's hub shows. The hub–spoke
///   district whose firms cluster around one or a few dominant firms is Markusen's (1996);
/// - **star-ness**: Freeman's (1978) degree centralisation of `a`'s ego network (`a`, its
///   distinct neighbours and the ties among them); since the ego is linked to every other
///   node, it equals 1 − the density of ties among the neighbours.
///
/// - Parameters:
///   - graph: any graph; direction is ignored for neighbourhoods and shares.
///   - options: the anchor edge kind and the region attribute.
/// - Returns: one ``AnchorProfile`` per anchor (empty when the graph has no anchor edge).
///
/// ## Conventions
/// Neighbourhoods are simple and undirected: parallel and multiplex edges count once,
/// self-loops never. Linkage counts (the regional share) count every edge. Nodes without a
/// region are outside every region: they are left out of the share's denominator and of every
/// n_R. An anchor with **no spokes** (designated, but no anchor edge in the graph given) is
/// profiled like any other: spokes empty, its other linkages counted; an isolated one has
/// regional share nil (no linkage to share), hub dominance 0 (it reaches none of its region)
/// and star-ness nil (fewer than two neighbours). NetworkX has no hub–spoke routine; the pieces are `nx.ego_graph`, `nx.density` and
/// degree counts within `G.subgraph(region)`.
///
/// Complexity: O(n + m + Σ_a d_a² log d_a) time for anchors of degree d_a, O(n + m) memory.
///
/// ## References
/// - Lancichinetti, A., Kivelä, M., Saramäki, J., Fortunato, S. (2010). Characterizing the
///   community structure of complex networks. PLoS ONE 5(8): e11976.
///   doi:10.1371/journal.pone.0011976 (hub dominance).
/// - Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. Social
///   Networks 1(3): 215–239. doi:10.1016/0378-8733(78)90021-7 (degree centralisation).
/// - Markusen, A. (1996). Sticky places in slippery space: a typology of industrial
///   districts. Economic Geography 72(3): 293–313. doi:10.2307/144402 (hub-and-spoke districts).
public func hubSpokeProfiles(_ graph: Graph, options: HubSpokeOptions = HubSpokeOptions()) -> [AnchorProfile] {
    let anchorList = anchors(of: graph, anchorKind: options.anchorKind, anchorAttribute: options.anchorAttribute)
    guard !anchorList.isEmpty else { return [] }
    let regions = graph.nodeLabels(options.regionAttribute)
    let neighbours = Neighbourhoods(graph)
    var regionSize: [String: Int] = [:]
    for case let r? in regions { regionSize[r, default: 0] += 1 }
    // The region hub: the most distinct neighbours within the region.
    var regionHub: [String: (node: Int, degree: Int)] = [:]
    for v in 0..<graph.nodeCount {
        guard let r = regions[v] else { continue }
        let inside = neighbours[v].reduce(0) { $0 + (regions[Int($1)] == r ? 1 : 0) }
        if let best = regionHub[r], best.degree >= inside { continue }
        regionHub[r] = (v, inside)
    }
    var spokes = [[Int]](repeating: [], count: graph.nodeCount)
    for e in 0..<graph.edgeCount where graph.kind(of: e) == options.anchorKind {
        let a = graph.source(of: e), s = graph.target(of: e)
        if s != a, !spokes[a].contains(s) { spokes[a].append(s) }
    }
    return anchorList.map { a in
        let region = regions[a]
        var linkages = 0, withRegion = 0, inRegion = 0
        var ends = Array(graph.successors(of: a))
        if graph.isDirected { ends += graph.predecessors(of: a) }
        for w in ends where Int(w) != a {
            linkages += 1
            guard let other = regions[Int(w)] else { continue }
            withRegion += 1
            if other == region { inRegion += 1 }
        }
        let ego = neighbours[a]
        var alterTies = 0
        for (i, u) in ego.enumerated() {
            for v in ego[(i + 1)...] where neighbours.areLinked(Int(u), Int(v)) { alterTies += 1 }
        }
        var dominance: Double?, hub: Int?, hubDominance: Double?
        if let region, let size = regionSize[region], size > 1 {
            let inside = ego.reduce(0) { $0 + (regions[Int($1)] == region ? 1 : 0) }
            dominance = Double(inside) / Double(size - 1)
            if let best = regionHub[region] {
                hub = best.node
                hubDominance = Double(best.degree) / Double(size - 1)
            }
        }
        return AnchorProfile(anchor: a, id: graph.ids[a], region: region, spokes: spokes[a],
                             spokeIDs: spokes[a].map { graph.ids[$0] }, linkages: linkages,
                             linkagesWithRegion: withRegion, linkagesInRegion: inRegion,
                             spokesInRegion: spokes[a].filter { region != nil && regions[$0] == region }.count,
                             egoSize: ego.count, alterTies: alterTies, hubDominance: dominance,
                             regionHub: hub, regionHubID: hub.map { graph.ids[$0] }, regionHubDominance: hubDominance)
    }
}
