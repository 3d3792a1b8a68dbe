/// A line chart with one or more series (the resilience curve: the largest component's share
/// as hubs are removed), drawn as inline SVG with a legend.
public struct LineChart: Sendable {
    /// One line: its name in the legend and its points, in increasing x.
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        /// Whether to draw the line dashed (a baseline, such as random removal).
        public var dashed: Bool

        public init(name: String, points: [(x: Double, y: Double)], dashed: Bool = false) {
            self.name = name
            self.points = points
            self.dashed = dashed
        }
    }

    /// The chart's title.
    public var title: String
    /// A sentence describing what the chart shows, for screen readers.
    public var description: String
    /// The x axis's title.
    public var xLabel: String
    /// The y axis's title.
    public var yLabel: String
    /// The lines.
    public var series: [Series]
    /// The y axis's range; nil to fit from zero to the data.
    public var yDomain: ClosedRange<Double>?
    /// How y tick values are written.
    public var yFormat: @Sendable (Double) -> String

    public init(title: String, description: String, xLabel: String, yLabel: String, series: [Series],
                yDomain: ClosedRange<Double>? = nil, yFormat: @escaping @Sendable (Double) -> String = NumberFormatting.compact) {
        self.title = title
        self.description = description
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yDomain = yDomain
        self.yFormat = yFormat
    }

    /// The chart, 640 × 320. Non-finite points are left out.
    public var svg: SVGImage {
        let canvas = ChartCanvas(width: 640, height: 320, title: title, description: description)
        let left = 62.0, right = 620.0, top = 66.0, bottom = 266.0
        let points = series.flatMap { $0.points.filter { $0.x.isFinite && $0.y.isFinite } }
        let xs = points.map(\.x), ys = points.map(\.y)
        let xDomain = (xs.min() ?? 0)...max(xs.max() ?? 1, (xs.min() ?? 0) + 1)
        let x = ChartScale(domain: xDomain, range: left...right)
        let y = ChartScale(domain: yDomain ?? 0...ChartScale.niceUpperBound(ys.max() ?? 0), range: top...bottom, flipped: true)
        var parts: [Markup] = [ChartCanvas.verticalAxis(y, x: left, right: right, title: yLabel, format: yFormat)]
        var legendX = 12.0
        for (i, line) in series.enumerated() {
            let colour = ChartCanvas.palette[i % ChartCanvas.palette.count]
            let kept = line.points.filter { $0.x.isFinite && $0.y.isFinite }
            let path = kept.map { "\(ChartCanvas.number(x($0.x))),\(ChartCanvas.number(y($0.y)))" }.joined(separator: " ")
            var attributes: [Markup.Attribute] = [.init("points", path), .init("fill", "none"), .init("stroke", colour),
                                                  .init("stroke-width", "2.5"), .init("stroke-linejoin", "round")]
            if line.dashed { attributes.append(.init("stroke-dasharray", "6 4")) }
            parts.append(.element("g", [.init("class", "series")], [
                .element("title", text: line.name),
                .element("polyline", attributes),
            ]))
            var sample: [Markup.Attribute] = [.init("x1", ChartCanvas.number(legendX)), .init("y1", "40"),
                                              .init("x2", ChartCanvas.number(legendX + 24)), .init("y2", "40"),
                                              .init("stroke", colour), .init("stroke-width", "2.5")]
            if line.dashed { sample.append(.init("stroke-dasharray", "6 4")) }
            parts.append(.element("g", [.init("class", "legend")], [
                .element("line", sample),
                .element("text", [.init("x", ChartCanvas.number(legendX + 30)), .init("y", "44")], text: line.name),
            ]))
            legendX += 30 + ChartCanvas.estimatedWidth(line.name, fontSize: 12) + 20
        }
        let ticks = x.ticks(count: 8).map { (x: x($0), label: NumberFormatting.compact($0)) }
        parts.append(ChartCanvas.horizontalAxis(ticks: ticks, y: bottom, from: left, to: right, title: xLabel, titleY: bottom + 40))
        return canvas.svg(parts)
    }
}
