import SandanIO

/// The checks of `complexes.csv`: ids, kinds, types, regions, figures, years, coordinates.
extension ValidationRun {
    mutating func checkNodes(_ table: LooseTable) {
        var firstLine: [String: Int] = [:]
        let hasAnchorColumn = table.header.contains(AnchorDesignation.attribute)
        if hasAnchorColumn { anchorYears.nodes = [:] }
        for row in table.rows {
            let id = table.cell(row, "id")
            let kind = table.cell(row, "kind").flatMap { NodeKind(rawValue: $0.text) }
            let region = table.cell(row, "region").map(\.text).flatMap { $0.isEmpty ? nil : Region.normalise($0) ?? $0 }
            if let id {
                if id.text.isEmpty {
                    report(id.location, "empty node id")
                } else if let line = firstLine[id.text] {
                    report(id.location, "duplicate id '\(id.text)' (first declared on line \(line))")
                } else {
                    firstLine[id.text] = row.line
                    declared[id.text] = (kind, region)
                    if hasAnchorColumn { anchorYears.recordNode(id.text, table, row) }
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
            let bound = smart.text.hasPrefix(DatasetSchema.noLaterThan)
            let value = LooseTable.Cell(text: bound ? String(smart.text.dropFirst(DatasetSchema.noLaterThan.count)) : smart.text,
                                        location: smart.location)
            _ = year(value, name: bound ? "smart \(DatasetSchema.noLaterThan)" : "smart", allowed: DatasetSchema.years)
        }
        if let since = table.cell(row, AnchorDesignation.attribute), !since.text.isEmpty {
            _ = year(since, name: AnchorDesignation.attribute, allowed: DatasetSchema.years)
            if kind == .organisation { report(since.location, "an organisation is never an anchor; leave '\(AnchorDesignation.attribute)' empty") }
        }
        checkCoordinates(table, row)
        checkPlace(table, row)
        checkCitation(table.cell(row, "citation"))
    }

    mutating func checkRegion(_ table: LooseTable, _ row: CSVRecord) {
        let region = table.cell(row, Region.attribute)
        let macro = table.cell(row, Region.macroAttribute)
        var expectedMacro: String?
        if let region, !region.text.isEmpty {
            expectedMacro = Region.province(named: region.text)?.macroRegion
            if expectedMacro == nil { report(region.location, unknownRegion(region.text)) }
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
}
