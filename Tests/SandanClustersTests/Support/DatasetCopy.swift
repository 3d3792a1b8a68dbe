import Foundation
import SandanClusters
import SandanTestSupport
import SandanIO

/// A copy of a dataset folder whose cells a test can change, then write: each table is kept
/// as rows of fields and written one record per line, so a row's line number is its index + 1
/// and a cell's column is where the written line puts it.
struct DatasetCopy {
    let folder: TemporaryFolder
    var tables: [String: [[String]]] = [:]

    /// Copies the tables of `source` into a new temporary folder.
    init(of source: URL) throws {
        folder = TemporaryFolder()
        for file in [DatasetSchema.folder.nodesFile, DatasetSchema.folder.edgesFile, "designations.csv", "participations.csv"] {
            let text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
            tables[file] = try CSVParser.parse(text, file: file).map(\.fields)
        }
    }

    /// The path of `file` in the copy, as the validator names it.
    func path(_ file: String) -> String { folder.file(file) }

    /// The 1-based line of the first row of `file` whose first cells are `prefix`.
    func line(_ file: String, startingWith prefix: [String]) -> Int {
        tables[file]!.firstIndex { Array($0.prefix(prefix.count)) == prefix }! + 1
    }

    /// Sets column `name` of the row on `line` of `file` to `value`; returns the cell's line
    /// and column.
    mutating func set(_ file: String, line: Int, _ name: String, to value: String) -> (line: Int, column: Int) {
        let c = tables[file]![0].firstIndex(of: name)!
        tables[file]![line - 1][c] = value
        return (line, column(file, line: line, field: c))
    }

    /// Appends a row; returns its line.
    mutating func append(_ file: String, _ fields: [String]) -> Int {
        tables[file]!.append(fields)
        return tables[file]!.count
    }

    /// The 1-based column (in Unicode scalars) where field `c` of `line` starts once written.
    func column(_ file: String, line: Int, field c: Int) -> Int {
        tables[file]![line - 1].prefix(c).reduce(1) { $0 + CSVParser.escape($1).unicodeScalars.count + 1 }
    }

    /// Writes every table.
    func write() throws {
        for (file, rows) in tables {
            let text = rows.map { $0.map(CSVParser.escape).joined(separator: ",") + "\n" }.joined()
            try text.write(toFile: path(file), atomically: true, encoding: .utf8)
        }
    }
}
