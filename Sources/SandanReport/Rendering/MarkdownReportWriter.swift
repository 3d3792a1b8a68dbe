/// Writes a ``ReportDocument`` as Markdown (GitHub Flavored: tables), with each picture as an
/// SVG file to be written beside it.
///
/// The text is the same as the HTML page's; tables are pipe tables (numbers right-aligned),
/// pictures are `![caption](file.svg)` links to the SVG files, whose names are made from the
/// report's and the figure's names by ``FileSlug`` (ASCII, with a hash, at most 200 bytes).
public enum MarkdownReportWriter {
    /// A Markdown report: the text and the files it links to.
    public struct Output: Sendable {
        /// The Markdown text.
        public var markdown: String
        /// The pictures: a file name (no folder) and the SVG document, in the order linked.
        public var files: [(name: String, contents: String)]
    }

    /// The Markdown for `document`, with its pictures named after `baseName` (the report
    /// file's name without extension).
    ///
    /// - Complexity: O(size of the document).
    public static func markdown(_ document: ReportDocument, baseName: String) -> Output {
        let strings = ReportStrings(document.language)
        var lines: [String] = ["# " + MarkdownEscaping.text(document.title), ""]
        if let subtitle = document.subtitle { lines += [MarkdownEscaping.text(subtitle), ""] }
        var files: [(name: String, contents: String)] = []
        var figures = 0, tables = 0
        func addFigure(_ figure: ReportFigure) {
            figures += 1
            let name = FileSlug.fileName(for: baseName + " " + figure.name, ext: "svg")
            files.append((name, figure.image.document))
            lines += ["![\(MarkdownEscaping.text(figure.caption))](\(name))", ""]
            lines += ["*\(MarkdownEscaping.text(strings.figureLabel(figures)))* " + MarkdownEscaping.text(figure.caption), ""]
        }
        for section in document.sections {
            lines += ["## " + MarkdownEscaping.text(section.title), ""]
            for block in section.blocks {
                switch block {
                case let .paragraph(inlines):
                    lines += [text(inlines), ""]
                case let .subheading(title):
                    lines += ["### " + MarkdownEscaping.text(title), ""]
                case let .list(items):
                    lines += items.map { "- " + text($0) } + [""]
                case let .note(inlines):
                    lines += ["> " + text(inlines), ""]
                case let .keyFigures(figures):
                    lines += figures.map { "- **\(MarkdownEscaping.text($0.value))** \(MarkdownEscaping.text($0.label))" } + [""]
                case let .table(table):
                    tables += 1
                    lines += ["**\(MarkdownEscaping.text(strings.tableLabel(tables)))** " + MarkdownEscaping.text(table.caption), ""]
                    lines += pipeTable(table) + [""]
                case let .figure(figure):
                    addFigure(figure)
                case let .explorer(explorer):
                    addFigure(explorer.fallback)
                }
            }
        }
        lines += ["---", "", MarkdownEscaping.text(strings.madeWith(document.generator)), ""]
        return Output(markdown: lines.joined(separator: "\n"), files: files)
    }

    /// The inlines of one block, which begins a line.
    static func text(_ inlines: [ReportInline]) -> String {
        inlines.enumerated().map { index, inline in
            switch inline {
            case let .text(text): return index == 0 ? MarkdownEscaping.lineStart(text) : MarkdownEscaping.text(text)
            case let .strong(text): return "**" + MarkdownEscaping.text(text) + "**"
            case let .code(text): return MarkdownEscaping.code(text)
            }
        }.joined()
    }

    private static func pipeTable(_ table: ReportTable) -> [String] {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = [row(table.columns.map { MarkdownEscaping.text($0.title) })]
        lines.append(row(table.columns.map { $0.isNumeric ? "---:" : "---" }))
        for cells in table.rows { lines.append(row(cells.map { MarkdownEscaping.text($0.text) })) }
        return lines
    }
}
