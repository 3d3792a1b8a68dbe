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
        expectInputError("syntax error in line 3 near '}'", line: 3, column: 8) { () throws(InputError) in
            _ = try read("digraph {\n  a -> b;\n  c -> }\n", as: .dot)
        }
    }

    /// cgraph counts neither the line break inside `"two⏎lines"` nor, after `# 40`, the real
    /// lines; the place is the real line, at the `;` the parser stopped at of the three on it.
    @Test func aSyntaxErrorIsPlacedAtTheTokenTheParserStoppedAt() {
        let text = "digraph {\n  a [label=\"two\nlines\"] /* a\ncomment */ b -> c;\n  d -> e; f -> ; g -> h;\n}\n"
        expectInputError("syntax error in line 4 near ';'", line: 5, column: 16) { () throws(InputError) in
            _ = try read(text, as: .dot)
        }
        expectInputError("gen.gv: syntax error in line 40 near '->'", line: 3, column: 10) { () throws(InputError) in
            _ = try read("graph {\n# 40 \"gen.gv\"\n  a -- b -> c\n}\n", as: .dot)
        }
    }

    /// `# 999999999999` overflows cgraph's int line counter (-727379968 on the next line): the
    /// error is still placed in the file, and the message says whose count the number is.
    @Test func anOverflowingLineDirectiveStillGivesThePlace() {
        let error = inputError { () throws(InputError) in _ = try read("graph {\n# 999999999999\na -- \n}\n", as: .dot, file: "l.dot") }
        #expect(error?.description == "l.dot:4:1: syntax error in line -727379968 near '}' (Graphviz's own line count; the place given is the file's)")
    }

    /// A file that ends too early is placed at its end, or where its last string opens.
    @Test func aTruncatedFileIsPlacedAtItsEnd() {
        let truncated = inputError { () throws(InputError) in _ = try read("digraph {\n  a -> ", as: .dot) }
        #expect(truncated?.message == "syntax error in line 2")
        #expect(truncated?.location == FileLocation(file: "input", line: 2, column: 8))
        expectInputError("syntax error in line 3 scanning a quoted string (missing endquote?", line: 2, column: 8) {
            () throws(InputError) in _ = try read("digraph {\n  a -> \"b\\\nc", as: .dot)
        }
    }

    /// After a syntax error and after a file with two graphs, the next read starts clean.
    @Test func cgraphStateIsResetBetweenReads() throws {
        let truncated = inputError { () throws(InputError) in _ = try read("digraph { a -> ", as: .dot) }
        #expect(truncated?.description == "input:1:16: syntax error in line 1")
        let two = try read("digraph A { a } digraph B { b -> c }", as: .dot)
        #expect(two.graph.ids.all == ["a"])
        #expect(two.warnings.map(\.message) == ["the file holds 2 graphs; only the first is read"])
        let next = try read("graph C { x -- y }", as: .dot).graph
        #expect(next.ids.all == ["x", "y"])
        #expect(!next.isDirected)
    }

    /// cgraph's scanner stays inside a string or comment that never ends when the parser meets
    /// its end without an error (it starts the file, or a graph after the first); the next read
    /// still starts clean.
    @Test(arguments: ["\"graph {\n", "digraph { a } \"b", "<<x>", "/* c"])
    func aStringThatNeverEndsDoesNotSpillIntoTheNextRead(text: String) throws {
        _ = try? read(text, as: .dot)
        #expect(try read("digraph { p -> q }", as: .dot).graph.ids.all == ["p", "q"])
    }

    @Test func aFileWithoutAGraphIsAnError() {
        expectInputError("Graphviz could not read the file (no graph in it)") { () throws(InputError) in
            _ = try read("  \n/* only a comment */\n", as: .dot)
        }
    }

    /// The place is the value as written, quoted or not; the message quotes it as cgraph read it.
    @Test(arguments: [("nan", "nan"), ("\"inf\"", "inf"), ("heavy", "heavy"), ("<h<b>e</b>avy>", "h<b>e</b>avy")])
    func badWeightsAreAnError(written: String, value: String) {
        expectInputError("bad weight on the edge a → b: '\(value)'", line: 1, column: 24) { () throws(InputError) in
            _ = try read("graph { a -- b [weight=\(written)]; b -- c [weight=1] }", as: .dot)
        }
    }

    /// A weight from an `edge […]` default is placed there, past a `label` with the same value.
    @Test func aBadDefaultWeightIsPlacedAtTheDefault() {
        let text = "graph {\n  a -- b [weight=2, label=heavy];\n  edge [label=\"two\nlines\", \"weight\" = \"heavy\"] // default\n  c -- d\n}\n"
        expectInputError("bad weight on the edge c → d: 'heavy' is not a decimal number", line: 4, column: 20) { () throws(InputError) in
            _ = try read(text, as: .dot)
        }
    }

    /// The first mention as a node, not the label with the same (empty) value before it.
    @Test func anEmptyNodeNameIsAnError() {
        expectInputError("a node with an empty name (\"\"); Sandan ids cannot be empty", line: 3, column: 8) { () throws(InputError) in
            _ = try read("digraph {\n  a [label=\"\"];\n  a -> \"\"\n}\n", as: .dot)
        }
    }

    /// The warning is placed at the first mention as a node: past a string that spans lines, a
    /// comment and the same text as a label.
    @Test func oddIdsAreWarnedAboutWhereTheyAreFirstWritten() throws {
        let text = "digraph {\n  x [label=\"abc\u{202E}txt\nsecond\"]; /* a comment\n   */ y -> \"abc\u{202E}txt\";\n  z\u{200B}w -> y\n}\n"
        let warnings = try read(text, as: .dot).warnings
        #expect(warnings.map(\.description) == [
            "input:4:12: id \"abc\\u{202E}txt\" holds invisible or direction-changing characters; it is a different node from any id that looks the same",
            "input:5:3: id \"z\\u{200B}w\" holds invisible or direction-changing characters; it is a different node from any id that looks the same",
        ])
    }

    /// cgraph 2.42's parser stack (10,000 entries) overflows at the 3,333rd brace inside the
    /// graph's (column 9 + 3,333): an error there, not the half-read graph cgraph returns, and
    /// the next read starts clean.
    @Test func deepNestingLoadsOrFailsAtItsPlace() throws {
        let depth = 3_000
        let nested = try read("digraph {" + String(repeating: "{", count: depth) + "a -> b" + String(repeating: "}", count: depth) + "}", as: .dot)
        #expect(nested.graph.ids.all == ["a", "b"])
        let deeper = 100_000
        expectInputError("memory exhausted in line 1 near '{' (braces or subgraphs nest deeper than Graphviz's parser allows)",
                         line: 1, column: 3_342) { () throws(InputError) in
            _ = try read("digraph {" + String(repeating: "{", count: deeper) + "a" + String(repeating: "}", count: deeper) + "}", as: .dot)
        }
        #expect(try read("graph { x -- y }", as: .dot).graph.edgeCount == 1)
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
        expectOutputError("has an odd number of backslashes before a quote, a line break or its end, which DOT cannot carry") {
            () throws(OutputError) in _ = try DOTWriter.write(b.build(), file: "out.gv")
        }
    }

    /// cgraph keeps names beginning with `%` for its anonymous objects: `"%nix"` would come back
    /// as `%N`, a number that depends on what the process read before (found by fuzzing).
    @Test func nodeNamesBeginningWithPercentAreRefused() throws {
        expectInputError("the node name \"%nix\" begins with '%', which Graphviz's parser keeps for its own anonymous names", line: 3, column: 8) {
            () throws(InputError) in _ = try read("digraph {\n  a [label=\"%label is fine\"];\n  a -> \"%nix\" -> b;\n}\n", as: .dot)
        }
        #expect(try read("digraph { a [label=\"%x\", \"%attr\"=1] }", as: .dot).graph.ids.all == ["a"])
        var b = GraphBuilder(directed: true)
        b.addEdge("a", "%81")
        expectOutputError("the node id \"%81\" begins with '%', which Graphviz reads as one of its anonymous names") {
            () throws(OutputError) in _ = try DOTWriter.write(b.build(), file: "out.gv")
        }
    }

    /// cgraph 2.42 reads `"\n"` as an empty string and `"a\"⏎\"b"` as `a""b` (found by fuzzing).
    @Test(arguments: ["\n", "\"n0\"\n\"n1\"", "\n\"x", "x\"\n"])
    func lineBreaksBetweenQuotesAreRefused(id: String) {
        var b = GraphBuilder(directed: false)
        b.addNode(id)
        expectOutputError("has a line break between quotes or the ends of the text, which Graphviz drops") {
            () throws(OutputError) in _ = try DOTWriter.write(b.build(), file: "out.gv")
        }
    }
}
