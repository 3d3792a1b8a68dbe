import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO

/// The explorer itself, the same in its own page (`sandan explore`) and in the network section
/// of the HTML report: `<div id="explorer" class="explorer">` holding the bar of controls, the
/// picture, the side panel and the data, driven by ``ExplorerScript`` and styled by
/// ``ExplorerStyle`` (both scoped to `.explorer`, so the report's own rules and the explorer's
/// do not meet).
///
/// The contract (README, "The explorer's contract"): a search box `input#search`; each node an
/// SVG group `g.node` with `data-id`; the side panel `#details` with the selected node's id in
/// `data-id` and each measure in an element with `data-metric="NAME"` (`degree`,
/// `betweenness`, `pagerank`, `community`, `brokerage` and its roles `coordinator`,
/// `itinerant`, `representative`, `gatekeeper`, `liaison`; the exact betweenness and PageRank
/// in `data-value`); kind filters `input[name="kind"][value="KIND"]`; region filters
/// `input[name="region"][value="REGION"]`; the programme `select#programme`; the year slider
/// `input#year`; the number of edges shown in `#edge-count`; the switches `select#color-by`,
/// `select#size-by` and `button#view-map`; exports `button#export-svg`, `button#export-png`.
struct ExplorerView {
    let data: ExplorerData
    let json: String
    let picture: SVGImage

    /// Computes the measures and draws the picture of `graph`.
    ///
    /// - Parameters:
    ///   - outlines: the 시·도 outlines of the geographic view (nil: a map without outlines,
    ///     and no map at all for a graph without `lat`/`lon`).
    /// - Throws: ``ReportError`` when a measure or the drawing fails.
    /// - Complexity: O(n m) for betweenness, plus the layout.
    init(_ graph: Graph, language: ReportLanguage, outlines: BoundaryMap?, renderer: any DOTRendering) throws(ReportError) {
        do {
            let betweenness = try betweennessCentrality(graph)
            let sizes = NodeMetric(name: ExplorerStrings(language).betweenness, values: betweenness)
            let map = ExplorerMap(graph, map: outlines, sizes: sizes)
            data = try ExplorerData(graph, language: language, betweenness: betweenness, geo: map?.positions)
            json = try data.json()
            picture = try ExplorerDrawing.picture(graph, sizes: sizes, language: language, outlines: map?.outlines, renderer: renderer)
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError("the explorer's measures cannot be computed: \(error)")
        }
    }

    /// The explorer's markup; `heading` is the standalone page's title (the report has its own),
    /// `hidden` hides it until its script runs (the report shows its static diagram meanwhile).
    func markup(heading: String?, hidden: Bool) -> Markup {
        let strings = ExplorerStrings(ReportLanguage(rawValue: data.lang) ?? .en)
        var attributes: [Markup.Attribute] = [.init("id", "explorer"), .init("class", "explorer")]
        if hidden { attributes.append(.init("hidden", "hidden")) }
        return .element("div", attributes, [
            controls(strings, heading: heading),
            .element("div", [.init("class", "explorer-main")], [
                .element("div", [.init("id", "canvas"), .init("tabindex", "0"), .init("role", "region"),
                                 .init("aria-label", strings.canvas)], [picture.root]),
                details(strings),
            ]),
            .element("script", [.init("type", "application/json"), .init("id", "explorer-data")], [.scriptData(json: json)]),
        ])
    }

