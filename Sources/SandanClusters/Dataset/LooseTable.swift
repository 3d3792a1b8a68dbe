import SandanIO

/// A CSV table read without judging it: header, rows and where each cell starts.
struct LooseTable {
    let file: String
    let header: [String]
    let headerLine: Int
    let rows: [CSVRecord]
    private let columnIndex: [String: Int]

    init(file: String, header: [String], headerLine: Int, rows: [CSVRecord]) {
        self.file = file
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        var index: [String: Int] = [:]
        for (c, name) in header.enumerated() where index[name] == nil { index[name] = c }
        columnIndex = index
    }

    /// The cell of column `name` in `row`: its text and location; nil when the table has no
    /// such column or the row is too short.
    func cell(_ row: CSVRecord, _ name: String) -> Cell? {
        guard let c = columnIndex[name], c < row.fields.count else { return nil }
        return Cell(text: row.fields[c], location: SourceLocation(file: file, line: row.starts[c].line, column: row.starts[c].column))
    }

    func rowLocation(_ row: CSVRecord) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: row.starts.first?.column ?? 1)
    }

    struct Cell {
        let text: String
        let location: SourceLocation
    }
}
