import Testing
@testable import SandanGraph

/// `Graph.invariantViolations()` and `IndexedHeap.invariantViolations()`: nothing on the
/// structures the library makes, and the broken invariant named on structures corrupted by
/// hand (the debug builds' `checkInvariants()` stops on the same list; here it is read without
/// stopping the test process).
@Suite struct InvariantTests {
    /// An undirected graph with a self-loop, a pair of parallel edges and an isolated node, and
    /// weights; its rows worked by hand: a: (a–b e0, a–b e1, a–c e3), b: (b–a e0, b–a e1),
    /// c: (c–c e2, c–c e2, c–a e3), d: none.
    static func sample(directed: Bool) throws -> Graph {
        var b = GraphBuilder(directed: directed)
        for id in ["a", "b", "c", "d"] { _ = b.addNode(id) }
        for (i, (u, v)) in [(0, 1), (0, 1), (2, 2), (0, 2)].enumerated() {
            let e = b.addEdge(u, v, kind: i == 3 ? "value-chain" : "anchor-link")
            try b.setEdgeAttribute("w", edge: e, .double(Double(i + 1)))
        }
        return try b.build().weighted(by: "w")
    }

    /// `graph` with some of its storage replaced.
    static func corrupted(_ g: Graph, outOffsets: [UInt32]? = nil, outTargets: [Int32]? = nil, outEdges: [Int32]? = nil,
                          inEdges: [Int32]? = nil, weights: [Double]? = nil) -> Graph {
        Graph(isDirected: g.isDirected, ids: g.ids, kinds: g.kinds, kindIndices: g.kindIndices,
              nodeAttributes: g.nodeAttributes, edgeAttributes: g.edgeAttributes, weights: weights ?? g.weights,
              weightAttribute: g.weightAttribute, sources: g.sources, targets: g.targets,
              outOffsets: outOffsets ?? g.outOffsets, outTargets: outTargets ?? g.outTargets, outEdges: outEdges ?? g.outEdges,
              inOffsets: g.inOffsets, inSources: g.inSources, inEdges: inEdges ?? g.inEdges)
    }

    @Test(arguments: [false, true])
    func graphsTheLibraryMakesKeepTheInvariants(directed: Bool) throws {
        let g = try Self.sample(directed: directed)
        if !directed {
            #expect(g.outOffsets == [0, 3, 5, 8, 8])
            #expect(g.outTargets == [1, 1, 2, 0, 0, 2, 2, 0])
        }
        for graph in [g, g.reversed(), g.undirected(), try g.filtered(kinds: ["anchor-link"]), g.inducedSubgraph([0, 2]),
                      g.unweighted(), GraphBuilder(directed: directed).build()] {
            #expect(graph.invariantViolations() == [])
        }
    }

    @Test func decreasingOffsetsAreNamed() throws {
        let g = try Self.sample(directed: false)
        let bad = Self.corrupted(g, outOffsets: [0, 5, 3, 8, 8])
        #expect(bad.invariantViolations().contains("out-offsets decrease at node 1 (5 then 3)"))
    }

    @Test func aTargetOutOfRangeIsNamed() throws {
        let g = try Self.sample(directed: true)
        var targets = g.outTargets
        targets[0] = 7
        #expect(Self.corrupted(g, outTargets: targets).invariantViolations()
            == ["out-arc 0 of node 0 goes to 7 along edge 0, which does not join them"])
    }

    @Test func anUndirectedEdgeStoredFromOneEndOnlyIsNamed() throws {
        let g = try Self.sample(directed: false)
        // b's row (arcs 3, 4: b–a along e0 and e1) says e0 twice: e1 is missing from b's side.
        var edges = g.outEdges
        edges[4] = 0
        #expect(Self.corrupted(g, outEdges: edges).invariantViolations() == [
            "edge 0 is not stored once from each of its ends (3 arcs, 1 from its source)",
            "edge 1 is not stored once from each of its ends (1 arcs, 1 from its source)",
        ])
    }

    @Test func aDirectedEdgeMissingFromTheInRowsIsNamed() throws {
        let g = try Self.sample(directed: true)
        var edges = g.inEdges
        let first = try #require(edges.firstIndex(of: 3))
        let other = try #require(edges.firstIndex(of: 1))
        edges[first] = 1
        // The arc now claims edge 1 (a → b) in c's in-row: it does not join them.
        #expect(!Self.corrupted(g, inEdges: edges).invariantViolations().isEmpty)
        edges[first] = 3
        edges[other] = 0
        #expect(Self.corrupted(g, inEdges: edges).invariantViolations() == [
            "edge 0 is stored 2 times among the in-rows, not once", "edge 1 is stored 0 times among the in-rows, not once",
        ])
    }

    @Test func aWeightCountThatDoesNotMatchIsNamed() throws {
        let g = try Self.sample(directed: false)
        #expect(Self.corrupted(g, weights: [1, 2, 3]).invariantViolations() == ["3 weights for 4 edges"])
    }

    @Test func aHeapKeepsItsInvariantThroughASearchAndNamesCorruption() {
        let heap = IndexedHeap(capacity: 10)
        for (node, key) in [(3, 5.0), (7, 1.0), (1, 4.0), (0, 9.0), (9, 2.0), (4, 8.0)] {
            heap.insertOrDecrease(Int32(node), key: key)
            #expect(heap.invariantViolations() == [])
        }
        heap.insertOrDecrease(0, key: 0.5)
        #expect(heap.invariantViolations() == [])
        #expect(heap.popMin() == 0)
        #expect(heap.popMin() == 7)
        #expect(heap.invariantViolations() == [])
        // Slot 1 is a child of the root (2.0, node 9): a key below the root's breaks the order.
        let saved = heap.keys[1]
        heap.keys[1] = -1
        #expect(heap.invariantViolations() == ["slot 1 has key -1.0 below its parent's 2.0"])
        heap.keys[1] = saved
        heap.position[5] = 3
        #expect(heap.invariantViolations() == ["5 nodes have a position but the heap holds 4"])
        heap.position[5] = -1
        while !heap.isEmpty { _ = heap.popMin() }
        #expect(heap.invariantViolations() == [])
    }
}
