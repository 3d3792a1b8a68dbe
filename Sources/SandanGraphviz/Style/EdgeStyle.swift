/// How the edges of one kind are drawn: colour, line, width and a legend caption.
///
/// The caller gives the styles of the kinds it knows (``DrawingStyle/edgeStyles``; Sandan's
/// linkage kinds come from its domain module); a kind without one gets a fallback, so any
/// dataset draws. This module knows no kind by name.
public struct EdgeStyle: Sendable, Hashable {
    /// The line's pattern (Graphviz's `style`).
    public enum Line: String, Sendable, CaseIterable { case solid, dashed, dotted }

    /// Line colour, `#rrggbb` (checked by ``GraphDrawing``).
    public var color: String
    /// Solid, dashed or dotted.
    public var line: Line
    /// Line width in points (before scaling by weight).
    public var width: Double
    /// What the legend says about the kind, in the legend's language.
    public var caption: String

    public init(color: String, line: Line, width: Double, caption: String) {
        self.color = color
        self.line = line
        self.width = width
        self.caption = caption
    }

    /// Styles for kinds without a given style, handed out in sorted order of kind name.
    static let fallback: [(color: String, line: Line)] = [
        ("#555555", .solid), ("#332288", .dashed), ("#882255", .solid), ("#44AA99", .dashed),
        ("#999933", .solid), ("#555555", .dashed), ("#332288", .dotted), ("#882255", .dotted),
    ]

    /// A style for every kind in `kinds`: the given one where it exists, otherwise the next
    /// fallback (cycling; the kind's name as its caption), in sorted order of kind name so
    /// that the result does not depend on the order kinds appear in a file. O(k log k).
    static func assign(_ kinds: [String], given: [String: EdgeStyle]) -> [String: EdgeStyle] {
        var result: [String: EdgeStyle] = [:]
        var next = 0
        for kind in Set(kinds).sorted(by: { $0.precedesInCodePointOrder($1) }) {
            if let style = given[kind] {
                result[kind] = style
            } else {
                let f = fallback[next % fallback.count]
                next += 1
                result[kind] = EdgeStyle(color: f.color, line: f.line, width: 1.4, caption: kind)
            }
        }
        return result
    }

    /// Whether ``color`` is `#rrggbb` (the drawing appends an alpha byte to it).
    var hasValidColor: Bool {
        let scalars = Array(color.unicodeScalars)
        return scalars.count == 7 && scalars[0] == "#" && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
