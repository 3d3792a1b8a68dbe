import SandanClusters
import SandanGraph

/// Provinces and the brokers between them: the region-level diagram, each province's internal
/// and external linkages with its E–I index, and the nodes linked to the most other provinces.
/// Brokers are listed among complexes and areas only (`ReportContext.isRanked`): agency
/// offices count in the paths but are not listed, and the text says so.
enum RegionsSection {
    static func make(_ context: ReportContext, diagram: ReportFigure?) -> ReportSection? {
        guard let regions = context.analyses.regions else { return nil }
        let strings = context.strings
        var blocks: [ReportBlock] = [.paragraph(strings.regionSentence(
            regions: regions.regions.count, external: regions.externalLinkages, inside: regions.internalLinkages, ei: regions.eiIndex))]
        if let diagram { blocks.append(.figure(diagram)) }
        blocks.append(.table(ReportTable(
            caption: strings.regionTableCaption,
            columns: [.init(strings.regionColumn), .init(strings.membersColumn, numeric: true), .init(strings.internalColumn, numeric: true),
                      .init(strings.externalColumn, numeric: true), .init(strings.eiColumn, numeric: true)],
            rows: regions.regions.sorted { $0.members != $1.members ? $0.members > $1.members : $0.region < $1.region }.map { region in
                [.init(region.region), .integer(region.members), .integer(region.internalLinkages), .integer(region.externalLinkages),
                 region.eiIndex.map { .number($0, decimals: 2) } ?? .init("—")]
            })))

        let brokers = context.analyses.brokers.filter { $0.betweenRegions > 0 && context.isRanked($0.node) }.prefix(context.options.topCount)
        blocks.append(.subheading(strings.brokersHeading))
        blocks.append(.paragraph(strings.brokerSentence(names: brokers.prefix(3).map { context.facts.names[$0.node] },
                                                        officesLeftOut: context.unrankedCount)))
        if !brokers.isEmpty {
            blocks.append(.table(ReportTable(
                caption: strings.brokerTableCaption,
                columns: [.init(strings.nameColumn), .init(strings.regionColumn), .init(strings.liaisonColumn, numeric: true),
                          .init(strings.representativeColumn, numeric: true), .init(strings.itinerantColumn, numeric: true),
                          .init(strings.betweenRegionsColumn, numeric: true), .init(strings.otherRegionsColumn, numeric: true)],
                rows: brokers.map { broker in
                    [context.nameCell(broker.node), context.regionCell(broker.node), .integer(broker.liaison),
                     .integer(broker.representativeOrGatekeeper), .integer(broker.itinerant), .integer(broker.betweenRegions),
                     .integer(broker.otherRegions)]
                })))
        }
        return ReportSection(id: "regions", title: strings.regionsTitle, blocks: blocks)
    }
}
