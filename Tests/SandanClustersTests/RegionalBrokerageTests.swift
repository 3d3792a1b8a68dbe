import Testing
import SandanGraph
import SandanClusters

/// Gould–Fernandez roles with regions as groups, on a hand-built directed network.
///
/// Regions: a, e in R1; b, d, f, i in R2; c in R3; z has none (left out, with z→a).
/// Arcs: e→a, a→b, b→c, b→d, d→f, c→i, z→a. No two-path is closed.
/// - a brokers (e, b): R1, R1, R2 → representative;
/// - b brokers (a, c): R1, R2, R3 → liaison, and (a, d): R1, R2, R2 → gatekeeper;
/// - c brokers (b, i): R2, R3, R2 → itinerant;
/// - d brokers (b, f): R2, R2, R2 → coordinator.
/// Across regions: b 2, a 1, c 1, d 0.
@Suite struct RegionalBrokerageTests {
    static func graph() throws -> Graph {
        try TestGraphs.make(
            nodes: [TestGraphs.node("a", "R1"), TestGraphs.node("b", "R2"), TestGraphs.node("c", "R3"), TestGraphs.node("d", "R2"),
                    TestGraphs.node("e", "R1"), TestGraphs.node("f", "R2"), TestGraphs.node("i", "R2"), ("z", [:])],
            edges: [("e", "a", "", [:]), ("a", "b", "", [:]), ("b", "c", "", [:]), ("b", "d", "", [:]),
                    ("d", "f", "", [:]), ("c", "i", "", [:]), ("z", "a", "", [:])],
            directed: true)
    }

    @Test func rolesOfEachBroker() throws {
        let result = try regionalBrokerage(try Self.graph())
        #expect(result.brokers.map(\.id) == ["b", "a", "c", "d"])
        #expect(result.broker("a")?.counts == [0, 0, 1, 0, 0])
        #expect(result.broker("b")?.counts == [0, 0, 0, 1, 1])
        #expect(result.broker("c")?.counts == [0, 1, 0, 0, 0])
        #expect(result.broker("d")?.counts == [1, 0, 0, 0, 0])
        #expect(result.brokers.map(\.acrossRegions) == [2, 1, 1, 0])
        #expect(result.broker("b")?.count(.liaison) == 1)
        #expect(result.broker("b")?.count(.total) == 2)
        #expect(result.unassignedNodes == 1)
        #expect(result.broker("e") == nil)
    }

    /// Listing only kind "complex" with b made an organisation: b is not listed, the others keep
    /// their counts (b still brokers and is still an end of the pairs a and c broker).
    @Test func candidateKindsChooseWhoIsListedNotWhatIsCounted() throws {
        let g = try Self.graph()
        var kinds = (0..<g.nodeCount).map { g.nodeAttributes.value("kind", at: $0)?.description }
        kinds[1] = "organisation"
        let withOffice = g.settingNodeColumn("kind", .string(kinds))
        let all = try regionalBrokerage(withOffice)
        let complexes = try regionalBrokerage(withOffice, candidateKinds: ["complex"])
        #expect(all.brokers.map(\.id) == ["b", "a", "c", "d"])
        #expect(complexes.brokers.map(\.id) == ["a", "c", "d"])
        #expect(complexes.brokers == Array(all.brokers.dropFirst()))
        #expect(complexes.unassignedNodes == 1)
    }

    @Test func tableNamesTheRoles() throws {
        let table = try regionalBrokerage(try Self.graph()).tables[0]
        #expect(table.header == ["id", "region", "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total", "across_regions"])
        #expect(table.csv.contains("\nb,R2,0,0,0,1,1,2,2\n"))
    }

    @Test func unknownAttributeIsAnError() throws {
        #expect(throws: GraphError.self) { try regionalBrokerage(try Self.graph(), attribute: "nope") }
    }
}
