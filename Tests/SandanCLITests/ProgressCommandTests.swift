import Foundation
import SandanTestSupport
import Testing

/// Long commands through the built binary with standard error on a pipe (not a terminal): no
/// progress bar, not one carriage return or escape sequence. `Scripts/checks/progress.sh` checks
/// the terminal side under `script`.
@Suite struct ProgressCommandTests {
    /// A 60 × 50 grid (3,000 nodes): exact betweenness takes seconds in a debug build, long
    /// enough for a bar to be drawn on a terminal.
    static func grid(in folder: TemporaryFolder) throws -> String {
        var lines: [String] = []
        for r in 0..<60 {
            for c in 0..<50 {
                let v = r * 50 + c
                if c + 1 < 50 { lines.append("v\(v) v\(v + 1)") }
                if r + 1 < 60 { lines.append("v\(v) v\(v + 50)") }
            }
        }
        let path = folder.url("grid.edges").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func expectNoBar(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!stderr.contains("\r"), sourceLocation: sourceLocation)
        #expect(!stderr.contains("\u{1B}"), sourceLocation: sourceLocation)
        #expect(!stderr.contains("[#") && !stderr.contains("-]"), sourceLocation: sourceLocation)
    }

    @Test func analyzeOnAPipeWritesOnlyTheTimings() throws {
        let folder = TemporaryFolder()
        let graph = try Self.grid(in: folder)
        let run = try CLIRunner.run(["analyze", graph, "--metric", "betweenness", "--metric", "closeness", "--metric", "harmonic",
                                     "--threads", "1", "--format", "csv", "--timings"])
        #expect(run.status == 0, "\(run.stderr)")
        Self.expectNoBar(run.stderr)
        // One line: the timings, nothing before it.
        #expect(run.stderr.hasPrefix("{\"timings\":{\"load\":"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        #expect(run.stdout.hasPrefix("id,betweenness,closeness,harmonic\n"))
    }

    @Test func resilienceOnAPipeIsSilent() throws {
        let run = try CLIRunner.run(["resilience", "--steps", "3", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
    }

    @Test func noProgressIsAcceptedByTheLongCommands() throws {
        let folder = TemporaryFolder()
        for arguments in [["analyze", "--metric", "betweenness", "--no-progress"],
                          ["resilience", "--steps", "1", "--no-progress"],
                          ["report", "-o", folder.url("r.md").path, "--no-progress"]] {
            let run = try CLIRunner.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stderr == "", "\(arguments)")
        }
    }

    @Test func anErrorAfterLoadingIsOneCleanLine() throws {
        let run = try CLIRunner.run(["analyze", "--metric", "betweenness", "--samples", "100000"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("sandan: error: the betweenness sample size must be between 2 and"))
        Self.expectNoBar(run.stderr)
    }
}
