import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SandanGraphviz

/// ``SVGTitles``: node names instead of the synthetic `nI` in an SVG's titles.
@Suite struct SVGTitlesTests {
    static func applied(_ svg: String, _ titles: [String]) -> String {
        String(decoding: SVGTitles.apply(to: Array(svg.utf8), titles: titles), as: UTF8.self)
    }

    @Test func nodesAndEdgesGetTheirNames() {
        let titles = ["구미 (gumi)", "a<b>&\"c\"", "z"]
        let svg = "<g><title>G</title><g><title>n0</title></g><g><title>n1&#45;&gt;n2</title></g><g><title>n2&#45;&#45;n0</title></g></g>"
        #expect(Self.applied(svg, titles) == "<g><title>G</title><g><title>구미 (gumi)</title></g>"
            + "<g><title>a&lt;b&gt;&amp;&quot;c&quot; → z</title></g><g><title>z – 구미 (gumi)</title></g></g>")
    }

    @Test func anythingElseIsLeftAsItIs() {
        let titles = ["a", "b"]
        for title in ["n", "n2", "n0x", "m0", "n0&#45;&gt;", "n0&#45;&gt;n9", "n0&#45;n1", "n99999999999999999999", "x n0"] {
            let svg = "<title>\(title)</title>"
            #expect(Self.applied(svg, titles) == svg, "\(title)")
        }
        #expect(Self.applied("<title>n0", titles) == "<title>n0")
        #expect(Self.applied("", titles) == "")
    }

    @Test func aRenderedDrawingKeepsWellFormedAndNamesEveryNode() throws {
        let drawing = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle())
        let svg = SVGTitles.apply(to: try GraphvizRenderer().render(dot: drawing.dot, layout: drawing.layout, format: .svg).data,
                                  titles: drawing.nodeTitles)
        #expect(XMLParser(data: Data(svg)).parse())
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<title>n0</title>"))
        for title in drawing.nodeTitles {
            #expect(text.contains("<title>" + HTMLLabelText.escaped(title) + "</title>"), "\(title)")
        }
    }
}
