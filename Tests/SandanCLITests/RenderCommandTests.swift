import Foundation
import SandanTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `sandan render`, run as a program: the isolation, time limit, manifest and output rules.
@Suite struct RenderCommandTests {
    /// Families fontconfig lists as covering Korean.
    static func koreanFontFamilies() throws -> [String] {
        try runTool(["fc-list", ":lang=ko", "family"]).stdout.split(separator: "\n").flatMap { $0.split(separator: ",").map(String.init) }
    }

    /// The lines of `dot -v -Tpng:cairo` that say which font each fontname resolved to.
    static func graphvizFontResolution(dot path: String) throws -> String {
        try runTool(["dot", "-v", "-Tpng:cairo", "-o", "/dev/null", path]).stderr
            .split(separator: "\n").filter { $0.contains("resolved to") }.joined(separator: "\n")
    }

    @Test func nationalNetworkRendersToWellFormedSVGWithManifest() throws {
        let dir = TemporaryFolder()
        let out = dir.url("national.svg").path
        let run = try CLIRunner.run(["render", "-o", out, "--color-by", "macro_region", "--size-by", "betweenness",
                                "--title", "산업단지 네트워크", "--manifest"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try Data(contentsOf: URL(fileURLWithPath: out))
        let parser = XMLParser(data: svg)
        #expect(parser.parse())
        let text = String(decoding: svg, as: UTF8.self)
        for name in ["구미국가산업단지", "산업단지 네트워크", "macro_region", "Node area ∝ betweenness"] { #expect(text.contains(name), "\(name)") }
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + ".manifest.json"))) as! [String: Any]
        #expect(manifest["layout"] as? String == "sfdp")
        #expect(manifest["seed"] as? Int == 1)
        // The industrial layer by default: 78 of the 121 nodes (Scripts/layers/layers.py).
        #expect(manifest["nodes"] as? Int == 78)
        #expect((manifest["graphviz_version"] as? String)?.isEmpty == false)
        #expect(manifest["font_resolved"] as? String == "NanumGothic")
        #expect((manifest["command"] as? [String])?.contains("--manifest") == true)
    }

