import Testing
@testable import SandanGraph

/// The graph core on small graphs whose structure is checked by hand.
@Suite struct GraphCoreTests {
    /// A triangle a–b–c with a pendant d on c, a self-loop on d and a doubled edge a–b.
    /// Degrees by hand (NetworkX counts a self-loop twice): a 3, b 3, c 3, d 3.
    func sample(directed: Bool = false) -> Graph {
        var b = GraphBuilder(directed: directed)
        b.addEdge("a", "b", kind: "x")
        b.addEdge("b", "c", kind: "y")
        b.addEdge("c", "a", kind: "x")
        b.addEdge("c", "d", kind: "y")
        b.addEdge("d", "d", kind: "x")
        b.addEdge("a", "b", kind: "y")
        return b.build()
    }

    @Test func undirectedRowsHoldBothDirectionsAndLoopsTwice() {
        let g = sample()
        #expect(g.nodeCount == 4 && g.edgeCount == 6)
        #expect((0..<4).map(g.degree) == [3, 3, 3, 3])
        #expect(Array(g.successors(of: g.index(of: "a")!)) == [1, 2, 1])
        #expect(Array(g.successors(of: g.index(of: "d")!)) == [2, 3, 3])
        #expect(g.selfLoopCount == 1)
        #expect(g.parallelEdgeCount == 1)
        // Density as NetworkX: 2m / (n(n−1)) = 12 / 12.
        #expect(g.density == 1.0)
    }

    @Test func directedRowsKeepInAndOutArcs() {
        let g = sample(directed: true)
        let c = g.index(of: "c")!
        #expect(g.outDegree(c) == 2 && g.inDegree(c) == 1)
        #expect(Array(g.predecessors(of: c)) == [Int32(g.index(of: "b")!)])
        #expect(Array(g.inEdges(of: c)) == [1])
        #expect(g.density == 6.0 / 12.0)
    }

    @Test func rowsFollowEdgeOrder() {
        let g = sample()
        let a = g.index(of: "a")!
        #expect(Array(g.outEdges(of: a)) == [0, 2, 5])
    }

    @Test func filterByKindKeepsNodesAndAttributes() throws {
        var b = GraphBuilder(directed: false)
        let e0 = b.addEdge("a", "b", kind: "x")
        let e1 = b.addEdge("b", "c", kind: "y")
        try b.setEdgeAttribute("year", edge: e0, .integer(2019))
        try b.setEdgeAttribute("year", edge: e1, .integer(2020))
        let g = try b.build().filtered(kinds: ["y"])
        #expect(g.nodeCount == 3 && g.edgeCount == 1)
        #expect(g.edgeAttributes.value("year", at: 0) == .integer(2020))
        #expect(g.kinds == ["y"])
        #expect(throws: GraphError.self) { try g.filtered(kinds: ["nope"]) }
    }

    /// Kinds of the sample: x and y; "z" is unknown, and the message lists the known ones.
    @Test func checkKindsNamesTheUnknownKind() throws {
        let g = sample()
        try g.checkKinds(["y", "x"])
        try g.checkKinds([String]())
        #expect(throws: GraphError.unknownKind("z", available: ["x", "y"])) { try g.checkKinds(["x", "z"]) }
        #expect(GraphError.unknownKind("z", available: ["x", "y"]).description == "no edges of kind 'z' (kinds: x, y)")
    }

    /// A node column set on a built graph replaces the one of that name or is added last; the
    /// structure is that of the original.
    @Test func settingANodeColumn() throws {
        let set = sample().settingNodeColumn("year", .integer([2019, nil, nil, 2020]))
        #expect(set.nodeAttributes.names == ["year"])
        #expect(set.nodeAttributes.value("year", at: 3) == .integer(2020))
        let replaced = set.settingNodeColumn("year", .integer([nil, nil, nil, 2021]))
        #expect(replaced.nodeAttributes.names == ["year"])
        #expect(replaced.nodeAttributes.value("year", at: 0) == nil)
        #expect(replaced.nodeAttributes.value("year", at: 3) == .integer(2021))
        #expect(replaced.edgeCount == 6 && replaced.degree(3) == 3)
    }

    @Test func inducedSubgraphKeepsOnlyInternalEdges() throws {
        let g = sample()
        let sub = g.inducedSubgraph([g.index(of: "c")!, g.index(of: "d")!])
        #expect(sub.ids.all == ["c", "d"])
        #expect(sub.edgeCount == 2)
        #expect(sub.degree(1) == 3)
    }

    @Test func reversedAndUndirectedViews() {
        let g = sample(directed: true)
        let r = g.reversed()
        #expect(r.source(of: 0) == g.target(of: 0) && r.target(of: 0) == g.source(of: 0))
        let u = g.undirected()
        #expect(!u.isDirected && (0..<4).map(u.degree) == [3, 3, 3, 3])
    }

