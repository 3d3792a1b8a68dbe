import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// `.xlsx` workbooks: typed cells read as text a table understands, and hostile workbooks (a zip
/// bomb, a `../` entry, a DTD with entities, a million shared strings, a million rows) refused
/// with a clear error. The workbooks come from `Scripts/spreadsheet/hostile_xlsx.py`.
@Suite struct XLSXReaderTests {
    /// The folder the script wrote the workbooks into (once for the suite).
    static let folder: TemporaryFolder = {
        let folder = TemporaryFolder()
        let script = packageRoot.appendingPathComponent("Scripts/spreadsheet/hostile_xlsx.py").path
        let run = Result { try runTool(["python3", script, folder.path]) }
        precondition((try? run.get().status) == 0, "hostile_xlsx.py failed: \(run)")
        return folder
    }()

    static func path(_ name: String) -> String { folder.file(name) }

    /// Hand-written cells: shared strings (one of two rich-text runs and a phonetic run, which is
    /// left out), inline and formula strings, 35.200000000000003 (the double 35.2), serial 45088
    /// with format 14 (2023-06-11: 45088 days after 1899-12-30) and 45088.5 with a custom
    /// `yyyy"년" …` format (noon), booleans, an error value, an empty row (2) and empty cells.
    @Test func typedCellsBecomeText() throws {
        let records = try XLSXReader.records(path: Self.path("typed.xlsx"), sheet: nil)
        #expect(records.map(\.fields) == [
            ["출발단지", "도착단지", "lat", "day", "ok", "note"],
            ["구미", "창원", "35.2", "2023-06-11", "true", "#N/A"],
            ["울산", "구미", "", "2023-06-11T12:00:00", "false", ""],
        ])
        #expect(records.map(\.line) == [1, 3, 4], "lines are the sheet's rows")
        let graph = try GraphFile.read(path: Self.path("typed.xlsx")).graph
        #expect(graph.ids.all == ["구미", "창원", "울산"])
        #expect(graph.edgeAttributes["lat"] == .double([35.2, nil]))
        #expect(graph.edgeAttributes["ok"] == .bool([true, false]))
    }

    @Test func aMissingSheetIsNamedWithTheSheetsThere() {
        expectInputError("no sheet 'T' (sheets: S)") { () throws(InputError) in
            _ = try GraphFile.read(path: Self.path("ok.xlsx"), options: ReadOptions(sheet: "T"))
        }
        #expect((try? GraphFile.read(path: Self.path("ok.xlsx"), options: ReadOptions(sheet: "S")))?.graph.edgeCount == 1)
    }

    @Test(arguments: [
        ("bomb.xlsx", "xl/worksheets/sheet1.xml inflates to more than 16 MiB"),
        ("traversal.xlsx", "the archive holds an entry with an unsafe path '../evil.txt'"),
        ("entity.xlsx", "<!DOCTYPE declarations are refused"),
        ("strings.xlsx", "xl/sharedStrings.xml inflates to more than 16 MiB"),
        ("rows.xlsx", "xl/worksheets/sheet1.xml inflates to more than 16 MiB"),
    ])
    func hostileWorkbooksAreRefused(file: String, message: String) {
        expectInputError(message) { () throws(InputError) in
            _ = try GraphFile.read(path: Self.path(file))
        }
    }

    @Test func aFileThatIsNoArchiveIsNoWorkbook() {
        let folder = TemporaryFolder()
        let path = folder.write("plain.xlsx", "source,target\na,b\n")
        expectInputError("not an Excel workbook") { () throws(InputError) in
            _ = try GraphFile.read(path: path)
        }
    }
}

/// The workbook writer's rules (openpyxl reads its output in `Scripts/checks/spreadsheet.sh`).
@Suite struct XLSXWriterTests {
    @Test func referencesAndSheetNames() {
        #expect(XLSXWriter.reference(0, 1) == "A1")
        #expect(XLSXWriter.reference(25, 2) == "Z2")
        #expect(XLSXWriter.reference(26, 3) == "AA3")
        #expect(XLSXWriter.reference(701, 4) == "ZZ4")
        #expect(XLSXWriter.reference(702, 5) == "AAA5")
        #expect(XLSXWriter.sheetNames(["a/b", "A_B", String(repeating: "x", count: 40), ""])
                == ["a_b", "A_B (2)", String(repeating: "x", count: 31), "Sheet4"])
        #expect(XLSXWriter.escape("a<b & \u{1}c\td") == "a&lt;b &amp; c&#9;d")
    }

    /// Written, then read back by the reader: text, integers, reals, booleans and an empty cell.
    @Test func aWorkbookReadsBack() throws {
        let folder = TemporaryFolder()
        let path = folder.file("t.xlsx")
        let sheet = Sheet(name: "연계", header: ["source", "target", "w", "ok"],
                          rows: [[.text("구미"), .text("창원"), .number(0.1), .bool(true)], [.text("a"), .text("b"), .number(nil), .integer(3)]])
        try AtomicFile.write(try XLSXWriter.workbook([sheet], file: path), to: path)
        let records = try XLSXReader.records(path: path, sheet: "연계")
        #expect(records.map(\.fields) == [["source", "target", "w", "ok"], ["구미", "창원", "0.1", "true"], ["a", "b", "", "3"]])
    }
}
