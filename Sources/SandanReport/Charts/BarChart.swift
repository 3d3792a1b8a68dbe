/// A horizontal bar chart (centrality of the top complexes), drawn as inline SVG: one labelled
/// bar per item, longest value at the scale's end, the value written after each bar.
public struct BarChart: Sendable {
    /// A bar: its label and value.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The chart's title.
    public var title: String
    /// A sentence describing what the chart shows, for screen readers.
    public var description: String
    /// The value axis's title (e.g. "betweenness").
    public var valueLabel: String
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// Digits after the point in the values written beside the bars.
    public var decimals: Int

    public init(title: String, description: String, valueLabel: String, bars: [Bar], decimals: Int = 3) {
        self.title = title
        self.description = description
        self.valueLabel = valueLabel
        self.bars = bars
        self.decimals = decimals
    }

    /// The chart, 640 wide and 24 units high per bar. Labels longer than 190 units end in "…"
    /// (the whole label is in the bar's tooltip). Negative and non-finite values draw no bar.
    public var svg: SVGImage {
        let rowHeight = 24.0, top = 44.0
        let labelWidth = min(190, max(60, bars.map { ChartCanvas.estimatedWidth($0.label, fontSize: 12) }.max() ?? 60))
        let left = 16 + labelWidth + 8, right = 570.0
        let bottom = top + rowHeight * Double(max(1, bars.count))
        let canvas = ChartCanvas(width: 640, height: bottom + 52, title: title, description: description)
        let maximum = bars.map(\.value).filter(\.isFinite).max() ?? 0
        let x = ChartScale(domain: 0...ChartScale.niceUpperBound(maximum), range: left...right)
        var parts: [Markup] = []
        var grid: [Markup] = []
        for tick in x.ticks() { grid.append(ChartCanvas.line(x(tick), top, x(tick), bottom, stroke: ChartCanvas.grid)) }
        parts.append(.element("g", [.init("class", "grid")], grid))
        var rows: [Markup] = []
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let value = bar.value.isFinite ? max(0, bar.value) : 0
            let end = x(value)
            let shown = NumberFormatting.fixed(bar.value, decimals: decimals)
            rows.append(.element("g", [], [
                .element("title", text: "\(bar.label): \(shown)"),
                .element("text", [.init("x", ChartCanvas.number(left - 8)), .init("y", ChartCanvas.number(y + 16)),
                                  .init("text-anchor", "end")], text: ChartCanvas.fitted(bar.label, width: labelWidth, fontSize: 12)),
                .element("rect", [.init("x", ChartCanvas.number(left)), .init("y", ChartCanvas.number(y + 4)),
                                  .init("width", ChartCanvas.number(end - left)), .init("height", ChartCanvas.number(rowHeight - 8)),
                                  .init("fill", ChartCanvas.palette[0])]),
                .element("text", [.init("x", ChartCanvas.number(end + 5)), .init("y", ChartCanvas.number(y + 16)),
                                  .init("fill", ChartCanvas.muted)], text: shown),
            ]))
        }
        parts.append(.element("g", [.init("class", "bars")], rows))
        let ticks = x.ticks().map { (x: x($0), label: NumberFormatting.compact($0)) }
        parts.append(ChartCanvas.horizontalAxis(ticks: ticks, y: bottom, from: left, to: right, title: valueLabel, titleY: bottom + 40))
        return canvas.svg(parts)
    }
}
