/// The title and legend block of a drawing, as an HTML-like table: the graph's label (top
/// left) in a free drawing, a node of its own beside or below the network on a ``Canvas``.
struct Legend {
    var title: String?
    var summary: String
    var coloring: CategoryColoring?
    /// Colours from a continuous value (drawn as a colour bar).
    var sequential: SequentialColoring?
    /// The colour heading's name for the attribute; nil: the attribute's name.
    var colorTitle: String?
    var sizeNote: String?
    var edgeKinds: [(kind: String, style: EdgeStyle, count: Int)]
    /// How many of the ``nodeCount`` nodes carry a label, and the metric that chose them (nil:
    /// degree); a note says so when not all do.
    var labelled: Int, nodeCount: Int, labelledBy: String?
    /// Further notes, after the labelling note.
    var notes: [String]
    var showsKey: Bool
    /// The language of the headings and captions.
    var wording: LegendText
    /// Text and swatch sizes in points.
    var sizes: Sizes
    /// How many side-by-side columns the entries are flowed into (top to bottom, then left to
    /// right); 1 in a free drawing.
    var columns = 1
    /// Notes are broken into lines of about this many characters, the title into two thirds
    /// (nil: one line each).
    var noteWidth: Int?
    /// Entries are broken into lines of about this many characters (nil: one line each).
    var entryWidth: Int?
    /// Whether arrows "→" in entries are drawn bold (for PNG: NanumGothic's regular arrow is a
    /// hairline whose shaft vanishes at 8 pt and 150 dpi, leaving "›"). SVG and PDF keep each
    /// entry one run of text, so that it reads and searches as written.
    var boldArrows = false

    /// Point sizes of each kind of text, and of colour swatches.
    struct Sizes {
        var title: Double, heading: Double, entry: Double, note: Double, swatch: Double

        /// A free drawing's legend: `scale` times the base sizes, since a drawing with many
        /// labels is large and its legend must stay readable when the whole is scaled to a page.
        static func free(scale: Double) -> Sizes {
            Sizes(title: 22 * scale, heading: 12 * scale, entry: 11 * scale, note: 10 * scale, swatch: 14 * scale)
        }

        /// A canvas legend: entries and notes at `points` (at least 8), headings a point larger,
        /// the title four.
        static func canvas(points: Double) -> Sizes {
            let p = max(points, 8)
            return Sizes(title: p + 4, heading: p + 1, entry: p, note: p, swatch: p * 1.2)
        }
    }

    static let ink = "#222222"
    static let muted = "#666666"

