@testable import SandanReport

/// A small report with a hostile string in every place data can reach: title, paragraph,
/// list, note, table caption, header and cells, chart labels and figure captions.
enum SampleDocument {
    static func make(_ language: ReportLanguage = .ko) -> ReportDocument {
        let table = ReportTable(
            caption: "상위 단지 " + Hostile.script,
            columns: [.init("단지"), .init("매개 중심성", numeric: true)],
            rows: [[.init(Hostile.script), .number(0.5, decimals: 3)],
                   [.init(Hostile.attribute), .number(0.25, decimals: 3)],
                   [.init(Hostile.markdown), .number(10, decimals: 3)],
                   [.init(Hostile.controls), .init("—")]])
        let bars = BarChart(title: "매개 중심성 상위", description: "막대", valueLabel: "매개 중심성",
                            bars: [.init(label: Hostile.script, value: 0.5), .init(label: Hostile.attribute, value: 0.25)])
        let histogram = Histogram(values: [1, 1, 2, 3, 5], title: "연결 수 분포", description: "히스토그램",
                                  valueLabel: "연결 수", countLabel: "단지 수")
        return ReportDocument(
            language: language,
            title: "보고서 " + Hostile.script,
            subtitle: Hostile.attribute,
            sections: [
                ReportSection(id: "summary", title: "요약", blocks: [
                    .paragraph([.text("이 네트워크의 중심은 "), .strong(Hostile.script), .text("입니다.")]),
                    .list([[.text(Hostile.markdown)], [.code(Hostile.javascript)]]),
                    .note(Hostile.controls),
                    .figure(ReportFigure(name: "degree " + Hostile.script, caption: Hostile.script, image: histogram.svg)),
                ]),
                ReportSection(id: "centrality", title: "중심성", blocks: [
                    .subheading(Hostile.attribute),
                    .table(table),
                    .figure(ReportFigure(name: "bars", caption: "막대 " + Hostile.attribute, image: bars.svg)),
                ]),
            ],
            generator: "Sandan 0.1.0")
    }
}
