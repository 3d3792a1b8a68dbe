import Testing
import SandanGraph
import SandanClusters

/// Linkages and anchor designations restricted to a window of years.
///
/// Nodes: g (anchor_since 2019), h (2019), p (2020), s1, s2, q (none).
/// Edges: g→s1 anchor-link 2021; p→s2 anchor-link 2020; s1→s2 value-chain 2022;
/// q–s1 cooperation without a year.
/// g is a 2019 anchor designated again, with a spoke, in 2021 (as 군산 in Graphs/); h is a 2019
/// anchor without spokes; p a 2020 anchor.
@Suite struct YearWindowTests {
    static func graph() throws -> Graph {
        try TestGraphs.make(
            nodes: [("g", ["anchor_since": .integer(2019)]), ("h", ["anchor_since": .integer(2019)]),
                    ("p", ["anchor_since": .integer(2020)]), ("s1", [:]), ("s2", [:]), ("q", [:])],
            edges: [("g", "s1", "anchor-link", ["year": .integer(2021)]), ("p", "s2", "anchor-link", ["year": .integer(2020)]),
                    ("s1", "s2", "value-chain", ["year": .integer(2022)]), ("q", "s1", "cooperation", [:])])
    }

    static func designations(_ g: Graph) -> [String: Int] {
        let years = AnchorDesignation.years(in: g)
        return Dictionary(uniqueKeysWithValues: (0..<g.nodeCount).compactMap { v in years[v].map { (g.ids[v], $0) } })
    }

    static func edges(_ g: Graph) -> [String] {
        (0..<g.edgeCount).map { g.ids[g.source(of: $0)] + g.ids[g.target(of: $0)] }
    }

    @Test func containsIsInclusive() {
        let window = YearWindow(since: 2019, until: 2022)
        #expect(window.contains(2019) && window.contains(2022))
        #expect(!window.contains(2018) && !window.contains(2023))
        #expect(YearWindow(until: 2018).contains(1960))
        #expect(YearWindow().isUnbounded)
    }

    /// Until 2018: every edge is later and every designation too.
    @Test func untilBeforeEveryDesignation() throws {
        let g = try restrict(try Self.graph(), to: YearWindow(until: 2018))
        #expect(g.edgeCount == 0)
        #expect(g.nodeCount == 6)
        #expect(Self.designations(g).isEmpty)
        #expect(anchors(of: g).isEmpty)
    }

    /// Until 2019: g and h keep 2019, p (2020) loses its year. Until 2020: p→s2 stays and p
    /// keeps 2020.
    @Test func untilDropsLaterDesignations() throws {
        let g = try restrict(try Self.graph(), to: YearWindow(until: 2019))
        #expect(Self.designations(g) == ["g": 2019, "h": 2019])
        let g2020 = try restrict(try Self.graph(), to: YearWindow(until: 2020))
        #expect(Self.edges(g2020) == ["ps2"])
        #expect(Self.designations(g2020) == ["g": 2019, "h": 2019, "p": 2020])
    }

    /// Since 2021: g→s1 (2021) and s1→s2 (2022) stay. g's 2019 becomes 2021, the year of its
    /// anchor-link in the window; h (no anchor-link) and p (its link is of 2020) lose theirs.
    @Test func sinceMovesEarlierDesignationsToTheirLinksInTheWindow() throws {
        let g = try restrict(try Self.graph(), to: YearWindow(since: 2021))
        #expect(Self.edges(g) == ["gs1", "s1s2"])
        #expect(Self.designations(g) == ["g": 2021])
        #expect(anchors(of: g).map { g.ids[$0] } == ["g"])
    }

    /// 2020–2021: g→s1 and p→s2; g 2021, p 2020, h none.
    @Test func aWindow() throws {
        let g = try restrict(try Self.graph(), to: YearWindow(since: 2020, until: 2021))
        #expect(Self.edges(g) == ["gs1", "ps2"])
        #expect(Self.designations(g) == ["g": 2021, "p": 2020])
    }

    @Test func badWindowsAndMissingYears() throws {
        let g = try Self.graph()
        #expect(throws: GraphError.parameterOutOfRange(name: "the first year", value: "2022", allowed: "at most the last (2021)")) {
            try restrict(g, to: YearWindow(since: 2022, until: 2021))
        }
        let undated = try TestGraphs.edges([("a", "b")])
        #expect(throws: GraphError.attributesRequired(purpose: "keeping linkages by year", kind: "integer edge", names: ["year"])) {
            try restrict(undated, to: YearWindow(until: 2020))
        }
        #expect(try restrict(undated, to: YearWindow()).edgeCount == 1)
    }
}
