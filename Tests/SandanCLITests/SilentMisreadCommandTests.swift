import Foundation
import SandanTestSupport
import Testing

/// Inputs once misread in silence, through the binary: exit status, message, files.
@Suite struct SilentMisreadCommandTests {
    @Test func jsonWithLinksAndEdgesIsRefusedAndNothingWritten() throws {
        let folder = TemporaryFolder()
        let json = folder.url("g.json").path
        try "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"edges\": [], \"links\": [{\"source\": \"a\", \"target\": \"b\"}]}"
            .write(toFile: json, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["convert", json, "-o", folder.url("g.csv").path])
        #expect(run.status == 1)
        #expect(run.stderr == "sandan: error: \(json):1:61: the file has both \"edges\" and \"links\"; NetworkX reads one of them (\"edges\" since 3.4, \"links\" before), so keep only the one you mean\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.json"])
    }

    @Test func paddedCSVIdsAreWarnedAbout() throws {
        let folder = TemporaryFolder()
        let csv = folder.url("g.csv").path
        try "source,target\na,b\nb ,c\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["stats", csv, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr == "sandan: warning: \(csv):3:1: id \"b \" begins or ends with spaces; it is a different node from \"b\"\n")
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(stats["nodes"] as? Int == 4)
    }
}
