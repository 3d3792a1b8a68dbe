import Foundation
import SandanGraph
import ZIPFoundation

/// Reads one sheet of an Excel workbook (`.xlsx`, Office Open XML, ECMA-376 Part 1 §18) as the
/// records of a table: the first non-empty row is the header.
///
/// Cells: shared strings (`t="s"`, rich text runs joined, phonetic runs left out), inline strings,
/// formula strings, numbers (in the shortest form that reads back: `35.2`, `2021`), booleans
/// (`true`/`false`), errors as written (`#N/A`), and numbers with a date format as ISO 8601 text
/// (`2023-06-11`, with `THH:MM:SS` when there is a time; the 1900 and 1904 date systems). Empty
/// cells are empty fields; empty rows are skipped. A record's line is the sheet's row number and
/// a field's column the sheet's column number, so errors point at `FILE:ROW:COLUMN`.
///
/// A workbook is untrusted input. Parts are inflated through a counting consumer: one over
/// ``maximumPartBytes`` or all together over ``maximumTotalBytes`` stop the read (a zip bomb, or
/// a sheet or shared-strings table too large to hold), whatever sizes the archive declares. An
/// entry whose path is absolute or has a `..` component is refused (nothing is ever written to
/// disk, but such an archive is not a workbook). Every XML part goes through ``XMLInput``:
/// `<!DOCTYPE` and entities refused at their place, bounded depth.
///
/// Complexity: O(inflated bytes) time; memory a small multiple of the largest part.
enum XLSXReader {
    /// The largest part inflated: 16 MiB (a sheet of about 200,000 short rows, or as many
    /// shared strings; FoundationXML takes seconds per megabyte of a large part, and larger
    /// tables belong in CSV).
    static let maximumPartBytes = 16 << 20
    /// The most inflated from one workbook: 64 MiB.
    static let maximumTotalBytes = 64 << 20

    /// The records of sheet `sheet` (the first sheet when nil) of the workbook at `path`.
    /// - Throws: ``InputError`` for an archive that is not a workbook, a missing sheet (naming
    ///   the sheets there), a part over the limits, or bad XML, with the part's name.
    static func records(path: String, sheet: String?, limits: InputLimits = InputLimits(),
                        partLimit: Int = maximumPartBytes) throws(InputError) -> [CSVRecord] {
        var workbook = try Workbook(path: path, partLimit: partLimit, limits: limits)
        let sheets = try workbook.sheets()
        let chosen: (name: String, part: String)
        if let sheet {
            guard let found = sheets.first(where: { $0.name == sheet }) else {
                throw InputError(file: path, "no sheet '\(sheet)'" + NameSuggestion.didYouMean(sheet, among: sheets.map(\.name))
                                     + " (sheets: \(sheets.map(\.name).joined(separator: ", ")))")
            }
            chosen = found
        } else {
            guard let first = sheets.first else { throw InputError(file: path, "the workbook has no sheet") }
            chosen = first
        }
        let strings = try workbook.sharedStrings()
        let dates = try workbook.dateStyles()
        return try workbook.rows(of: chosen.part, strings: strings, dateStyles: dates)
    }
}


/// The parts of one workbook, inflated on demand within the limits of ``XLSXReader``.
struct Workbook {
    let path: String
    let archive: Archive
    let partLimit: Int
    /// The limits every XML part is parsed within (attributes per element, string sizes).
    let limits: InputLimits
    private var inflated = 0

