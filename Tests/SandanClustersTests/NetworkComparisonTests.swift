import Testing
import SandanGraph
import SandanClusters

/// Comparing two hand-built networks.
///
/// A: nodes a, b, c, e; edges a–b (anchor-link, p, 2020), b–c (value-chain, p, 2020).
/// B: nodes a, b, c, e, d; edges b–a (anchor-link, p, 2020: the same linkage written the other
/// way), a–b (anchor-link, p, 2021), c–d (cooperation, q, 2021), e–a (cross-region, q, 2021).
@Suite struct NetworkComparisonTests {
    static func link(_ s: String, _ t: String, _ kind: String, _ programme: String, _ year: Int) -> (String, String, String, [String: AttributeValue]) {
        (s, t, kind, ["programme": .string(programme), "year": .integer(year)])
    }

    static func a() throws -> Graph {
        try TestGraphs.make(nodes: ["a", "b", "c", "e"].map { ($0, [:]) },
                            edges: [link("a", "b", "anchor-link", "p", 2020), link("b", "c", "value-chain", "p", 2020)])
    }

    static func b() throws -> Graph {
        try TestGraphs.make(nodes: ["a", "b", "c", "e", "d"].map { ($0, [:]) },
                            edges: [link("b", "a", "anchor-link", "p", 2020), link("a", "b", "anchor-link", "p", 2021),
                                    link("c", "d", "cooperation", "q", 2021), link("e", "a", "cross-region", "q", 2021)])
    }

    @Test func nodesAddedAndLinked() throws {
        let diff = try compareNetworks(try Self.a(), try Self.b())
        #expect(diff.nodesAdded == ["d"])
        #expect(diff.nodesRemoved.isEmpty)
        #expect(diff.nodesLinked == ["e"])
        #expect(diff.nodesUnlinked.isEmpty)
        #expect((diff.nodesA, diff.edgesA, diff.nodesB, diff.edgesB) == (4, 2, 5, 4))
    }

    /// The 2020 anchor-link is in both (ends unordered for undirected graphs); the 2021 one
    /// differs in its year, so it is added. Added are sorted by kind.
    @Test func linkagesAddedAndRemoved() throws {
        let diff = try compareNetworks(try Self.a(), try Self.b())
        #expect(diff.identityAttributes == ["programme", "year"])
        #expect(diff.linkagesAdded.map { "\($0.kind) \($0.source)-\($0.target) \($0.identity.compactMap { $0 })" } == [
            "anchor-link a-b [\"p\", \"2021\"]", "cooperation c-d [\"q\", \"2021\"]", "cross-region e-a [\"q\", \"2021\"]",
        ])
        #expect(diff.linkagesRemoved.map { "\($0.source)-\($0.target)" } == ["b-c"])
    }

    /// Degree centrality, A (n = 4, /3): a 1/3, b 2/3, c 1/3, e 0. B (n = 5, /4): a 3/4,
    /// b 2/4, c 1/4, e 1/4. Deltas a +5/12, e +1/4, b −1/6, c −1/12, by decreasing |delta|.
    @Test func largestCentralityChanges() throws {
        let diff = try compareNetworks(try Self.a(), try Self.b())
        #expect(diff.scoreChanges.map(\.id) == ["a", "e", "b", "c"])
        let expected = [5.0 / 12, 1.0 / 4, -1.0 / 6, -1.0 / 12]
        for (change, value) in zip(diff.scoreChanges, expected) { #expect(abs(change.delta - value) < 1e-12) }
        let top2 = try compareNetworks(try Self.a(), try Self.b(), options: ComparisonOptions(top: 2))
        #expect(top2.scoreChanges.map(\.id) == ["a", "e"])
    }

    /// Multisets: three copies against one is two added.
    @Test func repeatedLinkagesCount() throws {
        let one = try TestGraphs.edges([("a", "b")])
        let three = try TestGraphs.edges([("a", "b"), ("a", "b"), ("b", "a")])
        let diff = try compareNetworks(one, three)
        #expect(diff.linkagesAdded.map(\.count) == [2])
        #expect(diff.linkagesRemoved.isEmpty)
    }

    /// Directed graphs keep the direction: a→b and b→a are different linkages.
    @Test func directedEndsAreOrdered() throws {
        let ab = try TestGraphs.make(nodes: [], edges: [("a", "b", "", [:])], directed: true)
        let ba = try TestGraphs.make(nodes: [], edges: [("b", "a", "", [:])], directed: true)
        let diff = try compareNetworks(ab, ba)
        #expect(diff.linkagesAdded.map { $0.source + $0.target } == ["ba"])
        #expect(diff.linkagesRemoved.map { $0.source + $0.target } == ["ab"])
    }

    @Test func identicalNetworksHaveNoChanges() throws {
        let diff = try compareNetworks(try Self.b(), try Self.b())
        #expect(diff.linkagesAdded.isEmpty && diff.linkagesRemoved.isEmpty && diff.scoreChanges.isEmpty)
        #expect(diff.tables[0].rows.isEmpty)
    }
}
