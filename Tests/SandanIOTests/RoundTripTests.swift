import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// Every writer writes what its reader reads back. The sample graph has Hangul ids and values,
/// kinds, weights, typed attributes, an isolated node, a self-loop and parallel edges.
@Suite struct RoundTripTests {
    @Test(arguments: [false, true])
    func graphMLKeepsEverything(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        expectSameGraph(try roundTrip(graph, as: "g.graphml", in: folder).graph, graph)
    }

    /// A graph without a `label` attribute gets its name (`name_ko`) as the GEXF label, which
    /// Gephi shows and the reader keeps as `label`; everything else comes back as it was.
    @Test(arguments: [false, true])
    func gexfKeepsEverything(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        let names = try #require(graph.nodeAttributes["name_ko"])
        expectSameGraph(try roundTrip(graph, as: "g.gexf", in: folder).graph, graph.settingNodeColumn("label", names))
    }

    @Test(arguments: [false, true])
    func jsonKeepsEverything(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        expectSameGraph(try roundTrip(graph, as: "g.json", in: folder).graph, graph)
    }

    @Test(arguments: [false, true])
    func csvTablesKeepEverything(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        try GraphFile.write(graph, to: folder.file("g.csv"))
        #expect(folder.contents == ["g.csv", "g.nodes.csv"])
        let back = try GraphFile.read(path: folder.file("g.csv"), options: ReadOptions(directed: directed)).graph
        expectSameGraph(back, graph)
    }

    /// GML has no booleans: they come back as the integers 1 and 0. Everything else is kept.
    @Test(arguments: [false, true])
    func gmlKeepsEverythingButBooleanType(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        let back = try roundTrip(graph, as: "g.gml", in: folder).graph
        #expect(back.ids.all == graph.ids.all)
        #expect(edgeList(back) == edgeList(graph))
        #expect(back.isDirected == directed)
        #expect(back.nodeAttributes["smart"] == .integer([1, 0, nil, nil]))
        #expect(back.edgeAttributes["verified"] == .integer([1, nil, nil, nil]))
        for name in ["name_ko", "firms", "lat"] { #expect(back.nodeAttributes[name] == graph.nodeAttributes[name]) }
        for name in ["weight", "year", "note"] { #expect(back.edgeAttributes[name] == graph.edgeAttributes[name]) }
    }

    /// DOT holds only strings; values come back typed like CSV columns, which for this graph
    /// are the original types. DOT cannot carry a backslash before a line break, so the sample's
    /// line break becomes a space here.
    @Test(arguments: [false, true])
    func dotKeepsEverything(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.withoutLineBreaks(directed: directed)
        expectSameGraph(try roundTrip(graph, as: "g.gv", in: folder).graph, graph)
    }

    /// Pajek keeps ids (as vertex labels), direction, kinds (as edge labels `l`) and weights.
    @Test(arguments: [false, true])
    func pajekKeepsIdsKindsAndWeights(directed: Bool) throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: directed)
        let back = try roundTrip(graph, as: "g.net", in: folder).graph
        #expect(back.isDirected == directed)
        #expect(back.ids.all == graph.ids.all)
        #expect(edgeList(back) == edgeList(graph))
        #expect(back.edgeAttributes.names == ["weight"])
        #expect(back.edgeAttributes["weight"] == graph.edgeAttributes["weight"])
        #expect(back.nodeAttributes.names.isEmpty)
    }

    /// The edge list keeps ids, isolated nodes and the weight.
    @Test func edgeListKeepsIdsAndWeights() throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: false)
        let back = try roundTrip(graph, as: "g.edges", in: folder).graph
        #expect(back.ids.all == graph.ids.all)
        #expect(back.edgeCount == graph.edgeCount)
        #expect((0..<back.edgeCount).map { back.ids[back.source(of: $0)] + back.ids[back.target(of: $0)] }
                == (0..<graph.edgeCount).map { graph.ids[graph.source(of: $0)] + graph.ids[graph.target(of: $0)] })
        #expect(back.edgeAttributes["weight"] == graph.edgeAttributes["weight"])
    }

    /// JSON → CSV tables → JSON again: ids, kinds, weights and attributes survive the chain.
    @Test func jsonToCSVToJSON() throws {
        let folder = TemporaryFolder()
        let graph = SampleGraphs.full(directed: true)
        try GraphFile.write(graph, to: folder.file("a.json"))
        let fromJSON = try GraphFile.read(path: folder.file("a.json")).graph
        try GraphFile.write(fromJSON, to: folder.file("b.csv"))
        let fromCSV = try GraphFile.read(path: folder.file("b.csv"), options: ReadOptions(directed: true)).graph
        try GraphFile.write(fromCSV, to: folder.file("c.json"))
        expectSameGraph(try GraphFile.read(path: folder.file("c.json")).graph, graph)
    }

    /// Edge list → CSV → JSON → edge list: the same file at the end.
    @Test func edgeListToCSVToJSONAndBack() throws {
        let folder = TemporaryFolder()
        let text = "# sandan edge list: source target weight\n1 2 0.5\n2 3 1.5\n3 3 2.0\n1 2 4.0\n"
        folder.write("a.edges", text)
        let a = try GraphFile.read(path: folder.file("a.edges")).graph
        try GraphFile.write(a, to: folder.file("b.csv"))
        let b = try GraphFile.read(path: folder.file("b.csv")).graph
        try GraphFile.write(b, to: folder.file("c.json"))
        let c = try GraphFile.read(path: folder.file("c.json")).graph
        try GraphFile.write(c, to: folder.file("d.edges"))
        expectSameGraph(c, a)
        #expect(try String(contentsOfFile: folder.file("d.edges"), encoding: .utf8) == text)
    }

    /// Ids with spaces, quotes, markup characters and DOT keywords survive every format that can
    /// carry them.
    @Test(arguments: ["g.graphml", "g.gexf", "g.gml", "g.json", "g.csv", "g.gv", "g.net"])
    func awkwardIds(name: String) throws {
        let folder = TemporaryFolder()
        var b = GraphBuilder(directed: true)
        let ids = ["node", "Graph", "2산단", "a b", "x<y>&z", "semi;colon", "back\\slash", "#hash", "tab\there"]
        for id in ids { b.addNode(id) }
        for k in 0..<ids.count - 1 { b.addEdge(k, k + 1) }
        let graph = b.build()
        let back = try roundTrip(graph, as: name, in: folder).graph
        #expect(back.ids.all == ids)
        #expect(edgeList(back) == edgeList(graph))
    }
}
