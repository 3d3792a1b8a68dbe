/// The central complexes: for each centrality, a sentence naming the top three and a table of
/// the top ones; a bar chart of the top betweenness values.
enum CentralitySection {
    static func make(_ context: ReportContext) -> ReportSection {
        let strings = context.strings, analyses = context.analyses, count = context.options.topCount
        var blocks: [ReportBlock] = [.paragraph(strings.centralityIntro)]
        if context.unrankedCount > 0 { blocks.append(.note(strings.organisationsNotRanked(context.unrankedCount))) }
        for scores in analyses.centralities {
            let top = context.top(scores.values, count: count, rankedOnly: true)
            blocks.append(.subheading(strings.measureName(scores.measure)))
            blocks.append(.paragraph(strings.topSentence(scores.measure, names: top.prefix(3).map { context.facts.names[$0] })))
            blocks.append(.table(table(scores, top: top, context)))
            if scores.measure == .betweenness, let chart = barChart(scores, top: top, context) { blocks.append(chart) }
        }
        for missing in analyses.unavailable {
            blocks.append(.note(strings.unavailableNote(missing.measure, reason: missing.reason)))
        }
        return ReportSection(id: "centrality", title: strings.centralityTitle, blocks: blocks)
    }

    /// Digits after the point for a measure's values.
    static func decimals(_ measure: CentralityScores.Measure) -> Int {
        measure == .harmonic ? 2 : 4
    }

    static func table(_ scores: CentralityScores, top: [Int], _ context: ReportContext) -> ReportTable {
        let strings = context.strings
        var columns: [ReportTable.Column] = [.init(strings.rankColumn, numeric: true), .init(strings.nameColumn)]
        if context.facts.hasRegions { columns.append(.init(strings.regionColumn)) }
        columns += [.init(strings.degreeColumn, numeric: true), .init(strings.measureName(scores.measure), numeric: true)]
        return ReportTable(
            caption: strings.topTableCaption(scores.measure, count: top.count), columns: columns,
            rows: top.enumerated().map { rank, node in
                var row: [ReportTable.Cell] = [.integer(rank + 1), context.nameCell(node)]
                if context.facts.hasRegions { row.append(context.regionCell(node)) }
                row += [.integer(context.analyses.degrees[node]), .number(scores.values[node], decimals: decimals(scores.measure))]
                return row
            })
    }

    private static func barChart(_ scores: CentralityScores, top: [Int], _ context: ReportContext) -> ReportBlock? {
        let strings = context.strings
        let shown = top.filter { scores.values[$0] > 0 }
        guard !shown.isEmpty else { return nil }
        let names = shown.map { context.facts.names[$0] }
        let chart = BarChart(title: strings.barChartTitle(scores.measure),
                             description: strings.barChartDescription(scores.measure, names: names),
                             valueLabel: strings.measureName(scores.measure),
                             bars: shown.map { BarChart.Bar(label: context.facts.names[$0], value: scores.values[$0]) },
                             decimals: decimals(scores.measure))
        return .figure(ReportFigure(name: "top-\(scores.measure.rawValue)", caption: strings.barChartCaption(scores.measure), image: chart.svg))
    }
}
