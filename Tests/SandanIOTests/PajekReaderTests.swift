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
        #expect(graph.edgeAttributes["c"] == .string([nil, nil, "Blue"]))
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
        #expect(loaded.warnings.map(\.message) == ["the network mixes *Arcs and *Edges; each edge is read as two opposite arcs"])
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
        expectInputError("the parameter 'l' has no value", line: 3, column: 7) { () throws(InputError) in
            _ = try read("*Vertices 2\n*Arcs\n1 2 1 l\n", as: .pajek)
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