    @Test func overhaulNetworkPNGUsesAFontWithHangul() throws {
        let dir = TemporaryFolder()
        let png = dir.url("overhaul.png").path
        let arguments = ["--programme", "overhaul-2020", "--cluster-by", "region", "--color-by", "region",
                         "--size-by", "degree", "--product-labels", "--title", "산업단지 대개조 2020"]
        let run = try CLIRunner.run(["render", "-o", png, "--manifest"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("KOREAN"))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: png + ".manifest.json"))) as! [String: Any]
        // The 2020 overhaul in the industrial layer (the default): 26 of its 31 linkages among 21
        // nodes, the five coordination edges and their three KICOX offices being the governance
        // layer (Graphs/linkages.csv, counted with Python's csv module); every node labelled.
        #expect(manifest["nodes"] as? Int == 21)
        #expect(manifest["edges"] as? Int == 26)
        #expect(manifest["labelled_nodes"] as? Int == 21)
        #expect(manifest["device"] as? String == "png:cairo")
        #expect(manifest["font_covers_hangul"] as? Bool == true)
        // fontconfig's own list of fonts with Korean coverage holds the font Graphviz used.
        let family = try #require(manifest["font_resolved"] as? String)
        #expect(try Self.koreanFontFamilies().contains(family))
        // Graphviz itself (`dot -v`, the same library) resolves the DOT's font to that family.
        let source = dir.url("overhaul.gv").path
        #expect(try CLIRunner.run(["render", "-o", source, "--dot-source"] + arguments).status == 0)
        let resolved = try Self.graphvizFontResolution(dot: source)
        #expect(resolved.contains("fontname: \"NanumGothic\" resolved to: (PangoCairoFcFont) \"\(family)"), "\(resolved)")
        // The same drawing as SVG carries the Hangul labels as text.
        let svg = dir.url("overhaul.svg").path
        #expect(try CLIRunner.run(["render", "-o", svg] + arguments).status == 0)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        for name in ["구미국가산업단지", "빛그린국가산업단지", "전장부품·전장모듈", "산업단지 대개조 2020"] { #expect(text.contains(name), "\(name)") }
    }

    @Test func aLayoutOverTheTimeLimitIsStoppedAndWritesNothing() throws {
        // dot needs minutes on 300 nodes and 900 edges (FIELD_NOTES §1); the limit is 1 s.
        let dir = TemporaryFolder()
        let graph = dir.url("dense.edges")
        try CLIRunner.randomEdges(nodes: 300, edges: 900, seed: 12345).write(to: graph, atomically: true, encoding: .utf8)
        let out = dir.url("dense.svg")
        try "old".write(to: out, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["render", graph.path, "-o", out.path, "--layout", "dot", "--timeout", "1", "--manifest"])
        #expect(run.status == 1)
        // --timeout bounds the whole command: on a loaded machine the time may run out while the
        // DOT is still being built, before the layout starts.
        #expect(run.stderr.contains("sandan: error: the dot layout did not finish within 1 s")
            || run.stderr.contains("sandan: error: the drawing was not ready for layout within 1 s"), "\(run.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: out.path + ".manifest.json"))
    }

    @Test func aGraphvizCrashStaysInTheWorker() throws {
        // Graphviz 2.42 dies with SIGSEGV on this edge weight; only the worker process dies.
        let run = try CLIRunner.run(["render-worker", "--layout", "dot", "--format", "svg"], input: .text("digraph { a -> b [weight=2147483647] }"))
        #expect(run.signalled)
        #expect(run.stdout.isEmpty)
    }

    @Test func workerReportsGraphvizErrorsByProtocol() throws {
        let run = try CLIRunner.run(["render-worker", "--layout", "dot", "--format", "svg"], input: .text("digraph { a -> }"))
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("syntax: "), "\(run.stderr)")
    }

    /// The DOT Sandan writes is byte-identical for the same options, for every layout.
    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func sameOptionsGiveIdenticalDOT(_ layout: String) throws {
        let dir = TemporaryFolder()
        let a = dir.url("a.gv").path, b = dir.url("b.gv").path
        let options = ["--dot-source", "--layout", layout, "--color-by", "region", "--size-by", "degree"]
        #expect(try CLIRunner.run(["render", "-o", a] + options).status == 0)
        #expect(try CLIRunner.run(["render", "-o", b] + options).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    /// A seeded force-directed drawing is byte-identical too. Not fdp: Graphviz 2.42's fdp
    /// places whole components differently in about one run in forty, even run as the `fdp`
    /// program on the same DOT file.
    @Test func sameOptionsGiveIdenticalDrawings() throws {
        let dir = TemporaryFolder()
        let a = dir.url("a.svg").path, b = dir.url("b.svg").path
        let options = ["--layout", "sfdp", "--color-by", "region", "--size-by", "degree"]
        #expect(try CLIRunner.run(["render", "-o", a] + options).status == 0)
        #expect(try CLIRunner.run(["render", "-o", b] + options).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func mapAndDotSourceOutputs() throws {
        let dir = TemporaryFolder()
        let map = dir.url("map.pdf").path
        let run = try CLIRunner.run(["render", "-o", map, "--geo", "--color-by", "macro_region", "--top", "30"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: map)).prefix(5), as: UTF8.self) == "%PDF-")
        let source = dir.url("national.gv").path
        #expect(try CLIRunner.run(["render", "-o", source, "--dot-source"]).status == 0)
        #expect(try String(contentsOfFile: source, encoding: .utf8).hasPrefix("graph \"sandan\" {\n"))
        let laidOut = dir.url("national.dot").path
        #expect(try CLIRunner.run(["render", "-o", laidOut]).status == 0)
        #expect(try String(contentsOfFile: laidOut, encoding: .utf8).contains("pos=\""))
    }

    @Test func badOptionsAreUsageOrInputErrors() throws {
        let dir = TemporaryFolder()
        let wrongExtension = try CLIRunner.run(["render", "-o", dir.url("x.txt").path])
        #expect(wrongExtension.status == 2)
        let geoWithLayout = try CLIRunner.run(["render", "-o", dir.url("x.svg").path, "--geo", "--layout", "dot"])
        #expect(geoWithLayout.status == 2)
        let unknown = try CLIRunner.run(["render", "-o", dir.url("x.svg").path, "--color-by", "nope"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("sandan: error: no attribute 'nope'"), "\(unknown.stderr)")
        let programme = try CLIRunner.run(["render", "-o", dir.url("x.svg").path, "--programme", "nope"])
        #expect(programme.status == 1)
        #expect(programme.stderr.contains("overhaul-2020"))
        #expect(!FileManager.default.fileExists(atPath: dir.url("x.svg").path))
    }
}
