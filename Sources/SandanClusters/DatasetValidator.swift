import Foundation
import SandanIO

/// Checks a dataset folder in the schema of `Graphs/` and reports **every** problem with its
/// file, line and column, where the strict reader (``DatasetFolder/read(path:options:)``) stops
/// at the first.
///
/// The validator reads the tables itself (``TextDecoding`` + ``CSVParser``), so a folder the
/// strict reader refuses can still be checked as a whole. It checks:
///
/// - **headers**: the required columns (``DatasetSchema/requiredNodeColumns``, …) are present;
///   no unknown or duplicate column; every row as wide as the header;
/// - **`complexes.csv`**: ids present, unique and ASCII slugs; `kind` in ``NodeKind``; each
///   `type` item in ``ComplexType`` and no `type` on areas or organisations; `region` one of
///   the 17 시·도 and `macro_region` the one ``Region/macroRegionOf`` gives it; `firms` and
///   `employment` non-negative integers, `output_krw_100m` a non-negative number, and a
///   `figures_year` wherever a figure is given; years (`figures_year`, `smart`) in
///   ``DatasetSchema/years``; `lat` in −90…90 and `lon` in −180…180, given together, with a
///   `coords` precision from ``DatasetSchema/coordinatePrecisions``;
/// - **`linkages.csv`**: both ends present and declared in `complexes.csv`, no self-loop;
///   `kind` a stored ``LinkageKind``; `programme` in ``Programme`` and `year` an integer in
///   the programme's ``Programme/years``; `weight` empty or a non-negative number;
///   management and coordination edges start at an organisation, industrial linkages touch
///   none; no linkage repeated (same ends — in either order for kinds without direction —
///   kind, programme and year);
/// - **`designations.csv`** (when present): programme, year, `region`, `anchor` and every
///   `linked` id declared, the anchor lying in the designation's region;
/// - **citations** everywhere: present, each `;`-separated item a seed file name
///   (``DatasetSchema/isSeedFileName(_:)``) and, when ``seedsFolder`` is set, a file there.
///
/// A file that cannot be decoded or whose quoting is broken yields one problem (the first
/// such place) and no row checks; the other files are still checked.
///
/// Complexity: O(bytes) time and memory.
public struct DatasetValidator: Sendable {
    /// The text encoding of the tables.
    public var encoding: TextEncoding
    /// A folder holding the seed documents; when set, every cited file must exist there.
    public var seedsFolder: String?

    public init(encoding: TextEncoding = .utf8, seedsFolder: String? = nil) {
        self.encoding = encoding
        self.seedsFolder = seedsFolder
    }

