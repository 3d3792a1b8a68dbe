import Foundation
import SandanTestSupport
import Testing

/// The domain commands through the built binary, on the bundled network. Expected counts come
/// from Graphs/README.md (25 anchors: 20 with linked complexes and five 2019 anchors without;
/// 14 linkages dated after 2022) or from the CSV files themselves.
@Suite struct ClusterCommandsTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func validateAcceptsTheBundledDataset() throws {
        let run = try CLIRunner.run(["validate", "Graphs"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // Rows of complexes.csv, linkages.csv, designations.csv and participations.csv (csv module).
        #expect(run.stdout.hasPrefix("OK: Graphs: 121 nodes, 127 linkages, 26 designations, 23 participations"))
    }

    @Test func validateReportsEveryProblemAndExits1() throws {
        let folder = TemporaryFolder()
        for file in ["complexes.csv", "linkages.csv", "designations.csv"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Graphs/\(file)"),
                                             to: folder.url(file))
        }
        let edges = folder.url("linkages.csv")
        var lines = try String(contentsOf: edges, encoding: .utf8).components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: ",sasang,", with: ",nowhere,")
        lines[2] = lines[2].replacingOccurrences(of: "anchor-link", with: "anchor-lnk")
        try lines.joined(separator: "\n").write(to: edges, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["validate", folder.path])
        #expect(run.status == 1)
        let reported = run.stdout.split(separator: "\n")
        #expect(reported.count == 2)
        #expect(reported.first?.hasPrefix(edges.path + ":2:") == true)
        #expect(reported.last?.hasPrefix(edges.path + ":3:") == true)
        #expect(run.stderr.contains("sandan: error: ") && run.stderr.contains("2 problems"))
    }

    @Test func validateNeedsAFolder() throws {
        let run = try CLIRunner.run(["validate", "Graphs/linkages.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a dataset folder"))
    }

    @Test func hubsAsJSON() throws {
        let run = try CLIRunner.run(["hubs", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.json(run.stdout)
        let anchors = try #require(json["anchors"] as? [[String: Any]])
        #expect(anchors.count == 25)
        let gumi = try #require(anchors.first { $0["anchor"] as? String == "gumi" })
        #expect(gumi["spokes"] as? [String] == ["gimcheon-1", "seongju", "waegwan"])
        // A 2019 anchor without linked complexes and without any linkage (an isolated node).
        let jeongeup = try #require(anchors.first { $0["anchor"] as? String == "jeongeup-3" })
        #expect(jeongeup["spoke_count"] as? Int == 0)
        #expect(jeongeup["linkages"] as? Int == 0)
        #expect(jeongeup["hub_dominance"] as? Double == 0)
        #expect(jeongeup["starness"] is NSNull)
        let hubs = try #require(json["structural_hubs"] as? [[String: Any]])
        #expect(Set(hubs.compactMap { $0["score"] as? String }) == ["degree", "betweenness"])
        #expect(json["disagreements"] != nil)
    }

    @Test func hubsCSVToAFile() throws {
        let folder = TemporaryFolder()
        let out = folder.url("hubs.csv")
        let run = try CLIRunner.run(["hubs", "--format", "csv", "--table", "structural_hubs", "--candidate", "complex", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("score,rank,id,value,named_by_policy\n"))
        #expect(!text.contains("kicox"))
    }

    /// Until 2019: only the six 2019 anchors, none with spokes (군산's spokes are of 2021).
    /// Until 2018: no anchor at all.
    @Test func hubsUntilAYear() throws {
        let run = try CLIRunner.run(["hubs", "--until", "2019", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = CLIRunner.parseCSV(run.stdout).rows
        #expect(Set(rows.keys) == ["dalseong-1", "donghae-bukpyeong", "chungju-1", "gunsan", "sinpyeong-jangnim", "jeongeup-3"])
        #expect(rows.values.allSatisfy { $0[4] == "0" })
        let none = try CLIRunner.run(["hubs", "--until", "2018", "--top", "3", "--format", "json"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect((try Self.json(none.stdout)["anchors"] as? [Any])?.isEmpty == true)
        let noK = try CLIRunner.run(["hubs", "--until", "2018"])
        #expect(noK.status == 1)
        #expect(noK.stderr.contains("no designated anchors"))
    }

    @Test func hubsRejectsAnUnknownScore() throws {
        #expect(try CLIRunner.run(["hubs", "--score", "nope"]).status == 2)
        #expect(try CLIRunner.run(["hubs", "--format", "csv", "--table", "nope"]).status == 2)
    }

    /// One folder against itself over time: the 2023 districts (2 × 3 anchor-links) and the
    /// 2024 candidates (8 anchor-links, 2 undirected value chains) are the 16 linkages after
    /// 2022 (linkages.csv, year > 2022, counted with the csv module).
    @Test func compareOneFolderOverTime() throws {
        let run = try CLIRunner.run(["compare", "Graphs", "--until-a", "2022", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.first == "change,source,target,kind,programme,year,count")
        #expect(rows.dropFirst().count == 16)
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("added,") })
        #expect(rows.contains("added,hupyeong,geodu,anchor-link,competitiveness-candidate-2024,2024,1"))
    }

    /// The management layer before (2009) and after (2010): every 2010 management row of
    /// linkages.csv is added.
    @Test func compareBeforeAndAfterTheReorganisation() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Graphs/linkages.csv"), encoding: .utf8)
        let expected = text.split(separator: "\n").filter { $0.contains(",management,agency-reorg,2010,") }.count
        let run = try CLIRunner.run(["compare", "Graphs", "Graphs", "--until-a", "2009", "--until-b", "2010",
                                         "--kind", "management", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let linkages = try #require(try Self.json(run.stdout)["linkages"] as? [[String: Any]])
        #expect(linkages.count == expected)
        #expect(linkages.allSatisfy { $0["change"] as? String == "added" && $0["year"] as? String == "2010" })
    }

    @Test func regionsByMacroRegion() throws {
        let run = try CLIRunner.run(["regions", "--level", "macro_region", "--format", "json", "--layer", "all"])
        #expect(run.status == 0, "\(run.stderr)")
        let regions = try #require(try Self.json(run.stdout)["regions"] as? [[String: Any]])
        #expect(regions.count == 7)
        // 제주권 holds only the KICOX 제주지사, managed from 광주 (호남권): one external linkage.
        let jeju = try #require(regions.first { $0["region"] as? String == "제주권" })
        #expect(jeju["ei_index"] as? Double == 1)
    }

    /// --candidate lists only complexes and areas (no KICOX office); a listed node's counts are
    /// those of the full table.
    @Test func regionsBrokersOfChosenKinds() throws {
        let all = try CLIRunner.run(["regions", "--format", "csv", "--table", "brokers", "--layer", "all"])
        let chosen = try CLIRunner.run(["regions", "--candidate", "complex", "--candidate", "area", "--format", "csv", "--table", "brokers",
                                        "--layer", "all"])
        #expect(all.status == 0 && chosen.status == 0, "\(all.stderr)\(chosen.stderr)")
        let allRows = CLIRunner.parseCSV(all.stdout).rows, chosenRows = CLIRunner.parseCSV(chosen.stdout).rows
        #expect(all.stdout.split(separator: "\n")[1].hasPrefix("kicox-"))
        #expect(!chosen.stdout.contains("kicox"))
        #expect(!chosenRows.isEmpty && chosenRows.count < allRows.count)
        for (id, row) in chosenRows { #expect(allRows[id] == row) }
    }

    @Test func resilienceSteps() throws {
        let run = try CLIRunner.run(["resilience", "--steps", "2", "--candidate", "complex", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.first == "order,step,removed,score,nodes,largest_component,largest_fraction,components,mean_shortest_path")
        #expect(rows.count == 4)
        #expect(try CLIRunner.run(["resilience", "--remove", "nowhere"]).status == 1)
        let byBetweenness = try CLIRunner.run(["resilience", "--by", "betweenness", "--initial", "--steps", "1", "--format", "csv"])
        #expect(byBetweenness.status == 0, "\(byBetweenness.stderr)")
        #expect(byBetweenness.stdout.contains("\nbetweenness (initial order),1,"))
    }

    @Test func resilienceOnALargeGraphStopsAfterFiftyRemovalsUnlessAsked() throws {
        // A path of 1,001 nodes: more than the 1,000 whose every node is removed by default.
        let dir = TemporaryFolder()
        let path = dir.url("path.edges")
        try (0..<1_000).map { "v\($0) v\($0 + 1)" }.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["resilience", path.path, "--table", "steps", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 1 + 51)
        #expect(run.stderr.contains("sandan: warning: removing the first 50 of 1001 nodes"), "\(run.stderr)")
        let asked = try CLIRunner.run(["resilience", path.path, "--steps", "60", "--table", "steps", "--format", "csv"])
        #expect(asked.stdout.split(separator: "\n").count == 1 + 61)
        #expect(!asked.stderr.contains("warning"))
    }

    @Test func multiplexLayersFromKinds() throws {
        let run = try CLIRunner.run(["multiplex", "--kind", "anchor-link", "--kind", "value-chain", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("id,degree_anchor-link,degree_value-chain,aggregate_degree,overlapping_degree,participation\n"))
    }

    @Test func proximityWarnsAboutApproximateCoordinates() throws {
        let run = try CLIRunner.run(["proximity", "--km", "7.5", "--node-kind", "complex", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("a,b,distance_km,already_linked\n"))
        #expect(run.stderr.contains("approximate city-level coordinates"))
    }
}
