import SandanGraph

/// The summary: the network's size, kinds, programmes, components, density (and modularity
/// where communities are known) in sentences, two tables of counts and the degree distribution.
enum SummarySection {
    static func make(_ context: ReportContext) -> ReportSection {
        let strings = context.strings, graph = context.graph, facts = context.facts, analyses = context.analyses
        var blocks: [ReportBlock] = []
        let kinds = facts.edgeKindCounts, programmes = facts.programmeCounts
        let maxDegree = analyses.degrees.max() ?? 0
        let hub = context.top(analyses.degrees.map(Double.init), count: 1).first
        let isolated = analyses.degrees.filter { $0 == 0 }.count
        let largest = analyses.components.largest.map { analyses.components.sizes[$0] } ?? 0
        let meanDegree = graph.nodeCount > 0 ? Double(analyses.degrees.reduce(0, +)) / Double(graph.nodeCount) : 0

        var sentences = [strings.sizeSentence(nodes: graph.nodeCount, kinds: facts.nodeKindCounts, edges: graph.edgeCount,
                                              regions: facts.regionNames.count)]
        if !kinds.isEmpty { sentences.append(strings.kindSentence(kinds)) }
        sentences.append(strings.componentSentence(count: analyses.components.count, largest: largest,
                                                   nodes: graph.nodeCount, isolated: isolated))
        sentences.append(strings.densitySentence(density: graph.density, meanDegree: meanDegree, maxDegree: maxDegree,
                                                 maxDegreeName: maxDegree > 0 ? hub.map { facts.names[$0] } : nil))
        var figures = [KeyFigure(value: NumberFormatting.grouped(graph.nodeCount), label: strings.figureNodes),
                       KeyFigure(value: NumberFormatting.grouped(graph.edgeCount), label: strings.figureLinkages)]
        if facts.hasRegions { figures.append(KeyFigure(value: String(facts.regionNames.count), label: strings.figureRegions)) }
        figures += [KeyFigure(value: NumberFormatting.grouped(analyses.components.count), label: strings.figureComponents),
                    KeyFigure(value: NumberFormatting.percent(graph.nodeCount > 0 ? Double(largest) / Double(graph.nodeCount) : 0),
                              label: strings.figureLargest),
                    KeyFigure(value: NumberFormatting.fixed(graph.density, decimals: 4), label: strings.figureDensity)]
        blocks.append(.keyFigures(figures))
        sentences.append(strings.modularitySentence(count: analyses.communities.count, modularity: analyses.communities.modularity))
        blocks.append(.paragraph(sentences.joined(separator: " ")))
        if !programmes.isEmpty { blocks.append(.paragraph(strings.programmeSentence(programmes))) }

        if !kinds.isEmpty {
            blocks.append(.table(countTable(kinds, caption: strings.kindTableCaption, column: strings.kindColumn,
                                            label: strings.linkageKind, total: graph.edgeCount, strings: strings)))
        }
        if !programmes.isEmpty {
            blocks.append(.table(countTable(programmes, caption: strings.programmeTableCaption, column: strings.programmeColumn,
                                            label: strings.programme, total: graph.edgeCount, strings: strings)))
        }
        if graph.nodeCount > 0 {
            let chart = Histogram(values: analyses.degrees, title: strings.degreeChartTitle,
                                  description: strings.degreeChartDescription(nodes: graph.nodeCount, maxDegree: maxDegree),
                                  valueLabel: strings.degreeAxis, countLabel: strings.nodesAxis)
            blocks.append(.figure(ReportFigure(name: "degree-distribution", caption: strings.degreeChartCaption, image: chart.svg)))
        }
        return ReportSection(id: "summary", title: strings.summaryTitle, blocks: blocks)
    }

    private static func countTable(_ counts: [(kind: String, count: Int)], caption: String, column: String,
                                   label: (String) -> String, total: Int, strings: ReportStrings) -> ReportTable {
        ReportTable(caption: caption,
                    columns: [.init(column), .init(strings.linkagesColumn, numeric: true), .init(strings.shareColumn, numeric: true)],
                    rows: counts.map { item in
                        let share = total > 0 ? Double(item.count) / Double(total) : 0
                        return [.init(label(item.kind)), .integer(item.count), .init(NumberFormatting.percent(share), value: share)]
                    })
    }
}
