import SandanGraph
@testable import SandanIO
import Testing

@Suite struct GMLReaderTests {
    /// What NetworkX's `write_gml` writes for a directed multigraph with Hangul labels (as
    /// character references), plus a comment, a `graphics` list and a node without a label.
    static let networkX = """
    # written by hand in NetworkX's shape
    graph [
      directed 1
      multigraph 1
      name "test"
      node [
        id 0
        label "&#44396;&#48120;"
        firms 2300
        lat 36.11
        note "a &#34;quoted&#34; &amp; note"
        graphics [ x 1.0 y 2.0 ]
      ]
      node [
        id 1
        label "changwon"
        firms 12
      ]
      node [ id 7 ]
      edge [ source 0 target 1 key 0 kind "anchor-link" weight 1.5 ]
      edge [ source 0 target 1 key 1 kind "value-chain" weight 2 ]
      edge [ source 1 target 1 key 0 weight -1.0E-5 ]
    ]
    """

    @Test func readsWhatNetworkXWrites() throws {
        let loaded = try read(Self.networkX, as: .gml)
        let graph = loaded.graph
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["구미", "changwon", "7"])
        #expect(edgeList(graph) == ["구미→changwon:anchor-link", "구미→changwon:value-chain", "changwon→changwon:"])
        #expect(graph.nodeAttributes["firms"] == .integer([2300, 12, nil]))
        #expect(graph.nodeAttributes["lat"] == .double([36.11, nil, nil]))
        #expect(graph.nodeAttributes["note"] == .string(["a \"quoted\" & note", nil, nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1.5, 2, -1e-5]), "an integer weight widens the column")
        #expect(graph.edgeAttributes["key"] == nil)
        #expect(loaded.warnings.map(\.message) == ["the node key 'graphics' holds a [ list ], which Sandan does not keep; skipped"])
        #expect(loaded.warnings.first?.location.line == 12)
    }

    @Test func undirectedUnlessSaid() throws {
        let graph = try read("graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 ] ]", as: .gml).graph
        #expect(!graph.isDirected)
        #expect(graph.ids.all == ["1", "2"])
    }

    @Test func aRepeatedKeyKeepsTheFirstWithAWarning() throws {
        let loaded = try read("graph [\n node [ id 1 tag \"a\" tag \"b\" ]\n]", as: .gml)
        #expect(loaded.graph.nodeAttributes["tag"] == .string(["a"]))
        #expect(loaded.warnings.map(\.message) == ["the node key 'tag' appears more than once in one node; the first is kept"])
    }

    /// A hundred thousand nested lists: refused at the 65th, no stack overflow.
    @Test func deepNestingStopsAtTheCap() {
        let text = "graph " + String(repeating: "[ x ", count: 100_000)
        expectInputError("lists nested deeper than 64 levels", line: 1, column: 7 + 4 * 64) { () throws(InputError) in
            _ = try read(text, as: .gml)
        }
    }

    @Test func aTruncatedFileIsAnError() {
        expectInputError("the list 'node [' opened at line 3 is never closed: the file is truncated", line: 4) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 1 ]\n  node [ id 2\n", as: .gml)
        }
        expectInputError("the file ends after the key 'label': it is truncated") { () throws(InputError) in
            _ = try read("graph [ node [ id 1 label", as: .gml)
        }
    }

    @Test func anUnterminatedStringIsReportedWhereItOpens() {
        expectInputError("unterminated string (the quote opens here)", line: 2, column: 21) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 1 label \"abc ]\n]\n", as: .gml)
        }
    }

    @Test func anIntegerOutOfRangeIsAnError() {
        expectInputError("the integer 9223372036854775808 is out of range (64 bits)", line: 2, column: 13) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 9223372036854775808 ]\n]", as: .gml)
        }
    }

    @Test(arguments: [("NAN", "bad weight: NaN; weights must be finite numbers"),
                      ("+INF", "bad weight: an infinite number; weights must be finite numbers"),
                      ("1e400", "bad weight: an infinite number; weights must be finite numbers")])
    func nonFiniteWeightsAreAnError(weight: String, message: String) {
        expectInputError(message, line: 3, column: 28) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 1 ]\n  edge [ source 1 target 1 weight \(weight) ]\n]", as: .gml)
        }
    }

    @Test func duplicateIdsAndLabelsAreAnError() {
        expectInputError("duplicate node id 1", line: 3, column: 10) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 1 ]\n  node [ id 1 ]\n]", as: .gml)
        }
        expectInputError("duplicate node label 'a'", line: 3, column: 3) { () throws(InputError) in
            _ = try read("graph [\n  node [ id 1 label \"a\" ]\n  node [ id 2 label \"a\" ]\n]", as: .gml)
        }
    }

    @Test func nodeIdsMustBeIntegers() {
        expectInputError("a node 'id' must be an integer", line: 1, column: 16) { () throws(InputError) in
            _ = try read("graph [ node [ id \"a\" ] ]", as: .gml)
        }
        expectInputError("a node without an 'id'", line: 1, column: 9) { () throws(InputError) in
            _ = try read("graph [ node [ label \"a\" ] ]", as: .gml)
        }
    }

    @Test func edgeEndsMustBeDeclared() {
        expectInputError("edge target 5 is not a declared node id", line: 1, column: 39) { () throws(InputError) in
            _ = try read("graph [ node [ id 1 ] edge [ source 1 target 5 ] ]", as: .gml)
        }
        expectInputError("an edge without a 'target'", line: 1, column: 23) { () throws(InputError) in
            _ = try read("graph [ node [ id 1 ] edge [ source 1 ] ]", as: .gml)
        }
    }

    @Test func exactlyOneGraph() {
        expectInputError("no 'graph [ … ]' in the GML file") { () throws(InputError) in
            _ = try read("Creator \"x\"\n", as: .gml)
        }
        expectInputError("more than one graph in the GML file", line: 2, column: 1) { () throws(InputError) in
            _ = try read("graph [ ]\ngraph [ ]\n", as: .gml)
        }
    }

    @Test func tokensThatAreNotGMLAreAnError() {
        expectInputError("the value of 'id' must be a number, a \"string\" or a [ list ], not 'one'", line: 1, column: 19) {
            () throws(InputError) in _ = try read("graph [ node [ id one ] ]", as: .gml)
        }
        expectInputError("expected a key (a letter, then letters, digits or '_') or ']'", line: 1, column: 9) {
            () throws(InputError) in _ = try read("graph [ 12 ]", as: .gml)
        }
        expectInputError("']' without a matching '['", line: 1, column: 11) { () throws(InputError) in
            _ = try read("graph [ ] ]", as: .gml)
        }
    }

    /// A node attribute `label` (GEXF's node caption) is written as `sandan_label`, beside the
    /// `label` that holds the id, and read back as `label`; the same for `id`, and for the edge
    /// attributes `source`, `target` and `key`. NetworkX reads the file with the ids as its
    /// nodes and `sandan_label` as an ordinary attribute (see Scripts/interop).
    @Test func reservedAttributeNamesAreWrittenUnderAPrefix() throws {
        var b = GraphBuilder(directed: false)
        b.addNode("n1")
        b.addNode("n2")
        b.setNodeColumn("label", .string(["구미 산단", nil]))
        b.setNodeColumn("id", .integer([7, 8]))
        b.addEdge(0, 1)
        b.setEdgeColumn("key", .string(["k"]))
        b.setEdgeColumn("source", .string(["press release"]))
        let graph = b.build()
        let text = String(decoding: try GMLFormat.write(graph, file: "out.gml"), as: UTF8.self)
        #expect(text.contains("    label \"n1\"\n    sandan_label \"&#44396;&#48120; &#49328;&#45800;\"\n    sandan_id 7\n"))
        #expect(text.contains("    sandan_key \"k\"\n    sandan_source \"press release\"\n"))
        expectSameGraph(try read(text, as: .gml).graph, graph)
        var clash = GraphBuilder(directed: false)
        clash.addNode("a")
        clash.setNodeColumn("label", .string(["x"]))
        clash.setNodeColumn("sandan_label", .string(["y"]))
        expectOutputError("the attributes 'label' and 'sandan_label' cannot both be written to GML") { () throws(OutputError) in
            _ = try GMLFormat.write(clash.build(), file: "out.gml")
        }
    }
}