    /// The bar: title, search, filters, year slider, switches, edge count, zoom and export buttons.
    private func controls(_ strings: ExplorerStrings, heading: String?) -> Markup {
        let years = data.edges.compactMap(\.year)
        let undated = years.count < data.edges.count
        let first = years.min() ?? 0, last = years.max().map { undated ? $0 + 1 : $0 } ?? 0
        var slider: [Markup.Attribute] = [.init("type", "range"), .init("id", "year"), .init("min", String(first)),
                                          .init("max", String(last)), .init("step", "1"), .init("value", String(last))]
        if years.isEmpty { slider.append(.init("disabled", "disabled")) }
        let kinds = data.kinds.indices.filter { k in data.edges.contains { $0.kind == data.kinds[k] } }
        let swatches = kindSwatches()
        func select(_ id: String, _ label: String, _ options: [(value: String, text: String)], selected: String?) -> Markup {
            .element("label", [], [
                .text(label + " "),
                .element("select", [.init("id", id)], options.map { option in
                    .element("option", [.init("value", option.value)] + (option.value == selected ? [.init("selected", "selected")] : []),
                             text: option.text)
                }),
            ])
        }
        var bar: [Markup] = heading.map { [.element("h1", text: $0)] } ?? []
        bar += [
            .element("div", [.init("class", "search")], [
                .element("label", [.init("for", "search")], text: strings.search + " "),
                .element("input", [.init("type", "search"), .init("id", "search"), .init("autocomplete", "off"),
                                   .init("placeholder", strings.searchHint)]),
                .element("ul", [.init("id", "results")]),
            ]),
            .element("fieldset", [], [.element("legend", text: strings.kinds)] + kinds.map { k in
                .element("label", [], [
                    .element("input", [.init("type", "checkbox"), .init("name", "kind"), .init("value", data.kinds[k]), .init("checked", "checked")]),
                    .text(" "),
                ] + (swatches[data.kinds[k]].map { [$0, .text(" ")] } ?? []) + [.text(data.captions[k])])
            }),
        ]
        if !data.regions.isEmpty {
            bar.append(.element("details", [.init("class", "regions")], [
                .element("summary", text: strings.regionsFilter),
                .element("fieldset", [], data.regions.map { region in
                    .element("label", [], [
                        .element("input", [.init("type", "checkbox"), .init("name", "region"), .init("value", region), .init("checked", "checked")]),
                        .text(" " + region),
                    ])
                }),
            ]))
        }
        if !data.programmes.isEmpty {
            bar.append(select("programme", strings.programme, [("", strings.allProgrammes)] + data.programmes.map { ($0, Programme.name(of: $0, korean: data.lang == ReportLanguage.ko.tag)) }, selected: nil))
        }
        bar += [
            .element("div", [], [
                .element("label", [.init("for", "year")], text: strings.year + " "),
                .element("input", slider),
                .text(" "),
                .element("output", [.init("id", "year-value"), .init("for", "year")], text: undated || years.isEmpty ? strings.all : String(last)),
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "play"), .init("aria-pressed", "false")]
                    + (years.isEmpty ? [.init("disabled", "disabled")] : []), text: strings.play),
            ]),
            select("color-by", strings.colorBy, data.switches.colors.map { ($0.key, $0.title) }, selected: data.switches.colors.first?.key),
            select("size-by", strings.sizeBy, data.switches.sizes.map { ($0.key, $0.title) }, selected: "betweenness"),
        ]
        if data.geo != nil {
            bar.append(.element("button", [.init("type", "button"), .init("id", "view-map"), .init("aria-pressed", "false")], text: strings.mapView))
        }
        bar += [
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
                .text(" "),
                .element("button", [.init("type", "button"), .init("id", "export-png")], text: strings.exportPNG),
            ]),
        ]
        return .element("div", [.init("class", "explorer-bar")], bar)
    }

    /// A short line drawn as the picture draws each kind's edges (its first edge's stroke,
    /// width and dashes), for the kind boxes. O(size of the picture).
    private func kindSwatches() -> [String: Markup] {
        var swatches: [String: Markup] = [:]
        picture.root.visit { node in
            guard node.elementName == "g", let kind = node.attribute("data-kind"), swatches[kind] == nil,
                  let path = node.children.first(where: { $0.elementName == "path" }) else { return }
            var line: [Markup.Attribute] = [.init("x1", "1"), .init("y1", "5"), .init("x2", "27"), .init("y2", "5")]
            for name in ["stroke", "stroke-width", "stroke-dasharray"] {
                if let value = path.attribute(name) { line.append(.init(name, value)) }
            }
            swatches[kind] = .element("svg", [.init("class", "swatch"), .init("width", "28"), .init("height", "10"),
                                              .init("viewBox", "0 0 28 10"), .init("aria-hidden", "true")], [.element("line", line)])
        }
        return swatches
    }

    /// The side panel, filled by the script when a node is selected, and the legend.
    private func details(_ strings: ExplorerStrings) -> Markup {
        func row(_ label: String, _ attributes: [Markup.Attribute]) -> [Markup] {
            [.element("dt", text: label), .element("dd", attributes)]
        }
        let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage"]
        let rows = row(strings.region, [.init("id", "details-region")]) + row(strings.macro, [.init("id", "details-macro")])
            + row(strings.kind, [.init("id", "details-kind")]) + row(strings.anchorSince, [.init("id", "details-anchor")])
            + row(strings.programmes, [.init("id", "details-programmes")])
            + row(strings.degree, [.init("data-metric", "degree")]) + row(strings.betweenness, [.init("data-metric", "betweenness")])
            + row(strings.pagerank, [.init("data-metric", "pagerank")]) + row(strings.community, [.init("data-metric", "community")])
        var brokerage: [Markup] = []
        if data.nodes.contains(where: { $0.brokerage != nil }) {
            brokerage = [
                .element("h3", text: strings.brokerage),
                .element("dl", [.init("class", "roles")], zip(roles, strings.brokerageRoles).flatMap { role, caption in
                    row(caption, [.init("data-metric", role)])
                }),
            ]
        }
        return .element("aside", [.init("id", "details"), .init("data-id", ""), .init("aria-live", "polite")], [
            .element("h2", [.init("id", "details-name")], text: strings.noSelection),
            .element("p", [.init("id", "details-other"), .init("class", "muted")]),
            .element("dl", [], rows),
        ] + brokerage + [
            .element("h3", text: strings.neighbours),
            .element("ul", [.init("id", "neighbours")]),
            .element("p", [.init("class", "note")], text: strings.measuresNote),
            .element("h3", text: strings.legend),
            .element("ul", [.init("id", "legend")]),
            .element("p", [.init("id", "size-note"), .init("class", "muted")]),
            .element("p", [.init("id", "map-note"), .init("class", "muted"), .init("hidden", "hidden")],
                     text: data.geo?.attribution ?? ""),
        ])
    }
}
