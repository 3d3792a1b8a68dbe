import SandanIO

/// A plain-text table with aligned columns, for terminal output.
///
/// Widths count East Asian wide characters (Hangul, CJK) as two columns so that Korean names
/// line up. Numbers are right-aligned, text left-aligned. Every cell is shown as
/// ``IdentifierCheck/displayed(_:limit:)`` shows it, whole (a hub's list of spokes can be long):
/// an id holding ESC or BEL cannot drive the terminal, and a line break cannot break the table.
struct TextTable {
    private(set) var header: [String]
    private(set) var rows: [[String]] = []

    init(_ header: [String]) { self.header = header.map { IdentifierCheck.displayed($0, limit: .max) } }

    mutating func append(_ row: [String]) { rows.append(row.map { IdentifierCheck.displayed($0, limit: .max) }) }

    var rendered: String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], TextTable.width(cell)) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - TextTable.width(cell))
                return TextTable.isNumeric(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        var out = line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    static func isNumeric(_ cell: String) -> Bool { !cell.isEmpty && Double(cell) != nil }

    /// Display width (``DisplayWidth``): 2 for wide characters, 0 for combining marks, else 1.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }
}
