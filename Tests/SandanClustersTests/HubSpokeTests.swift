import Testing
import SandanGraph
@testable import SandanClusters

/// Hub–spoke profiles and structural hubs on a hand-built district.
///
/// Nodes (index order): a, s1, s2, s3, y in region R1; x, b in R2.
/// Edges: a→s1, a→s2, a→s3 (anchor-link); s1–s2 (cooperation); a–x (cross-region);
/// a→s1 (value-chain, parallel to the anchor-link); b→y (anchor-link). The designated variant
/// adds d in R2 with anchor_since and no edge.
@Suite struct HubSpokeTests {
    static func district() throws -> Graph { try district(nodes: districtNodes) }

    static let districtNodes = [TestGraphs.node("a", "R1"), TestGraphs.node("s1", "R1"), TestGraphs.node("s2", "R1"),
                                TestGraphs.node("s3", "R1"), TestGraphs.node("y", "R1"), TestGraphs.node("x", "R2"), TestGraphs.node("b", "R2")]

    /// The district plus d in R2, designated (anchor_since 2019) but without anchor-links or any
    /// linkage; a is designated too (anchor_since 2020) and already a source.
    static func districtWithDesignations() throws -> Graph {
        var nodes = districtNodes
        nodes[0].1["anchor_since"] = .integer(2020)
        var d = TestGraphs.node("d", "R2")
        d.1["anchor_since"] = .integer(2019)
        return try district(nodes: nodes + [d])
    }

    static func district(nodes: [(String, [String: AttributeValue])]) throws -> Graph {
        try TestGraphs.make(
            nodes: nodes,
            edges: [("a", "s1", "anchor-link", [:]), ("a", "s2", "anchor-link", [:]), ("a", "s3", "anchor-link", [:]),
                    ("s1", "s2", "cooperation", [:]), ("a", "x", "cross-region", [:]), ("a", "s1", "value-chain", [:]),
                    ("b", "y", "anchor-link", [:])])
    }

    @Test func anchorsAreSourcesOfAnchorLinksInOrder() throws {
        let g = try Self.district()
        #expect(anchors(of: g).map { g.ids[$0] } == ["a", "b"])
    }

    /// a: linkages 5 (3 anchor-links, cross-region, value-chain), 4 to R1 → share 4/5.
    /// Distinct neighbours s1, s2, s3, x; among them only s1–s2 → starness 1 − 1/C(4,2) = 5/6.
    /// R1 has 5 nodes; a reaches s1, s2, s3 there → hub dominance 3/4; s1 reaches 2 → a is the hub.
    @Test func profileOfTheAnchor() throws {
        let profiles = hubSpokeProfiles(try Self.district())
        let a = try #require(profiles.first)
        #expect(a.id == "a")
        #expect(a.spokeIDs == ["s1", "s2", "s3"])
        #expect(a.spokesInRegion == 3)
        #expect(a.linkages == 5)
        #expect(a.linkagesInRegion == 4)
        #expect(a.regionalShare == 0.8)
        #expect(a.egoSize == 4)
        #expect(a.alterTies == 1)
        #expect(abs(a.starness! - 5.0 / 6.0) < 1e-12)
        #expect(a.hubDominance == 0.75)
        #expect(a.regionHubID == "a")
        #expect(a.regionHubDominance == 0.75)
    }

    /// b: one linkage, to y in R1 → share 0; R2 = {x, b}, b has no neighbour in R2 → 0/1 = 0.
    /// x has none either (its neighbour a is in R1): the tie at 0 goes to the smaller index, x.
    /// One neighbour → starness undefined.
    @Test func profileOfAnAnchorWhoseSpokeIsInAnotherRegion() throws {
        let b = try #require(hubSpokeProfiles(try Self.district()).last)
        #expect(b.id == "b")
        #expect(b.regionalShare == 0)
        #expect(b.spokesInRegion == 0)
        #expect(b.hubDominance == 0)
        #expect(b.regionHubID == "x")
        #expect(b.starness == nil)
    }

    @Test func noRegionMeansNoShareAndNoDominance() throws {
        let g = try TestGraphs.make(nodes: [("a", [:]), ("b", [:]), ("c", [:])],
                                    edges: [("a", "b", "anchor-link", [:]), ("a", "c", "anchor-link", [:])])
        let a = try #require(hubSpokeProfiles(g).first)
        #expect(a.regionalShare == nil)
        #expect(a.hubDominance == nil)
        #expect(a.starness == 1)
    }

