import Foundation

/// A linear map from data values to picture coordinates, with "nice" tick values.
struct ChartScale {
    let domain: ClosedRange<Double>
    let range: ClosedRange<Double>
    /// Whether the range runs from its upper bound down (a y axis: 0 at the bottom).
    let flipped: Bool

    init(domain: ClosedRange<Double>, range: ClosedRange<Double>, flipped: Bool = false) {
        self.domain = domain.lowerBound == domain.upperBound
            ? domain.lowerBound...(domain.lowerBound + 1) : domain
        self.range = range
        self.flipped = flipped
    }

    /// The coordinate of `value`.
    func callAsFunction(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let span = range.upperBound - range.lowerBound
        return flipped ? range.upperBound - t * span : range.lowerBound + t * span
    }

    /// Tick values at a "nice" step (1, 2 or 5 times a power of ten) covering the domain with
    /// about `count` intervals (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990,
    /// doi:10.1016/B978-0-08-050753-8.50025-2).
    ///
    /// With `integers`, the step is at least 1 (for counts).
    func ticks(count: Int = 5, integers: Bool = false) -> [Double] {
        let nice = ChartScale.niceStep(domain.upperBound - domain.lowerBound, count: count)
        let step = integers ? max(1, nice) : nice
        // Whole multiples of the step, rounded to the step's decimals so that 3 × 0.2 is 0.6.
        let scale = pow(10, max(0, -(log10(step)).rounded(.down)))
        var values: [Double] = []
        var k = (domain.lowerBound / step).rounded(.up)
        while k * step <= domain.upperBound + step * 1e-9 {
            values.append(((k * step * scale).rounded() / scale) + 0)
            k += 1
        }
        return values
    }

    /// The nice step for a span divided into about `count` intervals.
    static func niceStep(_ span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// The upper end of a domain starting at zero that holds `maximum` and ends on a nice tick.
    static func niceUpperBound(_ maximum: Double, count: Int = 5, integers: Bool = false) -> Double {
        guard maximum > 0, maximum.isFinite else { return 1 }
        let step = integers ? max(1, niceStep(maximum, count: count)) : niceStep(maximum, count: count)
        return (maximum / step).rounded(.up) * step
    }
}
