import Foundation
import SandanTestSupport
import Testing

/// Usage errors that used to mislead (issue 13, item 17): negative option values, an
/// out-of-range --memory-limit, `help` with an unknown command.
@Suite struct UsageMessageTests {
    @Test(arguments: [(["report", "-o", "r.html", "--top", "-5"], "Error: --top must be at least 1\n"),
                      (["analyze", "--threads", "-2"], "Error: --threads must be at least 1\n"),
                      (["analyze", "--katz-alpha", "-0.5"], "Error: --katz-alpha must be a non-negative number\n")])
    func aNegativeValueIsCheckedNotCalledMissing(arguments: [String], message: String) throws {
        let folder = TemporaryFolder()
        let run = try CLIRunner.run(arguments.map { $0 == "r.html" ? folder.url($0).path : $0 })
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// 2^43 MB would wrap to a tiny cap in bytes and be reported as a Graphviz crash.
    @Test func aMemoryLimitBeyondFourTerabytesIsRefused() throws {
        let folder = TemporaryFolder()
        let out = folder.url("g.svg").path
        let run = try CLIRunner.run(["render", "-o", out, "--memory-limit", "8796093022208"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: --memory-limit must be at most 4194304 (MB, that is 4 TB)\n"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func helpForAnUnknownCommandIsAUsageError() throws {
        let run = try CLIRunner.run(["help", "nope"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("Error: help: no command 'nope' (commands: analyze, stats, hubs, communities, render, report, convert, compare, validate, regions, resilience, multiplex, proximity, explore)\n"), "\(run.stderr)")
        let known = try CLIRunner.run(["help", "analyze"])
        #expect(known.status == 0)
        #expect(known.stdout.hasPrefix("OVERVIEW: Compute node measures"))
    }
}
