import Foundation
import SandanTestSupport
import Testing

/// `convert` and `analyze` writing GEXF drawn for Gephi (viz colour, size and position from
/// render's layout and style) and UCINET DL in either layout, through the built binary.
/// (Scripts/interop/gexf_schema.sh checks the bundled network's drawing against `sandan
/// render`'s own layout and GEXF 1.3's grammar.)
@Suite struct GephiExportCommandTests {
    /// The `viz:` elements of each node of a GEXF text, by node id, as (r, g, b, size, x, y).
    static func visuals(_ text: String) throws -> [String: [Double]] {
        let node = try Regex(#"<node id="([^"]+)"[^>]*>.*?<viz:color r="(\d+)" g="(\d+)" b="(\d+)" a="[^"]+"/><viz:size value="([^"]+)"/><viz:position x="([^"]+)" y="([^"]+)" z="0"/></node>"#)
        var found: [String: [Double]] = [:]
        for match in text.matches(of: node) {
            let values = (2...7).compactMap { match.output[$0].substring.flatMap { Double($0) } }
            if let id = match.output[1].substring { found[String(id)] = values }
        }
        return found
    }

    /// A path a–b–c laid out with dot: one rank per node from the top (Graphviz's y grows
    /// upwards, so a is highest), all in one column; the default blue of an uncoloured
    /// drawing (#4477AA = 68, 119, 170); b, of degree 2, larger than a and c (degree 1).
    @Test func convertDrawsAPathAsDotDoes() throws {
        let folder = TemporaryFolder()
        let input = folder.url("path.edges")
        try "a b\nb c\n".write(to: input, atomically: true, encoding: .utf8)
        let out = folder.url("path.gexf").path
        let run = try CLIRunner.run(["convert", input.path, "-o", out, "--layout", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains(#"xmlns:viz="http://gexf.net/1.3/viz""#))
        let v = try Self.visuals(text)
        let (a, b, c) = (try #require(v["a"]), try #require(v["b"]), try #require(v["c"]))
        for node in [a, b, c] { #expect(Array(node[0..<3]) == [68, 119, 170]) }
        #expect(a[3] == c[3] && b[3] > a[3])
        #expect(a[4] == b[4] && b[4] == c[4])
        #expect(a[5] > b[5] && b[5] > c[5])
    }

    /// The bundled network by default: every node drawn, coloured by region (the 17
    /// provinces' fixed colours: as many colours as regions among the nodes, at most 17).
    @Test func convertDrawsTheBundledNetworkByRegion() throws {
        let folder = TemporaryFolder()
        let out = folder.url("national.gexf").path
        let run = try CLIRunner.run(["convert", "Graphs", "--layer", "industrial", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let nodes = text.matches(of: try Regex(#"<node id="#)).count
        let v = try Self.visuals(text)
        #expect(nodes > 50 && v.count == nodes)
        let colours = Set(v.values.map { Array($0[0..<3]) })
        #expect(colours.count > 5 && colours.count <= 17)
    }

    /// Above 5,000 nodes the file is written without a drawing unless --viz asks for one, and
    /// standard error says so.
    @Test func aLargeGraphIsWrittenWithoutADrawing() throws {
        let folder = TemporaryFolder()
        let input = folder.url("ring.edges")
        try (0...5000).map { "\($0) \(($0 + 1) % 5001)" }.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = folder.url("ring.gexf").path
        let run = try CLIRunner.run(["convert", input.path, "-o", out])
        #expect(run.status == 0)
        #expect(run.stderr == "sandan: warning: the GEXF file has no drawing: 5001 nodes is more than 5000; --viz lays it out anyway\n")
        #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains("viz"))
    }

    @Test func noVizWritesNoDrawing() throws {
        let folder = TemporaryFolder()
        let out = folder.url("plain.gexf").path
        #expect(try CLIRunner.run(["convert", "Graphs", "-o", out, "--no-viz"]).status == 0)
        #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains("viz"))
    }

    /// `analyze -o FILE.gexf` may colour by a measure it computed (viridis: more than one colour).
    @Test func analyzeColoursByAMeasure() throws {
        let folder = TemporaryFolder()
        let out = folder.url("m.gexf").path
        let run = try CLIRunner.run(["analyze", "Graphs", "--metric", "pagerank", "-o", out, "--color-by", "pagerank", "--size-by", "betweenness"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains(#"title="pagerank" type="double""#))
        #expect(Set(try Self.visuals(text).values.map { Array($0[0..<3]) }).count > 3)
    }

    @Test(arguments: [["convert", "Graphs", "-o", "x.json", "--color-by", "region"],
                      ["convert", "Graphs", "-o", "x.gexf", "--no-viz", "--size-by", "degree"],
                      ["convert", "Graphs", "-o", "x.gexf", "--geo", "--layout", "dot"],
                      ["convert", "Graphs", "-o", "x.gexf", "--dl-layout", "fullmatrix"],
                      ["analyze", "Graphs", "-o", "x.csv", "--viz"],
                      ["analyze", "Graphs", "--format", "csv", "--lang", "ko"]])
    func optionsNeedTheirFormat(arguments: [String]) throws {
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("Error: "))
    }

    /// `--dl-layout fullmatrix`: the n×n matrix, here of the path a–b–c.
    @Test func convertWritesAFullMatrix() throws {
        let folder = TemporaryFolder()
        let input = folder.url("path.edges")
        try "a b\nb c\n".write(to: input, atomically: true, encoding: .utf8)
        let out = folder.url("path.dl").path
        #expect(try CLIRunner.run(["convert", input.path, "-o", out, "--dl-layout", "fullmatrix"]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "DL N=3\nFORMAT = FULLMATRIX\nLABELS:\na,\nb,\nc\nDATA:\n0 1 0\n1 0 1\n0 1 0\n")
    }
}
