import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// A researcher's own tables as a Korean spreadsheet saves them: Korean headers, CP949 or
/// UTF-16 text, CRLF line ends, a node table under any name; columns named on the command line.
@Suite struct SpreadsheetInputTests {
    /// `text` in CP949, by Foundation's encoder (not the iconv decoder under test).
    static func cp949(_ text: String) -> [UInt8] {
        Array(text.data(using: String.Encoding(rawValue: 0x8000_0422))!)
    }

    static let edges = "출발단지,도착단지,연계유형,연도\r\n구미,창원,value-chain,2021\r\n창원,울산,anchor-link,2023\r\n"
    static let nodes = "단지명,시·도,위도,경도\r\n구미,경북,36.1,128.4\r\n창원,경남,35.2,128.6\r\n울산,울산,35.5,129.3\r\n"

    @Test func koreanHeadersInCP949WithCRLFAreReadWithoutOptions() throws {
        let folder = TemporaryFolder()
        let edgesPath = folder.write("연계.csv", bytes: Self.cp949(Self.edges))
        let nodesPath = folder.write("단지 목록.csv", bytes: Self.cp949(Self.nodes))
        let loaded = try GraphFile.read(path: edgesPath, options: ReadOptions(encoding: .automatic, nodesPath: nodesPath))
        let graph = loaded.graph
        #expect(graph.ids.all == ["구미", "창원", "울산"], "the name column is the id when there is no id column")
        #expect(edgeList(graph) == ["구미→창원:value-chain", "창원→울산:anchor-link"])
        #expect(graph.edgeAttributes["year"] == .integer([2021, 2023]))
        #expect(graph.nodeAttributes["name_ko"] == .string(["구미", "창원", "울산"]))
        #expect(graph.nodeAttributes["region"] == .string(["경북", "경남", "울산"]))
        #expect(graph.nodeAttributes["lat"] == .double([36.1, 35.2, 35.5]))
        #expect(graph.nodeAttributes["lon"] == .double([128.4, 128.6, 129.3]))
        #expect(loaded.warnings.map(\.description) == [
            "\(nodesPath): read as CP949 (detected; --encoding names another)",
            "\(edgesPath): read as CP949 (detected; --encoding names another)",
        ])
    }

    @Test func columnsNamedByTheUser() throws {
        let text = "a,b,w,도\nx,y,2,2020\n"
        let options = ReadOptions(columns: ColumnMapping([.source: "a", .target: "B", .year: "도"]))
        let graph = try read(text, as: .csv, options: options).graph
        #expect(edgeList(graph) == ["x→y:"])
        #expect(graph.edgeAttributes["year"] == .integer([2020]))
        #expect(graph.edgeAttributes["w"] == .integer([2]))
    }

    @Test func aMissingColumnListsTheColumnsAndTheOption() {
        expectInputError("no edge source column (columns found: a, b); name it with --source-col COLUMN (recognised without it: source, from",
                         line: 1, column: 1) { () throws(InputError) in
            _ = try read("a,b\nx,y\n", as: .csv)
        }
        expectInputError("no column 'c' (--target-col); columns found: a, b", line: 1, column: 1) { () throws(InputError) in
            _ = try read("a,b\nx,y\n", as: .csv, options: ReadOptions(columns: ColumnMapping([.source: "a", .target: "c"])))
        }
    }

    @Test func aRoleNameTakenByAnotherColumnIsAnError() {
        let folder = TemporaryFolder()
        let edges = folder.write("e.csv", "source,target\nx,y\n")
        let nodes = folder.write("n.csv", "id,시도,region\nx,경북,north\ny,경남,south\n")
        expectInputError("column '시도' is read as region, and the table has a 'region' column too", line: 1, column: 7) { () throws(InputError) in
            _ = try GraphFile.read(path: edges, options: ReadOptions(columns: ColumnMapping([.region: "시도"]), nodesPath: nodes))
        }
    }

    /// Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tab-separated, CRLF.
    @Test func excelUnicodeTextIsATable() throws {
        let text = "출발단지\t도착단지\r\n구미\t창원\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let folder = TemporaryFolder()
        let path = folder.write("연계.txt", bytes: bytes)
        let loaded = try GraphFile.read(path: path, options: ReadOptions(encoding: .automatic))
        #expect(edgeList(loaded.graph) == ["구미→창원:"])
        #expect(loaded.warnings.map(\.message) == ["read as UTF-16 (detected; --encoding names another)"])
    }

    /// Python: `b"A\nB\xb0\xa1\xa2\xe8".decode("cp949")` fails at byte 0xA2 (position 5), after
    /// "B가": line 2, column 3. A2 E8 is a pair Foundation's decoder accepts.
    @Test func invalidCP949IsRefusedAtItsPlace() {
        let bytes: [UInt8] = [0x41, 0x0A, 0x42, 0xB0, 0xA1, 0xA2, 0xE8]
        expectInputError("not valid CP949 (byte 0xA2)", line: 2, column: 3) { () throws(InputError) in
            _ = try TextDecoding.decode(bytes, file: "f", encoding: .cp949)
        }
        // A lead byte at the end of the file, and one followed by an ASCII byte.
        expectInputError("not valid CP949 (byte 0xB0)", line: 1, column: 2) { () throws(InputError) in
            _ = try TextDecoding.decode([0x41, 0xB0], file: "f", encoding: .cp949)
        }
        expectInputError("not valid CP949 (byte 0xB1)", line: 1, column: 1) { () throws(InputError) in
            _ = try TextDecoding.decode([0xB1, 0x20], file: "f", encoding: .cp949)
        }
    }

    @Test func neitherUTF8NorCP949IsAnErrorAtTheFirstBadByte() {
        // 0xC9 0xA1 is CP949's user-defined area (Python refuses it); as UTF-8, 0xC9 needs a
        // continuation byte, and 0xA1 is one, so UTF-8 fails at 0xFF on line 2.
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0xC9, 0xA1, 0xFF]
        expectInputError("neither UTF-8 (byte 0xFF here) nor CP949 (byte 0xC9 at line 2, column 1)", line: 2, column: 2) { () throws(InputError) in
            _ = try TextDecoding.decode(bytes, file: "f", encoding: .automatic)
        }
    }

    @Test func encodingNames() {
        #expect(TextEncoding(name: "EUC-KR") == .cp949)
        #expect(TextEncoding(name: "utf-16") == .utf16)
        #expect(TextEncoding(name: "auto") == .automatic)
        #expect(TextEncoding(name: "latin1") == nil)
    }

    @Test func aPathThatDoesNotExistIsReportedAsSuch() {
        expectInputError("no such file or folder") { () throws(InputError) in
            _ = try GraphFile.read(path: "/nonexistent-sandan/Graphs")
        }
    }

    @Test func columnOptionsNeedATable() {
        let folder = TemporaryFolder()
        let path = folder.write("g.edges", "a b\n")
        expectInputError("--source-col applies to CSV tables; this file is not one") { () throws(InputError) in
            _ = try GraphFile.read(path: path, options: ReadOptions(columns: ColumnMapping([.source: "a"])))
        }
    }
}
