import SandanClusters

/// Hubs and their spokes: every anchor (source of anchor-link linkages, or designated with an
/// `anchor_since` year) with its spokes, its in-province share and its hub dominance; anchors
/// without spokes come last with 0.
enum HubsSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let strings = context.strings, facts = context.facts
        let hubs = context.analyses.hubs.sorted { a, b in
            a.spokes.count != b.spokes.count ? a.spokes.count > b.spokes.count : facts.names[a.anchor] < facts.names[b.anchor]
        }
        guard let first = hubs.first else {
            return ReportSection(id: "hubs", title: strings.hubsTitle, blocks: [.paragraph(strings.noHubs)])
        }
        let withRegion = hubs.reduce(0) { $0 + $1.linkagesWithRegion }, inRegion = hubs.reduce(0) { $0 + $1.linkagesInRegion }
        let spokes = Set(hubs.flatMap(\.spokes)).count
        var blocks: [ReportBlock] = [.paragraph(strings.hubSentence(
            anchors: hubs.count, withoutSpokes: hubs.filter(\.spokes.isEmpty).count, spokes: spokes, top: facts.names[first.anchor], topSpokes: first.spokes.count,
            regionalShare: withRegion > 0 ? Double(inRegion) / Double(withRegion) : nil))]
        var columns: [ReportTable.Column] = [.init(strings.anchorColumn)]
        if facts.hasRegions { columns.append(.init(strings.regionColumn)) }
        columns += [.init(strings.spokeCountColumn, numeric: true), .init(strings.spokesColumn)]
        if facts.hasRegions { columns += [.init(strings.regionalShareColumn, numeric: true), .init(strings.dominanceColumn, numeric: true)] }
        blocks.append(.table(ReportTable(caption: strings.hubTableCaption, columns: columns, rows: hubs.map { hub in
            var row: [ReportTable.Cell] = [context.nameCell(hub.anchor)]
            if facts.hasRegions { row.append(context.regionCell(hub.anchor)) }
            row += [.integer(hub.spokes.count), .init(strings.list(hub.spokes.map { facts.names[$0] }))]
            if facts.hasRegions { row += [optional(hub.regionalShare, percent: true), optional(hub.hubDominance, percent: false)] }
            return row
        })))
        return ReportSection(id: "hubs", title: strings.hubsTitle, blocks: blocks)
    }

    static func optional(_ value: Double?, percent: Bool) -> ReportTable.Cell {
        guard let value else { return .init("—") }
        return percent ? .init(NumberFormatting.percent(value), value: value) : .number(value, decimals: 2)
    }
}
