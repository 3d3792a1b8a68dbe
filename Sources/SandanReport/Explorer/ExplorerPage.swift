import SandanGraph
import SandanGraphviz
import SandanIO

/// The interactive explorer: one self-contained HTML page to search, select, filter and follow
/// a network over the years (`sandan explore`), and the same explorer as the network section of
/// the HTML report (``NetworkReportOptions/explorer``).
///
/// The page loads nothing: the picture is inline SVG laid out by Graphviz
/// (`ExplorerDrawing`), the data is JSON in a `<script type="application/json">` element
/// (``Markup/scriptData(json:)``), and the style sheet and script are inline constants allowed
/// by their hashes (`ContentSecurityPolicy`). Every name from the data is escaped by
/// ``Markup``, and the script writes names only as text. The contract the page keeps for tests
/// and users' scripts is `ExplorerView`'s.
public enum ExplorerPage {
    /// The page for `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network as loaded (the same graph `sandan analyze` would measure).
    ///   - language: the language of the interface and of the names shown.
    ///   - generator: what wrote the page (`sandan 1.2.0`), for the `generator` meta tag.
    ///   - outlines: the 시·도 outlines under the geographic view (nil: none).
    ///   - renderer: lays out the picture (the CLI passes a renderer in a child process).
    /// - Throws: ``ReportError`` when a measure or the drawing fails.
    /// - Complexity: O(n m) for betweenness, plus the layout.
    public static func html(for graph: Graph, language: ReportLanguage, generator: String, outlines: BoundaryMap? = nil,
                            renderer: any DOTRendering) throws(ReportError) -> String {
        let view = try ExplorerView(graph, language: language, outlines: outlines, renderer: renderer)
        let strings = ExplorerStrings(language)
        let head = Markup.element("head", [], [
            .element("meta", [.init("charset", "utf-8")]),
            .element("meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")]),
            .element("meta", [.init("http-equiv", "Content-Security-Policy"), .init("content", contentSecurityPolicy)]),
            .element("meta", [.init("name", "generator"), .init("content", generator)]),
            .element("title", text: strings.title),
            .element("style", [], [.raw(ExplorerStyle.sheet)]),
        ])
        let body = Markup.element("body", [], [
            view.markup(heading: strings.title, hidden: false),
            .element("script", [], [.raw(ExplorerScript.source)]),
        ])
        return "<!DOCTYPE html>\n" + Markup.element("html", [.init("lang", language.tag), .init("class", "explorer-page")], [head, body]).html + "\n"
    }

    /// The explorer of `graph` for a report's network section: hidden until its script runs,
    /// which then hides the section's static diagram (the fallback with scripts off, and in print).
    /// - Throws: ``ReportError`` when a measure or the drawing fails.
    static func embedded(_ graph: Graph, language: ReportLanguage, outlines: BoundaryMap?,
                         renderer: any DOTRendering) throws(ReportError) -> Markup {
        try ExplorerView(graph, language: language, outlines: outlines, renderer: renderer).markup(heading: nil, hidden: true)
    }

    /// The policy of every explorer page: its style sheet and script, nothing else.
    public static var contentSecurityPolicy: String {
        ContentSecurityPolicy.allowing(styles: [ExplorerStyle.sheet], scripts: [ExplorerScript.source])
    }
}
