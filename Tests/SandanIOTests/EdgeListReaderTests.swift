import SandanGraph
@testable import SandanIO
import SandanTestSupport
import Testing

@Suite struct EdgeListReaderTests {
    @Test func readsEdgesWeightsCommentsAndIsolatedNodes() throws {
        let text = "# a comment\na b 1.5\nb\tc   2 # trailing comment\n\nd\n"
        let graph = try read(text, as: .edgeList).graph
        #expect(graph.ids.all == ["a", "b", "c", "d"])
        #expect(edgeList(graph) == ["a→b:", "b→c:"])
        #expect(graph.edgeAttributes["weight"] == .double([1.5, 2]))
        #expect(!graph.isDirected)
        #expect(graph.degree(3) == 0)
    }

    @Test func crlfLinesAreSplit() throws {
        let graph = try read("a b\r\nb c\r\n", as: .edgeList).graph
        #expect(graph.ids.all == ["a", "b", "c"])
        #expect(graph.edgeCount == 2)
    }

    /// Old Mac files end lines with a lone CR: `x␍y␍` is two isolated nodes, never an edge
    /// (CSV tables read CR the same way); comments end at a CR too.
    @Test func aLoneCarriageReturnEndsALine() throws {
        let isolated = try read("x\ry\r", as: .edgeList).graph
        #expect(isolated.ids.all == ["x", "y"])
        #expect(isolated.edgeCount == 0)
        let graph = try read("# comment\ra b 1\rb c 2 # trailing\r\rc\r\nd e 3", as: .edgeList).graph
        #expect(edgeList(graph) == ["a→b:", "b→c:", "d→e:"])
        #expect(graph.edgeAttributes["weight"] == .double([1, 2, 3]))
        expectInputError("bad weight", line: 3, column: 5) { () throws(InputError) in _ = try read("a b 1\rc d 2\re f x\r", as: .edgeList) }
    }

    /// The header Sandan writes for a directed graph makes the file directed; an option still wins.
    @Test func sandansDirectedHeaderIsDirected() throws {
        let text = "# sandan edge list: source target weight (directed)\na b 1\n"
        #expect(try read(text, as: .edgeList).graph.isDirected)
        #expect(try !read(text, as: .edgeList, options: ReadOptions(directed: false)).graph.isDirected)
        #expect(try !read("# sandan edge list: source target\na b\n# (directed)\n", as: .edgeList).graph.isDirected,
                "only the first line is the header")
        #expect(try !read("# an edge list (directed)\na b\n", as: .edgeList).graph.isDirected, "another tool's comment says nothing")
    }

    @Test func directedWhenAsked() throws {
        let graph = try read("1 2\n2 3\n", as: .edgeList, options: ReadOptions(directed: true)).graph
        #expect(graph.isDirected)
        #expect(graph.outDegree(graph.index(of: "1")!) == 1)
        #expect(graph.inDegree(graph.index(of: "1")!) == 0)
    }

    @Test func aFourthFieldIsAnError() {
        expectInputError("expected 'source target [weight]', found a fourth field", line: 2, column: 7) { () throws(InputError) in
            _ = try read("a b 1\nc d 2 x\n", as: .edgeList)
        }
    }

    @Test(arguments: [("abc", "'abc' is not a decimal number"), ("nan", "'nan' is NaN"), ("inf", "'inf' is infinite or out of range"),
                      ("1e400", "'1e400' is infinite or out of range"), ("0x1p3", "'0x1p3' is not a decimal number"),
                      ("1,5", "'1,5' is not a decimal number")])
    func badWeightsAreLocated(weight: String, message: String) {
        expectInputError("bad weight: " + message, line: 2, column: 5) { () throws(InputError) in
            _ = try read("a b 1\nc d \(weight)\n", as: .edgeList)
        }
    }

    /// The later of the two lines is the error: at its weight, or just after its target.
    @Test func weightsOnSomeLinesOnly() {
        expectInputError("this edge has no weight while the edge on line 1 has one; give every edge a weight or none",
                         line: 2, column: 5) { () throws(InputError) in
            _ = try read("a b 1\nc  d # none\ne f 2\n", as: .edgeList)
        }
        expectInputError("this edge has a weight while the edge on line 2 has none; give every edge a weight or none",
                         line: 4, column: 5) { () throws(InputError) in
            _ = try read("isolated\na b\n\nc d 2\ne f\n", as: .edgeList)
        }
    }

    @Test func onlyCommentsIsAnError() {
        expectInputError("no edges or nodes: the file holds only comments or blank lines") { () throws(InputError) in
            _ = try read("# nothing\n\n", as: .edgeList)
        }
    }

    @Test func emptyFileIsAnError() {
        let folder = TemporaryFolder()
        let path = folder.write("empty.edges", "")
        expectInputError("the file is empty") { () throws(InputError) in _ = try GraphFile.read(path: path) }
    }
}
