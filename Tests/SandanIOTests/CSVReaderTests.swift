import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

@Suite struct CSVReaderTests {
    @Test func readsAnEdgeTableWithItsNodeTable() throws {
        let folder = TemporaryFolder()
        folder.write("net.csv", "source,target,kind,weight,year\ngumi,changwon,anchor-link,1.5,2019\nchangwon,ulsan,value-chain,,2020\n")
        folder.write("net.nodes.csv", "id,name_ko,firms\ngumi,구미,2300\nchangwon,창원,\nulsan,울산,12\nalone,외딴,1\n")
        let graph = try GraphFile.read(path: folder.file("net.csv")).graph
        #expect(graph.ids.all == ["gumi", "changwon", "ulsan", "alone"])
        #expect(edgeList(graph) == ["gumi→changwon:anchor-link", "changwon→ulsan:value-chain"])
        #expect(graph.edgeAttributes["weight"] == .double([1.5, nil]))
        #expect(graph.edgeAttributes["year"] == .integer([2019, 2020]))
        #expect(graph.nodeAttributes["name_ko"] == .string(["구미", "창원", "울산", "외딴"]))
        #expect(graph.nodeAttributes["firms"] == .integer([2300, nil, 12, 1]))
        #expect(graph.edgeAttributes["kind"] == nil, "the kind is the edge's kind, not an attribute")
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "source,target,note\n\"a, b\",c,\"say \"\"hi\"\"\nthen go\"\nc,d,plain\n"
        let graph = try read(text, as: .csv).graph
        #expect(graph.ids.all == ["a, b", "c", "d"])
        #expect(graph.edgeAttributes["note"] == .string(["say \"hi\"\nthen go", "plain"]))
    }

    @Test func crlfAndBOMAreHandled() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("source,target\r\na,b\r\n\"c\r\nd\",e\r\n".utf8)
        let graph = try read(bytes: bytes, as: .csv).graph
        #expect(graph.ids.all == ["a", "b", "c\r\nd", "e"], "a line break inside quotes is kept as it is")
    }

    @Test func aRaggedRowIsAnError() {
        expectInputError("ragged row: 2 fields, but the header has 3", line: 3, column: 3) { () throws(InputError) in
            _ = try read("source,target,weight\na,b,1\nc,d\n", as: .csv)
        }
        expectInputError("ragged row: 4 fields, but the header has 3", line: 2, column: 7) { () throws(InputError) in
            _ = try read("source,target,weight\ne,f,1,x\n", as: .csv)
        }
    }

    @Test(arguments: [("abc", "'abc' is not a decimal number"), ("NaN", "'NaN' is NaN"), ("-inf", "'-inf' is infinite or out of range")])
    func badWeightsAreLocated(weight: String, message: String) {
        expectInputError("bad weight: " + message, line: 3, column: 5) { () throws(InputError) in
            _ = try read("source,target,weight\na,b,1\nc,d,\(weight)\n", as: .csv)
        }
    }

    @Test func aFolderIsReadInTheLayoutGivenAndOnlyThen() throws {
        let folder = TemporaryFolder()
        folder.write("nodes.csv", "id,name\na,A\nb,B\n")
        folder.write("edges.csv", "source,target,kind\na,b,x\n")
        let layout = TableFolder(nodesFile: "nodes.csv", edgesFile: "edges.csv", nodeColumns: ["id", "name"],
                                 edgeColumns: ["source", "target", "kind"])
        let graph = try GraphFile.read(path: folder.path, options: ReadOptions(folder: layout)).graph
        #expect(graph.ids.all == ["a", "b"] && graph.edgeCount == 1)
        #expect(GraphFile.filesRead(path: folder.path, folder: layout) == layout.tables(in: folder.path))
        expectInputError("is a folder") { () throws(InputError) in _ = try GraphFile.read(path: folder.path) }
        let narrower = TableFolder(nodesFile: "nodes.csv", edgesFile: "edges.csv", nodeColumns: ["id"],
                                   edgeColumns: ["source", "target", "kind"])
        expectInputError("unknown column 'name'", line: 1, column: 4) { () throws(InputError) in
            _ = try GraphFile.read(path: folder.path, options: ReadOptions(folder: narrower))
        }
        let elsewhere = TableFolder(nodesFile: "complexes.csv", edgesFile: "linkages.csv", nodeColumns: ["id"], edgeColumns: ["source"])
        expectInputError("must hold complexes.csv and linkages.csv") { () throws(InputError) in
            _ = try GraphFile.read(path: folder.path, options: ReadOptions(folder: elsewhere))
        }
    }

    @Test func anEdgeToAnUndeclaredNodeIsAnError() {
        let folder = TemporaryFolder()
        folder.write("net.csv", "source,target\na,b\nb,zz\n")
        folder.write("net.nodes.csv", "id\na\nb\n")
        expectInputError("'zz' is not declared in net.nodes.csv", line: 3, column: 3) { () throws(InputError) in
            _ = try GraphFile.read(path: folder.file("net.csv"))
        }
    }

    @Test func duplicateIdsAndColumnsAreAnError() {
        let folder = TemporaryFolder()
        folder.write("net.csv", "source,target\na,b\n")
        folder.write("net.nodes.csv", "id,name\na,x\nb,y\na,z\n")
        expectInputError("duplicate node id 'a'", line: 4, column: 1) { () throws(InputError) in
            _ = try GraphFile.read(path: folder.file("net.csv"))
        }
        expectInputError("duplicate column 'Weight'", line: 1, column: 22) { () throws(InputError) in
            _ = try read("source,target,weight,Weight\na,b,1,2\n", as: .csv)
        }
    }

    @Test func anEmptyFileIsAnError() {
        let folder = TemporaryFolder()
        let path = folder.write("net.csv", "")
        expectInputError("the file is empty") { () throws(InputError) in _ = try GraphFile.read(path: path) }
    }

    /// A lone edge table with a header and no rows has no nodes: an error. With a node table
    /// beside it, it is a graph without edges (as Sandan writes one).
    @Test func aHeaderWithoutRowsNeedsANodeTable() throws {
        expectInputError("the table has a header but no rows, and no node table beside it", line: 1) { () throws(InputError) in
            _ = try read("source,target\n", as: .csv)
        }
        let folder = TemporaryFolder()
        folder.write("g.csv", "source,target,weight\n")
        folder.write("g.nodes.csv", "id,firms\n구미,12\nb,\n")
        let graph = try GraphFile.read(path: folder.file("g.csv")).graph
        #expect(graph.ids.all == ["구미", "b"])
        #expect(graph.edgeCount == 0)
        #expect(graph.nodeAttributes["firms"] == .integer([12, nil]))
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpens() {
        expectInputError("unterminated quoted field", line: 3, column: 3) { () throws(InputError) in
            _ = try read("source,target\na,b\nc,\"d\ne,f\n", as: .csv)
        }
    }

    @Test func aCP949FileIsReadWithTheOption() throws {
        let folder = TemporaryFolder()
        // "source,target\n구미,똠방\n" in CP949 (똠 is a UHC syllable outside EUC-KR).
        let path = folder.write("net.csv", bytes: Array("source,target\n".utf8) + [0xB1, 0xB8, 0xB9, 0xCC, 0x2C, 0x8C, 0x63, 0xB9, 0xE6, 0x0A])
        expectInputError("try --encoding cp949", line: 2, column: 1) { () throws(InputError) in _ = try GraphFile.read(path: path) }
        let graph = try GraphFile.read(path: path, options: ReadOptions(encoding: .cp949)).graph
        #expect(graph.ids.all == ["구미", "똠방"])
    }
}
