import Foundation
import SandanTestSupport
import Testing

/// `sandan explore` through the built binary.
@Suite struct ExploreCommandTests {
    @Test func writesOnePageWithANodeGroupPerNodeOfTheLayer() throws {
        let folder = TemporaryFolder()
        let page = folder.url("network.html")
        let run = try CLIRunner.run(["explore", "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\" class=\"explorer-page\">"))
        // The industrial layer by default: 78 of the 121 nodes, 70 linkages (Scripts/layers/layers.py).
        #expect(html.components(separatedBy: "<g id=\"node").count - 1 == 78)
        #expect(html.components(separatedBy: " data-id=\"").count - 1 >= 78)
        #expect(html.contains("<strong id=\"edge-count\">70</strong>"))
        #expect(html.contains("data-id=\"gumi\""))
        // The map view, over the 17 시·도 outlines of Graphs/boundaries.
        #expect(html.contains("<button type=\"button\" id=\"view-map\""))
        #expect(html.components(separatedBy: "<path class=\"outline sido_").count - 1 == 17)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["network.html"])
    }

    @Test func englishForAGraphWithoutKoreanNamesUnlessAsked() throws {
        let folder = TemporaryFolder()
        let edges = folder.url("g.edges")
        try "a b\nb c\nc a\nc d\n".write(to: edges, atomically: true, encoding: .utf8)
        let english = folder.url("en.html"), korean = folder.url("ko.html")
        #expect(try CLIRunner.run(["explore", edges.path, "-o", english.path]).status == 0)
        #expect(try CLIRunner.run(["explore", edges.path, "-o", korean.path, "--lang", "ko"]).status == 0)
        #expect(try String(contentsOf: english, encoding: .utf8).contains("<html lang=\"en\" class=\"explorer-page\">"))
        #expect(try String(contentsOf: korean, encoding: .utf8).contains("<html lang=\"ko\" class=\"explorer-page\">"))
    }

    @Test func badOutputsAndAStoppedLayoutWriteNothing() throws {
        let folder = TemporaryFolder()
        let wrong = try CLIRunner.run(["explore", "-o", folder.url("network.svg").path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("-o must name a .html file"))
        let missing = try CLIRunner.run(["explore", "-o", folder.url("no/such/network.html").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("sandan: error: "))
        let out = folder.url("network.html").path
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        let stopped = try CLIRunner.run(["explore", "-o", out, "--timeout", "0.001"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.hasPrefix("sandan: error: the network cannot be drawn: "), "\(stopped.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["network.html"])
    }
}
