import Foundation
import Testing
import SandanGraph
import SandanGraphviz
@testable import SandanReport

@Suite struct ExplorerPageTests {
    static func page(_ graph: Graph, _ language: ReportLanguage = .ko) throws -> String {
        try ExplorerPage.html(for: graph, language: language, generator: "sandan 0.1.0", renderer: NetworkReportTests.renderer)
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
        #expect(korean.contains("value=\"anchor-link\" checked=\"checked\"> 거점 → 연계 단지</label>"))
        #expect(english.contains("value=\"anchor-link\" checked=\"checked\"> anchor → linked (거점→연계)</label>"))
        #expect(korean.contains("value=\"made-up\" checked=\"checked\"> made-up</label>"))
    }

    @Test func theStyleAndScriptAreTheOnlyOnesAndTheirHashesAreInThePolicy() throws {
        let html = try Self.page(BundledNetwork.hostile(), .en)
        let csp = ExplorerPage.contentSecurityPolicy
        #expect(csp.hasPrefix("default-src 'none'; "))
        #expect(html.contains("content=\"\(csp.replacingOccurrences(of: "'", with: "&#39;"))\""))
        let style = try Self.between(html, "<style>", "</style>")
        let script = try Self.between(html, "</script><script>", "</script>")
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
}
