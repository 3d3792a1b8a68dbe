import SandanGraph
@testable import SandanIO
import Testing

@Suite struct PajekReaderTests {
    @Test func readsVerticesArcsWeightsAndKinds() throws {
        let text = """
        % a comment
        *Network industrial complexes
        *Vertices 4
        1 "구미 국가산업단지" 0.1 0.2 0.5 ic Red
        2 "창원"
        3 ulsan
        *Arcs
        1 2 1.5 l "anchor-link"
        2 2
        1 3 2 c Blue kind value-chain
        """
        let graph = try read(text, as: .pajek).graph
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["구미 국가산업단지", "창원", "ulsan", "4"], "vertex 4 has no line: called by its number")
        #expect(edgeList(graph) == ["구미 국가산업단지→창원:anchor-link", "창원→창원:", "구미 국가산업단지→ulsan:value-chain"])
        #expect(graph.edgeAttributes["weight"] == .double([1.5, nil, 2]))
        #expect(graph.edgeAttributes["color"] == .string([nil, nil, "Blue"]), "c is Pajek's line colour, igraph's 'color'")
    }

    @Test func edgesAreUndirected() throws {
        let graph = try read("*vertices 2\n*edges\n1 2 3\n", as: .pajek).graph
        #expect(!graph.isDirected)
        #expect(graph.ids.all == ["1", "2"])
        #expect(graph.edgeAttributes["weight"] == .double([3]))
    }

    @Test func relationHeadersGiveKinds() throws {
        let graph = try read("*Vertices 2\n*Arcs :1 \"supplies\"\n1 2\n*Arcs :2\n2 1\n", as: .pajek).graph
        #expect(edgeList(graph) == ["1→2:supplies", "2→1:2"])
    }

    @Test func mixedArcsAndEdgesBecomeArcsWithAWarning() throws {
        let loaded = try read("*Vertices 3\n*Arcs\n1 2\n*Edges\n2 3\n3 3\n", as: .pajek)
        #expect(loaded.graph.isDirected)
        #expect(edgeList(loaded.graph) == ["1→2:", "2→3:", "3→2:", "3→3:"])
        #expect(loaded.warnings.map(\.message) == ["the network mixes arcs and edges; each edge is read as two opposite arcs"])
    }

    /// Pajek's own datasets (the US airports network, for one) carry an empty `*Arcs` header
    /// before their `*Edges`: the lines are edges, so the network is undirected, with no warning.
    @Test func anEmptyArcsHeaderBeforeEdgesIsUndirected() throws {
        let text = """
        *Vertices 4
             1 "Alpha Field"                 0.5076    0.3412    0.5000
             2 "Bravo County"                0.4126    0.2651    0.5000
             3 "Charlie Intl"                0.6118    0.4213    0.5000
             4 "Delta Regional"              0.7231    0.4102    0.5000
        *Arcs
        *Edges
             1      2 0.0436
             1      3 0.0302
             3      4 0.0109
        """
        let loaded = try read(text, as: .pajek)
        #expect(!loaded.graph.isDirected)
        #expect(loaded.graph.edgeCount == 3)
        #expect(edgeList(loaded.graph) == ["Alpha Field→Bravo County:", "Alpha Field→Charlie Intl:", "Charlie Intl→Delta Regional:"])
        #expect(loaded.graph.edgeAttributes["weight"] == .double([0.0436, 0.0302, 0.0109]))
        #expect(loaded.warnings.isEmpty)
        #expect(try read("*Vertices 2\n*Edges\n*Arcs\n1 2\n", as: .pajek).graph.isDirected, "and the other way round")
    }

    /// With no lines to say, the headers do: a network written from a directed graph without
    /// edges reads back directed.
    @Test func withoutLinesTheHeadersGiveTheDirection() throws {
        #expect(try read("*Vertices 2\n*Arcs\n", as: .pajek).graph.isDirected)
        #expect(try !read("*Vertices 2\n*Edges\n", as: .pajek).graph.isDirected)
        #expect(try !read("*Vertices 2\n*Arcs\n*Edges\n", as: .pajek).graph.isDirected)
        #expect(try !read("*Vertices 2\n", as: .pajek).graph.isDirected)
    }

    /// Old Mac files end lines with a lone CR (one of igraph's test inputs does); CRLF and a
    /// mixture read the same.
    @Test(arguments: ["\r", "\r\n"])
    func carriageReturnsEndLines(end: String) throws {
        let text = ["% old Mac file", "*Vertices 3", "1 \"a\"", "2 \"b\"", "3 \"c\"", "*Arcs", "1 2 2", "2 3"].joined(separator: end) + end
        let loaded = try read(text, as: .pajek)
        #expect(loaded.graph.ids.all == ["a", "b", "c"])
        #expect(edgeList(loaded.graph) == ["a→b:", "b→c:"])
        #expect(loaded.graph.edgeAttributes["weight"] == .double([2, nil]))
        expectInputError("vertex 4 is outside 1…3", line: 4, column: 1) { () throws(InputError) in
            _ = try read("*Vertices 3\r*Edges\r1 2\r4 1\r", as: .pajek)
        }
    }

    /// Pajek's line parameters (its manual's keywords, in any case) become the attributes igraph
    /// names them; `l` is the kind; another `name value` pair is a string attribute.
    @Test func lineParametersAreRead() throws {
        let text = """
        *Vertices 3
        1 "a" 0.1 0.2 0.5 ic Yellow bc Black
        2 "b"
        3 "c"
        *Arcs
        1 2 1.5 w 3 c Blue p Dots l "supplies" s 2 a B
        2 3 1 C Red LP 0.25 font Arial fos 12 h1 -4 k2 1.5 lr 30 lphi 90 la 0 ap 0.5 lc Green a1 10 a2 20 k1 2 h2 1
        3 1 2 year 2019
        """
        let graph = try read(text, as: .pajek).graph
        #expect(edgeList(graph) == ["a→b:supplies", "b→c:", "c→a:"])
        let e = graph.edgeAttributes
        #expect(e["edgewidth"] == .double([3, nil, nil]))
        #expect(e["color"] == .string(["Blue", "Red", nil]))
        #expect(e["linepattern"] == .string(["Dots", nil, nil]))
        #expect(e["arrowsize"] == .double([2, nil, nil]))
        #expect(e["arrowtype"] == .string(["B", nil, nil]))
        #expect(e["labelpos"] == .double([nil, 0.25, nil]))
        #expect(e["font"] == .string([nil, "Arial", nil]))
        #expect(e["fontsize"] == .double([nil, 12, nil]))
        #expect(e["hook1"] == .double([nil, -4, nil]))
        #expect(e["hook2"] == .double([nil, 1, nil]))
        #expect(e["velocity1"] == .double([nil, 2, nil]))
        #expect(e["velocity2"] == .double([nil, 1.5, nil]))
        #expect(e["labelangle"] == .double([nil, 30, nil]))
        #expect(e["labelangle2"] == .double([nil, 90, nil]))
        #expect(e["labeldegree"] == .double([nil, 0, nil]))
        #expect(e["arrowpos"] == .double([nil, 0.5, nil]))
        #expect(e["labelcolor"] == .string([nil, "Green", nil]))
        #expect(e["angle1"] == .double([nil, 10, nil]))
        #expect(e["angle2"] == .double([nil, 20, nil]))
        #expect(e["year"] == .string([nil, nil, "2019"]))
        #expect(Set(e.names) == ["weight", "edgewidth", "color", "linepattern", "arrowsize", "arrowtype", "labelpos", "font",
                                 "fontsize", "hook1", "hook2", "velocity1", "velocity2", "labelangle", "labelangle2",
                                 "labeldegree", "arrowpos", "labelcolor", "angle1", "angle2", "year"])
        #expect(graph.nodeAttributes.names.isEmpty, "vertex drawing parameters are not kept")
    }

    /// Old files carry positional numbers after the weight; they, and a name without a value,
    /// are skipped with one warning for the file that names the first.
    @Test func unknownPositionalFieldsAreSkippedWithOneWarning() throws {
        let text = "*Vertices 3\n*Edges\n1 2 1 5 0\n2 3 1 7 c Red\n3 1 2 c Red Blue\n"
        let loaded = try read(text, as: .pajek)
        #expect(loaded.graph.edgeCount == 3)
        #expect(loaded.graph.edgeAttributes["color"] == .string([nil, "Red", "Red"]))
        #expect(Set(loaded.graph.edgeAttributes.names) == ["weight", "color"])
        #expect(loaded.warnings.map(\.description)
                == ["input:3:7: 4 fields on arc or edge lines (from here on) are neither a weight nor a Pajek parameter with a value; skipped"])
    }

    @Test func numericParametersNeedNumbers() {
        expectInputError("the Pajek parameter 'w' (edgewidth) needs a number: 'thick' is not a decimal number", line: 3, column: 9) {
            () throws(InputError) in _ = try read("*Vertices 2\n*Arcs\n1 2 1 w thick\n", as: .pajek)
        }
    }

    /// Pajek's temporal networks: `[1]`, `[1-3]`, `[5-*]` and lists of them on vertices and
    /// lines, kept as the string attribute `time`.
    @Test func timeIntervalsAreKept() throws {
        let text = """
        *Vertices 3
        1 "a" [1-5, 7]
        2 "b" 0.2 0.3 0.5 [4-*]
        3 "[3]"
        *Edges
        1 2 1 [2]
        2 3 [4-6] c Red
        1 3
        """
        let graph = try read(text, as: .pajek).graph
        #expect(graph.ids.all == ["a", "b", "[3]"], "a quoted label is a label, not an interval")
        #expect(graph.nodeAttributes["time"] == .string(["[1-5,7]", "[4-*]", nil]))
        #expect(graph.edgeAttributes["time"] == .string(["[2]", "[4-6]", nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1, nil, nil]))
        #expect(graph.edgeAttributes["color"] == .string([nil, "Red", nil]))
        expectInputError("malformed time interval '[1-x]'", line: 3, column: 7) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Edges\n1 2 1 [1-x]\n", as: .pajek)
        }
        expectInputError("unterminated time interval '[1-3'", line: 2, column: 7) { () throws(InputError) in
            _ = try read("*Vertices 2\n1 \"a\" [1-3\n", as: .pajek)
        }
    }

    /// A two-mode network (`*Vertices N M`): M rows of N − M numbers, each entry an undirected
    /// edge between a row vertex and a column vertex, and the node attribute `mode` (igraph's
    /// `type` is mode 2). Worked by hand: rows a, b; columns x, y, z.
    @Test func twoModeMatricesAreBipartite() throws {
        let text = """
        *Vertices 5 2
        1 "a"
        2 "b"
        3 "x"
        4 "y"
        5 "z"
        *Matrix
        1 0 2
        0 1 0
        """
        let loaded = try read(text, as: .pajek)
        let graph = loaded.graph
        #expect(!graph.isDirected)
        #expect(edgeList(graph) == ["a→x:", "a→z:", "b→y:"])
        #expect(graph.edgeAttributes["weight"] == .double([1, 2, 1]))
        #expect(graph.nodeAttributes["mode"] == .integer([1, 1, 2, 2, 2]))
        #expect(loaded.warnings.isEmpty)
        let lines = try read("*Vertices 3 1\n*Edges\n1 2\n2 3\n", as: .pajek)
        #expect(lines.graph.nodeAttributes["mode"] == .integer([1, 2, 2]))
        #expect(lines.warnings.map(\.description) == ["input:4: 1 line joins two vertices of the same mode in a two-mode network; kept"])
        expectInputError("a *Matrix row needs 3 numbers, found 5", line: 3, column: 7) { () throws(InputError) in
            _ = try read("*Vertices 5 2\n*Matrix\n1 0 0 0 0\n", as: .pajek)
        }
        expectInputError("the first mode of a two-mode network (*Vertices N M) needs 0 ≤ M ≤ N, not '6'", line: 1, column: 13) {
            () throws(InputError) in _ = try read("*Vertices 5 6\n", as: .pajek)
        }
    }

    @Test func listsAndMatrices() throws {
        let list = try read("*Vertices 3\n*Edgeslist\n1 2 3\n", as: .pajek).graph
        #expect(edgeList(list) == ["1→2:", "1→3:"])
        let matrix = try read("*Vertices 2\n*Matrix\n0 2.5\n1 0\n", as: .pajek).graph
        #expect(matrix.isDirected)
        #expect(edgeList(matrix) == ["1→2:", "2→1:"])
        #expect(matrix.edgeAttributes["weight"] == .double([2.5, 1]))
    }

    @Test func projectSectionsEndTheNetwork() throws {
        let loaded = try read("*Vertices 2\n*Edges\n1 2\n*Partition p\n*Vertices 2\n1\n2\n", as: .pajek)
        #expect(loaded.graph.edgeCount == 1)
        #expect(loaded.warnings.map(\.message) == ["*Partition and what follows belong to a Pajek project, not a network; ignored"])
    }

    /// A few bytes cannot declare two billion vertices: the count is capped by the file size.
    @Test func aHugeVertexCountIsRefused() {
        let text = "*Vertices 2000000000\n"
        expectInputError("*Vertices 2000000000 is more than a file of 21 bytes can describe (at most 100084)", line: 1, column: 11) {
            () throws(InputError) in _ = try read(text, as: .pajek)
        }
        #expect(PajekFormat.maximumVertices(forFileSize: 21) == 100_084)
    }

    @Test(arguments: [("0", "vertex 0 is outside 1…2 (*Vertices 2)"), ("3", "vertex 3 is outside 1…2 (*Vertices 2)"),
                      ("x", "'x' is not a vertex number")])
    func vertexNumbersMustBeInRange(number: String, message: String) {
        expectInputError(message, line: 3, column: 3) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Edges\n1 \(number)\n", as: .pajek)
        }
    }

    @Test func aVertexListedTwiceIsAnError() {
        expectInputError("vertex 1 is listed twice (first at line 2)", line: 3, column: 1) { () throws(InputError) in
            _ = try read("*Vertices 2\n1 \"a\"\n1 \"b\"\n", as: .pajek)
        }
    }

    @Test func twoVerticesWithOneLabelAreAnError() {
        expectInputError("two vertices are called 'a'; Sandan ids must be unique", line: 3) { () throws(InputError) in
            _ = try read("*Vertices 2\n1 \"a\"\n2 \"a\"\n", as: .pajek)
        }
    }

    @Test(arguments: [("nan", "bad weight: 'nan' is NaN"), ("inf", "bad weight: 'inf' is infinite or out of range"),
                      ("1e400", "bad weight: '1e400' is infinite or out of range"), ("-0x1p3", "bad weight: '-0x1p3' is not a decimal number")])
    func badWeightsAreAnError(weight: String, message: String) {
        expectInputError(message, line: 3, column: 5) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Arcs\n1 2 \(weight)\n", as: .pajek)
        }
    }

    @Test func malformedLinesAreAnError() {
        expectInputError("unterminated quote (it opens here)", line: 2, column: 3) { () throws(InputError) in
            _ = try read("*Vertices 1\n1 \"unclosed\n", as: .pajek)
        }
        expectInputError("expected *Vertices before any vertex or edge", line: 1, column: 1) { () throws(InputError) in
            _ = try read("1 2\n", as: .pajek)
        }
        expectInputError("*Arcs before *Vertices", line: 1, column: 1) { () throws(InputError) in
            _ = try read("*Arcs\n1 2\n", as: .pajek)
        }
        expectInputError("unknown Pajek section *Hyperedges", line: 2, column: 1) { () throws(InputError) in
            _ = try read("*Vertices 1\n*Hyperedges\n", as: .pajek)
        }
        expectInputError("*Vertices needs the number of vertices", line: 1, column: 11) { () throws(InputError) in
            _ = try read("*Vertices -3\n", as: .pajek)
        }
        expectInputError("no *Vertices line: not a Pajek network") { () throws(InputError) in
            _ = try read("% only a comment\n", as: .pajek)
        }
        expectInputError("a *Matrix row needs 2 numbers, found 1", line: 3, column: 1) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Matrix\n1\n0 0\n", as: .pajek)
        }
        expectInputError("the *Matrix has 1 rows, but *Vertices says 2: the file is truncated", line: 3) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Matrix\n0 1", as: .pajek)
        }
    }
}
