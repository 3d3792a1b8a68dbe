/// A histogram of integer values (a degree distribution), drawn as inline SVG: one bar per
/// value when there are at most 40 distinct ones, else bars over equal ranges of values.
public struct Histogram: Sendable {
    /// A bar: the values it covers and how many observations fall there.
    public struct Bin: Sendable, Equatable {
        public var lower: Int
        public var upper: Int
        public var count: Int
    }

    /// The chart's title.
    public var title: String
    /// A sentence describing what the chart shows, for screen readers.
    public var description: String
    /// The x axis's title (e.g. "degree").
    public var valueLabel: String
    /// The y axis's title (e.g. "complexes").
    public var countLabel: String
    /// The bars, in increasing order of values.
    public let bins: [Bin]

    /// The most bars drawn; wider ranges of values are grouped.
    public static let maximumBins = 40

    /// - Parameters:
    ///   - values: the observations (any order; may be empty).
    ///   - title: the chart's heading.
    ///   - description: what it shows, for screen readers.
    ///   - valueLabel: the caption of the value axis.
    ///   - countLabel: the caption of the count axis.
    /// - Complexity: O(`values.count` + range of values).
    public init(values: [Int], title: String, description: String, valueLabel: String, countLabel: String) {
        self.title = title
        self.description = description
        self.valueLabel = valueLabel
        self.countLabel = countLabel
        guard let low = values.min(), let high = values.max() else {
            bins = []
            return
        }
        let width = max(1, (high - low + Histogram.maximumBins) / Histogram.maximumBins)
        var bins = stride(from: low, through: high, by: width).map { Bin(lower: $0, upper: min(high, $0 + width - 1), count: 0) }
        for value in values { bins[(value - low) / width].count += 1 }
        self.bins = bins
    }

    /// The chart, 640 × 300.
    public var svg: SVGImage {
        let canvas = ChartCanvas(width: 640, height: 300, title: title, description: description)
        let left = 62.0, right = 620.0, top = 44.0, bottom = 246.0
        let maximum = Double(bins.map(\.count).max() ?? 0)
        let y = ChartScale(domain: 0...ChartScale.niceUpperBound(maximum, integers: true), range: top...bottom, flipped: true)
        let slot = (right - left) / Double(max(1, bins.count))
        let gap = min(4, slot * 0.15)
        var parts: [Markup] = [ChartCanvas.verticalAxis(y, x: left, right: right, title: countLabel, integers: true) { NumberFormatting.compact($0) }]
        var bars: [Markup] = []
        var ticks: [(x: Double, label: String)] = []
        let labelEvery = max(1, Int((Double(bins.count) * 28 / (right - left)).rounded(.up)))
        for (i, bin) in bins.enumerated() {
            let x = left + Double(i) * slot
            let label = bin.lower == bin.upper ? String(bin.lower) : "\(bin.lower)–\(bin.upper)"
            let top = y(Double(bin.count))
            bars.append(.element("rect", [
                .init("x", ChartCanvas.number(x + gap / 2)), .init("y", ChartCanvas.number(top)),
                .init("width", ChartCanvas.number(slot - gap)), .init("height", ChartCanvas.number(bottom - top)),
                .init("fill", ChartCanvas.palette[0]),
            ], [.element("title", text: "\(valueLabel) \(label): \(bin.count)")]))
            if i % labelEvery == 0 { ticks.append((x + slot / 2, label)) }
        }
        parts.append(.element("g", [.init("class", "bars")], bars))
        parts.append(ChartCanvas.horizontalAxis(ticks: ticks, y: bottom, from: left, to: right, title: valueLabel, titleY: bottom + 40))
        return canvas.svg(parts)
    }
}
