/// The methods section: which measures (with their conventions), which data (with the sources
/// the data cites), which versions, and the command that made the report.
enum MethodsSection {
    static func make(_ context: ReportContext, measures: [String], graphvizVersion: String?) -> ReportSection {
        let strings = context.strings, facts = context.facts, options = context.options
        var blocks: [ReportBlock] = [.subheading(strings.measuresHeading)]
        blocks.append(.list(measures.map { [.text($0)] }))
        blocks.append(.paragraph(strings.conventionsNote))

        blocks.append(.subheading(strings.referencesHeading))
        blocks.append(.list(MethodReferences.all.map { [.text($0)] }))

        blocks.append(.subheading(strings.dataHeading))
        blocks.append(.paragraph(strings.dataSentence(source: options.source, nodes: context.whole.nodeCount, edges: context.whole.edgeCount)))
        if let coverage = SeedSources.coverage(of: context.whole, strings) { blocks.append(.paragraph(coverage)) }
        let citations = facts.citations
        if !citations.isEmpty {
            blocks.append(.table(ReportTable(
                caption: strings.citationTableCaption,
                columns: [.init(strings.sourceColumn), .init(strings.descriptionColumn),
                          .init(strings.nodesColumn, numeric: true), .init(strings.linkagesColumn, numeric: true)],
                rows: citations.map { citation in
                    [.init(citation.source), .init(SeedSources.describe(citation.source, strings) ?? "—"),
                     .integer(citation.nodes), .integer(citation.edges)]
                })))
        }

        blocks.append(.subheading(strings.reproduceHeading))
        blocks.append(.paragraph(strings.versionSentence(sandan: options.sandanVersion, graphviz: graphvizVersion)))
        if let command = options.command {
            blocks.append(.paragraph([.text(strings.commandIntro + " "), .code(command)]))
        }
        return ReportSection(id: "methods", title: strings.methodsTitle, blocks: blocks)
    }
}
