import Foundation

/// One cell of a ``ResultTable``.
public enum ResultCell: Sendable, Equatable {
    /// Text (an id, a name, a label).
    case text(String)
    /// A count.
    case integer(Int)
    /// A measure; nil when it is undefined for this row (written empty in CSV, `null` in JSON).
    case number(Double?)
    /// A yes/no fact (written `1`/`0` in CSV, as in `sandan analyze`).
    case flag(Bool)
    /// Several values (ids, industries): `;`-separated in a table or CSV, an array in JSON.
    case list([String])
}

/// A rectangular view of a result, the form in which the CLI prints it as a table, CSV or
/// JSON. Every analysis result of SandanClusters offers its tables through ``TabularResult``.
public struct ResultTable: Sendable, Equatable {
    /// A short snake_case name (`anchors`, `structural_hubs`); the key of the table in JSON.
    public let name: String
    /// Column names, snake_case.
    public let header: [String]
    /// Rows, each as wide as the header.
    public let rows: [[ResultCell]]

    public init(name: String, header: [String], rows: [[ResultCell]]) {
        precondition(rows.allSatisfy { $0.count == header.count }, "every row must be as wide as the header")
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The table as CSV (RFC 4180, a header row, LF line ends); numbers in the shortest form
    /// that reads back exactly, undefined numbers empty, flags `1`/`0`.
    public var csv: String {
        var out = header.map(CSVParser.escape).joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { CSVParser.escape(Self.plainText($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The rows as a JSON array of objects keyed by the header.
    public var jsonRows: String {
        let objects = rows.map { row in
            "{" + zip(header, row).map { JSONWriter.quote($0) + ": " + Self.json($1) }.joined(separator: ", ") + "}"
        }
        return "[" + objects.joined(separator: ",\n  ") + "]"
    }

    /// A cell as plain text (CSV): shortest round-trip numbers, empty for undefined.
    public static func plainText(_ cell: ResultCell) -> String {
        switch cell {
        case .text(let s): s
        case .integer(let n): String(n)
        case .number(let d): d.map { $0.isFinite ? JSONWriter.number($0) : "" } ?? ""
        case .flag(let b): b ? "1" : "0"
        case .list(let items): items.joined(separator: ";")
        }
    }

    static func json(_ cell: ResultCell) -> String {
        switch cell {
        case .text(let s): JSONWriter.quote(s)
        case .integer(let n): String(n)
        case .number(let d): d.map(JSONWriter.number) ?? "null"
        case .flag(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(JSONWriter.quote).joined(separator: ", ") + "]"
        }
    }
}

/// A result that can be printed as tables. The first table is the primary one: the one
/// `--format csv` writes unless another is asked for.
public protocol TabularResult: Sendable {
    /// The result's tables, primary first; names are distinct.
    var tables: [ResultTable] { get }
}

extension TabularResult {
    /// All tables as one JSON object: `{"NAME": [rows…], …}`.
    public var json: String {
        "{" + tables.map { "\n\"\($0.name)\": " + $0.jsonRows }.joined(separator: ",") + "\n}\n"
    }

    /// The table called `name`, if any.
    public func table(named name: String) -> ResultTable? { tables.first { $0.name == name } }
}
