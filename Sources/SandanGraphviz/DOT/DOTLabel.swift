/// A label in DOT: plain text, or an HTML-like label built from typed parts.
///
/// Sandan never guesses from a string's contents whether it is HTML (a name like `<script>` or
/// `<b>` stays text); an HTML-like label exists only when code builds one as ``html(_:)``.
public enum DOTLabel: Sendable, Hashable {
    /// Text shown verbatim (an escString with every escape neutralised; line breaks kept).
    case text(String)
    /// An HTML-like label, written between `<` and `>`; all text inside is entity-escaped.
    case html(HTMLLabel)

    /// The label as it appears in DOT, quotes or angle brackets included.
    var dot: String {
        switch self {
        case .text(let text): DOTEscaping.quotedLabel(text)
        case .html(let html): "<" + html.markup + ">"
        }
    }
}

/// An HTML-like Graphviz label: a table of cells holding runs of styled text.
///
/// Only the elements Sandan needs exist, so no data can reach Graphviz as markup: text is
/// escaped (`&`, `<`, `>`, `"`, `'`) and line breaks become `<BR/>`; attribute values are
/// colours and numbers Sandan computes, and are escaped too.
public enum HTMLLabel: Sendable, Hashable {
    /// A `<TABLE>`.
    case table(HTMLTable)
    /// Text runs, outside a table.
    case text([HTMLText])

    /// The markup, without the enclosing angle brackets.
    var markup: String {
        switch self {
        case .table(let table): table.markup
        case .text(let runs): runs.map(\.markup).joined()
        }
    }
}

/// A `<TABLE>` of an HTML-like label.
public struct HTMLTable: Sendable, Hashable {
    /// The rows, each a list of cells.
    public var rows: [[HTMLCell]]
    /// `BORDER`, `CELLBORDER`, `CELLSPACING`, `CELLPADDING`.
    public var border = 0, cellBorder = 0, cellSpacing = 2, cellPadding = 2
    /// `BGCOLOR` and `COLOR` (border colour), as `#rrggbb`.
    public var background: String?, borderColor: String?

    public init(rows: [[HTMLCell]], border: Int = 0, cellBorder: Int = 0, cellSpacing: Int = 2, cellPadding: Int = 2,
                background: String? = nil, borderColor: String? = nil) {
        self.rows = rows
        self.border = border
        self.cellBorder = cellBorder
        self.cellSpacing = cellSpacing
        self.cellPadding = cellPadding
        self.background = background
        self.borderColor = borderColor
    }

    var markup: String {
        var attributes = [("BORDER", String(border)), ("CELLBORDER", String(cellBorder)),
                          ("CELLSPACING", String(cellSpacing)), ("CELLPADDING", String(cellPadding))]
        if let background { attributes.append(("BGCOLOR", background)) }
        if let borderColor { attributes.append(("COLOR", borderColor)) }
        let body = rows.map { "<TR>" + $0.map(\.markup).joined() + "</TR>" }.joined()
        return "<TABLE" + HTMLLabelText.attributes(attributes) + ">" + body + "</TABLE>"
    }
}

/// A `<TD>` of an ``HTMLTable``.
public struct HTMLCell: Sendable, Hashable {
    /// Horizontal alignment of the cell's content.
    public enum Alignment: String, Sendable, Hashable { case left = "LEFT", center = "CENTER", right = "RIGHT" }

    /// The text runs; empty for a colour swatch.
    public var text: [HTMLText]
    public var alignment: Alignment
    public var columnSpan: Int
    /// `BGCOLOR` as `#rrggbb` (a swatch).
    public var background: String?
    /// A fixed size in points (for swatches), or nil to fit the content.
    public var fixedSize: Size?

    /// A cell size in points.
    public struct Size: Sendable, Hashable {
        public var width: Int, height: Int
        public init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }
    }

    public init(_ text: [HTMLText], alignment: Alignment = .left, columnSpan: Int = 1,
                background: String? = nil, fixedSize: Size? = nil) {
        self.text = text
        self.alignment = alignment
        self.columnSpan = columnSpan
        self.background = background
        self.fixedSize = fixedSize
    }

    var markup: String {
        var attributes = [("ALIGN", alignment.rawValue)]
        // Lines broken inside the cell follow its alignment (Graphviz centres them otherwise).
        if alignment != .center { attributes.append(("BALIGN", alignment.rawValue)) }
        if columnSpan > 1 { attributes.append(("COLSPAN", String(columnSpan))) }
        if let background { attributes.append(("BGCOLOR", background)) }
        if let fixedSize {
            attributes += [("FIXEDSIZE", "TRUE"), ("WIDTH", String(fixedSize.width)), ("HEIGHT", String(fixedSize.height))]
        }
        let content = text.isEmpty ? "" : text.map(\.markup).joined()
        return "<TD" + HTMLLabelText.attributes(attributes) + ">" + content + "</TD>"
    }
}

/// A run of text with an optional size, colour and weight.
public struct HTMLText: Sendable, Hashable {
    /// Longest run Sandan writes, in characters; longer text ends with "…".
    public static let maximumCharacters = 200

    public var text: String
    public var pointSize: Double?
    public var color: String?
    public var bold: Bool

    public init(_ text: String, pointSize: Double? = nil, color: String? = nil, bold: Bool = false) {
        self.text = text
        self.pointSize = pointSize
        self.color = color
        self.bold = bold
    }

    var markup: String {
        let cleaned = DOTEscaping.truncated(DOTEscaping.cleaned(text), characters: Self.maximumCharacters)
        var inner = cleaned.split(separator: "\n", omittingEmptySubsequences: false)
            .map { HTMLLabelText.escaped(String($0)) }
            .joined(separator: "<BR/>")
        if bold { inner = "<B>" + inner + "</B>" }
        var attributes: [(String, String)] = []
        if let pointSize { attributes.append(("POINT-SIZE", DOTNumber.format(min(max(pointSize, 1), 100)))) }
        if let color { attributes.append(("COLOR", color)) }
        return attributes.isEmpty ? inner : "<FONT" + HTMLLabelText.attributes(attributes) + ">" + inner + "</FONT>"
    }
}

/// Entity escaping for HTML-like labels.
enum HTMLLabelText {
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escaped(DOTEscaping.cleaned($0.1)))\"" }.joined()
    }
}
