import SandanGraph

/// A node's Gould–Fernandez brokerage between provinces, as the report shows it.
///
/// From `brokerage(_:groups:threads:)` with the provinces as groups, over the nodes that
/// have a province. For an undirected graph every open path a–b–c is brokered as (a, c) and as
/// (c, a), so the counts are halved to count each path once; representative and gatekeeper are
/// then one role (the same path read in either direction) and are shown together.
public struct RegionBroker: Sendable, Equatable {
    /// The node.
    public let node: Int
    /// Paths between two provinces other than the broker's (liaison).
    public let liaison: Int
    /// Paths between the broker's province and another (representative + gatekeeper).
    public let representativeOrGatekeeper: Int
    /// Paths inside another province through the broker (itinerant; UCINET's consultant).
    public let itinerant: Int
    /// Distinct other provinces among the node's neighbours.
    public let otherRegions: Int

    /// Every path the node brokers that touches a province other than its own.
    public var betweenRegions: Int { liaison + representativeOrGatekeeper + itinerant }

    /// The brokers of `graph` by its `regions` (nil: no province), most between-province
    /// brokerage first, then most other provinces reached, then by node index.
    ///
    /// - Complexity: that of ``brokerage(_:groups:threads:)`` on the nodes with a province.
    static func ranking(_ graph: Graph, regions: [String?]) throws -> [RegionBroker] {
        let kept = regions.indices.filter { regions[$0] != nil }
        guard !kept.isEmpty else { return [] }
        let subgraph = graph.inducedSubgraph(kept)
        let names = Array(Set(kept.compactMap { regions[$0] })).sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        let labels = kept.map { v in regions[v].flatMap { index[$0] } ?? 0 }
        let scores = try brokerage(subgraph, groups: try NodeGroups(labels: labels))
        let halve = graph.isDirected ? 1 : 2
        var reached = [Set<Int>](repeating: [], count: kept.count)
        for e in 0..<subgraph.edgeCount {
            let u = subgraph.source(of: e), v = subgraph.target(of: e)
            if labels[u] != labels[v] {
                reached[u].insert(labels[v])
                reached[v].insert(labels[u])
            }
        }
        return kept.indices.map { i in
            RegionBroker(node: kept[i], liaison: scores.counts(.liaison)[i] / halve,
                         representativeOrGatekeeper: (scores.counts(.representative)[i] + scores.counts(.gatekeeper)[i]) / halve,
                         itinerant: scores.counts(.itinerant)[i] / halve, otherRegions: reached[i].count)
        }.sorted { a, b in
            if a.betweenRegions != b.betweenRegions { return a.betweenRegions > b.betweenRegions }
            if a.otherRegions != b.otherRegions { return a.otherRegions > b.otherRegions }
            return a.node < b.node
        }
    }
}
