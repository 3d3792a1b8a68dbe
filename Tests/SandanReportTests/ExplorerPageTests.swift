import Foundation
import Testing
import SandanGraph
import SandanGraphviz
import SandanIO
@testable import SandanReport

@Suite struct ExplorerPageTests {
    static func page(_ graph: Graph, _ language: ReportLanguage = .ko, outlines: BoundaryMap? = nil) throws -> String {
        try ExplorerPage.html(for: graph, language: language, generator: "sandan 0.1.0", outlines: outlines,
                              renderer: NetworkReportTests.renderer)
    }

    /// The text between the first `open` and the next `</script>` or `</style>` after it.
    static func between(_ html: String, _ open: String, _ close: String) throws -> String {
        let start = try #require(html.firstRange(of: open)).upperBound
        let end = try #require(html[start...].firstRange(of: close)).lowerBound
        return String(html[start..<end])
    }

    /// The page's embedded data, decoded by Foundation's JSON reader.
    static func data(_ html: String) throws -> [String: Any] {
        let json = try between(html, "<script type=\"application/json\" id=\"explorer-data\">", "</script>")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func scriptDataHidesEveryAngleBracketYetDecodesToTheSameStrings() throws {
        let strings = Hostile.all + ["</script><!--", "a\u{2028}b\u{2029}c", "&amp;"]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: strings), as: UTF8.self)
        let written = Markup.element("script", [.init("type", "application/json")], [.scriptData(json: json)]).html
        let body = try Self.between(written, "<script type=\"application/json\">", "</script>")
        #expect(!body.contains("<") && !body.contains(">") && !body.contains("&") && !body.contains("\u{2028}"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String])
        #expect(decoded == strings)
    }

    @Test func measuresAreThoseOfNetworkXOnAPath() throws {
        var builder = GraphBuilder(directed: false)
        let a = builder.addNode("a"), b = builder.addNode("b"), c = builder.addNode("c")
        builder.addEdge(a, b, kind: "x")
        builder.addEdge(b, c, kind: "y")
        let nodes = try #require(try Self.data(Self.page(builder.build()))["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["a", "b", "c"])
        // networkx.betweenness_centrality / pagerank of path_graph(3).
        #expect(nodes.map { $0["degree"] as? Int } == [1, 2, 1])
        #expect(nodes.map { $0["betweenness"] as? Double } == [0, 1, 0])
        let pagerank = nodes.compactMap { $0["pagerank"] as? Double }
        for (value, expected) in zip(pagerank, [0.25675708783778944, 0.48648582432442095, 0.25675708783778944]) {
            #expect(abs(value - expected) < 1e-6)
        }
    }

    @Test func everyNodeAndEdgeGroupIsTaggedOnceEvenParallelEdges() throws {
        var builder = GraphBuilder(directed: false)
        let a = builder.addNode("a"), b = builder.addNode("b")
        builder.addNode("lonely")
        builder.addEdge(a, b, kind: "x")
        builder.addEdge(a, b, kind: "y")
        builder.addEdge(b, a, kind: "x")
        let html = try Self.page(builder.build())
        for id in ["a", "b", "lonely"] { #expect(html.components(separatedBy: "data-id=\"\(id)\"").count == 2, "\(id)") }
        #expect(html.contains("class=\"edge e0\" data-edge=\"0\" data-kind=\"x\""))
        #expect(html.contains("class=\"edge e1\" data-edge=\"1\" data-kind=\"y\""))
        #expect(html.contains("class=\"edge e2\" data-edge=\"2\" data-kind=\"x\""))
    }

    @Test func kindBoxesCarryTheLegendsCaptionsInThePagesLanguage() throws {
        var builder = GraphBuilder(directed: true)
        let a = builder.addNode("a"), b = builder.addNode("b")
        builder.addEdge(a, b, kind: "anchor-link")
        builder.addEdge(b, a, kind: "made-up")
        let graph = builder.build()
        let korean = try Self.page(graph, .ko), english = try Self.page(graph, .en)
        #expect(korean.contains("</svg> 거점 → 연계 단지</label>"))
        #expect(english.contains("</svg> anchor → linked (거점→연계)</label>"))
        #expect(korean.contains("</svg> made-up</label>"))
        // Each box shows a short line drawn as the picture draws the kind's edges.
        let swatch = try Self.between(korean, "value=\"anchor-link\" checked=\"checked\"> <svg class=\"swatch\"", "</svg>")
        let edge = try Self.between(korean, "data-kind=\"anchor-link\">", "</g>")
        #expect(swatch.contains("stroke=\"\(try Self.between(edge, "stroke=\"", "\""))\""))
    }

    @Test func theStyleAndScriptAreTheOnlyOnesAndTheirHashesAreInThePolicy() throws {
        let html = try Self.page(BundledNetwork.hostile(), .en)
        let csp = ExplorerPage.contentSecurityPolicy
        #expect(csp.hasPrefix("default-src 'none'; "))
        #expect(html.contains("content=\"\(csp.replacingOccurrences(of: "'", with: "&#39;"))\""))
        let style = try Self.between(html, "<style>", "</style>")
        let script = try Self.between(html, "<script>", "</script>")
        #expect(csp.contains("style-src 'sha256-\(SHA256.base64Digest(style))'"))
        #expect(csp.contains("script-src 'sha256-\(SHA256.base64Digest(script))'"))
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.components(separatedBy: "<style").count == 2)
        #expect(!html.contains(Hostile.script))
        // The hostile kind is a box's value, escaped (written by hand here).
        #expect(html.contains("name=\"kind\" value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
        let names = try #require(try Self.data(html)["nodes"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names.contains(Hostile.script))
    }

    /// A node of the picture: its ellipse's `fill` and `rx` as Graphviz wrote them.
    static func ellipse(_ html: String, id: String) throws -> (fill: String, rx: Double) {
        let group = try between(html, "data-id=\"\(id)\">", "</g>")
        let fill = try between(group, "fill=\"", "\"")
        let rx = try #require(Double(try between(group, "rx=\"", "\"")))
        return (fill, rx)
    }

    /// A graph with provinces, wide-area regions, kinds, programmes and coordinates:
    /// a(서울) – b(부산) – c(서울), d(부산) alone, a–c a second programme.
    static func provinces() throws -> Graph {
        var builder = GraphBuilder(directed: false)
        let rows: [(String, String, String, Double, Double)] = [
            ("a", "서울", "수도권", 37.57, 126.98), ("b", "부산", "동남권", 35.18, 129.08),
            ("c", "서울", "수도권", 37.50, 127.03), ("d", "부산", "동남권", 35.10, 129.03),
        ]
        for (id, region, macro, lat, lon) in rows {
            let v = builder.addNode(id)
            try builder.setNodeAttribute("region", node: v, .string(region))
            try builder.setNodeAttribute("macro_region", node: v, .string(macro))
            try builder.setNodeAttribute("kind", node: v, .string(id == "d" ? "area" : "complex"))
            try builder.setNodeAttribute("lat", node: v, .double(lat))
            try builder.setNodeAttribute("lon", node: v, .double(lon))
        }
        for (u, v, programme) in [(0, 1, "p"), (1, 2, "p"), (0, 2, "q")] {
            let e = builder.addEdge(u, v, kind: "anchor-link")
            try builder.setEdgeAttribute("programme", edge: e, .string(programme))
        }
        return builder.build()
    }

    @Test func brokerageCountsAreGouldFernandezsByProvince() throws {
        // a(서울) – b(부산) – c(서울) and a – c: b brokers nothing (a and c are linked).
        // Without a – c, b is an itinerant for (a, c) and (c, a): 2 counts, undirected.
        var builder = GraphBuilder(directed: false)
        for (id, region) in [("a", "서울"), ("b", "부산"), ("c", "서울")] {
            try builder.setNodeAttribute("region", node: builder.addNode(id), .string(region))
        }
        builder.addEdge(0, 1, kind: "x")
        builder.addEdge(1, 2, kind: "x")
        let nodes = try #require(try Self.data(Self.page(builder.build()))["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["brokerage"] as? [Int] } == [[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0]])
    }

    @Test func switchesColourAndSizeAsTheDrawingDoes() throws {
        let html = try Self.page(Self.provinces())
        let switches = try #require(try Self.data(html)["switches"] as? [String: Any])
        let colors = try #require(switches["colors"] as? [[String: Any]])
        #expect(colors.map { $0["key"] as? String } == ["region", "macro_region", "community", "kind"])
        // The picture is coloured by region and sized by betweenness, by GraphDrawing: the switches agree.
        let region = colors[0], legend = try #require(region["legend"] as? [[String: Any]]), of = try #require(region["of"] as? [Int])
        let sizes = try #require(switches["sizes"] as? [[String: Any]])
        let betweenness = try #require(sizes.first { $0["key"] as? String == "betweenness" }?["r"] as? [Double])
        for (v, id) in ["a", "b", "c", "d"].enumerated() {
            let drawn = try Self.ellipse(html, id: id)
            #expect((legend[of[v]]["color"] as? String)?.lowercased() == drawn.fill.lowercased(), "\(id)")
            #expect(abs(betweenness[v] - drawn.rx) < 0.01, "\(id)")
        }
        // The provinces' fixed colours (Region.colors, as render --color-by region).
        #expect(legend.map { $0["value"] as? String } == ["부산", "서울"])
        #expect(legend.map { $0["color"] as? String } == ["#FF5A96", "#0078E1"])
        // Degree: b has 2 neighbours, d none; area follows the value, so b is the largest, d the smallest.
        let degree = try #require(sizes.first { $0["key"] as? String == "degree" }?["r"] as? [Double])
        #expect(degree[3] < degree[0] && degree[0] == degree[1] && degree[1] == degree[2])
    }

    @Test func mapPositionsFollowTheCoordinatesAndOutlinesAreDrawnHidden() throws {
        let square = BoundaryPolygon(rings: [[126, 37, 128, 37, 128, 38, 126, 38, 126, 37]])
        let map = BoundaryMap(regions: [BoundaryRegion(code: "11", name: "서울특별시", polygons: [square])], attribution: "© test")
        let html = try Self.page(Self.provinces(), outlines: map)
        let geo = try #require(try Self.data(html)["geo"] as? [String: Any])
        let x = try #require(geo["x"] as? [Double]), y = try #require(geo["y"] as? [Double])
        // SVG's y grows southwards: 부산 (b, d) lies south and east of 서울 (a, c); c is east of a.
        #expect(y[1] > y[0] && y[3] > y[2] && x[1] > x[0] && x[2] > x[0])
        #expect(geo["attribution"] as? String == "© test")
        #expect(html.contains("<g class=\"outlines\"><path class=\"outline sido_11\" d=\"M"))
        // Without coordinates there is no map, and no button for it.
        let flat = try Self.page(BundledNetwork.hostile())
        #expect(try Self.data(flat)["geo"] == nil)
        #expect(!flat.contains("id=\"view-map\""))
        #expect(html.contains("id=\"view-map\""))
    }

    @Test func theReportHoldsTheExplorerWithItsDiagramAsFallbackUnderOnePolicy() throws {
        let graph = try Self.provinces()
        let document = try NetworkReport.document(for: graph, options: NetworkReportOptions(
            language: .ko, source: "test", sandanVersion: "0.1.0", renderer: NetworkReportTests.renderer,
            explorer: true)).document
        let html = HTMLReportWriter.html(document)
        #expect(html.contains("<div id=\"explorer\" class=\"explorer\" hidden=\"hidden\">"))
        #expect(html.contains("class=\"diagram explorer-fallback\""))
        let csp = HTMLReportWriter.contentSecurityPolicy
        #expect(csp.contains("'sha256-\(SHA256.base64Digest(ExplorerScript.source.description))'"))
        #expect(csp.contains("'sha256-\(SHA256.base64Digest(ExplorerStyle.sheet.description))'"))
        #expect(html.contains("<script>\(ExplorerScript.source.description)</script>"))
        #expect(html.contains("<style>\(ExplorerStyle.sheet.description)</style>"))
        #expect(html.components(separatedBy: "<script").count == 4)
        // Markdown keeps the diagram.
        let markdown = MarkdownReportWriter.markdown(document, baseName: "r")
        #expect(markdown.files.contains { $0.name.hasPrefix("r-network-") })
        #expect(!markdown.markdown.contains("explorer"))
    }
}
