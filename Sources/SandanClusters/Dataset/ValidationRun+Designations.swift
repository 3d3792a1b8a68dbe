import SandanIO

/// The checks of the optional `designations.csv`: programme, year, region, anchor and linked ids.
/// Each anchor's earliest valid year is kept for the anchor-year checks.
extension ValidationRun {
    mutating func checkDesignations(_ table: LooseTable, nodesKnown: Bool) {
        anchorYears.designationsComplete = table.rows.allSatisfy { $0.fields.count == table.header.count }
        for row in table.rows where row.fields.count == table.header.count {
            let programme = checkedProgramme(table.cell(row, "programme"))
            var designationYear: Int?
            if let cell = table.cell(row, "year") {
                if cell.text.isEmpty { report(cell.location, "empty year") } else {
                    let allowed = programme?.years ?? DatasetSchema.years
                    designationYear = year(cell, name: "year", allowed: allowed, programme: programme).flatMap { allowed.contains($0) ? $0 : nil }
                }
            }
            let region = checkedRegion(table, row)
            if let anchor = table.cell(row, "anchor") {
                if anchor.text.isEmpty {
                    report(anchor.location, "empty anchor")
                } else if nodesKnown, let node = declared[anchor.text] {
                    if let region, let home = node.region, home != region.province {
                        report(anchor.location, "anchor '\(anchor.text)' lies in \(home), not \(region.text)")
                    }
                    anchorYears.recordDesignation(anchor.text, year: designationYear, line: row.line)
                } else if nodesKnown {
                    report(anchor.location, "'\(anchor.text)' is not declared in \(DatasetSchema.folder.nodesFile)")
                }
            }
            if let linked = table.cell(row, "linked"), !linked.text.isEmpty {
                for id in DatasetSchema.listItems(linked.text) {
                    if id.isEmpty {
                        report(linked.location, "empty item in 'linked'")
                    } else if nodesKnown, declared[id] == nil {
                        report(linked.location, "'\(id)' is not declared in \(DatasetSchema.folder.nodesFile)")
                    }
                }
            }
            for name in DatasetSchema.anchorShareColumns {
                guard let cell = table.cell(row, name), !cell.text.isEmpty else { continue }
                if let value = NumberParsing.finiteDouble(cell.text) {
                    if !(0...100).contains(value) { report(cell.location, "\(name) \(cell.text) is not a percentage (0–100)") }
                } else {
                    report(cell.location, "\(name): " + NumberParsing.reason(cell.text))
                }
            }
            checkCitation(table.cell(row, "citation"))
        }
    }
}
