import Foundation
import SandanTestSupport
import Testing

/// The input options every command shares — the year window (--since, --until) and the derived
/// proximity edges (--proximity-km) — through the built binary on the bundled network.
@Suite struct InputOptionsTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Since 2023: the two 2023 districts (2 × 3 anchor-links) and the 2024 candidates (8
    /// anchor-links, 2 undirected value chains): 16 linkages (csv module on linkages.csv).
    @Test func sinceKeepsLaterLinkages() throws {
        let run = try CLIRunner.run(["stats", "--since", "2023", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let stats = try Self.json(run.stdout)
        #expect(stats["edges"] as? Int == 16)
        #expect(stats["kinds"] as? [String: Int] == ["anchor-link": 14, "value-chain-undirected": 2])
    }

    /// 2021–2022: the 2021 districts (2 + 2 + 3 + 3 + 2 = 12) and the 2022 ones (1 + 3 + 3 + 3 + 3
    /// = 13), 25 anchor-links; the 2020 overhaul and the 2009/2010 management edges are out.
    @Test func sinceAndUntilMakeAWindow() throws {
        let run = try CLIRunner.run(["stats", "--since", "2021", "--until", "2022", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.json(run.stdout)["kinds"] as? [String: Int] == ["anchor-link": 25])
    }

    /// A kind the window empties is no error (no anchor-link is older than 2019): no edges. A
    /// graph without years cannot be windowed: exit 1 with the reason.
    @Test func windowsOnKindsAndOnGraphsWithoutYears() throws {
        let early = try CLIRunner.run(["stats", "--until", "2010", "--kind", "anchor-link", "--format", "json"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(try Self.json(early.stdout)["edges"] as? Int == 0)
        let folder = TemporaryFolder()
        let file = folder.url("g.edges")
        try "a b\nb c\n".write(to: file, atomically: true, encoding: .utf8)
        let undated = try CLIRunner.run(["stats", file.path, "--since", "2020"])
        #expect(undated.status == 1)
        #expect(undated.stderr.contains("--since/--until: keeping linkages by year needs an integer edge attribute 'year'"))
    }

    @Test func anEmptyWindowIsBadUsage() throws {
        let run = try CLIRunner.run(["stats", "--since", "2023", "--until", "2022"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--since 2023 is after --until 2022"))
        #expect(try CLIRunner.run(["compare", "Graphs", "--since-a", "2023", "--until-a", "2022"]).status == 2)
        #expect(try CLIRunner.run(["compare", "Graphs", "--since", "2023", "--until-b", "2022"]).status == 2)
    }

    /// The "2019–2022 against 2019–2024": the linkages added are the 16 of 2023–2024
    /// (14 anchor-links and 전북's two undirected value chains of 2024);
    /// the 2009/2010 management edges are outside both windows, so nothing is removed. The
    /// 2020 anchors are in both; nothing but the 2023 and 2024 anchors and their spokes is new.
    @Test func compareTwoWindows() throws {
        let run = try CLIRunner.run(["compare", "Graphs", "--since", "2019", "--until-a", "2022", "--until-b", "2024", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 16)
        #expect(rows.allSatisfy { $0.hasPrefix("added,") })
        #expect(rows.filter { $0.contains(",anchor-link,") }.count == 14)
        let since = try CLIRunner.run(["compare", "Graphs", "--since-a", "2021", "--until-a", "2021", "--since-b", "2022",
                                       "--until-b", "2022", "--format", "csv"])
        #expect(since.status == 0, "\(since.stderr)")
        let changes = since.stdout.split(separator: "\n").dropFirst()
        #expect(changes.filter { $0.hasPrefix("removed,") }.count == 12)
        #expect(changes.filter { $0.hasPrefix("added,") }.count == 13)
    }

    /// 73 pairs of complexes or areas lie within 10 km (computed with Python's haversine on
    /// complexes.csv, R = 6371.0088 km, organisations left out); they become proximity edges
    /// beside the 70 stored ones of the industrial layer (the default; Scripts/layers/layers.py),
    /// with a warning about the approximate coordinates.
    @Test func proximityEdgesJoinTheGraph() throws {
        let run = try CLIRunner.run(["stats", "--proximity-km", "10", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let stats = try Self.json(run.stdout)
        #expect(stats["edges"] as? Int == 70 + 73)
        #expect((stats["kinds"] as? [String: Int])?["proximity"] == 73)
        #expect(run.stderr.contains("approximate city-level coordinates"))
        let pairs = try CLIRunner.run(["proximity", "--km", "10", "--node-kind", "complex", "--node-kind", "area", "--format", "csv"])
        #expect(pairs.stdout.split(separator: "\n").count == 1 + 73)
        // sandan proximity leaves organisations out by default too.
        let byDefault = try CLIRunner.run(["proximity", "--km", "10", "--format", "csv"])
        #expect(byDefault.stdout == pairs.stdout)
        // Only complexes: fewer pairs; --kind chooses the derived layer like any other.
        let complexes = try CLIRunner.run(["stats", "--proximity-km", "10", "--proximity-kind", "complex", "--kind", "proximity", "--format", "json"])
        #expect(complexes.status == 0, "\(complexes.stderr)")
        let onlyComplexes = try #require((try Self.json(complexes.stdout)["kinds"] as? [String: Int])?["proximity"])
        #expect(onlyComplexes > 0 && onlyComplexes < 73)
    }

    @Test func proximityInMultiplexAndConvert() throws {
        let multiplex = try CLIRunner.run(["multiplex", "--proximity-km", "10", "--kind", "anchor-link", "--kind", "proximity", "--format", "csv"])
        #expect(multiplex.status == 0, "\(multiplex.stderr)")
        #expect(multiplex.stdout.hasPrefix("id,degree_anchor-link,degree_proximity,aggregate_degree,"))
        let folder = TemporaryFolder()
        let out = folder.url("x.graphml")
        let convert = try CLIRunner.run(["convert", "--proximity-km", "10", "-o", out.path])
        #expect(convert.status == 0, "\(convert.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.components(separatedBy: ">proximity<").count - 1 == 73)
        #expect(text.contains("attr.name=\"distance_km\""))
        #expect(text.contains("attr.name=\"anchor_since\""))
    }

    @Test func badProximityOptions() throws {
        #expect(try CLIRunner.run(["stats", "--proximity-kind", "complex"]).status == 2)
        #expect(try CLIRunner.run(["stats", "--proximity-km", "-1"]).status == 2)
        #expect(try CLIRunner.run(["stats", "--kind", "proximity"]).status == 1)
    }

    /// Provinces in any form (full, former, short, code) are one region once read: a CSV pair
    /// with 서울특별시/서울 and 강원도/강원특별자치도/42 has two regions, each with its
    /// internal linkage (a–b in 서울, c–d and d–e in 강원) and the one between them.
    @Test func provincesInAnyFormAreOneRegion() throws {
        let folder = TemporaryFolder()
        let edges = folder.url("net.csv"), nodes = folder.url("net.nodes.csv")
        try "source,target\na,b\nb,c\nc,d\nd,e\n".write(to: edges, atomically: true, encoding: .utf8)
        try "id,region\na,서울특별시\nb,서울\nc,강원도\nd,강원특별자치도\ne,42\n".write(to: nodes, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["regions", edges.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let regions = try #require(try Self.json(run.stdout)["regions"] as? [[String: Any]])
        #expect(Set(regions.compactMap { $0["region"] as? String }) == ["서울", "강원"])
    }
}
