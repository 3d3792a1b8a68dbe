import Foundation

/// The Graphviz attributes Sandan writes: a closed list, so nothing taken from data can name an
/// attribute. Attributes that read files or carry links (`URL`, `href`, `image`, `tooltip`,
/// `shapefile`, `fontpath`, `imagepath`, `stylesheet`) are deliberately absent (FIELD_NOTES §1:
/// a `javascript:` URL is copied into the SVG, and `image=` embeds a local file).
public enum DOTAttribute: String, Sendable, Hashable, CaseIterable, Comparable {
    /// (`class`: the SVG class of a node or edge; Sandan writes only fixed words and `n<i>` ids.)
    case arrowhead, arrowsize, bb, bgcolor, `class`, color, dir, dpi, esep, fillcolor, fixedsize, fontcolor
    case fontname, fontsize, forcelabels, height, K, label, labeljust, labelloc, margin, nodesep
    case outputorder, overlap, overlap_scaling, pad, penwidth, pin, pos, rankdir, ranksep, sep, shape, splines
    case start, style, weight, width, xlabel

    public static func < (a: DOTAttribute, b: DOTAttribute) -> Bool { a.rawValue < b.rawValue }

    /// `value` within the range Graphviz handles safely for this attribute, or nil when the
    /// value cannot be written (a non-finite number).
    ///
    /// Graphviz 2.42 crashes on `weight=2147483647` and on `pos="nan,nan"` (FIELD_NOTES §1), so
    /// `weight` becomes an integer in 0…1000, `fontsize` lies in 1…100, sizes and widths are
    /// bounded, and non-finite numbers are dropped.
    func clamped(_ value: DOTValue) -> DOTValue? {
        switch value {
        case .number(let x):
            guard x.isFinite else { return nil }
            switch self {
            case .weight: return .integer(Int(min(max(x.rounded(), 0), 1000)))
            case .fontsize: return .number(min(max(x, 1), 100))
            case .penwidth: return .number(min(max(x, 0), 20))
            case .arrowsize: return .number(min(max(x, 0), 5))
            case .width, .height: return .number(min(max(x, 0.01), 50))
            case .dpi: return .number(min(max(x, 36), 600))
            default: return .number(min(max(x, -1e7), 1e7))
            }
        case .integer(let i):
            switch self {
            case .weight: return .integer(min(max(i, 0), 1000))
            case .fontsize: return .integer(min(max(i, 1), 100))
            default: return .integer(min(max(i, -10_000_000), 10_000_000))
            }
        case .point(let x, let y, let pinned):
            guard x.isFinite, y.isFinite else { return nil }
            return .point(x: min(max(x, -1e7), 1e7), y: min(max(y, -1e7), 1e7), pinned: pinned)
        case .string, .label, .bool:
            return value
        }
    }
}

/// A value of a ``DOTAttribute``.
public enum DOTValue: Sendable, Hashable {
    /// A plain string Sandan computes (a colour, a style, a shape, a font name).
    case string(String)
    /// A label: escaped text or an HTML-like label.
    case label(DOTLabel)
    /// A number, written with at most four decimals.
    case number(Double)
    case integer(Int)
    case bool(Bool)
    /// A position in points; `pinned` appends `!` (the node keeps it).
    case point(x: Double, y: Double, pinned: Bool)

    /// The value as written in DOT.
    var dot: String {
        switch self {
        case .string(let s): DOTEscaping.quoted(s)
        case .label(let label): label.dot
        case .number(let x): DOTEscaping.quoted(DOTNumber.format(x))
        case .integer(let i): DOTEscaping.quoted(String(i))
        case .bool(let b): DOTEscaping.quoted(b ? "true" : "false")
        case let .point(x, y, pinned):
            DOTEscaping.quoted(DOTNumber.format(x) + "," + DOTNumber.format(y) + (pinned ? "!" : ""))
        }
    }
}

/// Number formatting for DOT: locale-independent, at most four decimals, no exponent, no
/// trailing zeros, so the same number always gives the same bytes.
enum DOTNumber {
    static func format(_ x: Double) -> String {
        let rounded = (x * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.4f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// Attributes of one DOT statement, written in name order.
public typealias DOTAttributes = [DOTAttribute: DOTValue]

extension Dictionary where Key == DOTAttribute, Value == DOTValue {
    /// `[name="value", …]` in name order, clamped; empty when nothing can be written.
    var dotList: String {
        let items = keys.sorted().compactMap { name in self[name].flatMap(name.clamped).map { "\(name.rawValue)=\($0.dot)" } }
        return items.isEmpty ? "" : "[" + items.joined(separator: ", ") + "]"
    }
}
