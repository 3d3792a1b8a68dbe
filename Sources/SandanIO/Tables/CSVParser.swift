import Foundation

/// One record of a CSV file, with where each field starts.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line on which the record starts.
    public var line: Int
    /// For each field, the line and column (1-based, in Unicode scalars) where it starts.
    public var starts: [(line: Int, column: Int)]

    public static func == (a: CSVRecord, b: CSVRecord) -> Bool {
        a.fields == b.fields && a.line == b.line && a.starts.elementsEqual(b.starts, by: ==)
    }
}

/// An RFC 4180 CSV parser over decoded text.
///
/// Fields are separated by `,` (or another separator, such as the tab of Excel's "Unicode
/// text"); records by LF or CRLF (a lone CR too). A field in double quotes
/// may hold commas, line breaks (kept exactly as they are, CRLF included, as Python's `csv`
/// module keeps them, so that writing and reading a value gives it back) and doubled quotes
/// (`""`). Blank lines are skipped. An
/// unterminated quote is an error at the line where the quote opened; a quote inside an
/// unquoted field, or text after a closing quote, is an error at its column.
///
/// Works on UTF-8 bytes (never on `Character`s, because Swift treats `"\r\n"` as one
/// character). Complexity: O(bytes).
public enum CSVParser {
    /// Parses `text` from `file` into records.
    /// - Throws: ``InputError`` for malformed quoting.
    public static func parse(_ text: String, file: String, separator: UInt8 = UInt8(ascii: ",")) throws(InputError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        let quote = UInt8(ascii: "\""), comma = separator, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var line = 1, column = 1
        var i = 0
        var fields: [String] = []
        var starts: [(line: Int, column: Int)] = []
        var recordLine = 1
        var field: [UInt8] = []

        func advance(_ byte: UInt8) {
            if byte == lf { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        let n = bytes.count
        while i < n {
            // At the start of a field.
            let fieldLine = line, fieldColumn = column
            if fields.isEmpty { recordLine = line }
            field.removeAll(keepingCapacity: true)
            let quoted = bytes[i] == quote
            if quoted {
                advance(quote); i += 1
                var closed = false
                while i < n - 1 {
                    let b = bytes[i]
                    if b == quote {
                        if bytes[i + 1] == quote { field.append(quote); advance(b); advance(b); i += 2; continue }
                        advance(b); i += 1; closed = true; break
                    }
                    field.append(b); advance(b); i += 1
                }
                guard closed else {
                    throw InputError(file: file, line: fieldLine, column: fieldColumn, "unterminated quoted field (the quote opens here)")
                }
                let b = bytes[i]
                guard b == comma || b == lf || b == cr else {
                    throw InputError(file: file, line: line, column: column, "unexpected text after a closing quote; double a quote inside a quoted field (\"\")")
                }
            } else {
                while i < n {
                    let b = bytes[i]
                    if b == comma || b == lf || b == cr { break }
                    if b == quote {
                        throw InputError(file: file, line: line, column: column, "a quote inside an unquoted field; quote the whole field and double the quote")
                    }
                    field.append(b); advance(b); i += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            starts.append((fieldLine, fieldColumn))
            let b = bytes[i]
            advance(b); i += 1
            if b == comma { continue }
            if b == cr, i < n, bytes[i] == lf { i += 1 }
            if b == cr { line += 1; column = 1 }
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) {
                records.append(CSVRecord(fields: fields, line: recordLine, starts: starts))
            }
            fields.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
        }
        return records
    }

    /// The separator of a table whose text is `text`: a tab when its first line has tabs and
    /// no comma, else a comma.
    public static func separator(of text: String) -> UInt8 {
        let firstLine = text.utf8.prefix { $0 != 0x0A && $0 != 0x0D }
        return firstLine.contains(0x09) && !firstLine.contains(0x2C) ? 0x09 : UInt8(ascii: ",")
    }

    /// `value` quoted for CSV when it needs it (a comma, quote, CR or LF, or leading/trailing
    /// space), with quotes doubled.
    public static func escape(_ value: String) -> String {
        let needs = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || value.first == " " || value.last == " "
        guard needs else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
