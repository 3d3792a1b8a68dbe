/// The title and legend block of a drawing, as an HTML-like table placed as the graph's label
/// (top left), so that it never overlaps the network whatever the layout.
struct Legend {
    var title: String?
    var summary: String
    var coloring: CategoryColoring?
    /// The colour heading's name for the attribute; nil: the attribute's name.
    var colorTitle: String?
    var sizeNote: String?
    var edgeKinds: [(kind: String, style: EdgeKindStyle, count: Int)]
    var notes: [String]
    var showsKey: Bool
    /// The language of the headings and captions.
    var wording: LegendText
    /// Factor on every font and swatch size: a drawing with many labels is large, and its
    /// legend must stay readable when the whole drawing is scaled to a page.
    var scale: Double

    static let ink = "#222222"
    static let muted = "#666666"

    /// Two columns and no spanning cells: samples (swatches, line samples) in a narrow left
    /// gutter and every text in the right column, so all text shares one left edge. (A cell
    /// spanning both columns, such as a wide title, would let Graphviz widen the gutter.)
    var label: HTMLLabel {
        var rows: [[HTMLCell]] = []
        let swatch = HTMLCell.Size(width: Int((14 * scale).rounded()), height: Int((14 * scale).rounded()))
        func text(_ runs: [HTMLText]) { rows.append([HTMLCell([]), HTMLCell(runs)]) }
        func entry(_ sample: HTMLCell, _ caption: String, color: String = Self.ink) {
            rows.append([sample, HTMLCell([HTMLText(caption, pointSize: 11 * scale, color: color)])])
        }
        func heading(_ caption: String) {
            text([HTMLText(" ", pointSize: 6 * scale)])
            text([HTMLText(caption, pointSize: 12 * scale, color: Self.ink, bold: true)])
        }
        if let title, !title.isEmpty { text([HTMLText(title, pointSize: 22 * scale, color: Self.ink, bold: true)]) }
        text([HTMLText(summary, pointSize: 11 * scale, color: Self.muted)])
        if showsKey {
            if let coloring, !coloring.entries.isEmpty {
                heading(wording.colourHeading(colorTitle ?? coloring.attribute))
                for item in coloring.entries {
                    entry(HTMLCell([], alignment: .center, background: item.color, fixedSize: swatch), "\(item.value)  (\(item.count))")
                }
                if coloring.otherCount > 0 {
                    entry(HTMLCell([], alignment: .center, background: coloring.palette.other, fixedSize: swatch),
                          "\(wording.otherValues(coloring.valuesFolded))  (\(coloring.otherCount))", color: Self.muted)
                }
            }
            if let sizeNote {
                heading(wording.sizeHeading)
                entry(HTMLCell([HTMLText("●", pointSize: 14 * scale, color: Self.muted)], alignment: .center), sizeNote)
            }
            if !edgeKinds.isEmpty {
                heading(wording.kindsHeading)
                for (kind, style, count) in edgeKinds {
                    entry(HTMLCell([HTMLText(Self.sample(style.line), pointSize: 11 * scale, color: style.color, bold: true)], alignment: .center),
                          "\(wording.caption(kind: kind, style: style))  (\(count))")
                }
            }
        }
        for note in notes { text([HTMLText(note, pointSize: 10 * scale, color: Self.muted)]) }
        return .table(HTMLTable(rows: rows, cellSpacing: 1, cellPadding: 2))
    }

    /// A line sample in text: solid, dashed or dotted.
    static func sample(_ line: String) -> String {
        switch line {
        case "dashed": "━ ━ ━"
        case "dotted": "· · · · ·"
        default: "━━━"
        }
    }
}
