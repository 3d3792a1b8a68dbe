import Foundation
import SandanIO

/// The state of one validation: the problems so far and what the node table declared.
struct ValidationRun {
    let validator: DatasetValidator
    var problems: [Diagnostic] = []
    /// Each declared node id: its kind (when known) and region.
    var declared: [String: (kind: NodeKind?, region: String?)] = [:]
    /// What the anchor-year checks compare (see `ValidationRun+Anchors.swift`).
    var anchorYears = AnchorYears()

    init(validator: DatasetValidator) { self.validator = validator }

    mutating func report(_ location: SourceLocation, _ message: String) {
        problems.append(Diagnostic(location, message))
    }

    // MARK: - Reading

    /// Reads the table at `path`, reporting unreadable files, header problems and ragged rows.
    /// Returns nil when there is nothing to check row by row.
    mutating func table(at path: String, known: Set<String>, required: [String]) -> LooseTable? {
        let records: [CSVRecord]
        do {
            records = try CSVParser.parse(try TextDecoding.readText(at: path, encoding: validator.encoding), file: path)
        } catch {
            report(error.location, error.message)
            return nil
        }
        guard let first = records.first else {
            report(SourceLocation(file: path), "the file holds no header row")
            return nil
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        for (c, name) in header.enumerated() {
            let location = SourceLocation(file: path, line: first.starts[c].line, column: first.starts[c].column)
            if name.isEmpty {
                report(location, "empty column name in the header")
            } else if !seen.insert(name).inserted {
                report(location, "duplicate column '\(name)'")
            } else if !known.contains(name) {
                report(location, "unknown column '\(name)' (expected: \(known.sorted().joined(separator: ", ")))")
            }
        }
        for name in required where !seen.contains(name) {
            report(SourceLocation(file: path, line: first.line, column: 1), "missing column '\(name)'")
        }
        let table = LooseTable(file: path, header: header, headerLine: first.line, rows: Array(records.dropFirst()))
        if table.rows.isEmpty { report(SourceLocation(file: path, line: first.line), "the table has a header but no rows") }
        for row in table.rows where row.fields.count != header.count {
            // Point at the first extra field, or at the last field of a short row.
            let start = row.starts[row.fields.count > header.count ? header.count : row.fields.count - 1]
            report(SourceLocation(file: path, line: start.line, column: start.column),
                   "ragged row: \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), but the header has \(header.count)")
        }
        return table
    }

    // MARK: - Shared cells

    /// The integer year in `cell`, reporting a non-integer or one outside `allowed`.
    mutating func year(_ cell: LooseTable.Cell, name: String, allowed: ClosedRange<Int>, programme: Programme? = nil) -> Int? {
        guard let value = NumberParsing.integer(cell.text) else {
            report(cell.location, "\(name) '\(cell.text)' is not an integer year")
            return nil
        }
        if !allowed.contains(value) {
            let span = allowed.count == 1 ? "\(allowed.lowerBound)" : "\(allowed.lowerBound)–\(allowed.upperBound)"
            let scope = programme.map { "programme \($0.rawValue) runs in \(span)" } ?? "expected \(span)"
            report(cell.location, "\(name) \(value) is out of range (\(scope))")
        }
        return value
    }

    mutating func checkCitation(_ cell: LooseTable.Cell?) {
        guard let cell else { return }
        guard !cell.text.isEmpty else {
            report(cell.location, "empty citation: name the seed file(s) the row comes from")
            return
        }
        for item in DatasetSchema.listItems(cell.text) {
            if item.isEmpty {
                report(cell.location, "empty item in citation")
            } else if !DatasetSchema.isSeedFileName(item) {
                report(cell.location, "citation '\(item)' does not name a seed file (NNN_<16 hex digits>.txt)")
            } else if let seeds = validator.seedsFolder,
                      !FileManager.default.fileExists(atPath: (seeds as NSString).appendingPathComponent(item)) {
                report(cell.location, "cited seed '\(item)' is not in \(seeds)")
            }
        }
    }

    /// The row's `region` and the 시·도 it names, nil when the cell is missing or empty or names
    /// none (which is reported).
    mutating func checkedRegion(_ table: LooseTable, _ row: CSVRecord) -> (text: String, province: String)? {
        guard let cell = table.cell(row, Region.attribute), !cell.text.isEmpty else { return nil }
        guard let province = Region.normalise(cell.text) else {
            report(cell.location, unknownRegion(cell.text))
            return nil
        }
        return (cell.text, province)
    }

    /// The message for a `region` that names no 시·도 in any form of ``Region/provinceTable``.
    func unknownRegion(_ value: String) -> String {
        unknownValue("region (시·도)", value, Region.provinces) + "; full, former and English names and codes are accepted too"
    }

    func unknownValue(_ what: String, _ value: String, _ known: [String]) -> String {
        "unknown \(what) '\(value)' (known: \(known.joined(separator: ", ")))"
    }
}
