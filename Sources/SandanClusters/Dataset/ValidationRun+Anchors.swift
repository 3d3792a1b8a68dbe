import SandanIO

/// What the anchor-year checks compare: the `anchor_since` of each node, the year of each
/// anchor-link, and the earliest designation of each anchor in `designations.csv`.
struct AnchorYears {
    /// Each declared node's `anchor_since` (nil year when empty), its cell and row line; nil
    /// when `complexes.csv` has no `anchor_since` column (then nothing is checked).
    var nodes: [String: (year: Int?, cell: SourceLocation, line: Int)]?
    /// Nodes whose `anchor_since` could not be read (ragged row, not an integer): already
    /// reported, so left out of the comparisons.
    var unreadable: Set<String> = []
    /// Every anchor-link with a valid year: its source id, year, and the two cells.
    var links: [(source: String, year: Int, sourceCell: SourceLocation, yearCell: SourceLocation)] = []
    /// Each designated anchor's earliest valid designation year and the line of that row.
    var designations: [String: (year: Int, line: Int)] = [:]
    /// Anchors of a designation whose year could not be read: their first year is unknown.
    var unknownDesignations: Set<String> = []
    /// Whether `designations.csv` was read with every row whole, so that an anchor missing
    /// from it is really missing.
    var designationsComplete = false

    mutating func recordNode(_ id: String, _ table: LooseTable, _ row: CSVRecord) {
        guard row.fields.count == table.header.count, let cell = table.cell(row, AnchorDesignation.attribute) else {
            unreadable.insert(id)
            return
        }
        let year = NumberParsing.integer(cell.text)
        if year == nil && !cell.text.isEmpty { unreadable.insert(id) }
        nodes?[id] = (year, cell.location, row.line)
    }

    mutating func recordDesignation(_ anchor: String, year: Int?, line: Int) {
        guard let year else {
            unknownDesignations.insert(anchor)
            return
        }
        if let first = designations[anchor], first.year <= year { return }
        designations[anchor] = (year, line)
    }
}

/// The checks that tie `anchor_since` (complexes.csv) to the anchor-links (linkages.csv) and to
/// `designations.csv`: run once every table has been read, and only when complexes.csv has the
/// column.
extension ValidationRun {
    mutating func checkAnchorYears() {
        guard let nodes = anchorYears.nodes else { return }
        let name = AnchorDesignation.attribute, nodesFile = DatasetSchema.folder.nodesFile
        for link in anchorYears.links where !anchorYears.unreadable.contains(link.source) {
            guard let node = nodes[link.source] else { continue }
            guard let since = node.year else {
                report(link.sourceCell, "'\(link.source)' is the anchor of this anchor-link but has no \(name) in \(nodesFile) (line \(node.line))")
                continue
            }
            if since > link.year {
                report(link.yearCell, "anchor-link of \(link.year) from '\(link.source)', whose \(name) is \(since) (\(nodesFile) line \(node.line)): \(name) is the first year of designation")
            }
        }
        let file = DatasetSchema.designationsFile
        for (id, first) in anchorYears.designations.sorted(by: { $0.value.line < $1.value.line })
            where !anchorYears.unreadable.contains(id) && !anchorYears.unknownDesignations.contains(id) {
            guard let node = nodes[id], node.year != first.year else { continue }
            report(node.cell, node.year.map { "\(name) \($0) is not the year '\(id)' was first designated anchor, \(first.year) (\(file) line \(first.line))" }
                ?? "'\(id)' was first designated anchor in \(first.year) (\(file) line \(first.line)); set \(name) to \(first.year)")
        }
        guard anchorYears.designationsComplete else { return }
        for (id, node) in nodes.sorted(by: { $0.value.line < $1.value.line })
            where node.year != nil && anchorYears.designations[id] == nil && !anchorYears.unknownDesignations.contains(id) {
            report(node.cell, "\(name) is set but '\(id)' is no anchor in \(file)")
        }
    }
}
