import SandanIO

/// The checks of the optional `designations.csv`: programme, year, region, anchor and linked ids.
extension ValidationRun {
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
}
