import Foundation
import SandanTestSupport
import Testing

/// `sandan render` options that choose what is drawn: communities, kinds, the memory cap.
@Suite struct RenderOptionsCommandTests {
    /// The fill colour of each labelled node in the DOT Sandan writes, by label.
    static func fillColours(_ dot: String) -> [String: String] {
        var colours: [String: String] = [:]
        for line in dot.split(separator: "\n") where line.hasPrefix("\t\"n") {
            guard let fill = line.firstRange(of: "fillcolor=\""), let label = line.firstRange(of: "label=\"") else { continue }
            let colour = line[fill.upperBound...].prefix { $0 != "\"" }
            let text = line[label.upperBound...].prefix { $0 != "\"" }.replacingOccurrences(of: "\\n", with: "")
            colours[text] = String(colour)
        }
        return colours
    }

    @Test func colourByCommunityDetectsCommunitiesFirst() throws {
        // Two triangles joined by the edge c–d: the partition of highest modularity is the two
        // triangles, Q = 2 · (3/7 − (7/14)²) = 5/14 (each triangle has 3 of the 7 edges and
        // half of the degree sum 14).
        let dir = TemporaryFolder()
        let edges = dir.url("two-triangles.edges")
        try "a b\nb c\nc a\nd e\ne f\nf d\nc d\n".write(to: edges, atomically: true, encoding: .utf8)
        let out = dir.url("c.gv").path
        let run = try CLIRunner.run(["render", edges.path, "-o", out, "--dot-source", "--color-by", "community"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.contains("Colour: community"))
        let colours = Self.fillColours(dot)
        #expect(colours.count == 6)
        #expect(Set(["a", "b", "c"].map { colours[$0] }).count == 1)
        #expect(Set(["d", "e", "f"].map { colours[$0] }).count == 1)
        #expect(colours["a"] != colours["d"])
        // Boxes by community with another method: still the two triangles.
        let boxed = dir.url("boxed.gv").path
        let leiden = try CLIRunner.run(["render", edges.path, "-o", boxed, "--dot-source", "--cluster-by", "community", "--communities", "leiden"])
        #expect(leiden.status == 0, "\(leiden.stderr)")
        #expect(try String(contentsOfFile: boxed, encoding: .utf8).components(separatedBy: "subgraph \"cluster_").count - 1 == 2)
    }

    @Test func anExistingCommunityAttributeIsUsedAsItIs() throws {
        let dir = TemporaryFolder()
        let json = dir.url("g.json")
        try """
        {"directed": false, "multigraph": false, "graph": {},
         "nodes": [{"id": "a", "community": "north"}, {"id": "b", "community": "north"}, {"id": "c", "community": "south"}],
         "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}
        """.write(to: json, atomically: true, encoding: .utf8)
        let out = dir.url("g.gv").path
        #expect(try CLIRunner.run(["render", json.path, "-o", out, "--dot-source", "--color-by", "community"]).status == 0)
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.contains("north") && dot.contains("south"))
    }

    @Test func kindKeepsOnlyThoseLinkages() throws {
        // Graphs/linkages.csv has four value-chain linkages (001: 첨단→빛그린, 하남→빛그린,
        // 대구제3→성서, 서대구→성서); the network is undirected; --kind keeps every node (121,
        // every layer: --kind chooses edges by kind alone).
        let dir = TemporaryFolder()
        let out = dir.url("vc.gv").path
        let run = try CLIRunner.run(["render", "-o", out, "--dot-source", "--kind", "value-chain"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.split(separator: "\n").filter { $0.contains("\" -- \"") }.count == 4)
        #expect(dot.contains("121 nodes · 4 edges"))
    }

    @Test func theMemoryCapEndsALayoutWithAClearError() throws {
        // sfdp on 20,000 nodes needs far more than 256 MB of address space.
        let dir = TemporaryFolder()
        let graph = dir.url("big.edges")
        try CLIRunner.randomEdges(nodes: 20_000, edges: 40_000, seed: 7).write(to: graph, atomically: true, encoding: .utf8)
        let out = dir.url("big.svg").path
        let run = try CLIRunner.run(["render", graph.path, "-o", out, "--layout", "sfdp", "--memory-limit", "256"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("sandan: error: "), "\(run.stderr)")
        #expect(run.stderr.contains("--memory-limit"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let tooLow = try CLIRunner.run(["render", graph.path, "-o", out, "--memory-limit", "100"])
        #expect(tooLow.status == 2)
    }
}