    init(path: String, partLimit: Int, limits: InputLimits) throws(InputError) {
        self.path = path
        self.partLimit = partLimit
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(file: path, "not an Excel workbook (.xlsx is a zip archive; this file is not one)")
        }
        for entry in archive {
            let components = entry.path.split(separator: "/", omittingEmptySubsequences: false)
            if entry.path.hasPrefix("/") || entry.path.contains("\\") || components.contains("..") {
                throw InputError(file: path, "the archive holds an entry with an unsafe path '\(entry.path)'; not a workbook")
            }
        }
    }

    /// The bytes of part `name` (a path inside the archive), or nil when there is none.
    mutating func part(_ name: String) throws(InputError) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        var bytes: [UInt8] = []
        let limit = partLimit, total = XLSXReader.maximumTotalBytes, before = inflated
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit, before + bytes.count + chunk.count <= total else { throw PartTooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw InputError(file: path, "\(name) inflates to more than \(bytes.count + before >= total ? total >> 20 : limit >> 20) MiB; "
                                 + "Sandan reads parts up to \(limit >> 20) MiB and workbooks up to \(total >> 20) MiB (a zip bomb, or a sheet too large: save it as CSV)")
        } catch {
            throw InputError(file: path, "\(name) cannot be inflated: \(error)")
        }
        inflated += bytes.count
        return bytes
    }

    private struct PartTooLarge: Error {}

    /// Calls `handle` for every XML event of part `name`; nothing when the part is absent.
    mutating func parse(_ name: String, required: Bool = false, handle: (XMLEvent) throws(InputError) -> Void) throws(InputError) {
        guard let bytes = try part(name) else {
            if required { throw InputError(file: path, "not an Excel workbook: no \(name)") }
            return
        }
        try XMLInput.parse(bytes, file: "\(path)[\(name)]", encoding: .utf8, limits: limits, handle: handle)
    }

    /// The local part of an element name (`x:c` → `c`).
    static func local(_ name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    /// The sheets in workbook order, with the part each is in, and whether dates count from 1904.
    mutating func sheets() throws(InputError) -> [(name: String, part: String)] {
        var targets: [String: String] = [:]
        try parse("xl/_rels/workbook.xml.rels") { event in
            if case .start(let name, let attributes) = event.kind, Workbook.local(name) == "Relationship",
               let id = attributes["Id"], let target = attributes["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [(name: String, part: String)] = []
        var date1904 = false
        try parse("xl/workbook.xml", required: true) { event in
            guard case .start(let name, let attributes) = event.kind else { return }
            switch Workbook.local(name) {
            case "sheet":
                let id = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value
                if let sheetName = attributes["name"], let id, let target = targets[id] { sheets.append((sheetName, target)) }
            case "workbookPr":
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            default: break
            }
        }
        self.date1904 = date1904
        return sheets
    }

    /// Whether serial dates count from 1904-01-01 (else from 1899-12-30).
    private(set) var date1904 = false

    /// The shared-strings table: each `si` as its text runs joined (phonetic `rPh` runs left out).
    mutating func sharedStrings() throws(InputError) -> [String] {
        var strings: [String] = []
        var current = "", inPhonetic = false, inText = false
        try parse("xl/sharedStrings.xml") { event in
            switch event.kind {
            case .start(let name, _):
                switch Workbook.local(name) {
                case "si": current = ""
                case "rPh": inPhonetic = true
                case "t": inText = !inPhonetic
                default: break
                }
            case .end(let name):
                switch Workbook.local(name) {
                case "si": strings.append(current)
                case "rPh": inPhonetic = false
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }

    /// The cell styles (indexes into `cellXfs`) whose number format shows a date or time.
    mutating func dateStyles() throws(InputError) -> Set<Int> {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        try parse("xl/styles.xml") { event in
            switch event.kind {
            case .start(let name, let attributes):
                switch Workbook.local(name) {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
                case "cellXfs": inCellXfs = true
                case "xf" where inCellXfs: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            case .end(let name):
                if Workbook.local(name) == "cellXfs" { inCellXfs = false }
            case .text: break
            }
        }
        return Set(formats.indices.filter { Workbook.isDateFormat(formats[$0], code: custom[formats[$0]]) })
    }

    /// Whether number format `id` (with its code when custom) shows a date or time: the
    /// built-in date formats (14–22, 45–47, and 27–36 and 50–58 of East Asian locales), or a
    /// code with y, m, d, h or s outside quotes, brackets and escapes.
    static func isDateFormat(_ id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        var plain = "", quoted = false, bracket = false, escaped = false
        for c in code {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { plain.append(c) }
            }
        }
        return plain.lowercased().contains { "ymdhs".contains($0) }
    }

    /// The non-empty rows of sheet part `part` as records.
    mutating func rows(of part: String, strings: [String], dateStyles: Set<Int>) throws(InputError) -> [CSVRecord] {
        let file = "\(path)[\(part)]"
        var records: [CSVRecord] = []
        var row: [Int: String] = [:]
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int, line: Int, col: Int)?
        var value = "", inValue = false
        let date1904 = self.date1904
        try parse(part, required: true) { (event) throws(InputError) in
            switch event.kind {
            case .start(let name, let attributes):
                switch Workbook.local(name) {
                case "row":
                    let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                    guard number > rowNumber else { throw InputError(file: file, line: event.line, column: event.column, "rows out of order") }
                    rowNumber = number
                    row = [:]
                case "c":
                    let column = try attributes["r"].map { (reference) throws(InputError) in
                        guard let c = Workbook.column(of: reference) else {
                            throw InputError(file: file, line: event.line, column: event.column, "bad cell reference '\(reference)'")
                        }
                        return c
                    } ?? (row.keys.max() ?? 0) + 1
                    cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0, event.line, event.column)
                    value = ""
                case "v", "t":
                    inValue = cell != nil
                default: break
                }
            case .end(let name):
                switch Workbook.local(name) {
                case "v", "t": inValue = false
                case "c":
                    if let c = cell {
                        row[c.column] = try Workbook.text(of: value, type: c.type, isDate: dateStyles.contains(c.style), date1904: date1904,
                                                          strings: strings, at: SourceLocation(file: file, line: c.line, column: c.col))
                    }
                    cell = nil
                case "row":
                    if row.values.contains(where: { !$0.isEmpty }), let last = row.keys.max() {
                        let fields = (1...last).map { row[$0] ?? "" }
                        records.append(CSVRecord(fields: fields, line: rowNumber, starts: (1...last).map { (rowNumber, $0) }))
                    }
                default: break
                }
            case .text(let text):
                if inValue { value += text }
            }
        }
        guard let header = records.first else { return records }
        // Every row as wide as the header: missing trailing cells are empty; a value beyond the
        // header's last column is an error at its cell.
        let width = header.fields.count
        return try records.map { (record) throws(InputError) in
            var record = record
            if record.fields.count > width {
                if let extra = record.fields[width...].firstIndex(where: { !$0.isEmpty }) {
                    throw InputError(file: path, line: record.line, column: extra + 1, "a value beyond the header's last column")
                }
                record.fields.removeLast(record.fields.count - width)
                record.starts.removeLast(record.starts.count - width)
            }
            while record.fields.count < width {
                record.fields.append("")
                record.starts.append((record.line, record.fields.count))
            }
            return record
        }
    }

    /// The 1-based column of a cell reference such as `AB12`.
    static func column(of reference: String) -> Int? {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            column = column * 26 + Int(scalar.value) - 64
            guard column <= 16_384 else { return nil }
        }
        return column > 0 ? column : nil
    }

    /// A cell's text from its raw value and type.
    static func text(of value: String, type: String, isDate: Bool, date1904: Bool, strings: [String], at location: SourceLocation) throws(InputError) -> String {
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw InputError(location, "shared string \(value) is not in the workbook's table of \(strings.count)")
            }
            return strings[index]
        case "b":
            return value == "1" ? "true" : "false"
        case "inlineStr", "str", "e", "d":
            return value
        default:
            guard !value.isEmpty else { return "" }
            guard let number = Double(value), number.isFinite else { throw InputError(location, "bad number '\(value)'") }
            return isDate ? isoDate(serial: number, date1904: date1904) : NumberParsing.plain(number)
        }
    }

    /// An Excel serial date as ISO 8601: days since 1899-12-30 (so that serial 61 is 1900-03-01,
    /// past Excel's phantom 1900-02-29) or since 1904-01-01, the fraction as the time of day.
    static func isoDate(serial: Double, date1904: Bool) -> String {
        var seconds = Int((serial * 86_400).rounded())
        var days = seconds.quotientAndRemainder(dividingBy: 86_400).quotient
        seconds -= days * 86_400
        if seconds < 0 { seconds += 86_400; days -= 1 }
        // Days from 1970-01-01 (1899-12-30 is day -25569; 1904-01-01 is day -24107).
        let z = days + (date1904 ? -24_107 : -25_569) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard seconds > 0 else { return date }
        return date + String(format: "T%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}
