/// Writes a ``ReportDocument`` as one self-contained HTML5 page.
///
/// The page loads nothing: the style sheet and the table-sorting script are inline (with the
/// explorer's style sheet and script when the document holds an explorer), and its one
/// Content-Security-Policy (`default-src 'none'`) allows only those, by their SHA-256
/// hashes, so that even a string that escaped escaping could not run. Pictures are inline SVG
/// whose ids carry their figure's name. Every string from the document is escaped by
/// ``Markup``.
public enum HTMLReportWriter {
    /// The page for `document`.
    ///
    /// - Complexity: O(size of the document).
    public static func html(_ document: ReportDocument) -> String {
        "<!DOCTYPE html>\n" + page(document).html + "\n"
    }

    /// The Content-Security-Policy of every report page: the report's style sheet and script,
    /// and the explorer's (present when the network section holds the explorer).
    public static var contentSecurityPolicy: String {
        ContentSecurityPolicy.allowing(styles: [HTMLAssets.styleSheet, ExplorerStyle.sheet],
                                       scripts: [HTMLAssets.script, ExplorerScript.source])
    }

    static func page(_ document: ReportDocument) -> Markup {
        let strings = ReportStrings(document.language)
        var numbering = Numbering()
        let explorer = document.sections.contains { $0.blocks.contains { if case .explorer = $0 { true } else { false } } }
        let head = Markup.element("head", [], [
            .element("meta", [.init("charset", "utf-8")]),
            .element("meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")]),
            .element("meta", [.init("http-equiv", "Content-Security-Policy"), .init("content", contentSecurityPolicy)]),
            .element("meta", [.init("name", "generator"), .init("content", document.generator)]),
            .element("title", text: document.title),
            .element("style", [], [.raw(HTMLAssets.styleSheet)]),
        ] + (explorer ? [.element("style", [], [.raw(ExplorerStyle.sheet)])] : []))
        var header: [Markup] = [.element("h1", text: document.title)]
        if let subtitle = document.subtitle { header.append(.element("p", [.init("class", "subtitle")], text: subtitle)) }
        header.append(.element("nav", [.init("aria-label", strings.contents)], [
            .element("ol", [], document.sections.map { section in
                .element("li", [], [.element("a", [.init("href", "#" + section.id)], text: section.title)])
            }),
        ]))
        let sections = document.sections.map { section($0, strings, &numbering) }
        let body = Markup.element("body", [], [
            .element("header", [], header),
            .element("main", [], sections),
            .element("footer", [], [.element("p", text: strings.madeWith(document.generator))]),
            .element("script", [], [.raw(HTMLAssets.script)]),
        ] + (explorer ? [.element("script", [], [.raw(ExplorerScript.source)])] : []))
        return .element("html", [.init("lang", document.language.tag)], [head, body])
    }

    /// Running numbers of figures and tables across the page.
    struct Numbering {
        var figures = 0
        var tables = 0
    }

    private static func section(_ section: ReportSection, _ strings: ReportStrings, _ numbering: inout Numbering) -> Markup {
        let headingID = section.id + "-title"
        var children: [Markup] = [.element("h2", [.init("id", headingID)], text: section.title)]
        for block in section.blocks {
            children.append(self.block(block, in: section, strings, &numbering))
        }
        return .element("section", [.init("id", section.id), .init("aria-labelledby", headingID)], children)
    }

    private static func block(_ block: ReportBlock, in section: ReportSection, _ strings: ReportStrings,
                              _ numbering: inout Numbering) -> Markup {
        switch block {
        case let .paragraph(inlines):
            return .element("p", [], inlines.map(inline))
        case let .subheading(text):
            return .element("h3", text: text)
        case let .list(items):
            return .element("ul", [], items.map { .element("li", [], $0.map(inline)) })
        case let .note(inlines):
            return .element("p", [.init("class", "note")], inlines.map(inline))
        case let .keyFigures(figures):
            return .element("dl", [.init("class", "figures")], figures.map { figure in
                .element("div", [], [.element("dt", text: figure.label), .element("dd", text: figure.value)])
            })
        case let .table(table):
            numbering.tables += 1
            return self.table(table, id: "\(section.id)-table-\(numbering.tables)", label: strings.tableLabel(numbering.tables),
                              sortHint: strings.sortHint)
        case let .figure(figure):
            numbering.figures += 1
            return self.figure(figure, label: strings.figureLabel(numbering.figures))
        case let .explorer(explorer):
            numbering.figures += 1
            return .fragment([self.figure(explorer.fallback, label: strings.figureLabel(numbering.figures), fallback: true), explorer.view])
        }
    }

    static func inline(_ inline: ReportInline) -> Markup {
        switch inline {
        case let .text(text): return .text(text)
        case let .strong(text): return .element("strong", text: text)
        case let .code(text): return .element("code", text: text)
        }
    }

    private static func table(_ table: ReportTable, id: String, label: String, sortHint: String) -> Markup {
        func numeric(_ column: Int) -> Bool { table.columns[column].isNumeric }
        let head = Markup.element("thead", [], [
            .element("tr", [], table.columns.map { column in
                var attributes: [Markup.Attribute] = [.init("scope", "col")]
                if column.isNumeric { attributes += [.init("class", "num"), .init("data-type", "number")] }
                return .element("th", attributes, text: column.title)
            }),
        ])
        let body = Markup.element("tbody", [], table.rows.map { row in
            .element("tr", [], row.enumerated().map { column, cell in
                var attributes: [Markup.Attribute] = []
                if numeric(column) { attributes.append(.init("class", "num")) }
                if let value = cell.value, value.isFinite { attributes.append(.init("data-value", String(value))) }
                return .element("td", attributes, text: cell.text)
            })
        })
        let captionID = id + "-caption"
        return .element("div", [.init("class", "table-wrap"), .init("id", id), .init("role", "region"),
                                .init("aria-labelledby", captionID), .init("tabindex", "0")], [
            .element("table", [.init("class", "sortable"), .init("data-sort-hint", sortHint)], [
                .element("caption", [.init("id", captionID)], [.element("strong", text: label), .text(" " + table.caption)]),
                head, body,
            ]),
        ])
    }

    /// A figure; `fallback` marks the static picture the explorer replaces (class `explorer-fallback`).
    private static func figure(_ figure: ReportFigure, label: String, fallback: Bool = false) -> Markup {
        let id = "fig-" + FileSlug.fileName(for: figure.name, ext: "", maxBytes: 60)
        let image = figure.image.prefixingIDs(id + "-")
        let isChart = image.root.attribute("class")?.split(separator: " ").contains("chart") ?? false
        return .element("figure", [.init("id", id), .init("class", (isChart ? "chart" : "diagram") + (fallback ? " explorer-fallback" : ""))], [
            image.root,
            .element("figcaption", [], [.element("strong", text: label), .text(" " + figure.caption)]),
        ])
    }
}
