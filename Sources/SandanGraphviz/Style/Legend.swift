/// The title and legend block of a drawing, as an HTML-like table placed as the graph's label
/// (top left), so that it never overlaps the network whatever the layout.
struct Legend {
    var title: String?
    var summary: String
    var coloring: CategoryColoring?
    var sizeNote: String?
    var edgeKinds: [(kind: String, style: EdgeKindStyle, count: Int)]
    var notes: [String]
    var showsKey: Bool
    /// Factor on every font and swatch size: a drawing with many labels is large, and its
    /// legend must stay readable when the whole drawing is scaled to a page.
    var scale: Double

    static let ink = "#222222"
    static let muted = "#666666"

    var label: HTMLLabel {
        var rows: [[HTMLCell]] = []
        let swatch = HTMLCell.Size(width: Int((14 * scale).rounded()), height: Int((14 * scale).rounded()))
        func wide(_ runs: [HTMLText]) { rows.append([HTMLCell(runs, columnSpan: 2)]) }
        if let title, !title.isEmpty { wide([HTMLText(title, pointSize: 22 * scale, color: Self.ink, bold: true)]) }
        wide([HTMLText(summary, pointSize: 11 * scale, color: Self.muted)])
        if showsKey {
            if let coloring, !coloring.entries.isEmpty {
                wide([HTMLText(" ", pointSize: 6 * scale)])
                wide([HTMLText("Colour: \(coloring.attribute)", pointSize: 12 * scale, color: Self.ink, bold: true)])
                for entry in coloring.entries {
                    rows.append([HTMLCell([], alignment: .center, background: entry.color, fixedSize: swatch),
                                 HTMLCell([HTMLText("\(entry.value)  (\(entry.count))", pointSize: 11 * scale, color: Self.ink)])])
                }
                if coloring.otherCount > 0 {
                    let what = coloring.valuesFolded > 0 ? "other \(coloring.valuesFolded) values or none" : "none"
                    rows.append([HTMLCell([], alignment: .center, background: coloring.palette.other, fixedSize: swatch),
                                 HTMLCell([HTMLText("\(what)  (\(coloring.otherCount))", pointSize: 11 * scale, color: Self.muted)])])
                }
            }
            if let sizeNote {
                wide([HTMLText(" ", pointSize: 6 * scale)])
                wide([HTMLText(sizeNote, pointSize: 11 * scale, color: Self.ink)])
            }
            if !edgeKinds.isEmpty {
                wide([HTMLText(" ", pointSize: 6 * scale)])
                wide([HTMLText("Linkages", pointSize: 12 * scale, color: Self.ink, bold: true)])
                for (_, style, count) in edgeKinds {
                    rows.append([HTMLCell([HTMLText(Self.sample(style.line), pointSize: 11 * scale, color: style.color, bold: true)], alignment: .center),
                                 HTMLCell([HTMLText("\(style.caption)  (\(count))", pointSize: 11 * scale, color: Self.ink)])])
                }
            }
        }
        for note in notes { wide([HTMLText(note, pointSize: 10 * scale, color: Self.muted)]) }
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
