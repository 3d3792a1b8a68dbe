import SandanGraph
import SandanGraphviz

/// The interactive explorer: one self-contained HTML page to search, select, filter and follow
/// a network over the years (`sandan explore`).
///
/// The page loads nothing: the picture is inline SVG laid out by Graphviz
/// (`ExplorerDrawing`), the data is JSON in a `<script type="application/json">` element
/// (``Markup/scriptData(json:)``), and the style sheet and script are inline constants allowed
/// by their hashes (`ContentSecurityPolicy`). Every name from the data is escaped by
/// ``Markup``, and the script writes names only as text.
///
/// The page's contract, for tests and users' scripts: a search box `input#search`; each node an
/// SVG group `g.node` with `data-id` holding the node's id; the side panel `#details` with the
/// selected node's id in `data-id` and each measure in an element with `data-metric="NAME"`
/// (`degree`, `betweenness`, `pagerank`, `community`; the exact betweenness and PageRank in
/// `data-value`); kind filters `input[name="kind"][value="KIND"]`; the year slider
/// `input#year`; the number of edges shown in `#edge-count`.
public enum ExplorerPage {
    /// The page for `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network as loaded (the same graph `sandan analyze` would measure).
    ///   - language: the language of the interface and of the names shown.
    ///   - generator: what wrote the page (`sandan 1.2.0`), for the `generator` meta tag.
    ///   - renderer: lays out the picture (the CLI passes a renderer in a child process).
    /// - Throws: ``ReportError`` when a measure or the drawing fails.
    /// - Complexity: O(n m) for betweenness, plus the layout.
    public static func html(for graph: Graph, language: ReportLanguage, generator: String,
                            renderer: any DOTRendering) throws(ReportError) -> String {
        let data: ExplorerData
        let json: String
        do {
            data = try ExplorerData(graph, language: language)
            json = try data.json()
        } catch {
            throw ReportError("the explorer's measures cannot be computed: \(error)")
        }
        let picture = try ExplorerDrawing.picture(graph, betweenness: data.nodes.map(\.betweenness),
                                                  language: language, renderer: renderer)
        return "<!DOCTYPE html>\n" + page(data, json: json, picture: picture, generator: generator).html + "\n"
    }

    /// The policy of every explorer page: its style sheet and script, nothing else.
    public static var contentSecurityPolicy: String {
        ContentSecurityPolicy.allowing(style: ExplorerStyle.sheet, script: ExplorerScript.source)
    }

    private static func page(_ data: ExplorerData, json: String, picture: SVGImage, generator: String) -> Markup {
        let strings = ExplorerStrings(language(data))
        let head = Markup.element("head", [], [
            .element("meta", [.init("charset", "utf-8")]),
            .element("meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")]),
            .element("meta", [.init("http-equiv", "Content-Security-Policy"), .init("content", contentSecurityPolicy)]),
            .element("meta", [.init("name", "generator"), .init("content", generator)]),
            .element("title", text: strings.title),
            .element("style", [], [.raw(ExplorerStyle.sheet)]),
        ])
        let body = Markup.element("body", [], [
            controls(data, strings),
            .element("main", [], [
                .element("div", [.init("id", "canvas"), .init("tabindex", "0"), .init("role", "region"),
                                 .init("aria-label", strings.canvas)], [picture.root]),
                details(strings),
            ]),
            .element("script", [.init("type", "application/json"), .init("id", "explorer-data")], [.scriptData(json: json)]),
            .element("script", [], [.raw(ExplorerScript.source)]),
        ])
        return .element("html", [.init("lang", data.lang)], [head, body])
    }

    private static func language(_ data: ExplorerData) -> ReportLanguage { ReportLanguage(rawValue: data.lang) ?? .en }

    /// The bar: title, search, kind boxes, year slider, edge count, zoom buttons.
    private static func controls(_ data: ExplorerData, _ strings: ExplorerStrings) -> Markup {
        let years = data.edges.compactMap(\.year)
        let undated = years.count < data.edges.count
        let first = years.min() ?? 0, last = years.max().map { undated ? $0 + 1 : $0 } ?? 0
        var slider: [Markup.Attribute] = [.init("type", "range"), .init("id", "year"), .init("min", String(first)),
                                          .init("max", String(last)), .init("step", "1"), .init("value", String(last))]
        if years.isEmpty { slider.append(.init("disabled", "disabled")) }
        let kinds = data.kinds.indices.filter { k in data.edges.contains { $0.kind == data.kinds[k] } }
        return .element("header", [], [
            .element("h1", text: strings.title),
            .element("div", [.init("class", "search")], [
                .element("label", [.init("for", "search")], text: strings.search + " "),
                .element("input", [.init("type", "search"), .init("id", "search"), .init("autocomplete", "off"),
                                   .init("placeholder", strings.searchHint)]),
                .element("ul", [.init("id", "results")]),
            ]),
            .element("fieldset", [], [.element("legend", text: strings.kinds)] + kinds.map { k in
                .element("label", [], [
                    .element("input", [.init("type", "checkbox"), .init("name", "kind"), .init("value", data.kinds[k]), .init("checked", "checked")]),
                    .text(" " + data.captions[k]),
                ])
            }),
            .element("div", [], [
                .element("label", [.init("for", "year")], text: strings.year + " "),
                .element("input", slider),
                .text(" "),
                .element("output", [.init("id", "year-value"), .init("for", "year")], text: undated || years.isEmpty ? strings.all : String(last)),
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "play"), .init("aria-pressed", "false")]
                    + (years.isEmpty ? [.init("disabled", "disabled")] : []), text: strings.play),
            ]),
            .element("p", [.init("class", "muted")], [
                .text(strings.edgesShown + " "),
                .element("strong", [.init("id", "edge-count")], text: String(data.edges.count)),
                .text(" / \(data.edges.count)"),
            ]),
            .element("div", [], [
                .element("button", [.init("type", "button"), .init("id", "zoom-in"), .init("aria-label", strings.zoomIn)], text: "+"),
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "zoom-out"), .init("aria-label", strings.zoomOut)], text: "−"),
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "fit")], text: strings.fit),
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "export-svg")], text: strings.exportSVG),
            ]),
        ])
    }

    /// The side panel, filled by the script when a node is selected.
    private static func details(_ strings: ExplorerStrings) -> Markup {
        func row(_ label: String, _ attributes: [Markup.Attribute]) -> [Markup] {
            [.element("dt", text: label), .element("dd", attributes)]
        }
        return .element("aside", [.init("id", "details"), .init("data-id", ""), .init("aria-live", "polite")], [
            .element("h2", [.init("id", "details-name")], text: strings.noSelection),
            .element("p", [.init("id", "details-other"), .init("class", "muted")]),
            .element("dl", [], row(strings.region, [.init("id", "details-region")]) + row(strings.macro, [.init("id", "details-macro")])
                + row(strings.kind, [.init("id", "details-kind")]) + row(strings.anchorSince, [.init("id", "details-anchor")])
                + row(strings.programmes, [.init("id", "details-programmes")])
                + row(strings.degree, [.init("data-metric", "degree")]) + row(strings.betweenness, [.init("data-metric", "betweenness")])
                + row(strings.pagerank, [.init("data-metric", "pagerank")]) + row(strings.community, [.init("data-metric", "community")])),
            .element("h3", text: strings.neighbours),
            .element("ul", [.init("id", "neighbours")]),
            .element("p", [.init("class", "note")], text: strings.measuresNote),
        ])
    }
}