    /// Rows of two cells: samples (swatches, line samples) in a narrow left gutter and every
    /// text in the right column, so all text shares one left edge (a cell spanning both
    /// columns, such as a wide title, would let Graphviz widen the gutter). O(entries).
    var rows: [[HTMLCell]] {
        var rows: [[HTMLCell]] = []
        let side = Int(sizes.swatch.rounded())
        let swatch = HTMLCell.Size(width: side, height: side)
        func text(_ runs: [HTMLText]) { rows.append([HTMLCell([]), HTMLCell(runs)]) }
        func entry(_ sample: HTMLCell, _ caption: String, color: String = Self.ink) {
            let text = entryWidth.map { LabelWrapping.wrap(caption, width: $0) } ?? caption
            let runs = boldArrows ? Self.runs(text, pointSize: sizes.entry, color: color) : [HTMLText(text, pointSize: sizes.entry, color: color)]
            rows.append([sample, HTMLCell(runs)])
        }
        func heading(_ caption: String) {
            text([HTMLText(" ", pointSize: sizes.note * 0.6)])
            text([HTMLText(caption, pointSize: sizes.heading, color: Self.ink, bold: true)])
        }
        if let title, !title.isEmpty {
            let wrapped = noteWidth.map { LabelWrapping.wrap(title, width: $0 * 2 / 3) } ?? title
            for line in wrapped.split(separator: "\n") { text([HTMLText(String(line), pointSize: sizes.title, color: Self.ink, bold: true)]) }
        }
        // Flowed into columns, the summary is wrapped to half a note's width, a row per line:
        // the first column holds the colour entries, far narrower than the summary in one line.
        let summaryLines = columns > 1 ? LabelWrapping.wrap(summary, width: (noteWidth ?? 44) / 2).split(separator: "\n").map(String.init) : [summary]
        for line in summaryLines { text([HTMLText(line, pointSize: sizes.entry, color: Self.muted)]) }
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
            if let sequential {
                heading(wording.colourHeading(colorTitle ?? sequential.name))
                let bar = (0..<7).map { HTMLText("■", pointSize: sizes.entry, color: SequentialColoring.color(at: Double($0) / 6)) }
                let range = sequential.range.map { "\(GraphDrawing.short($0.min)) → \(GraphDrawing.short($0.max))" } ?? "–"
                entry(HTMLCell(bar, alignment: .center), wording.lowToHigh(range))
            }
            if let sizeNote {
                heading(wording.sizeHeading)
                entry(HTMLCell([HTMLText("●", pointSize: sizes.swatch, color: Self.muted)], alignment: .center), sizeNote)
            }
            if !edgeKinds.isEmpty {
                heading(wording.kindsHeading)
                for (kind, style, count) in edgeKinds {
                    entry(HTMLCell([HTMLText(Self.sample(style.line), pointSize: sizes.entry, color: style.color, bold: true)], alignment: .center),
                          "\(wording.caption(kind: kind, style: style))  (\(count))")
                }
            }
        }
        let labelNote = labelled < nodeCount ? [wording.labelNote(labelled: labelled, of: nodeCount, by: labelledBy)] : []
        // A wrapped note (as the wrapped title above) is a row per line: in a legend flowed into
        // columns, one tall row would make the rows beside it as tall, leaving gaps in the
        // other columns.
        for note in labelNote + notes {
            for line in (noteWidth.map { LabelWrapping.wrap(note, width: $0) } ?? note).split(separator: "\n") {
                text([HTMLText(String(line), pointSize: sizes.note, color: Self.muted)])
            }
        }
        return rows
    }

    /// The table: ``rows`` flowed into ``columns`` groups of two cells, side by side, with a
    /// spacer cell between groups.
    var label: HTMLLabel {
        let all = rows
        let k = max(1, min(columns, all.count))
        let perColumn = (all.count + k - 1) / k
        var table: [[HTMLCell]] = []
        for r in 0..<perColumn {
            var row: [HTMLCell] = []
            for c in 0..<k {
                if c > 0 { row.append(HTMLCell([HTMLText("   ", pointSize: sizes.entry)])) }
                let i = c * perColumn + r
                row += i < all.count ? all[i] : [HTMLCell([]), HTMLCell([])]
            }
            table.append(row)
        }
        return .table(HTMLTable(rows: table, cellSpacing: 1, cellPadding: 2))
    }

    /// Roughly how tall the one-column legend is, in points (rows times 1.45 line heights of
    /// entry text; headings and the title count a little more): for choosing ``columns``
    /// before Graphviz measures it.
    var estimatedHeight: Double {
        let lines = rows.reduce(0) { sum, row in sum + max((row.last?.text.map(\.text).joined() ?? "").split(separator: "\n").count, 1) }
        return Double(max(lines, rows.count)) * sizes.entry * 1.45 + sizes.title
    }

    /// `text` as runs in which every arrow "→" (with the spaces after it: SVG drops a text
    /// element's leading spaces) is bold. O(length of `text`).
    static func runs(_ text: String, pointSize: Double, color: String) -> [HTMLText] {
        let pieces = text.split(separator: "→", omittingEmptySubsequences: false)
        return pieces.enumerated().flatMap { i, piece in
            let spaces = i > 0 ? piece.prefix { $0 == " " } : ""
            let rest = piece.dropFirst(spaces.count)
            return (i > 0 ? [HTMLText("→" + spaces, pointSize: pointSize, color: color, bold: true)] : [])
                + (rest.isEmpty ? [] : [HTMLText(String(rest), pointSize: pointSize, color: color)])
        }
    }

    /// A line sample in text: solid, dashed or dotted.
    static func sample(_ line: EdgeStyle.Line) -> String {
        switch line {
        case .dashed: "━ ━ ━"
        case .dotted: "· · · · ·"
        case .solid: "━━━"
        }
    }
}
