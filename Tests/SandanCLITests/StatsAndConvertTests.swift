import Foundation
import SandanTestSupport
import Testing

/// `sandan stats` and `sandan convert` through the built binary.
@Suite struct StatsAndConvertTests {
    /// K3 (a,b,c) + b–c again + d–d loop + isolated e, by hand: 5 nodes, 5 edges, 1 loop,
    /// 1 parallel edge, components {a,b,c} {d} {e}, density 2·5/(5·4) = 0.5.
    static let sample = "a b\nb c\nc a\nb c\nd d\ne\n"

    @Test func statsJSONCountsLoopsParallelEdgesAndComponents() throws {
        let folder = TemporaryFolder()
        let file = folder.url("g.edges")
        try Self.sample.write(to: file, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["stats", file.path, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["nodes"] as? Int == 5)
        #expect(json["edges"] as? Int == 5)
        #expect(json["self_loops"] as? Int == 1)
        #expect(json["parallel_edges"] as? Int == 1)
        #expect(json["components"] as? Int == 3)
        #expect(json["largest_component"] as? Int == 3)
        #expect(json["density"] as? Double == 0.5)
        #expect(json["directed"] as? Bool == false)
    }

    @Test func statsOnTheBundledNetworkByDefault() throws {
        let run = try CLIRunner.run(["stats", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let kinds = try #require(json["kinds"] as? [String: Int])
        #expect(kinds["anchor-link"] != nil)
    }

    @Test func badWeightIsAnErrorWithItsLocationAndNoOutput() throws {
        let folder = TemporaryFolder()
        let file = folder.url("g.edges")
        try "a b 1\nb c 1e400\n".write(to: file, atomically: true, encoding: .utf8)
        let out = folder.url("out.json")
        let run = try CLIRunner.run(["convert", file.path, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr == "sandan: error: \(file.path):2:5: bad weight: '1e400' is infinite or out of range; weights must be finite numbers\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        let run = try CLIRunner.run(["stats", "--directed", "--undirected"])
        #expect(run.status == 2)
    }

    @Test func convertRoundTripKeepsIdsKindsAndAttributes() throws {
        let folder = TemporaryFolder()
        let json = folder.url("national.json").path
        let csv = folder.url("national.csv").path
        let back = folder.url("back.json").path
        #expect(try CLIRunner.run(["convert", "Graphs", "-o", json]).status == 0)
        #expect(try CLIRunner.run(["convert", json, "-o", csv]).status == 0)
        #expect(try CLIRunner.run(["convert", csv, "-o", back]).status == 0)
        // Attribute order may change (JSON objects are unordered); contents may not.
        #expect(try Self.nodeLink(json) == Self.nodeLink(back))
    }

    /// What the output format cannot carry is named on standard error; the file is still written.
    @Test func convertWarnsAboutWhatTheFormatCannotCarry() throws {
        let folder = TemporaryFolder()
        let out = folder.url("national.edges").path
        let run = try CLIRunner.run(["convert", "Graphs", "--directed", "-o", out])
        #expect(run.status == 0)
        #expect(run.stderr.contains("sandan: warning: \(out): an edge list keeps no edge kinds; write .csv or .json to keep them\n"))
        #expect(run.stderr.contains("sandan: warning: \(out): an edge list keeps no node attributes; not written: "))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# sandan edge list: source target (directed)\n"))
        let back = try CLIRunner.run(["stats", out, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any])
        #expect(json["directed"] as? Bool == true, "the header makes it directed")
    }

    /// Node-link JSON as comparable values: nodes by id, edges in order, each as a dictionary.
    static func nodeLink(_ path: String) throws -> NSDictionary {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        return try #require(object as? NSDictionary)
    }
}