    /// Regions: a, b in R1; c, d in R2. Edges a–b, a–b (R1 internal twice), b–c, c–d (R2
    /// internal), d–d (R2 internal), c–a: R1–R1 2, R1–R2 2, R2–R2 2.
    @Test func quotientCountsLinkagesBetweenGroups() throws {
        var b = GraphBuilder(directed: false)
        for (id, region) in [("a", "R1"), ("b", "R1"), ("c", "R2"), ("d", "R2")] {
            try b.setNodeAttribute("region", node: b.addNode(id), .string(region))
        }
        b.addEdge("a", "b"); b.addEdge("a", "b"); b.addEdge("b", "c"); b.addEdge("c", "d"); b.addEdge("d", "d"); b.addEdge("c", "a")
        let q = try b.build().quotient(by: "region")
        #expect(q.ids.all == ["R1", "R2"])
        let pairs = (0..<q.edgeCount).map { "\(q.ids[q.source(of: $0)])-\(q.ids[q.target(of: $0)]):\(Int(q.weight(of: $0)))" }
        #expect(pairs == ["R1-R1:2", "R1-R2:2", "R2-R2:2"])
        #expect(q.nodeAttributes.value("members", at: 0) == .integer(2))
    }

    @Test func weightsComeFromANumericAttribute() throws {
        var b = GraphBuilder(directed: false)
        let e = b.addEdge("a", "b")
        try b.setEdgeAttribute("w", edge: e, .double(2.5))
        let g = b.build()
        #expect(g.weights == nil && g.weight(of: 0) == 1)
        #expect(try g.weighted(by: "w").weight(of: 0) == 2.5)
        #expect(throws: GraphError.unknownAttribute(name: "x", available: ["w"])) { try g.weighted(by: "x") }
    }

    @Test func attributeColumnsWidenIntegersAndRefuseMismatches() throws {
        var b = GraphBuilder(directed: false)
        let a = b.addNode("a"), c = b.addNode("c")
        try b.setNodeAttribute("v", node: a, .integer(1))
        try b.setNodeAttribute("v", node: c, .double(0.5))
        #expect(b.build().nodeAttributes["v"] == .double([1, 0.5]))
        #expect(throws: GraphError.self) { try b.setNodeAttribute("v", node: a, .string("x")) }
    }

    @Test func integerIdsTakeTheCompactPathAndStringsStayStrings() {
        var ids = NodeIDs()
        #expect(ids.insert("5").index == 0)
        #expect(ids.insert("007").index == 1)
        #expect(ids.insert("5").inserted == false)
        #expect(ids.index(of: "007") == 1 && ids.index(of: "7") == nil && ids[0] == "5")
        var numeric = NodeIDs()
        _ = numeric.insertInteger(42)
        #expect(numeric.index(of: "42") == 0 && numeric.index(of: "042") == nil)
        guard case .integers = numeric.storage else { Issue.record("expected the integer table"); return }
    }

