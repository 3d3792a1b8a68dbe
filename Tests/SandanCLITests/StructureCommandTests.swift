import Foundation
import SandanTestSupport
import Testing

/// Graph-level measures (`sandan stats --structure`, `--cut`) and the group-based node measures
/// of `sandan analyze` (brokerage, Guimerà–Amaral) against the NetworkX/hand-computed fixtures.
@Suite struct StructureCommandTests {
    /// A fixture as CSV tables: `NAME.csv` (edges) and `NAME.nodes.csv` with its `region`
    /// partition as a node attribute.
    static func tables(of fixture: [String: Any], in folder: TemporaryFolder) throws -> String {
        let nodes = try #require(fixture["nodes"] as? [String])
        let edges = try #require(fixture["edges"] as? [[Any]])
        let region = try #require((fixture["partitions"] as? [String: Any])?["region"] as? [Int])
        var edgeText = "source,target\n"
        for edge in edges { edgeText += "\(edge[0]),\(edge[1])\n" }
        var nodeText = "id,region\n"
        for (id, r) in zip(nodes, region) { nodeText += "\(id),r\(r)\n" }
        let name = fixture["name"] as? String ?? "graph"
        let path = folder.url("\(name).csv").path
        try edgeText.write(toFile: path, atomically: true, encoding: .utf8)
        try nodeText.write(to: folder.url("\(name).nodes.csv"), atomically: true, encoding: .utf8)
        return path
    }

    @Test("stats --structure and --cut on karate match NetworkX")
    func karateStructure() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("karate")
        let file = try Self.tables(of: fixture, in: folder)
        let run = try CLIRunner.run(["stats", file, "--structure", "--cut", "0", "33", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let expected = try #require(fixture["graph"] as? [String: Any])
        let pairs = [("transitivity", "transitivity"), ("average_clustering", "average_clustering"),
                     ("degree_assortativity", "degree_assortativity"), ("diameter_largest_component", "diameter"),
                     ("radius_largest_component", "radius"),
                     ("average_shortest_path_length_largest_component", "average_shortest_path_length"),
                     ("global_efficiency", "global_efficiency"), ("node_connectivity", "node_connectivity"),
                     ("edge_connectivity", "edge_connectivity"), ("minimum_cut_value", "min_cut_0_33"),
                     ("local_node_connectivity", "local_node_connectivity_0_33"),
                     ("local_edge_connectivity", "local_edge_connectivity_0_33")]
        for (ours, theirs) in pairs {
            let value = try #require((json[ours] as? NSNumber)?.doubleValue, "\(ours)")
            let reference = try #require((expected[theirs] as? NSNumber)?.doubleValue, "\(theirs)")
            #expect(abs(value - reference) <= 1e-9, "\(ours): \(value) vs \(reference)")
        }
        let louvain = try #require((json["louvain_modularity"] as? NSNumber)?.doubleValue)
        #expect(louvain >= 0.41)
    }

    @Test("Guimerà–Amaral participation and z over --groups match the fixture formula")
    func moduleRoles() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("karate")
        let file = try Self.tables(of: fixture, in: folder)
        let run = try CLIRunner.run(["analyze", file, "--format", "csv", "--ids-only", "--groups", "region",
                                     "--metric", "participation", "--metric", "within-module-z", "--metric", "role"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = CLIRunner.parseCSV(run.stdout)
        let nodes = try #require(fixture["nodes"] as? [String])
        let node = try #require(fixture["node"] as? [String: Any])
        let participation = try #require(node["participation"] as? [NSNumber])
        let z = try #require(node["within_module_z"] as? [NSNumber])
        for (i, id) in nodes.enumerated() {
            let row = try #require(csv.rows[id])
            #expect(abs(try #require(Double(row[1])) - participation[i].doubleValue) <= 1e-9)
            #expect(abs(try #require(Double(row[2])) - z[i].doubleValue) <= 1e-9)
            #expect(row[3].hasPrefix("R"))
        }
    }

    @Test("Gould–Fernandez role counts on the directed fixture match the sna definition")
    func brokerageRoles() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("directed_dangling")
        let file = try Self.tables(of: fixture, in: folder)
        let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
        let run = try CLIRunner.run(["analyze", file, "--directed", "--format", "csv", "--ids-only", "--groups", "region"]
                                    + roles.flatMap { ["--metric", $0] })
        #expect(run.status == 0, "\(run.stderr)")
        let csv = CLIRunner.parseCSV(run.stdout)
        let nodes = try #require(fixture["nodes"] as? [String])
        let node = try #require(fixture["node"] as? [String: Any])
        for (c, role) in roles.enumerated() {
            let expected = try #require(node["brokerage_\(role)"] as? [NSNumber])
            for (i, id) in nodes.enumerated() {
                #expect(csv.rows[id]?[c + 1] == String(expected[i].intValue), "\(role) of \(id)")
            }
        }
    }

    @Test("brokerage without groups on a graph without regions is a clear error")
    func brokerageNeedsGroups() throws {
        let folder = TemporaryFolder()
        let file = folder.url("g.edges").path
        try "a b\nb c\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["analyze", file, "--metric", "brokerage"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--groups"))
    }
}
