import Foundation
import SandanGraph
@testable import SandanIO
import Testing

/// DOT goes through libcgraph; these tests run serially so that the expectations about
/// cgraph's state (left-over graphs, messages) are not disturbed, though every call holds
/// ``GraphvizLock`` anyway.
@Suite(.serialized) struct DOTReaderTests {
    @Test func readsNodesEdgesAttributesAndKinds() throws {
        let text = """
        digraph "산업단지" {
          node [shape=box];
          gumi [label="구미", firms=2300];
          subgraph cluster_south { changwon [firms=12, lat=35.2]; }
          gumi -> changwon [kind="anchor-link", weight=1.5];
          changwon -> ulsan -> gumi [weight=2];
          changwon -> changwon;
        }
        """
        let graph = try read(text, as: .dot).graph
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["gumi", "changwon", "ulsan"])
        #expect(edgeList(graph) == ["gumi→changwon:anchor-link", "changwon→ulsan:", "ulsan→gumi:", "changwon→changwon:"])
        #expect(graph.nodeAttributes["shape"] == .string(["box", "box", "box"]), "defaults apply to every node")
        #expect(graph.nodeAttributes["label"] == .string(["구미", nil, nil]))
        #expect(graph.nodeAttributes["firms"] == .integer([2300, 12, nil]))
        #expect(graph.nodeAttributes["lat"] == .double([nil, 35.2, nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1.5, 2, 2, nil]))
        #expect(graph.edgeAttributes["kind"] == nil)
    }

    @Test func graphIsUndirected() throws {
        let graph = try read("graph { a -- b -- c; a -- b }", as: .dot).graph
        #expect(!graph.isDirected)
        #expect(graph.edgeCount == 3)
        #expect(graph.parallelEdgeCount == 1)
    }

    @Test func aSyntaxErrorIsReportedWithItsLine() {
        expectInputError("syntax error in line 3 near '}'", line: 3) { () throws(InputError) in
            _ = try read("digraph {\n  a -> b;\n  c -> }\n", as: .dot)
        }
    }

    /// After a syntax error and after a file with two graphs, the next read starts clean.
    @Test func cgraphStateIsResetBetweenReads() throws {
        _ = inputError { () throws(InputError) in _ = try read("digraph { a -> ", as: .dot) }
        let two = try read("digraph A { a } digraph B { b -> c }", as: .dot)
        #expect(two.graph.ids.all == ["a"])
        #expect(two.warnings.map(\.message) == ["the file holds 2 graphs; only the first is read"])
        let next = try read("graph C { x -- y }", as: .dot).graph
        #expect(next.ids.all == ["x", "y"])
        #expect(!next.isDirected)
    }

    @Test func aFileWithoutAGraphIsAnError() {
        expectInputError("Graphviz could not read the file (no graph in it)") { () throws(InputError) in
            _ = try read("  \n/* only a comment */\n", as: .dot)
        }
    }

    @Test(arguments: ["nan", "inf", "heavy"])
    func badWeightsAreAnError(weight: String) {
        expectInputError("bad weight on the edge a → b: '\(weight)'") { () throws(InputError) in
            _ = try read("graph { a -- b [weight=\(weight)]; b -- c [weight=1] }", as: .dot)
        }
    }

    @Test func cgraphWarningsArePassedOn() throws {
        let loaded = try read("graph { 2x -- b }", as: .dot)
        #expect(loaded.warnings.map(\.message) == ["syntax ambiguity - badly delimited number '2x' in line 1 of input splits into two tokens"])
        #expect(loaded.warnings.first?.location.line == 1)
    }

    /// Graphviz's own Latin1.gv declares `charset=latin1` and is not UTF-8.
    @Test func latin1IsReadWhenDeclared() throws {
        let bytes = Array("digraph { charset=latin1; \"".utf8) + [0x63, 0xE9] + Array("\" -> b }".utf8)
        #expect(try read(bytes: bytes, as: .dot).graph.ids.all == ["cé", "b"])
        let undeclared = Array("digraph { \"".utf8) + [0x63, 0xE9] + Array("\" -> b }".utf8)
        expectInputError("not valid UTF-8 (byte 0xE9)", line: 1, column: 13) { () throws(InputError) in
            _ = try read(bytes: undeclared, as: .dot)
        }
    }

    /// The writer's quoting, read back by cgraph: quotes, backslashes, keywords, long values.
    @Test func writtenStringsReadBack() throws {
        let long = String(repeating: "산", count: 7_000)  // 21,000 bytes: one quoted string would be refused
        let values = ["plain", "Graph", "node", "with \"quotes\"", "back\\slash", "\\\\\"even\\\\", "C:\\new\\Node \\N", long, "two\nlines",
                      "\"n0\"\n \"n1\"", "\"\n\n\""]
        var b = GraphBuilder(directed: false)
        for (k, value) in values.enumerated() {
            let v = b.addNode(value)
            try b.setNodeAttribute("label", node: v, .string(values[(k + 1) % values.count]))
        }
        let graph = b.build()
        let text = String(decoding: try DOTWriter.write(graph, file: "out.gv"), as: UTF8.self)
        let back = try read(text, as: .dot).graph
        #expect(back.ids.all == values)
        #expect(back.nodeAttributes["label"] == graph.nodeAttributes["label"])
    }

    @Test(arguments: ["ends with \\", "odd \\\\\\\" run", "continued \\\nline"])
    func oddBackslashRunsAreRefused(id: String) {
        var b = GraphBuilder(directed: false)
        b.addNode(id)
        expectInputError("has an odd number of backslashes before a quote, a line break or its end, which DOT cannot carry") {
            () throws(InputError) in _ = try DOTWriter.write(b.build(), file: "out.gv")
        }
    }

    /// cgraph 2.42 reads `"\n"` as an empty string and `"a\"⏎\"b"` as `a""b` (found by fuzzing).
    @Test(arguments: ["\n", "\"n0\"\n\"n1\"", "\n\"x", "x\"\n"])
    func lineBreaksBetweenQuotesAreRefused(id: String) {
        var b = GraphBuilder(directed: false)
        b.addNode(id)
        expectInputError("has a line break between quotes or the ends of the text, which Graphviz drops") {
            () throws(InputError) in _ = try DOTWriter.write(b.build(), file: "out.gv")
        }
    }
}
