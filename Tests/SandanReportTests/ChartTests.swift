import Testing
@testable import SandanReport

@Suite struct ChartTests {
    @Test func histogramCountsEachDegree() {
        // Degrees 1,1,1,2,4: bars for 1, 2, 3, 4 with counts 3, 1, 0, 1.
        let chart = Histogram(values: [1, 4, 1, 2, 1], title: "t", description: "d", valueLabel: "x", countLabel: "n")
        #expect(chart.bins == [.init(lower: 1, upper: 1, count: 3), .init(lower: 2, upper: 2, count: 1),
                               .init(lower: 3, upper: 3, count: 0), .init(lower: 4, upper: 4, count: 1)])
    }

    @Test func histogramGroupsWideRanges() {
        // Values 0...99 (100 distinct) in bins of width (99 + 40) / 40 = 3: 34 bins, the last
        // holding 99 alone.
        let chart = Histogram(values: Array(0..<100), title: "t", description: "d", valueLabel: "x", countLabel: "n")
        #expect(chart.bins.count == 34)
        #expect(chart.bins.first == .init(lower: 0, upper: 2, count: 3))
        #expect(chart.bins.last == .init(lower: 99, upper: 99, count: 1))
        #expect(chart.bins.map(\.count).reduce(0, +) == 100)
    }

    @Test func chartsAreWellFormedAccessibleSVG() {
        let charts = [
            Histogram(values: [1, 2, 2, 3, 7], title: Hostile.script, description: Hostile.attribute, valueLabel: "연결 수", countLabel: "단지 수").svg,
            BarChart(title: "매개 중심성", description: "상위 단지", valueLabel: Hostile.markdown,
                     bars: [.init(label: Hostile.script, value: 0.5), .init(label: "반월시화국가산업단지", value: 0.25),
                            .init(label: "NaN", value: .nan)]).svg,
            LineChart(title: "회복력", description: "허브 제거", xLabel: "제거한 허브 수", yLabel: "최대 연결요소",
                      series: [.init(name: Hostile.script, points: [(0, 1), (1, 0.5), (2, 0.25)]),
                               .init(name: "무작위", points: [(0, 1), (1, 0.9), (2, .infinity)], dashed: true)],
                      yDomain: 0...1).svg,
        ]
        for chart in charts {
            let check = XMLCheck(chart.document)
            #expect(check.isWellFormed, "\(check.error ?? "")")
            #expect(check.elements.first == "svg")
            #expect(check.elements.dropFirst().first == "title")
            #expect(check.values(of: "role") == ["img"])
            #expect(check.values(of: "aria-labelledby") == ["title desc"])
            #expect(check.count("desc") == 1)
            #expect(!chart.root.xml.contains("<script"))
        }
        // The hostile title comes back as text from the parser, not as an element.
        let histogram = XMLCheck(charts[0].document)
        #expect(histogram.text.contains(Hostile.script))
        #expect(histogram.count("rect") == 1 + 7)  // background + one bar per degree 1...7
        let bars = XMLCheck(charts[1].document)
        #expect(bars.text.contains("\(Hostile.script): 0.500"))
        #expect(bars.text.contains("반월시화국가산업단지"))
    }

    @Test func niceTicks() {
        // Heckbert's nice numbers: 0...1 in about 5 steps is 0.2; 0...37 is 10.
        #expect(ChartScale(domain: 0...1, range: 0...100).ticks() == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ChartScale(domain: 0...40, range: 0...100).ticks() == [0, 10, 20, 30, 40])
        #expect(ChartScale.niceUpperBound(37) == 40)
        #expect(ChartScale.niceUpperBound(0.23) == 0.25)
    }

    @Test func longLabelsAreShortened() {
        let label = String(repeating: "가", count: 40)
        let fitted = ChartCanvas.fitted(label, width: 120, fontSize: 12)
        #expect(fitted.hasSuffix("…"))
        #expect(ChartCanvas.estimatedWidth(fitted, fontSize: 12) <= 120)
    }
}

@Suite struct ChartCountAxisTests {
    @Test func countsGetWholeNumberTicks() {
        // A maximum count of 2 would get ticks 0, 0.5, …, 2; counts need 0, 1, 2.
        #expect(ChartScale(domain: 0...2, range: 0...1).ticks(integers: true) == [0, 1, 2])
        #expect(ChartScale.niceUpperBound(2, integers: true) == 2)
        #expect(ChartScale.niceUpperBound(3, integers: true) == 3)
    }
}
