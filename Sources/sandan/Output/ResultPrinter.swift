import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanIO

/// Which table of a multi-table result `--format csv` writes.
struct TableChoice: ParsableArguments {
    @Option(name: .long, help: "With --format csv: the table to write (default: the first; see the table titles of --format table).")
    var table: String?
}

extension OutputOptions {
    /// Prints `result` in the chosen format: every table with its title (`table`), the chosen
    /// table (`csv`), or all tables as one object (`json`); a workbook's header row in the
    /// language of a report on `graph` (see ``emit(sheets:of:)``).
    func emit(_ result: some TabularResult, choice: TableChoice, of graph: Graph) throws {
        let tables = result.tables
        if let name = choice.table, !tables.contains(where: { $0.name == name }) {
            throw ValidationError("no table '\(name)'" + NameSuggestion.didYouMean(name, among: tables.map(\.name))
                                  + " (tables: \(tables.map(\.name).joined(separator: ", ")))")
        }
        if writesWorkbook {
            try emit(sheets: (choice.table.map { name in tables.filter { $0.name == name } } ?? tables).map(\.sheet), of: graph)
            return
        }
        switch format {
        case .table:
            let chosen = choice.table.map { name in tables.filter { $0.name == name } } ?? tables
            try emit(chosen.map { table in
                (chosen.count > 1 ? "# \(table.name)\n" : "") + ResultPrinter.text(table)
            }.joined(separator: "\n"))
        case .csv:
            let table = choice.table.flatMap(result.table(named:)) ?? tables[0]
            try emit(table.csv)
        case .json:
            try emit(result.json)
        }
    }
}

extension ResultTable {
    /// The table as a workbook sheet: counts and measures as numbers, flags as booleans,
    /// lists `;`-separated.
    var sheet: Sheet {
        Sheet(name: name, header: header, rows: rows.map { row in
            row.map { cell in
                switch cell {
                case .integer(let value): .integer(value)
                case .number(let value): .number(value)
                case .flag(let value): .bool(value)
                default: .text(ResultTable.plainText(cell))
                }
            }
        })
    }
}

/// Terminal rendering of result tables.
enum ResultPrinter {
    static func text(_ table: ResultTable) -> String {
        var t = TextTable(table.header)
        for row in table.rows { t.append(row.map(cell)) }
        return table.rows.isEmpty ? t.rendered + "(none)\n" : t.rendered
    }

    /// Numbers with at most four decimals (trailing zeros dropped), undefined as `-`.
    static func cell(_ cell: ResultCell) -> String {
        switch cell {
        case .number(let d?) where d.isFinite:
            var s = String(format: "%.4f", d)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            return s == "-0" ? "0" : s
        case .number:
            return "-"
        case .flag(let b):
            return b ? "yes" : "no"
        default:
            return ResultTable.plainText(cell)
        }
    }
}

/// Several results printed as one (their tables side by side, names kept).
struct CombinedResult: TabularResult {
    let tables: [ResultTable]
    init(_ parts: [any TabularResult]) { tables = parts.flatMap(\.tables) }
}
