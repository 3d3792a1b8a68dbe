import Foundation
import SandanTestSupport
import Testing

/// The input limits from the command line (issue 13, items 7–9): exit status 1, a message
/// naming the limit and its option, and no output file.
@Suite struct InputLimitsCommandTests {
    @Test func aDeviceBehindAGraphExtensionIsReadUpToTheDefaultLimit() throws {
        let folder = TemporaryFolder()
        let path = folder.url("zero.edges").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        let result = try CLIRunner.run(["stats", path])
        #expect(result.status == 1)
        #expect(result.stderr == "sandan: error: \(path): reading stopped after 268435456 bytes (256 MiB): a pipe or device that "
            + "does not end (such as /dev/zero) cannot be a graph, and a longer input needs a higher limit; the limit is "
            + "268435456 bytes (256 MiB) (raise it with --max-input-size)\n")
    }

    @Test func theSizeLimitTakesSuffixes() throws {
        let folder = TemporaryFolder()
        let path = folder.url("g.edges").path
        try String(repeating: "a b\n", count: 300).write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["stats", path, "--max-input-size", "1K"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "sandan: error: \(path): the file has 1200 bytes (1.2 KiB), more than an input may have; "
            + "the limit is 1024 bytes (1 KiB) (raise it with --max-input-size)\n")
        let read = try CLIRunner.run(["stats", path, "--max-input-size", "2KiB", "--format", "json"])
        #expect(read.status == 0)
        #expect(read.stdout.hasPrefix("{\"nodes\": 2, \"edges\": 300,"))
        let bad = try CLIRunner.run(["stats", path, "--max-input-size", "lots"])
        #expect(bad.status != 0 && bad.status != 1)
        #expect(bad.stderr.contains("--max-input-size"))
    }

    @Test func anExplosiveDOTFileIsRefusedWithItsPlace() throws {
        let folder = TemporaryFolder()
        let path = folder.url("bomb.dot").path
        let text = "graph { {" + (0..<6_000).map { "a\($0)" }.joined(separator: " ") + "} -- {"
            + (0..<6_000).map { "b\($0)" }.joined(separator: " ") + "} }"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["stats", path])
        #expect(result.status == 1)
        #expect(result.stderr == "sandan: error: \(path):1:\(text.count - 2): the edge statements so far make more than 5000000 "
            + "edges (an edge between groups of p and q nodes makes p × q); the limit is 5000000 (raise it with --max-edges)\n")
    }

    @Test func coLocatedNodesStopAtThePairLimit() throws {
        let folder = TemporaryFolder()
        // 100 nodes at one place: 4,950 pairs within any distance.
        let nodes = (0..<100).map { "{\"id\": \"c\($0)\", \"lat\": 35.87, \"lon\": 128.6}" }.joined(separator: ", ")
        let path = folder.url("colocated.json").path
        try "{\"nodes\": [\(nodes)], \"links\": []}".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["proximity", path, "--km", "1", "--max-pairs", "4949"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasSuffix("sandan: error: there are more than 4949 pairs of nodes within 1.0 km (n nodes at one place "
            + "make n(n−1)/2 pairs); the limit is 4949 (raise it with --max-pairs), or use a smaller distance\n"))
        let analysed = try CLIRunner.run(["stats", path, "--proximity-km", "1", "--max-pairs", "4949"])
        #expect(analysed.status == 1)
        #expect(analysed.stderr.contains("the limit is 4949 (raise it with --max-pairs)"))
        let fits = try CLIRunner.run(["stats", path, "--proximity-km", "1", "--max-pairs", "4950", "--format", "json"])
        #expect(fits.status == 0)
    }
}
