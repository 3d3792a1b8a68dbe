import SandanClusters
import SandanGraph

/// Single points of failure: cut vertices with what their loss disconnects, bridges, and the
/// resilience curve as hubs are removed.
enum FragilitySection {
    static func make(_ context: ReportContext) -> ReportSection {
        let strings = context.strings, facts = context.facts, analyses = context.analyses, graph = context.graph
        var blocks: [ReportBlock] = []

        if let critical = analyses.critical {
            blocks += ranking(critical, context)
        } else {
            let cuts = analyses.biconnected.articulationPoints.indices.filter { analyses.biconnected.articulationPoints[$0] }
            let byDegree = cuts.sorted { analyses.degrees[$0] != analyses.degrees[$1] ? analyses.degrees[$0] > analyses.degrees[$1] : $0 < $1 }
            blocks.append(.paragraph(strings.articulationSentence(count: cuts.count, top: nil, cutOff: 0)))
            blocks.append(.note(strings.largeGraphCuts))
            if !cuts.isEmpty {
                var columns: [ReportTable.Column] = [.init(strings.nameColumn)]
                if facts.hasRegions { columns.append(.init(strings.regionColumn)) }
                columns.append(.init(strings.degreeColumn, numeric: true))
                blocks.append(.table(ReportTable(caption: strings.articulationTableCaption, columns: columns,
                                                 rows: byDegree.prefix(max(context.options.topCount, 20)).map { v in
                    var row: [ReportTable.Cell] = [context.nameCell(v)]
                    if facts.hasRegions { row.append(context.regionCell(v)) }
                    return row + [.integer(analyses.degrees[v])]
                })))
            }
        }

        let allBridges = analyses.biconnected.bridges.indices.filter { analyses.biconnected.bridges[$0] }
        // A bridge to a node with no other linkage only cuts off that node; the table keeps
        // the bridges between two parts that each hold more than their end.
        let bridges = allBridges.filter { analyses.degrees[graph.source(of: $0)] > 1 && analyses.degrees[graph.target(of: $0)] > 1 }
        blocks.append(.paragraph(strings.bridgeSentence(count: allBridges.count, inner: bridges.count)))
        if !bridges.isEmpty {
            blocks.append(.table(ReportTable(
                caption: strings.bridgeTableCaption,
                columns: [.init(strings.fromColumn), .init(strings.toColumn), .init(strings.kindColumn), .init(strings.programmeColumn)],
                rows: bridges.map { e in
                    [context.nameCell(graph.source(of: e)), context.nameCell(graph.target(of: e)),
                     .init(strings.linkageKind(graph.kind(of: e))),
                     .init(NetworkFacts.text(graph.edgeAttributes, Programme.attribute, e).map(strings.programme) ?? "—")]
                })))
        }

        if let figure = resilience(context) { blocks += figure }
        return ReportSection(id: "fragility", title: strings.fragilityTitle, blocks: blocks)
    }

    /// The cut vertices by what their loss disconnects, with the sentence naming the worst.
    private static func ranking(_ critical: CriticalNodes, _ context: ReportContext) -> [ReportBlock] {
        let strings = context.strings, facts = context.facts
        let cuts = critical.ranking.filter { $0.pairsDisconnected > 0 }
        var blocks: [ReportBlock] = [.paragraph(strings.articulationSentence(count: cuts.count, top: cuts.first.map { facts.names[$0.node] },
                                                                            cutOff: cuts.first?.cutOff ?? 0))]
        guard !cuts.isEmpty else { return blocks }
        var columns: [ReportTable.Column] = [.init(strings.nameColumn)]
        if facts.hasRegions { columns.append(.init(strings.regionColumn)) }
        columns += [.init(strings.degreeColumn, numeric: true), .init(strings.piecesColumn, numeric: true),
                    .init(strings.cutOffColumn, numeric: true), .init(strings.pairsColumn, numeric: true)]
        blocks.append(.table(ReportTable(caption: strings.articulationTableCaption, columns: columns,
                                         rows: cuts.prefix(max(context.options.topCount, 20)).map { cut in
            var row: [ReportTable.Cell] = [context.nameCell(cut.node)]
            if facts.hasRegions { row.append(context.regionCell(cut.node)) }
            return row + [.integer(context.analyses.degrees[cut.node]), .integer(cut.pieces), .integer(cut.cutOff),
                          .integer(cut.pairsDisconnected)]
        })))
        return blocks
    }

    /// The resilience sentence and chart, over the first removals (at most 30).
    private static func resilience(_ context: ReportContext) -> [ReportBlock]? {
        let strings = context.strings, runs = context.analyses.resilience
        guard runs.count == 2, let degree = runs.first?.steps, let betweenness = runs.last?.steps,
              degree.count > 1, betweenness.count > 1 else { return nil }
        let shown = min(30, degree.count - 1, betweenness.count - 1)
        let removed = min(5, shown)
        let sentence = strings.resilienceSentence(removed: removed, from: degree[0].largestComponentFraction,
                                                  degreeTo: degree[removed].largestComponentFraction,
                                                  betweennessTo: betweenness[removed].largestComponentFraction)
        func points(_ steps: [ResilienceStep]) -> [(x: Double, y: Double)] {
            steps.prefix(shown + 1).map { (Double($0.step), $0.largestComponentFraction) }
        }
        let chart = LineChart(title: strings.resilienceChartTitle, description: strings.resilienceChartDescription,
                              xLabel: strings.removedAxis, yLabel: strings.largestAxis,
                              series: [.init(name: strings.byDegreeSeries, points: points(degree)),
                                       .init(name: strings.byBetweennessSeries, points: points(betweenness), dashed: true)],
                              yDomain: 0...1, yFormat: { NumberFormatting.percent($0, decimals: 0) })
        let caption = strings.resilienceChartCaption(recomputed: context.analyses.resilienceRecomputed)
        return [.paragraph(sentence), .figure(ReportFigure(name: "resilience", caption: caption, image: chart.svg))]
    }
}
