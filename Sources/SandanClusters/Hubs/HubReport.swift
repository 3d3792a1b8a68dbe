import SandanGraph
import SandanIO

/// The hub–spoke report of `sandan hubs`: every anchor's profile, and the structural hubs
/// beside the policy hubs with their disagreements.
public struct HubReport: TabularResult {
    /// One profile per anchor (see ``hubSpokeProfiles(_:options:)``).
    public let profiles: [AnchorProfile]
    /// Structural against policy hubs (see ``compareHubs(_:scores:options:)``).
    public let comparison: HubComparison
    /// The `name_ko` of each profiled anchor, when the graph has names.
    public let names: [Int: String]

    /// Profiles the anchors of `graph` and compares them with the hubs `scores` find.
    /// - Throws: what ``compareHubs(_:scores:options:)`` throws.
    public init(_ graph: Graph, scores: [NodeScore] = [.degree], hubSpoke: HubSpokeOptions = HubSpokeOptions(),
                comparison: HubComparisonOptions = HubComparisonOptions()) throws {
        profiles = hubSpokeProfiles(graph, options: hubSpoke)
        var options = comparison
        options.anchorKind = hubSpoke.anchorKind
        options.anchorAttribute = hubSpoke.anchorAttribute
        self.comparison = try compareHubs(graph, scores: scores, options: options)
        let labels = graph.nodeLabels("name_ko")
        names = Dictionary(uniqueKeysWithValues: profiles.compactMap { p in labels[p.anchor].map { (p.anchor, $0) } })
    }

    /// `anchors` (primary), `structural_hubs` and `disagreements`.
    public var tables: [ResultTable] {
        let anchors = ResultTable(
            name: "anchors",
            header: ["anchor", "name", "region", "spokes", "spoke_count", "spokes_in_region", "linkages",
                     "linkages_in_region", "regional_share", "hub_dominance", "region_hub", "region_hub_dominance",
                     "ego_size", "alter_ties", "starness"],
            rows: profiles.map { p in
                [.text(p.id), .text(names[p.anchor] ?? ""), .text(p.region ?? ""), .list(p.spokeIDs), .integer(p.spokes.count),
                 .integer(p.spokesInRegion), .integer(p.linkages), .integer(p.linkagesInRegion), .number(p.regionalShare),
                 .number(p.hubDominance), .text(p.regionHubID ?? ""), .number(p.regionHubDominance),
                 .integer(p.egoSize), .integer(p.alterTies), .number(p.starness)]
            })
        let named = Set(comparison.policyHubs)
        let hubs = ResultTable(
            name: "structural_hubs", header: ["score", "rank", "id", "value", "named_by_policy"],
            rows: comparison.rankings.flatMap { r in
                r.top.map { [.text(r.score), .integer($0.rank), .text($0.id), .number($0.score), .flag(named.contains($0.node))] }
            })
        let disagreements = ResultTable(
            name: "disagreements", header: ["score", "id", "disagreement", "rank", "value"],
            rows: comparison.rankings.flatMap { r in
                r.namedButNotStructural.map { [.text(r.score), .text($0.id), .text("named-not-structural"), .integer($0.rank), .number($0.score)] }
                    + r.structuralButNotNamed.map { [.text(r.score), .text($0.id), .text("structural-not-named"), .integer($0.rank), .number($0.score)] }
            })
        return [anchors, hubs, disagreements]
    }
}