    /// Degrees: a 5, s1 3, s2 2, s3 1, y 1, x 1, b 1; n = 7 so centrality = degree / 6.
    /// k = 2 (two anchors): a and s1; s1 is structural but not named; b (tied 4th) is named only.
    @Test func structuralHubsBesidePolicyHubs() throws {
        let comparison = try compareHubs(try Self.district(), scores: [.degree])
        let degree = try #require(comparison.rankings.first)
        #expect(degree.k == 2)
        #expect(degree.top.map(\.id) == ["a", "s1"])
        #expect(degree.top.map(\.rank) == [1, 2])
        #expect(abs(degree.top[0].score - 5.0 / 6.0) < 1e-12)
        #expect(degree.structuralButNotNamed.map(\.id) == ["s1"])
        #expect(degree.namedButNotStructural.map(\.id) == ["b"])
        #expect(degree.namedButNotStructural.first?.rank == 4)
    }

    /// With k = 4 the cut falls inside the four-way tie at 1/6 (s3, y, x, b): all are taken.
    @Test func tiesAtTheCutAreIncluded() throws {
        let degree = try #require(try compareHubs(try Self.district(), scores: [.degree], options: HubComparisonOptions(k: 4)).rankings.first)
        #expect(degree.top.map(\.id) == ["a", "s1", "s2", "s3", "y", "x", "b"])
        #expect(degree.namedButNotStructural.isEmpty)
    }

    @Test func candidateKindsRestrictTheStructuralHubs() throws {
        let g = try TestGraphs.make(
            nodes: [TestGraphs.node("hq", "R", kind: "organisation"), TestGraphs.node("a", "R"), TestGraphs.node("b", "R"), TestGraphs.node("c", "R")],
            edges: [("hq", "a", "management", [:]), ("hq", "b", "management", [:]), ("hq", "c", "management", [:]), ("a", "b", "anchor-link", [:])])
        let all = try #require(try compareHubs(g, scores: [.degree]).rankings.first)
        #expect(all.top.map(\.id) == ["hq"])
        let complexes = try #require(try compareHubs(g, scores: [.degree], options: HubComparisonOptions(candidateKinds: ["complex"])).rankings.first)
        #expect(complexes.top.map(\.id) == ["a", "b"])
    }

    /// Anchors: the sources a, b in edge order, then d from the attribute (a is not repeated);
    /// without the attribute, only a and b.
    @Test func designatedNodesAreAnchorsToo() throws {
        let g = try Self.districtWithDesignations()
        #expect(anchors(of: g).map { g.ids[$0] } == ["a", "b", "d"])
        #expect(anchors(of: g, anchorAttribute: nil).map { g.ids[$0] } == ["a", "b"])
        #expect(hubSpokeProfiles(g, options: HubSpokeOptions(anchorAttribute: nil)).map(\.id) == ["a", "b"])
    }

    /// d has no spokes and no linkage: share nil (nothing to share), star-ness nil (no two
    /// neighbours), hub dominance 0/(3 − 1) = 0 in R2 = {x, b, d}, whose hub is x (all three
    /// reach 0 nodes of R2; the smallest index wins).
    @Test func anAnchorWithoutSpokes() throws {
        let d = try #require(hubSpokeProfiles(try Self.districtWithDesignations()).last)
        #expect(d.id == "d")
        #expect(d.spokes.isEmpty)
        #expect(d.linkages == 0)
        #expect(d.egoSize == 0)
        #expect(d.regionalShare == nil)
        #expect(d.starness == nil)
        #expect(d.hubDominance == 0)
        #expect(d.regionHubID == "x")
        #expect(d.regionHubDominance == 0)
    }

    /// Degrees with d: a 5, s1 3, s2 2, s3 1, y 1, x 1, b 1, d 0. Three policy hubs, so k = 3:
    /// a, s1, s2. Named but not structural: b (rank 4, tied with s3, y, x) and d (rank 8, score
    /// 0, never structural).
    @Test func designatedAnchorsCountAsPolicyHubs() throws {
        let comparison = try compareHubs(try Self.districtWithDesignations(), scores: [.degree])
        let degree = try #require(comparison.rankings.first)
        #expect(comparison.policyHubs.count == 3)
        #expect(degree.k == 3)
        #expect(degree.top.map(\.id) == ["a", "s1", "s2"])
        #expect(degree.namedButNotStructural.map(\.id) == ["b", "d"])
        #expect(degree.namedButNotStructural.map(\.rank) == [4, 8])
        #expect(degree.structuralButNotNamed.map(\.id) == ["s1", "s2"])
        let report = try HubReport(try Self.districtWithDesignations())
        #expect(report.tables[0].csv.contains("\nd,,R2,,0,0,0,0,,0.0,x,0.0,0,0,\n"))
    }

    @Test func reportTablesCarryEveryAnchor() throws {
        let report = try HubReport(try Self.district())
        #expect(report.tables.map(\.name) == ["anchors", "structural_hubs", "disagreements"])
        #expect(report.tables[0].rows.count == 2)
        #expect(report.tables[0].csv.hasPrefix("anchor,name,region,spokes,"))
        #expect(report.tables[0].csv.contains("a,,R1,s1;s2;s3,3,3,5,4,0.8,0.75,a,0.75,4,1,"))
    }
}
