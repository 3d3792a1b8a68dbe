import Foundation
import SandanTestSupport
import Testing

/// `sandan analyze` end to end: the built binary on fixture graphs, compared with the NetworkX
/// values stored in the fixtures.
@Suite("sandan analyze")
struct AnalyzeCommandTests {
    /// Expects the CSV column `metric` to match the fixture's node values for every node.
    private func expectColumn(_ csv: (header: [String], rows: [String: [String]]), _ metric: String,
                              _ fixture: [String: Any], key: String, tolerance: Double = 1e-9,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let nodes = try #require(fixture["nodes"] as? [String])
        let expected = try #require((fixture["node"] as? [String: Any])?[key] as? [NSNumber], sourceLocation: sourceLocation)
        let column = try #require(csv.header.firstIndex(of: metric), "no column \(metric)", sourceLocation: sourceLocation)
        #expect(csv.rows.count == nodes.count, sourceLocation: sourceLocation)
        for (i, id) in nodes.enumerated() {
            let cell = try #require(csv.rows[id]?[column], "no row \(id)", sourceLocation: sourceLocation)
            let value = try #require(Double(cell), "\(metric) of \(id) is '\(cell)'", sourceLocation: sourceLocation)
            #expect(abs(value - expected[i].doubleValue) <= tolerance * max(1, abs(expected[i].doubleValue)),
                    "\(metric) of \(id): \(value) vs \(expected[i])", sourceLocation: sourceLocation)
        }
    }

    @Test("CSV of every built metric on Krackhardt's kite matches NetworkX")
    func kiteCSV() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("kite")
        let file = try CLIRunner.edgeList(of: fixture, in: folder)
        let metrics = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
                       "hub", "authority", "component", "core", "clustering", "constraint", "articulation"]
        let result = try CLIRunner.run(["analyze", file, "--format", "csv", "--threads", "2"] + metrics.flatMap { ["--metric", $0] })
        #expect(result.status == 0, "\(result.stderr)")
        let csv = CLIRunner.parseCSV(result.stdout)
        #expect(csv.header == ["id"] + metrics)
        for metric in metrics { try expectColumn(csv, metric, fixture, key: metric) }
        let sizes = try CLIRunner.run(["analyze", file, "--format", "csv", "--metric", "effective-size"])
        try expectColumn(CLIRunner.parseCSV(sizes.stdout), "effective-size", fixture, key: "effective_size")
        // Integers print as integers.
        #expect(csv.rows["3"]?[1] == "6")
        #expect(csv.rows["3"]?[10] == "0")
    }

    @Test("raw and weighted betweenness, Katz, and the defaults on karate")
    func karateOptions() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("karate")
        let file = try CLIRunner.edgeList(of: fixture, in: folder)

        let raw = try CLIRunner.run(["analyze", file, "--metric", "betweenness", "--raw", "--format", "csv"])
        try expectColumn(CLIRunner.parseCSV(raw.stdout), "betweenness", fixture, key: "betweenness_raw")

        let weighted = try CLIRunner.run(["analyze", file, "--weight", "weight", "--format", "csv",
                                          "--metric", "betweenness", "--metric", "closeness", "--metric", "pagerank"])
        let csv = CLIRunner.parseCSV(weighted.stdout)
        try expectColumn(csv, "betweenness", fixture, key: "betweenness_weighted")
        try expectColumn(csv, "closeness", fixture, key: "closeness_weighted")
        try expectColumn(csv, "pagerank", fixture, key: "pagerank_weighted")

        let katz = try CLIRunner.run(["analyze", file, "--metric", "katz", "--katz-alpha", "0.1", "--format", "csv"])
        try expectColumn(CLIRunner.parseCSV(katz.stdout), "katz", fixture, key: "katz")
        // Karate's λ₁ is 6.725697727631733 (NumPy, unweighted), so 1/λ₁ = 0.148683458653162…
        let tooLarge = try CLIRunner.run(["analyze", file, "--metric", "katz", "--katz-alpha", "0.2", "--format", "csv"])
        #expect(tooLarge.status == 1 && tooLarge.stdout.isEmpty)
        #expect(tooLarge.stderr.contains("α = 0.2 is at least 1/λ₁ = 0.1486834586531"), "\(tooLarge.stderr)")

        let defaults = try CLIRunner.run(["analyze", file, "--format", "csv"])
        #expect(CLIRunner.parseCSV(defaults.stdout).header == ["id", "degree", "betweenness", "closeness", "pagerank"])
    }

    @Test("directed graphs: closeness uses incoming distance, as NetworkX")
    func directed() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("directed_dangling")
        let file = try CLIRunner.edgeList(of: fixture, in: folder)
        let result = try CLIRunner.run(["analyze", file, "--directed", "--format", "csv", "--metric", "degree",
                                        "--metric", "closeness", "--metric", "harmonic", "--metric", "betweenness"])
        let csv = CLIRunner.parseCSV(result.stdout)
        for metric in ["degree", "closeness", "harmonic", "betweenness"] { try expectColumn(csv, metric, fixture, key: metric) }
    }

    @Test("JSON is one object; -o writes the file; --timings writes one JSON line to stderr")
    func jsonOutputAndTimings() throws {
        let folder = TemporaryFolder()
        let fixture = try CLIRunner.fixture("disconnected")
        let file = try CLIRunner.edgeList(of: fixture, in: folder)
        let target = folder.url("out.json").path
        let result = try CLIRunner.run(["analyze", file, "--metric", "component", "--metric", "harmonic",
                                        "--format", "json", "-o", target, "--timings"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) as? [String: Any])
        #expect(object["metrics"] as? [String] == ["component", "harmonic"])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        // K3 + K2 + isolated node "5": components 0, 0, 0, 1, 1, 2; harmonic 2, 2, 2, 1, 1, 0.
        #expect(nodes.map { $0["id"] as? String } == ["0", "1", "2", "3", "4", "5"])
        #expect(nodes.map { ($0["component"] as? NSNumber)?.intValue } == [0, 0, 0, 1, 1, 2])
        #expect(nodes.map { ($0["harmonic"] as? NSNumber)?.doubleValue } == [2, 2, 2, 1, 1, 0])

        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        let timings = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: [String: Double]])
        #expect(timings["timings"].map { Set($0.keys) } == ["load", "component", "harmonic"])
    }

    @Test("errors: negative weights, usage mistakes, a missing --source")
    func errors() throws {
        let folder = TemporaryFolder()
        let negative = folder.url("negative.edges").path
        try "a b 1\nb c -2\n".write(toFile: negative, atomically: true, encoding: .utf8)
        let target = folder.url("never.csv").path

        let weighted = try CLIRunner.run(["analyze", negative, "--weight", "weight", "--metric", "pagerank", "-o", target])
        #expect(weighted.status == 1)
        #expect(weighted.stderr.hasPrefix("sandan: error: PageRank needs non-negative weights"))
        #expect(!FileManager.default.fileExists(atPath: target))

        let louvain = try CLIRunner.run(["analyze", negative, "--weight", "weight", "--metric", "community"])
        #expect(louvain.status == 1)
        #expect(louvain.stderr.hasPrefix("sandan: error: "))

        #expect(try CLIRunner.run(["analyze", negative, "--metric", "nonsense"]).status == 2)
        #expect(try CLIRunner.run(["analyze", negative, "--threads", "0"]).status == 2)
        #expect(try CLIRunner.run(["analyze", negative, "--metric", "distance"]).status == 1)
    }

    @Test("a measure that fails does not erase the others: they are written, the failure is named, exit 1")
    func oneMeasureFails() throws {
        let folder = TemporaryFolder()
        // Two triangles: both carry the largest eigenvalue 2, so eigenvector centrality is not
        // unique (and neither is HITS); degree and PageRank are well defined (PageRank 1/6 each).
        let file = folder.url("two.edges").path
        try "a b\nb c\nc a\nd e\ne f\nf d\n".write(toFile: file, atomically: true, encoding: .utf8)
        let target = folder.url("out.csv").path
        let result = try CLIRunner.run(["analyze", file, "--metric", "degree", "--metric", "eigenvector",
                                        "--metric", "pagerank", "--format", "csv", "-o", target])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("sandan: error: eigenvector: eigenvector centrality is not unique") == true)
        #expect(lines.last == "sandan: error: 1 of 3 measures failed (eigenvector); the other 2 columns were written")
        let csv = CLIRunner.parseCSV(try String(contentsOfFile: target, encoding: .utf8))
        #expect(csv.header == ["id", "degree", "pagerank"])
        #expect(csv.rows.count == 6)
        for row in csv.rows.values {
            #expect(row[1] == "2")
            #expect(abs((Double(row[2]) ?? 0) - 1.0 / 6) < 1e-9)
        }

        let none = folder.url("none.csv").path
        let all = try CLIRunner.run(["analyze", file, "--metric", "eigenvector", "--metric", "hub", "-o", none])
        #expect(all.status == 1)
        #expect(all.stderr.hasPrefix("sandan: error: eigenvector: "))
        #expect(all.stderr.hasSuffix("sandan: error: 2 of 2 measures failed (eigenvector, hub); nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: none))
    }

    @Test("weighted betweenness with zero-length proximity edges does not depend on the order of complexes.csv")
    func zeroLengthOrder() throws {
        // Co-located complexes (up to 7 at one city centre) get proximity edges of length 0.
        let folder = TemporaryFolder()
        let graphs = packageRoot.appendingPathComponent("Graphs")
        let arguments = ["--proximity-km", "10", "--kind", "proximity", "--weight", "distance_km",
                         "--metric", "betweenness", "--format", "csv", "--ids-only"]
        let original = try CLIRunner.run(["analyze", graphs.path] + arguments)
        #expect(original.status == 0, "\(original.stderr)")
        let expected = CLIRunner.parseCSV(original.stdout).rows
        #expect(expected.values.contains { (Double($0[1]) ?? 0) > 0 })
        let lines = try String(contentsOf: graphs.appendingPathComponent("complexes.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let rows = Array(lines.dropFirst())
        let half = rows.count / 2
        // Reversed; rotated by half; odd positions then even ones.
        let orders = [Array(rows.reversed()), Array(rows[half...] + rows[..<half]),
                      rows.indices.filter { $0 % 2 == 1 }.map { rows[$0] } + rows.indices.filter { $0 % 2 == 0 }.map { rows[$0] }]
        for (seed, body) in orders.enumerated() {
            let copy = folder.url("shuffled\(seed)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            for name in ["linkages.csv", "designations.csv"] {
                try FileManager.default.copyItem(at: graphs.appendingPathComponent(name), to: copy.appendingPathComponent(name))
            }
            try ([lines[0]] + body).joined(separator: "\n").appending("\n")
                .write(to: copy.appendingPathComponent("complexes.csv"), atomically: true, encoding: .utf8)
            let shuffled = try CLIRunner.run(["analyze", copy.path] + arguments)
            #expect(shuffled.status == 0, "\(shuffled.stderr)")
            let values = CLIRunner.parseCSV(shuffled.stdout).rows
            #expect(values.count == expected.count)
            for (id, row) in expected {
                let a = Double(row[1]) ?? .nan, b = Double(values[id]?[1] ?? "") ?? .nan
                #expect(abs(a - b) <= 1e-12 * max(1, abs(a)), "\(id): \(a) vs \(b) (order \(seed))")
            }
        }
    }

    @Test("--parallel-edges: separate paths (igraph, default) or one path per pair (NetworkX)")
    func parallelEdges() throws {
        let folder = TemporaryFolder()
        // The square a–b–d–c–a with a–b doubled: {a, d} has 2 paths via b and 1 via c, {b, c}
        // 2 via a and 1 via d (raw 2/3, 2/3, 1/3, 1/3); counted once per pair, ½ each
        // (NetworkX on the simple square).
        let file = folder.url("square.edges").path
        try "a b\na b\na c\nb d\nc d\n".write(toFile: file, atomically: true, encoding: .utf8)
        let base = ["analyze", file, "--metric", "betweenness", "--raw", "--format", "csv"]
        let separate = try CLIRunner.run(base)
        let single = try CLIRunner.run(base + ["--parallel-edges", "single"])
        #expect(separate.status == 0 && single.status == 0, "\(separate.stderr)\(single.stderr)")
        let expected: [(String, [String: Double])] = [
            (separate.stdout, ["a": 2.0 / 3, "b": 2.0 / 3, "c": 1.0 / 3, "d": 1.0 / 3]),
            (single.stdout, ["a": 0.5, "b": 0.5, "c": 0.5, "d": 0.5]),
        ]
        for (output, values) in expected {
            let rows = CLIRunner.parseCSV(output).rows
            for (id, value) in values { #expect(abs((Double(rows[id]?[1] ?? "") ?? .nan) - value) < 1e-12, "\(id)") }
        }
        #expect(try CLIRunner.run(base + ["--parallel-edges", "merged"]).status == 2)
    }

    @Test("distance from --source, and sampled betweenness with a seed, are deterministic")
    func distanceAndSampling() throws {
        let folder = TemporaryFolder()
        let file = folder.url("w.edges").path
        // a–b 4, a–c 1, c–b 2, b–d 5, isolated e: lengths from a are 0, 3, 1, 8 and none.
        try "a b 4\na c 1\nc b 2\nb d 5\ne\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["analyze", file, "--weight", "weight", "--metric", "distance", "--source", "a",
                                        "--format", "csv"])
        #expect(result.stdout == "id,distance\na,0.0\nb,3.0\nc,1.0\nd,8.0\ne,\n")
        let arguments = ["analyze", packageRoot.appendingPathComponent("Graphs").path, "--metric", "betweenness",
                         "--samples", "20", "--seed", "5", "--format", "csv"]
        let first = try CLIRunner.run(arguments), second = try CLIRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
    }

    /// The bundled network's layers (counts from Scripts/layers/layers.py, NetworkX on the CSV
    /// tables): the industrial layer by default (78 nodes, no KICOX office), the governance
    /// layer 50 nodes, the union 121; --kind outside the chosen layer is a usage error.
    @Test func layersOfTheBundledNetwork() throws {
        func rows(_ extra: [String]) throws -> [String: [String]] {
            let run = try CLIRunner.run(["analyze", "Graphs", "--metric", "degree", "--format", "csv"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            return CLIRunner.parseCSV(run.stdout).rows
        }
        let byDefault = try rows([]), industrial = try rows(["--layer", "industrial"])
        #expect(byDefault.count == 78 && byDefault == industrial)
        #expect(!byDefault.keys.contains { $0.hasPrefix("kicox-") })
        #expect(try rows(["--layer", "governance"]).count == 50)
        #expect(try rows(["--layer", "all"]).count == 121)
        #expect(try rows(["--kind", "management"]).count == 121)
        let outside = try CLIRunner.run(["analyze", "Graphs", "--layer", "industrial", "--kind", "management"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--kind management is not in the industrial layer"))
    }
}