    /// Checks the dataset in `folder`.
    public func validate(folder: String) -> ValidationReport {
        var run = ValidationRun(validator: self)
        let nodesPath = (folder as NSString).appendingPathComponent(DatasetFolder.nodesFile)
        let edgesPath = (folder as NSString).appendingPathComponent(DatasetFolder.edgesFile)
        let designationsPath = (folder as NSString).appendingPathComponent(DatasetSchema.designationsFile)
        let nodes = run.table(at: nodesPath, known: DatasetFolder.nodeColumns, required: DatasetSchema.requiredNodeColumns)
        let edges = run.table(at: edgesPath, known: DatasetFolder.edgeColumns, required: DatasetSchema.requiredEdgeColumns)
        if let nodes { run.checkNodes(nodes) }
        if let edges { run.checkEdges(edges, nodesKnown: nodes != nil) }
        var designationRows = 0
        if FileManager.default.fileExists(atPath: designationsPath),
           let designations = run.table(at: designationsPath, known: DatasetSchema.designationColumns,
                                        required: DatasetSchema.requiredDesignationColumns) {
            run.checkDesignations(designations, nodesKnown: nodes != nil)
            designationRows = designations.rows.count
        }
        let order = [nodesPath, edgesPath, designationsPath]
        let problems = run.problems.enumerated().sorted { a, b in
            let ka = (order.firstIndex(of: a.element.location.file) ?? order.count, a.element.location.line ?? 0, a.element.location.column ?? 0, a.offset)
            let kb = (order.firstIndex(of: b.element.location.file) ?? order.count, b.element.location.line ?? 0, b.element.location.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
        return ValidationReport(folder: folder, problems: problems, nodeRows: nodes?.rows.count ?? 0,
                                edgeRows: edges?.rows.count ?? 0, designationRows: designationRows)
    }
}

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

/// The state of one validation: the problems so far and what the node table declared.
struct ValidationRun {
    let validator: DatasetValidator
    var problems: [ValidationProblem] = []
    /// Each declared node id: its kind (when known) and region.
    var declared: [String: (kind: NodeKind?, region: String?)] = [:]

    init(validator: DatasetValidator) { self.validator = validator }

    mutating func report(_ location: SourceLocation, _ message: String) {
        problems.append(ValidationProblem(location, message))
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

    // MARK: - complexes.csv

    mutating func checkNodes(_ table: LooseTable) {
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            let id = table.cell(row, "id")
            let kind = table.cell(row, "kind").flatMap { NodeKind(rawValue: $0.text) }
            let region = table.cell(row, "region").map(\.text).flatMap { $0.isEmpty ? nil : $0 }
            if let id {
                if id.text.isEmpty {
                    report(id.location, "empty node id")
                } else if let line = firstLine[id.text] {
                    report(id.location, "duplicate id '\(id.text)' (first declared on line \(line))")
                } else {
                    firstLine[id.text] = row.line
                    declared[id.text] = (kind, region)
                    if !DatasetSchema.isSlug(id.text) {
                        report(id.location, "id '\(id.text)' is not an ASCII slug (lowercase letters and digits joined by single hyphens)")
                    }
                }
            }
            guard row.fields.count == table.header.count else { continue }
            checkNodeRow(table, row, kind: kind)
        }
    }

    mutating func checkNodeRow(_ table: LooseTable, _ row: CSVRecord, kind: NodeKind?) {
        if let name = table.cell(row, "name_ko"), name.text.isEmpty { report(name.location, "empty name_ko") }
        if let cell = table.cell(row, "kind") {
            if kind == nil { report(cell.location, unknownValue("node kind", cell.text, NodeKind.allCases.map(\.rawValue))) }
        }
        if let cell = table.cell(row, "type"), !cell.text.isEmpty {
            if let kind, kind != .complex {
                report(cell.location, "a \(kind.rawValue) has no complex type; leave 'type' empty")
            }
            for item in DatasetSchema.listItems(cell.text) where ComplexType(rawValue: item) == nil {
                report(cell.location, unknownValue("complex type", item, ComplexType.allCases.map(\.rawValue)))
            }
        }
        checkRegion(table, row)
        var hasFigure = false
        for (name, integral) in [("firms", true), ("output_krw_100m", false), ("employment", true)] {
            guard let cell = table.cell(row, name), !cell.text.isEmpty else { continue }
            hasFigure = true
            checkFigure(cell, name: name, integral: integral)
        }
        let figuresYear = table.cell(row, "figures_year")
        if let figuresYear, !figuresYear.text.isEmpty {
            _ = year(figuresYear, name: "figures_year", allowed: DatasetSchema.years)
        } else if hasFigure {
            report(figuresYear?.location ?? table.rowLocation(row), "figures are given without their figures_year")
        }
        if let smart = table.cell(row, "smart"), !smart.text.isEmpty {
            _ = year(smart, name: "smart", allowed: DatasetSchema.years)
        }
        checkCoordinates(table, row)
        checkCitation(table.cell(row, "citation"))
    }

    mutating func checkRegion(_ table: LooseTable, _ row: CSVRecord) {
        let region = table.cell(row, Region.attribute)
        let macro = table.cell(row, Region.macroAttribute)
        var expectedMacro: String?
        if let region, !region.text.isEmpty {
            expectedMacro = Region.macroRegionOf[region.text]
            if expectedMacro == nil { report(region.location, unknownValue("region (시·도)", region.text, Region.provinces)) }
        }
        guard let macro else { return }
        if macro.text.isEmpty {
            if let expectedMacro { report(macro.location, "empty macro_region; region \(region!.text) lies in \(expectedMacro)") }
        } else if !Region.macroRegions.contains(macro.text) {
            report(macro.location, unknownValue("macro_region", macro.text, Region.macroRegions))
        } else if let expectedMacro, expectedMacro != macro.text {
            report(macro.location, "macro_region \(macro.text) does not match region \(region!.text), which lies in \(expectedMacro)")
        }
    }

    mutating func checkFigure(_ cell: LooseTable.Cell, name: String, integral: Bool) {
        if integral {
            guard let value = NumberParsing.integer(cell.text) else {
                report(cell.location, "\(name) '\(cell.text)' is not an integer")
                return
            }
            if value < 0 { report(cell.location, "\(name) is negative (\(value))") }
        } else {
            guard let value = NumberParsing.finiteDouble(cell.text) else {
                report(cell.location, "\(name): " + NumberParsing.reason(cell.text))
                return
            }
            if value < 0 { report(cell.location, "\(name) is negative (\(cell.text))") }
        }
    }

    mutating func checkCoordinates(_ table: LooseTable, _ row: CSVRecord) {
        var present = 0
        for (name, limit) in [("lat", 90.0), ("lon", 180.0)] {
            guard let cell = table.cell(row, name), !cell.text.isEmpty else { continue }
            present += 1
            guard let value = NumberParsing.finiteDouble(cell.text) else {
                report(cell.location, "\(name): " + NumberParsing.reason(cell.text))
                continue
            }
            if abs(value) > limit { report(cell.location, "\(name) \(cell.text) is out of range (−\(Int(limit))…\(Int(limit)))") }
        }
        if present == 1 { report(table.rowLocation(row), "lat and lon must be given together") }
        if let coords = table.cell(row, "coords") {
            if coords.text.isEmpty {
                if present == 2 {
                    report(coords.location, "coordinates without their precision in 'coords' (\(DatasetSchema.coordinatePrecisions.sorted().joined(separator: ", ")))")
                }
            } else if present == 0 {
                report(coords.location, "'coords' is set but lat and lon are empty")
            } else if !DatasetSchema.coordinatePrecisions.contains(coords.text) {
                report(coords.location, unknownValue("coordinate precision", coords.text, DatasetSchema.coordinatePrecisions.sorted()))
            }
        }
    }

    // MARK: - linkages.csv

    mutating func checkEdges(_ table: LooseTable, nodesKnown: Bool) {
        var firstLine: [String: Int] = [:]
        for row in table.rows where row.fields.count == table.header.count {
            let source = table.cell(row, "source"), target = table.cell(row, "target")
            var endKinds: [NodeKind?] = []
            for end in [source, target].compactMap({ $0 }) {
                if end.text.isEmpty {
                    report(end.location, "empty node id")
                } else if nodesKnown, declared[end.text] == nil {
                    report(end.location, "'\(end.text)' is not declared in \(DatasetFolder.nodesFile)")
                } else {
                    endKinds.append(declared[end.text]?.kind)
                }
            }
            if let source, let target, !source.text.isEmpty, source.text == target.text {
                report(target.location, "self-loop: '\(source.text)' is linked to itself")
            }
            let kind = checkedKind(table.cell(row, "kind"))
            if let kind, endKinds.count == 2, let source {
                checkOrganisationRule(kind, source: endKinds[0], target: endKinds[1], at: source.location)
            }
            let programme = checkedProgramme(table.cell(row, "programme"))
            var yearValue: Int?
            if let cell = table.cell(row, "year") {
                if cell.text.isEmpty { report(cell.location, "empty year") } else {
                    yearValue = year(cell, name: "year", allowed: programme?.years ?? DatasetSchema.years, programme: programme)
                }
            }
            if let weight = table.cell(row, "weight"), !weight.text.isEmpty {
                if let value = NumberParsing.finiteDouble(weight.text) {
                    if value < 0 { report(weight.location, "weight is negative (\(weight.text))") }
                } else {
                    report(weight.location, "bad weight: " + NumberParsing.reason(weight.text))
                }
            }
            checkCitation(table.cell(row, "citation"))
            if let source, let target, let kind, let programme, let yearValue {
                var ends = [source.text, target.text]
                if !kind.hasDirection { ends.sort() }
                let key = ends.joined(separator: "\u{1F}") + "\u{1F}\(kind.rawValue)\u{1F}\(programme.rawValue)\u{1F}\(yearValue)"
                if let line = firstLine[key] {
                    report(table.rowLocation(row), "duplicate linkage (the same as line \(line))")
                } else {
                    firstLine[key] = row.line
                }
            }
        }
    }

    mutating func checkedKind(_ cell: LooseTable.Cell?) -> LinkageKind? {
        guard let cell else { return nil }
        if let kind = LinkageKind(rawValue: cell.text), kind != .proximity { return kind }
        if cell.text == LinkageKind.proximity.rawValue {
            report(cell.location, "'proximity' edges are derived from coordinates, not stored")
        } else {
            report(cell.location, unknownValue("edge kind", cell.text, LinkageKind.storedCases.map(\.rawValue)))
        }
        return nil
    }

    mutating func checkedProgramme(_ cell: LooseTable.Cell?) -> Programme? {
        guard let cell else { return nil }
        if let programme = Programme(rawValue: cell.text) { return programme }
        report(cell.location, unknownValue("programme", cell.text, Programme.allCases.map(\.rawValue)))
        return nil
    }

    mutating func checkOrganisationRule(_ kind: LinkageKind, source: NodeKind?, target: NodeKind?, at location: SourceLocation) {
        switch kind.organisationRule {
        case .sourceIsOrganisation:
            if let source, source != .organisation {
                report(location, "a \(kind.rawValue) edge starts at an organisation, not a \(source.rawValue)")
            }
        case .noOrganisation:
            if source == .organisation || target == .organisation {
                report(location, "a \(kind.rawValue) edge links complexes and areas, not organisations (use management or coordination)")
            }
        }
    }

    // MARK: - designations.csv

    mutating func checkDesignations(_ table: LooseTable, nodesKnown: Bool) {
        for row in table.rows where row.fields.count == table.header.count {
            let programme = checkedProgramme(table.cell(row, "programme"))
            if let cell = table.cell(row, "year") {
                if cell.text.isEmpty { report(cell.location, "empty year") } else {
                    _ = year(cell, name: "year", allowed: programme?.years ?? DatasetSchema.years, programme: programme)
                }
            }
            let region = table.cell(row, Region.attribute)
            if let region, !region.text.isEmpty, Region.macroRegionOf[region.text] == nil {
                report(region.location, unknownValue("region (시·도)", region.text, Region.provinces))
            }
            if let anchor = table.cell(row, "anchor") {
                if anchor.text.isEmpty {
                    report(anchor.location, "empty anchor")
                } else if nodesKnown, let node = declared[anchor.text] {
                    if let region, !region.text.isEmpty, let home = node.region, home != region.text {
                        report(anchor.location, "anchor '\(anchor.text)' lies in \(home), not \(region.text)")
                    }
                } else if nodesKnown {
                    report(anchor.location, "'\(anchor.text)' is not declared in \(DatasetFolder.nodesFile)")
                }
            }
            if let linked = table.cell(row, "linked"), !linked.text.isEmpty {
                for id in DatasetSchema.listItems(linked.text) {
                    if id.isEmpty {
                        report(linked.location, "empty item in 'linked'")
                    } else if nodesKnown, declared[id] == nil {
                        report(linked.location, "'\(id)' is not declared in \(DatasetFolder.nodesFile)")
                    }
                }
            }
            checkCitation(table.cell(row, "citation"))
        }
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

    func unknownValue(_ what: String, _ value: String, _ known: [String]) -> String {
        "unknown \(what) '\(value)' (known: \(known.joined(separator: ", ")))"
    }
}
