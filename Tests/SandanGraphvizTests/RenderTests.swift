import Foundation
import SandanTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import SandanGraph
@testable import SandanGraphviz

/// Collects the text of every SVG `<text>` element, and whether the parser saw an error.
final class SVGText: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var failed = false
    private var current: String?

    static func parse(_ data: [UInt8]) -> SVGText {
        let collector = SVGText()
        let parser = XMLParser(data: Data(data))
        parser.delegate = collector
        if !parser.parse() { collector.failed = true }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "text" { current = "" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let c = current { texts.append(c); current = nil }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
}

@Suite(.serialized) struct RenderTests {
    let renderer: GraphvizRenderer
    init() throws { renderer = try GraphvizRenderer() }

    @Test func svgIsWellFormedAndShowsEveryLabelVerbatim() throws {
        let drawing = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle())
        let svg = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .svg)
        let parsed = SVGText.parse(svg.data)
        #expect(!parsed.failed)
        for entry in Samples.hostileNames {
            for line in entry.shown {
                #expect(parsed.texts.contains(line), "missing label line \(line.debugDescription) of \(entry.id)")
            }
        }
        let text = String(decoding: svg.data, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(!text.contains("javascript:"))
        #expect(!text.contains("/etc/passwd\""))
        #expect(!text.contains("xlink:href"))
    }

    @Test func everyLayoutRenders() throws {
        let graph = Samples.ring(24)
        for layout in LayoutEngine.allCases where layout != .pinned {
            let drawing = try GraphDrawing(graph: graph, style: DrawingStyle(layout: layout))
            let svg = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .svg)
            #expect(!SVGText.parse(svg.data).failed, "\(layout)")
        }
        var style = DrawingStyle(layout: .sfdp)
        style.geographic = true
        let map = try GraphDrawing(graph: Samples.geographic(), style: style)
        #expect(map.layout == .pinned)
        let svg = try renderer.render(dot: map.dot, layout: map.layout, format: .svg)
        #expect(SVGText.parse(svg.data).texts.contains("구미국가산업단지"))
    }

    @Test func pngAndPdfAreWrittenByCairoWithAHangulFont() throws {
        var style = DrawingStyle(layout: .dot)
        style.format = .png
        let drawing = try GraphDrawing(graph: Samples.geographic(), style: style)
        #expect(drawing.hasHangul)
        let png = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .png)
        #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .pdf)
        #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
        // The PDF embeds the font it drew with: a subset of NanumGothic.
        #expect(String(decoding: pdf.data, as: UTF8.self).contains("NanumGothic"))
        let font = FontCoverage.check(style.fontName)
        #expect(font.resolvedFamily == "NanumGothic")
        #expect(font.resolvedCoversHangul)
        #expect(font.warning(hasHangul: true) == nil)
    }

    @Test func laidOutDotCarriesPositions() throws {
        let drawing = try GraphDrawing(graph: Samples.ring(6), style: DrawingStyle(layout: .neato))
        let dot = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .dot)
        let text = String(decoding: dot.data, as: UTF8.self)
        #expect(text.contains("pos=\""))
        #expect(text.contains("bb=\""))
    }

    /// fdp is left out: Graphviz 2.42's fdp keeps state between layouts in one process, so only
    /// a fresh process reproduces it (the CLI tests check that through the worker).
    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp, .circo, .twopi])
    func sameInputGivesIdenticalSVG(_ layout: LayoutEngine) throws {
        let drawing = try GraphDrawing(graph: Samples.ring(60), style: DrawingStyle(layout: layout))
        let a = try renderer.render(dot: drawing.dot, layout: layout, format: .svg).data
        let b = try renderer.render(dot: drawing.dot, layout: layout, format: .svg).data
        let identical = a == b
        #expect(identical, "\(layout)")
        // And the same bytes as a fresh process (the `dot` program) gives.
        let fresh = try runTool(["dot", "-K" + layout.rawValue, "-Tsvg"], input: .text(drawing.dot))
        let matchesFreshProcess = Array(fresh.stdout.utf8) == a
        #expect(matchesFreshProcess, "\(layout)")
    }

    @Test func syntaxErrorsAreReportedWithGraphvizMessage() {
        #expect {
            _ = try renderer.render(dot: "digraph { a -> }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .syntax(let message) = error as? RenderError else { return false }
            return message.contains("syntax error")
        }
        #expect(throws: RenderError.self) { _ = try renderer.render(dot: "", layout: .dot, format: .svg) }
    }

    @Test func moreThanOneGraphIsRejectedAndDrained() throws {
        #expect(throws: RenderError.self) {
            _ = try renderer.render(dot: "digraph A { a } digraph B { b }", layout: .dot, format: .svg)
        }
        // The leftover graph B must not come back as the next job's graph.
        let svg = try renderer.render(dot: "digraph C { c_node }", layout: .dot, format: .svg)
        let text = String(decoding: svg.data, as: UTF8.self)
        #expect(text.contains("c_node"))
        #expect(!text.contains(">b<"))
    }

    @Test func anErrorMessageFailsTheJobEvenWhenGraphvizReturnsZero() {
        // A broken HTML-like label renders with status 0 but logs "Error: ... mismatched tag".
        #expect {
            _ = try renderer.render(dot: "digraph { a [label=<<b>unclosed>] }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .graphviz(_, let message) = error as? RenderError else { return false }
            return message.lowercased().contains("mismatched tag")
        }
        // The next job starts clean (agreseterrors).
        #expect(throws: Never.self) { _ = try renderer.render(dot: "digraph { a }", layout: .dot, format: .svg) }
    }

    @Test func warningsAreCapturedNotPrinted() throws {
        let output = try renderer.render(dot: "digraph { a [shape=nonexistent] }", layout: .dot, format: .svg)
        #expect(output.warnings.contains { $0.contains("nonexistent") })
    }

    /// Four threads rendering at once crash an unlocked libgvc (FIELD_NOTES §1); serialised,
    /// each of their 20 drawings is byte for byte the drawing rendered alone beforehand.
    @Test func concurrentRendersAreSerialised() async throws {
        let drawing = try GraphDrawing(graph: Samples.ring(30), style: DrawingStyle(layout: .neato))
        let dot = drawing.dot
        let renderer = self.renderer
        let alone = try renderer.render(dot: dot, layout: .neato, format: .svg).data
        let together = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for _ in 0..<4 {
                group.addTask { try (0..<5).map { _ in try renderer.render(dot: dot, layout: .neato, format: .svg).data } }
            }
            return try await group.reduce(into: [[UInt8]]()) { $0 += $1 }
        }
        #expect(together.count == 20)
        #expect(together.allSatisfy { $0 == alone })
    }

    @Test func version() {
        #expect(renderer.version.split(separator: ".").count >= 2)
    }
}

@Suite struct SVGFontFallbackTests {
    @Test func fallbacksAreAppendedAndTheSVGStaysWellFormed() throws {
        let drawing = try GraphDrawing(graph: Samples.geographic(), style: DrawingStyle(layout: .dot))
        let svg = try GraphvizRenderer().render(dot: drawing.dot, layout: .dot, format: .svg).data
        let extended = SVGFontFallback.apply(to: svg, font: "NanumGothic")
        let text = String(decoding: extended, as: UTF8.self)
        #expect(!text.contains("font-family=\"NanumGothic\""))
        #expect(text.contains("font-family=\"NanumGothic,'Apple SD Gothic Neo','Malgun Gothic','Noto Sans CJK KR','Noto Sans KR',sans-serif\""))
        #expect(!SVGText.parse(extended).failed)
        #expect(SVGFontFallback.apply(to: Array("abc".utf8), font: "NanumGothic") == Array("abc".utf8))
    }
}
