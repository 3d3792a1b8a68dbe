import Foundation
import ZIPFoundation

/// One cell of a sheet Sandan writes.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A number; nil or non-finite is an empty cell.
    case number(Double?)
    case bool(Bool)
}

/// A table written as one sheet of a workbook: a header row and typed rows.
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]

    public init(name: String, header: [String], rows: [[SheetCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// Writes tables as an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML, ECMA-376 Part 1):
/// one sheet per table, the header row bold and frozen, each column as wide as its widest
/// cell (Hangul counting two; at most 60 characters), numbers and booleans as typed cells,
/// text as inline strings (control characters other than tab and line breaks, which XML
/// cannot hold, left out). Sheet names are cut to Excel's 31 characters with `[]:*?/\`
/// replaced, and made unique.
///
/// Complexity: O(cells) time; the workbook is built in memory (deflated) before it is written.
public enum XLSXWriter {
    /// The workbook holding `sheets`.
    /// - Throws: ``OutputError`` (for `file`) when the archive cannot be built.
    public static func workbook(_ sheets: [Sheet], file: String) throws(OutputError) -> Data {
        let names = sheetNames(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                \(names.enumerated().map { "<sheet name=\"\(escape($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())\
                </sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())\
                <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>
                """),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet))) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw OutputError(file: file, "the workbook could not be built") }
            return data
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(file: file, "the workbook could not be built: \(error)")
        }
    }

    static func contentTypes(count: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        \((0..<count).map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
        </Types>
        """
    }

    /// One sheet: frozen bold header, column widths, typed cells.
    static func worksheet(_ sheet: Sheet) -> String {
        var widths = sheet.header.map(DisplayWidth.of)
        for row in sheet.rows {
            for (c, cell) in row.enumerated() where c < widths.count { widths[c] = max(widths[c], DisplayWidth.of(plain(cell))) }
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            """
        if !widths.isEmpty {
            out += "<cols>" + widths.enumerated().map { c, width in
                "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(min(60, width + 2))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        out += "<sheetData>"
        out += "<row r=\"1\">" + sheet.header.enumerated().map { c, name in
            "<c r=\"\(reference(c, 1))\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(name))</t></is></c>"
        }.joined() + "</row>"
        for (r, row) in sheet.rows.enumerated() {
            out += "<row r=\"\(r + 2)\">"
            for (c, cell) in row.enumerated() {
                let ref = reference(c, r + 2)
                switch cell {
                case .text(let text) where text.isEmpty: continue
                case .text(let text): out += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                case .integer(let value): out += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                case .number(let value?) where value.isFinite: out += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                case .number: continue
                case .bool(let value): out += "<c r=\"\(ref)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    /// A cell as the text its width is measured by.
    static func plain(_ cell: SheetCell) -> String {
        switch cell {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value?) where value.isFinite: String(value)
        case .number: ""
        case .bool(let value): value ? "TRUE" : "FALSE"
        }
    }

    /// `A1`-style reference of 0-based column `c` in 1-based row `r`.
    static func reference(_ c: Int, _ r: Int) -> String {
        var letters = "", n = c + 1
        while n > 0 {
            let rem = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rem))) + letters
            n = (n - 1) / 26
        }
        return letters + String(r)
    }

    /// Sheet names Excel accepts: `[]:*?/\` replaced by `_`, at most 31 characters, unique.
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { i, name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if clean.isEmpty { clean = "Sheet\(i + 1)" }
            var candidate = clean, n = 2
            while !used.insert(candidate.lowercased()).inserted {
                let suffix = " (\(n))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            return candidate
        }
    }

    /// `text` escaped for a workbook part (``XMLOutput/escapeDroppingForbidden(_:)``).
    static func escape(_ text: String) -> String { XMLOutput.escapeDroppingForbidden(text) }
}

/// Display width in a terminal or spreadsheet column: 2 for East Asian wide characters (Hangul,
/// CJK, full-width forms), 0 for combining marks and Hangul medial/final jamo, else 1.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            let v = s.value
            if (0x0300...0x036F).contains(v) || (0x1160...0x11FF).contains(v) || v == 0x200B { return sum }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
