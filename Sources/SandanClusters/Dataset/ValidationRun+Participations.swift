import SandanIO

/// The checks of the optional `participations.csv`: programme, year, region, node and role.
extension ValidationRun {
    mutating func checkParticipations(_ table: LooseTable, nodesKnown: Bool) {
        for row in table.rows where row.fields.count == table.header.count {
            let programme = checkedProgramme(table.cell(row, "programme"))
            if let cell = table.cell(row, "year"), !cell.text.isEmpty {
                _ = year(cell, name: "year", allowed: programme?.years ?? DatasetSchema.years, programme: programme)
            }
            let region = checkedRegion(table, row)
            if let node = table.cell(row, "node") {
                if node.text.isEmpty {
                    report(node.location, "empty node")
                } else if nodesKnown, let declaredNode = declared[node.text] {
                    if let region, let home = declaredNode.region, home != region.province {
                        report(node.location, "'\(node.text)' lies in \(home), not \(region.text)")
                    }
                } else if nodesKnown {
                    report(node.location, "'\(node.text)' is not declared in \(DatasetSchema.folder.nodesFile)")
                }
            }
            if let role = table.cell(row, "role"), ParticipationRole(rawValue: role.text) == nil {
                report(role.location, unknownValue("role", role.text, ParticipationRole.allCases.map(\.rawValue)))
            }
            checkCitation(table.cell(row, "citation"))
        }
    }
}
