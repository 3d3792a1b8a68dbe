import Foundation
import SandanTestSupport
import Testing

/// Runs the built `sandan` binary and captures what it prints.
enum CLIRunner {
    /// The `sandan` executable: beside the test bundle (SwiftPM builds it first, since the
    /// test target depends on it), else in `.build/debug`.
    static let binary: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for folder in [runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent(),
                       packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("sandan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/sandan")
    }()

    /// Runs `sandan arguments…` in the package root (so `Graphs` is the bundled network), both
    /// output pipes drained as it runs, within `seconds`; returns its status and what it printed.
    static func run(_ arguments: [String], input: ProgramInput = .none, environment: [String: String] = [:],
                    seconds: Double = 300) throws -> ProgramResult {
        try runProgram(binary, arguments, input: input, directory: packageRoot, environment: environment, seconds: seconds)
    }

    /// An edge list of `edges` lines `vU vV` with ends drawn from `0..<nodes` by a 64-bit
    /// linear congruential generator (Knuth's MMIX constants) started at `seed`.
    static func randomEdges(nodes: Int, edges: Int, seed: UInt64) -> String {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % nodes
        }
        var lines = ""
        for _ in 0..<edges { lines += "v\(next()) v\(next())\n" }
        return lines
    }

    /// A reference fixture (`Tests/Fixtures/NAME.json`) parsed as JSON.
    static func fixture(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: fixturesFolder.appendingPathComponent("\(name).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Writes a fixture's graph as an edge list (`source target weight`, isolated nodes on
    /// their own line) and returns its path.
    static func edgeList(of fixture: [String: Any], in folder: TemporaryFolder) throws -> String {
        let nodes = try #require(fixture["nodes"] as? [String])
        let edges = try #require(fixture["edges"] as? [[Any]])
        var touched = Set<String>()
        var text = ""
        for edge in edges {
            let u = try #require(edge[0] as? String), v = try #require(edge[1] as? String)
            let w = try #require((edge[2] as? NSNumber)?.doubleValue)
            text += "\(u) \(v) \(w)\n"
            touched.formUnion([u, v])
        }
        for id in nodes where !touched.contains(id) { text += "\(id)\n" }
        let path = folder.file("\(fixture["name"] as? String ?? "graph").edges")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Parses simple CSV output (no quoted fields): the header and a map id → row.
    static func parseCSV(_ text: String) -> (header: [String], rows: [String: [String]]) {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return ([], [:]) }
        var rows: [String: [String]] = [:]
        for line in lines.dropFirst() { rows[line[0]] = line }
        return (header, rows)
    }
}
