import SandanClusters
import SandanGraph

/// Communities set against provinces: each community's size, main province and leading
/// members, and the agreement of the two partitions (NMI, ARI).
enum CommunitiesSection {
    static func make(_ context: ReportContext) throws -> ReportSection {
        let strings = context.strings, facts = context.facts, partition = context.analyses.communities
        let agreement = try self.agreement(context)
        var blocks: [ReportBlock] = [.paragraph(strings.communitySentence(count: partition.count, modularity: partition.modularity,
                                                                          nmi: agreement?.nmi, ari: agreement?.ari))]
        let members = (0..<partition.count).map { partition.members(of: $0) }
        let order = members.indices.sorted { members[$0].count != members[$1].count ? members[$0].count > members[$1].count : $0 < $1 }
        var columns: [ReportTable.Column] = [.init(strings.communityColumn, numeric: true), .init(strings.membersColumn, numeric: true)]
        if facts.hasRegions { columns += [.init(strings.mainRegionColumn), .init(strings.mainRegionShareColumn, numeric: true)] }
        columns.append(.init(strings.leadingMembersColumn))
        let shown = order.filter { members[$0].count > 1 }
        blocks.append(.table(ReportTable(caption: strings.communityTableCaption, columns: columns,
                                         rows: shown.enumerated().map { rank, label in
            let nodes = members[label]
            var row: [ReportTable.Cell] = [.integer(rank + 1), .integer(nodes.count)]
            if facts.hasRegions {
                let counts = NetworkFacts.counts(nodes.compactMap { facts.regions[$0] })
                if let main = counts.first {
                    row += [.init(main.kind), .init(NumberFormatting.percent(Double(main.count) / Double(nodes.count)),
                                                    value: Double(main.count) / Double(nodes.count))]
                } else {
                    row += [.init("—"), .init("—")]
                }
            }
            let degrees = context.analyses.degrees
            let leading = nodes.sorted { degrees[$0] != degrees[$1] ? degrees[$0] > degrees[$1] : facts.names[$0] < facts.names[$1] }.prefix(3)
            row.append(.init(strings.list(leading.map { facts.names[$0] })))
            return row
        })))
        return ReportSection(id: "communities", title: strings.communitiesTitle, blocks: blocks)
    }

    /// NMI and ARI between communities and provinces over the nodes with a province
    /// (`AttributeComparison`); nil with fewer than two such nodes.
    static func agreement(_ context: ReportContext) throws -> (nmi: Double, ari: Double)? {
        guard context.facts.regions.lazy.compactMap({ $0 }).count > 1 else { return nil }
        let comparison = try AttributeComparison(graph: context.graph, labels: context.analyses.communities.labels, attribute: Region.attribute)
        return (comparison.nmi, comparison.ari)
    }
}
