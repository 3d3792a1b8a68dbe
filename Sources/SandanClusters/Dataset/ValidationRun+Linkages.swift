import SandanIO

/// The checks of `linkages.csv`: ends, kinds, programmes, years, weights, organisation rules, repeats.
extension ValidationRun {
    mutating func checkEdges(_ table: LooseTable, nodesKnown: Bool) {
        var firstLine: [String: Int] = [:]
        for row in table.rows where row.fields.count == table.header.count {
            let source = table.cell(row, "source"), target = table.cell(row, "target")
            var endKinds: [NodeKind?] = []
            for end in [source, target].compactMap({ $0 }) {
                if end.text.isEmpty {
                    report(end.location, "empty node id")
                } else if nodesKnown, declared[end.text] == nil {
                    report(end.location, "'\(end.text)' is not declared in \(DatasetSchema.folder.nodesFile)")
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
            if kind == .anchorLink, let source, let yearCell = table.cell(row, "year"), let yearValue,
               programme.map({ $0.years.contains(yearValue) }) ?? DatasetSchema.years.contains(yearValue) {
                anchorYears.links.append((source.text, yearValue, source.location, yearCell.location))
            }
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
}