    /// Ids 0, 1, 2 in order keep only a count; a gap (5) or a string turns the table into the
    /// integer lookup or the string table, and every id keeps its index.
    @Test func idsInOrderKeepOnlyACountUntilTheyDoNot() {
        var ids = NodeIDs()
        for n in 0..<3 { #expect(ids.insertInteger(n) == (n, true)) }
        #expect(ids.insertInteger(1) == (1, false))
        guard case .identity(count: 3) = ids.storage else { Issue.record("expected ids 0..<3 kept as a count"); return }
        #expect(ids.index(of: "2") == 2 && ids.index(of: "3") == nil && ids.index(of: "02") == nil && ids[1] == "1")
        #expect(ids == NodeIDs(["0", "1", "2"]) && ids != NodeIDs(["0", "2", "1"]))
        #expect(ids.insertInteger(5) == (3, true))
        guard case .integers = ids.storage else { Issue.record("expected the integer table"); return }
        #expect(ids.all == ["0", "1", "2", "5"] && ids.index(of: "5") == 3 && ids.index(of: "1") == 1 && ids.index(of: "3") == nil)
        #expect(ids.insert("x") == (4, true))
        #expect(ids.all == ["0", "1", "2", "5", "x"] && ids.index(of: "2") == 2)
    }

    /// Parallel edges counted row by row agree with counting repeated pairs of the edge list
    /// (loops, doubled loops, both orders of an undirected pair), directed and undirected.
    @Test(arguments: [false, true])
    func parallelEdgesMatchRepeatedPairs(directed: Bool) {
        var generator = SeededGenerator(seed: 7)
        var b = GraphBuilder(directed: directed)
        var pairs: [(Int, Int)] = []
        for _ in 0..<400 {
            let u = Int.random(in: 0..<25, using: &generator), v = Int.random(in: 0..<25, using: &generator)
            b.addEdge(String(u), String(v))
            pairs.append(directed ? (u, v) : (min(u, v), max(u, v)))
        }
        var seen = Set<[Int]>()
        let repeats = pairs.filter { !seen.insert([$0.0, $0.1]).inserted }.count
        #expect(b.build().parallelEdgeCount == repeats)
    }

    /// A graph whose edges all have one kind stores no per-edge kinds, and still answers them;
    /// a second kind appearing late gives every earlier edge the first one.
    @Test func kindsOfSingleAndMixedKindGraphs() {
        var single = GraphBuilder(directed: false)
        single.addEdge("a", "b", kind: "x"); single.addEdge("b", "c", kind: "x")
        let g = single.build()
        #expect(g.kinds == ["x"] && g.kindIndices.isEmpty && g.kind(of: 1) == "x")
        var mixed = GraphBuilder(directed: false)
        mixed.addEdge("a", "b"); mixed.addEdge("b", "c"); mixed.addEdge("c", "a", kind: "y")
        let h = mixed.build()
        #expect(h.kinds == ["", "y"] && (0..<3).map(h.kind(of:)) == ["", "", "y"])
    }

    /// K3 + K2 + an isolated node: three components of sizes 3, 2, 1, labelled by smallest node.
    @Test func componentsOfADisconnectedGraph() {
        var b = GraphBuilder(directed: false)
        b.addEdge("0", "1"); b.addEdge("1", "2"); b.addEdge("2", "0"); b.addEdge("3", "4"); b.addNode("5")
        let c = weaklyConnectedComponents(b.build())
        #expect(c.labels == [0, 0, 0, 1, 1, 2] && c.sizes == [3, 2, 1] && c.largest == 0)
    }

    /// A path of a million nodes goes through the core without recursion.
    @Test func millionNodePath() {
        var b = GraphBuilder(directed: false)
        b.addNode(integer: 0)
        for i in 1..<1_000_000 { b.addEdge(b.addNode(integer: i - 1), b.addNode(integer: i)) }
        let g = b.build()
        #expect(weaklyConnectedComponents(g).count == 1)
        #expect(g.inducedSubgraph(0..<10).edgeCount == 9)
    }
}

/// Scale properties of the builder that a hand check can state: memory and time stay linear.
@Suite struct GraphBuilderScaleTests {
    /// One huge integer id among few nodes goes to the string table instead of a direct lookup
    /// array as long as the id (which would be 256 MB).
    @Test func aHugeIntegerIdDoesNotAllocateAHugeTable() {
        var ids = NodeIDs()
        _ = ids.insert("0")
        _ = ids.insert("67108864")
        guard case .strings = ids.storage else { Issue.record("expected the string table"); return }
        #expect(ids.index(of: "67108864") == 1 && ids.index(of: "0") == 0)
    }

    /// Setting 200,000 attribute values one at a time finishes (a copy per value would be
    /// 2·10¹⁰ element copies) and keeps every value.
    @Test func settingAttributesOneByOneKeepsEveryValue() throws {
        var b = GraphBuilder(directed: false)
        for i in 0..<200_000 { b.addNode(integer: i) }
        for i in 0..<200_000 { try b.setNodeAttribute("x", node: i, .integer(i)) }
        let g = b.build()
        #expect(g.nodeAttributes.value("x", at: 199_999) == .integer(199_999))
    }

    @Test("errors name their situation: messages built from the case's values")
    func errorMessages() {
        #expect(GraphError.attributesRequired(purpose: "a map (--geo)", kind: "numeric node", names: ["lat", "lon"]).description
                == "a map (--geo) needs numeric node attributes 'lat' and 'lon', which this graph does not have")
        #expect(GraphError.attributesRequired(purpose: "keeping linkages by year", kind: "integer edge", names: ["year"]).description
                == "keeping linkages by year needs an integer edge attribute 'year', which this graph does not have")
        #expect(GraphError.parameterOutOfRange(name: "the PageRank damping factor", value: "1.0", allowed: "at least 0 and below 1")
                    .description == "the PageRank damping factor must be at least 0 and below 1, not 1.0")
        #expect(GraphError.countMismatch(what: "the partition", count: 3, nodeCount: 4).description
                == "the partition has 3 values for 4 nodes; one per node is needed")
        #expect(GraphError.tooFewNodes(algorithm: "normalised mutual information", needed: 1).description
                == "normalised mutual information needs at least 1 node")
    }
}
