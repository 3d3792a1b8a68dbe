import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// UCINET DL: hand-worked files in both layouts, round trips, and errors at their place
/// (igraph reads what Sandan writes in `Scripts/checks/spreadsheet.sh`).
@Suite struct UCINETFormatTests {
    /// A symmetric matrix with embedded labels: the pairs a–b (1) and b–c (2), undirected.
    @Test func aSymmetricFullMatrixWithEmbeddedLabels() throws {
        let text = "dl n = 3, format = fullmatrix\nlabels embedded\ndata:\na b c\na 0 1 0\nb 1 0 2\nc 0 2 0\n"
        let graph = try UCINETFormat.read(text, file: "m.dl").graph
        #expect(!graph.isDirected)
        #expect(graph.ids.all == ["a", "b", "c"])
        #expect(edgeList(graph) == ["a→b:", "b→c:"])
        #expect(graph.edgeAttributes["weight"] == .double([1, 2]))
    }

    /// An asymmetric matrix is directed: 1→2 only.
    @Test func anAsymmetricMatrixIsDirected() throws {
        let graph = try UCINETFormat.read("DL N=2\nDATA:\n0 1\n0 0\n", file: "m.dl").graph
        #expect(graph.isDirected)
        #expect(edgeList(graph) == ["1→2:"])
        #expect(graph.edgeAttributes["weight"] == nil, "all weights 1: no weight column")
    }

    @Test func anEdgeListWithALabelList() throws {
        let text = "DL N=3\nFORMAT = EDGELIST1\nLABELS:\n구미,\"창원 국가\",울산\nDATA:\n1 2 0.5\n2 3\n"
        let graph = try UCINETFormat.read(text, file: "e.dl").graph
        #expect(graph.ids.all == ["구미", "창원 국가", "울산"])
        #expect(edgeList(graph) == ["구미→창원 국가:", "창원 국가→울산:"])
        #expect(graph.edgeAttributes["weight"] == .double([0.5, 1]))
    }

    @Test(arguments: [UCINETFormat.Layout.edgeList, .fullMatrix], [false, true])
    func roundTrips(layout: UCINETFormat.Layout, directed: Bool) throws {
        var builder = GraphBuilder(directed: directed)
        for id in ["구미", "창원 국가", "울산", "외딴"] { builder.addNode(id) }
        _ = builder.addEdge(0, 1)
        _ = builder.addEdge(1, 2)
        builder.setEdgeColumn("weight", .double([2.5, 1]))
        let graph = builder.build()
        let text = String(decoding: try UCINETFormat.write(graph, file: "g.dl", layout: layout), as: UTF8.self)
        let back = try UCINETFormat.read(text, file: "g.dl", options: ReadOptions(directed: directed)).graph
        #expect(back.ids.all == graph.ids.all)
        #expect(edgeList(back) == edgeList(graph))
        #expect(back.edgeAttributes["weight"] == .double([2.5, 1]))
    }

    /// The full matrix written for a weighted undirected path a–b (2.5), b–c (1),
    /// as worked by hand from the DL chapter: row i holds the weights of node i's edges, both
    /// halves of the symmetric matrix; read back (as UCINET reads a symmetric matrix) it is
    /// the same undirected graph.
    @Test func aFullMatrixIsWrittenAsWorkedByHand() throws {
        var builder = GraphBuilder(directed: false)
        _ = builder.addEdge("a", "b")
        _ = builder.addEdge("b", "c")
        builder.setEdgeColumn("weight", .double([2.5, 1]))
        let folder = TemporaryFolder()
        let path = folder.file("m.dl")
        try GraphFile.write(builder.build(), to: path, options: WriteOptions(dlLayout: .fullMatrix))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "DL N=3\nFORMAT = FULLMATRIX\nLABELS:\na,\nb,\nc\nDATA:\n0 2.5 0\n2.5 0 1\n0 1 0\n")
        let back = try GraphFile.read(path: path).graph
        #expect(!back.isDirected)
        #expect(edgeList(back) == ["a→b:", "b→c:"])
        #expect(back.edgeAttributes["weight"] == .double([2.5, 1]))
    }

    /// Above ``UCINETFormat/maximumMatrixNodes`` nodes a full matrix is refused, and no file is
    /// left behind; the edge list of the same graph is written.
    @Test func aFullMatrixAboveTheLimitIsRefused() throws {
        var builder = GraphBuilder(directed: false)
        for i in 0...UCINETFormat.maximumMatrixNodes { builder.addNode("v\(i)") }
        let graph = builder.build()
        let folder = TemporaryFolder()
        let n = UCINETFormat.maximumMatrixNodes + 1
        expectOutputError("a full matrix of \(n) nodes would have \(n * n) cells; FULLMATRIX is written for at most \(UCINETFormat.maximumMatrixNodes) nodes") { () throws(OutputError) in
            try GraphFile.write(graph, to: folder.file("big.dl"), options: WriteOptions(dlLayout: .fullMatrix))
        }
        #expect(folder.contents.isEmpty)
        try GraphFile.write(graph, to: folder.file("big.dl"))
        #expect(folder.contents == ["big.dl"])
    }

    @Test func errorsAreLocated() {
        expectInputError("'4' is not a node number 1–3", line: 4, column: 3) { () throws(InputError) in
            _ = try UCINETFormat.read("DL N=3 FORMAT=EDGELIST1\nDATA:\n1 2\n2 4\n", file: "e.dl")
        }
        expectInputError("two-mode and multiple-matrix DL files are not read", line: 1, column: 4) { () throws(InputError) in
            _ = try UCINETFormat.read("DL NR=2 NC=3\nDATA:\n", file: "e.dl")
        }
        expectInputError("the matrix ends early (N=2)") { () throws(InputError) in
            _ = try UCINETFormat.read("DL N=2\nDATA:\n0 1\n1\n", file: "m.dl")
        }
        expectOutputError("a full matrix holds one value per pair") { () throws(OutputError) in
            var builder = GraphBuilder(directed: false)
            _ = builder.addEdge("a", "b")
            _ = builder.addEdge("a", "b")
            _ = try UCINETFormat.write(builder.build(), file: "m.dl", layout: .fullMatrix)
        }
    }
}
