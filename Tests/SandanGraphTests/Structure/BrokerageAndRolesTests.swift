import Testing
@testable import SandanGraph

/// Gould–Fernandez brokerage against the hand-computed fixture (R sna::brokerage definition) and
/// sna's null-model moments; Guimerà–Amaral roles against the hand-computed fixtures.
@Suite struct BrokerageAndRolesTests {
    @Test func brokerageCountsAndMomentsMatchSna() throws {
        let fixture = try StructureFixture("directed_dangling")
        let scores = try brokerage(fixture.graph, groups: try fixture.partition("region"))
        for role in BrokerageRole.allCases {
            let expected = try #require(fixture.node("brokerage_\(role)"))
            #expect(scores.counts(role).map(Double.init) == expected.map { $0! }, "\(role) counts")
            expectMatches(scores.expected(role), try #require(fixture.node("brokerage_expected_\(role)")), "\(role) expected")
            expectMatches(scores.standardDeviation(role), try #require(fixture.node("brokerage_sd_\(role)")), "\(role) sd")
        }
        // d = 13 arcs / (8·7); f and g form a group of two, where no coordinator path fits, so
        // its mean and deviation are 0 and the z-score is undefined.
        #expect(scores.density == 13.0 / 56.0)
        let f = try #require(fixture.graph.index(of: "f"))
        #expect(scores.zScores(.coordinator)[f].isNaN)
        let a = try #require(fixture.graph.index(of: "a"))
        let z = scores.zScores(.total)[a]
        #expect(abs(z - (4 - scores.expected(.total)[a]) / scores.standardDeviation(.total)[a]) < 1e-12)
        #expect(try brokerage(fixture.graph, groups: try fixture.partition("region"), threads: 1) == scores)
    }

    /// Undirected path a–b–c–d, groups a, b in X and c, d in Y; each edge is two arcs. By hand:
    /// b brokers (a, c) as representative (a, b in X; c in Y) and (c, a) as gatekeeper; c brokers
    /// (d, b) as representative and (b, d) as gatekeeper. Closing a–c takes b's two paths away and
    /// gives c two more, (a, d) and (d, a).
    @Test func undirectedEdgesBrokerBothWays() throws {
        var builder = GraphBuilder(directed: false)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "d")] { builder.addEdge(u, v) }
        let path = builder.build()
        let groups = try NodeGroups(labels: [0, 0, 1, 1])
        let scores = try brokerage(path, groups: groups)
        #expect(scores.counts(.representative) == [0, 1, 1, 0])
        #expect(scores.counts(.gatekeeper) == [0, 1, 1, 0])
        #expect(scores.counts(.total) == [0, 2, 2, 0])
        builder.addEdge("a", "c")
        #expect(try brokerage(builder.build(), groups: groups).counts(.total) == [0, 0, 4, 0])
    }

    @Test func groupsMustCoverEveryNode() throws {
        var builder = GraphBuilder(directed: true)
        builder.addEdge("a", "b")
        try builder.setNodeAttribute("region", node: 0, .string("Gyeonggi"))
        let graph = builder.build()
        #expect(throws: GraphError.missingGroup(node: "b", attribute: "region")) { try NodeGroups(graph, attribute: "region") }
        #expect(throws: GraphError.unknownAttribute(name: "industry", available: ["region"])) {
            try NodeGroups(graph, attribute: "industry")
        }
        #expect(throws: GraphError.countMismatch(what: "the brokerage groups", count: 1, nodeCount: 2)) {
            try brokerage(graph, groups: try NodeGroups(labels: [0]))
        }
        #expect(throws: GraphError.negativeGroupLabel(node: 1, label: -1)) { try NodeGroups(labels: [0, -1]) }
    }

    @Test func groupsFromAnAttributeAreSortedByValue() throws {
        var builder = GraphBuilder(directed: false)
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        for (v, region) in ["울산", "경남", "울산"].enumerated() { try builder.setNodeAttribute("region", node: v, .string(region)) }
        let groups = try NodeGroups(builder.build(), attribute: "region")
        #expect(groups.names == ["경남", "울산"] && groups.labels == [1, 0, 1] && groups.sizes == [1, 2])
    }

    @Test(arguments: StructureFixture.all)
    func zScoresAndParticipationMatchFixtures(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        guard !graph.isDirected else {
            #expect(throws: GraphError.self) { try moduleRoles(graph, modules: try fixture.partition("region")) }
            return
        }
        let roles = try moduleRoles(graph, modules: try fixture.partition("region"))
        expectMatches(roles.withinModuleZ, try fixture.requiredNode("within_module_z"), "\(name) z")
        expectMatches(roles.participation, try fixture.requiredNode("participation"), "\(name) P")
    }

    /// A star of a hub and ten leaves in one module. By hand: κ = 10 for the hub and 1 for each
    /// leaf, mean 20/11, population sd √(((10 − 20/11)² + 10 (1 − 20/11)²)/11) ≈ 2.5873, so the
    /// hub's z ≈ 3.162 ≥ 2.5 with P = 0 (R5 provincial hub) and each leaf's z ≈ −0.316, P = 0
    /// (R1). Moving five leaves to a second module gives the hub P = 1 − ½² − ½² = 0.5.
    @Test func starRoles() throws {
        var builder = GraphBuilder(directed: false)
        for leaf in 1...10 { builder.addEdge("hub", "leaf\(leaf)") }
        let star = builder.build()
        let one = try moduleRoles(star, modules: try NodeGroups(labels: Array(repeating: 0, count: 11)))
        #expect(abs(one.withinModuleZ[0] - 3.1622776601683795) < 1e-12)
        #expect(one.roles[0] == .provincialHub && one.roles[1...].allSatisfy { $0 == .ultraPeripheral })
        let two = try moduleRoles(star, modules: try NodeGroups(labels: [0] + Array(repeating: 0, count: 5) + Array(repeating: 1, count: 5)))
        #expect(two.participation[0] == 0.5)
    }

    /// The paper's boundaries: hubs at z ≥ 2.5; P ≤ 0.05 / 0.62 / 0.80 for non-hubs and
    /// ≤ 0.30 / 0.75 for hubs, each boundary inclusive.
    @Test func roleBoundaries() {
        let t = ModuleRoleThresholds()
        let cases: [(Double, Double, ModuleRole)] = [
            (2.49, 0.05, .ultraPeripheral), (2.49, 0.051, .peripheral), (0, 0.62, .peripheral), (0, 0.621, .connector),
            (0, 0.80, .connector), (0, 0.801, .kinless), (2.5, 0.30, .provincialHub), (2.5, 0.301, .connectorHub),
            (9, 0.75, .connectorHub), (9, 0.751, .kinlessHub),
        ]
        for (z, p, role) in cases { #expect(t.role(z: z, participation: p) == role, "z \(z), P \(p)") }
        #expect(ModuleRole.kinlessHub.code == "R7" && BrokerageRole.itinerant.ucinetName == "consultant")
    }
}
