import Foundation

/// The parts every chart shares: the `<svg>` root with its accessible title and description,
/// axes with ticks and grid lines, and text that fits.
///
/// Charts are drawn in a fixed coordinate system (`viewBox`) and scale with the page.
struct ChartCanvas {
    static let fontFamily = "Pretendard, 'Noto Sans KR', NanumGothic, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"
    static let ink = "#1d2433"
    static let muted = "#5b6475"
    static let grid = "#e3e7ee"
    static let palette = ["#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#7f8c8d"]

    let width: Double
    let height: Double
    let title: String
    let description: String

    /// The `<svg>` element holding `content`, labelled by its title and description.
    func svg(_ content: [Markup]) -> SVGImage {
        let root = Markup.element("svg", [
            .init("xmlns", "http://www.w3.org/2000/svg"),
            .init("class", "chart"),
            .init("viewBox", "0 0 \(ChartCanvas.number(width)) \(ChartCanvas.number(height))"),
            .init("width", ChartCanvas.number(width)),
            .init("height", ChartCanvas.number(height)),
            .init("role", "img"),
            .init("aria-labelledby", "title desc"),
            .init("font-family", ChartCanvas.fontFamily),
            .init("font-size", "12"),
            .init("fill", ChartCanvas.ink),
        ], [
            .element("title", [.init("id", "title")], text: title),
            .element("desc", [.init("id", "desc")], text: description),
            .element("rect", [.init("width", ChartCanvas.number(width)), .init("height", ChartCanvas.number(height)), .init("fill", "#ffffff")]),
            .element("text", [.init("x", "12"), .init("y", "22"), .init("font-size", "15"), .init("font-weight", "700")],
                     text: ChartCanvas.fitted(title, width: width - 24, fontSize: 15)),
        ] + content)
        return SVGImage(root: root)
    }

    /// A y axis at `x` from `scale` with grid lines across to `right`, tick labels (whole
    /// numbers only with `integers`), and the axis title written upwards along it.
    static func verticalAxis(_ scale: ChartScale, x: Double, right: Double, title: String, integers: Bool = false,
                             format: (Double) -> String) -> Markup {
        var parts: [Markup] = []
        for tick in scale.ticks(integers: integers) {
            let y = scale(tick)
            parts.append(line(x, y, right, y, stroke: grid))
            parts.append(.element("text", [.init("x", number(x - 6)), .init("y", number(y + 4)), .init("text-anchor", "end"),
                                           .init("fill", muted)], text: format(tick)))
        }
        parts.append(line(x, scale.range.lowerBound, x, scale.range.upperBound, stroke: muted))
        let middle = (scale.range.lowerBound + scale.range.upperBound) / 2
        parts.append(.element("text", [.init("transform", "translate(14 \(number(middle))) rotate(-90)"), .init("text-anchor", "middle"),
                                       .init("fill", muted)], text: title))
        return .element("g", [.init("class", "axis y")], parts)
    }

    /// An x axis at `y` with ticks from `ticks` (value, label) placed by `position`, and its title
    /// centred below.
    static func horizontalAxis(ticks: [(x: Double, label: String)], y: Double, from left: Double, to right: Double,
                               title: String, titleY: Double) -> Markup {
        var parts: [Markup] = [line(left, y, right, y, stroke: muted)]
        for tick in ticks {
            parts.append(line(tick.x, y, tick.x, y + 4, stroke: muted))
            parts.append(.element("text", [.init("x", number(tick.x)), .init("y", number(y + 17)), .init("text-anchor", "middle"),
                                           .init("fill", muted)], text: tick.label))
        }
        parts.append(.element("text", [.init("x", number((left + right) / 2)), .init("y", number(titleY)), .init("text-anchor", "middle"),
                                       .init("fill", muted)], text: title))
        return .element("g", [.init("class", "axis x")], parts)
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) -> Markup {
        .element("line", [.init("x1", number(x1)), .init("y1", number(y1)), .init("x2", number(x2)), .init("y2", number(y2)),
                          .init("stroke", stroke), .init("stroke-width", number(width))])
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() && abs(rounded) < 1e12 { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// The width of `text` at `fontSize`, estimated: Hangul and other wide characters one em,
    /// digits and Latin letters about 0.6 em. Good enough to leave room for labels.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            let wide = (0x1100...0x11FF).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            return sum + fontSize * (wide ? 1.0 : 0.6)
        }
    }

    /// `text`, shortened with "…" at the end if it is wider than `width`.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard estimatedWidth(text, fontSize: fontSize) > width else { return text }
        var kept = ""
        for character in text {
            if estimatedWidth(kept + String(character) + "…", fontSize: fontSize) > width { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
