import Foundation
import SandanTestSupport
import Testing

/// `sandan communities` through the built binary, on Zachary's karate club (the fixture graph
/// written to a temporary edge table).
@Suite struct CommunitiesCommandTests {
    /// Writes karate as `karate.csv` (source,target) with a sibling `karate.nodes.csv` holding
    /// `club` (the fixture's `region`: Mr. Hi 0, Officer 1) and any extra columns given.
    static func writeKarate(in folder: TemporaryFolder, extra: [String: [Int]] = [:]) throws -> URL {
        let json = try CLIRunner.fixture("karate")
        let nodes = try #require(json["nodes"] as? [String])
        let edges = try #require(json["edges"] as? [[Any]])
        let partitions = try #require(json["partitions"] as? [String: [Int]])
        let club = try #require(partitions["region"])
        let edgeTable = "source,target\n" + edges.map { "\($0[0]),\($0[1])\n" }.joined()
        try edgeTable.write(to: folder.url("karate.csv"), atomically: true, encoding: .utf8)
        let names = extra.keys.sorted()
        var nodeTable = (["id", "club"] + names).joined(separator: ",") + "\n"
        for (i, id) in nodes.enumerated() {
            nodeTable += ([id, String(club[i])] + names.map { String(extra[$0]![i]) }).joined(separator: ",") + "\n"
        }
        try nodeTable.write(to: folder.url("karate.nodes.csv"), atomically: true, encoding: .utf8)
        return folder.url("karate.csv")
    }

    static func object(_ run: ProgramResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Karate's best known modularity is 0.4198 (`louvain_modularity_best` of the fixture);
    /// single NetworkX and igraph Louvain runs reach 0.39–0.42. Louvain and Leiden must reach
    /// 0.41.
    @Test(arguments: ["louvain", "leiden"])
    func karateModularityReachesPointFourOne(_ method: String) throws {
        let folder = TemporaryFolder()
        let file = try Self.writeKarate(in: folder)
        let run = try CLIRunner.run(["communities", file.path, "--method", method, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.object(run)
        let q = try #require(json["modularity"] as? Double)
        #expect(q >= 0.41)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        let labels = nodes.compactMap { $0["community"] as? Int }
        #expect(Set(labels).count == json["communities"] as? Int)
        #expect(labels.first == 0)
    }

    /// Comparing the communities with an attribute that holds exactly those communities gives
    /// NMI = ARI = 1 and a diagonal cross-table; the same seed gives the same communities.
    @Test func comparingWithItselfGivesOne() throws {
        let folder = TemporaryFolder()
        let first = try Self.object(try CLIRunner.run(["communities", try Self.writeKarate(in: folder).path, "--seed", "5", "--format", "json"]))
        let labels = try #require(first["nodes"] as? [[String: Any]]).compactMap { $0["community"] as? Int }
        let file = try Self.writeKarate(in: folder, extra: ["found": labels])
        let run = try CLIRunner.run(["communities", file.path, "--seed", "5", "--compare-with", "found", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.object(run)
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect(abs((comparison["nmi"] as? Double ?? 0) - 1) < 1e-12)
        #expect(abs((comparison["ari"] as? Double ?? 0) - 1) < 1e-12)
        let table = try #require(comparison["table"] as? [[Int]])
        let rows = try #require(comparison["rows"] as? [Int])
        let values = try #require(comparison["values"] as? [String])
        #expect(rows == Array(0..<(json["communities"] as? Int ?? 0)))
        for (c, row) in zip(rows, table) {
            for (j, count) in row.enumerated() { #expect((count > 0) == (values[j] == String(c))) }
        }
    }

    /// The table format prints the summary, one row per node with its club, and the
    /// community × club table whose cells add up to the 34 members.
    @Test func tableShowsSummaryNodesAndCrossTable() throws {
        let folder = TemporaryFolder()
        let run = try CLIRunner.run(["communities", try Self.writeKarate(in: folder).path, "--method", "leiden", "--compare-with", "club"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("modularity"))
        #expect(run.stdout.contains("NMI (club)"))
        #expect(run.stdout.contains("community \\ club"))
        let lines = run.stdout.split(separator: "\n")
        let crossStart = try #require(lines.firstIndex { $0.hasPrefix("community \\ club") })
        let cells = lines[(crossStart + 2)...].flatMap { $0.split(separator: " ").dropFirst().compactMap { Int($0) } }
        #expect(cells.reduce(0, +) == 34)
    }

    @Test func csvHasOneRowPerNodeAndSummaryOnStandardError() throws {
        let folder = TemporaryFolder()
        let run = try CLIRunner.run(["communities", try Self.writeKarate(in: folder).path, "--format", "csv", "--compare-with", "club"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "id,community,club")
        #expect(lines.count == 35)
        #expect(run.stderr.contains("sandan: modularity 0."))
    }

    @Test func badArgumentsAreRefused() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeKarate(in: folder)
        let out = file.deletingLastPathComponent().appendingPathComponent("out.json")
        let unknown = try CLIRunner.run(["communities", file.path, "--compare-with", "nope", "-o", out.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("sandan: error: no attribute 'nope'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try CLIRunner.run(["communities", file.path, "--resolution", "-1"]).status == 2)
        #expect(try CLIRunner.run(["communities", file.path, "--method", "walktrap"]).status == 2)
        #expect(try CLIRunner.run(["communities", file.path, "--method", "leiden", "--no-refine"]).status == 2)
        let resolution = try CLIRunner.run(["communities", file.path, "--method", "label-propagation", "--resolution", "2"])
        #expect(resolution.status == 2)
        #expect(resolution.stderr.contains("--resolution applies to --method louvain and leiden only"))
    }
}
