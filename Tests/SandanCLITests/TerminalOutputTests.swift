import Foundation
import SandanTestSupport
import Testing

/// Ids, kinds and attribute values holding ESC, BEL, CSI (U+009B) or a line break are shown
/// escaped (`\u{1B}`) in every command's table output and in diagnostics, so that data cannot
/// drive the terminal or forge lines; long values are cut.
@Suite struct TerminalOutputTests {
    /// A triangle plus a tail whose ids, kind and region hold control characters.
    static func graph() throws -> (folder: TemporaryFolder, path: String) {
        let folder = TemporaryFolder()
        let path = folder.url("g.csv").path
        let edges = """
        source,target,kind,year
        "a\u{1B}[31mred",b\u{07},x\u{1B}]0;title\u{07},2020
        b\u{07},c,x\u{1B}]0;title\u{07},2021
        c,"a\u{1B}[31mred",plain,2022
        c,"d\u{9B}2J",plain,2023

        """
        let nodes = """
        id,region,lat,lon
        "a\u{1B}[31mred","r\u{1B}[2J",35.1,129.0
        b\u{07},"line\nbreak",35.2,129.1
        c,"r\u{1B}[2J",35.1,129.0
        "d\u{9B}2J",plain,35.3,129.2

        """
        try edges.write(toFile: path, atomically: true, encoding: .utf8)
        try nodes.write(toFile: folder.url("g.nodes.csv").path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    /// A second graph for `compare`: `c` alone with a new neighbour.
    static func other(_ folder: TemporaryFolder) throws -> String {
        let path = folder.url("other.edges").path
        try "c z\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Control characters other than the line feed that ends a line.
    static func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            .map { String(format: "U+%04X", $0.value) }
    }

    @Test(arguments: [["analyze"], ["stats"], ["communities"], ["regions"], ["resilience"], ["multiplex"], ["compare"],
                      ["hubs", "--top", "2"], ["proximity", "--km", "50"]])
    func tableOutputEscapesControlCharacters(command: [String]) throws {
        let (folder, path) = try Self.graph()
        let arguments = try command.count == 1 && command[0] == "compare" ? ["compare", path, Self.other(folder)] : [command[0], path] + command.dropFirst()
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.controls(run.stdout).isEmpty, "raw control characters in stdout: \(Self.controls(run.stdout))")
        #expect(Self.controls(run.stderr).isEmpty, "raw control characters in stderr: \(Self.controls(run.stderr))")
        #expect(run.stdout.contains("\\u{1B}") || run.stdout.contains("\\u{7}") || run.stdout.contains("\\u{9B}"),
                "the escaped form is shown: \(run.stdout)")
    }

    @Test func analyzeShowsEachIdEscaped() throws {
        let graph = try Self.graph()
        let run = try CLIRunner.run(["analyze", graph.path, "--metric", "degree", "--ids-only"])
        #expect(run.status == 0)
        #expect(run.stdout == """
        id              degree
        --------------  ------
        a\\u{1B}[31mred       2
        b\\u{7}               2
        c                    3
        d\\u{9B}2J            1

        """)
    }

    /// A 100,000-character id in a warning (it holds a zero-width space) is cut at 80 characters.
    @Test func aLongValueInADiagnosticIsCut() throws {
        let folder = TemporaryFolder()
        let path = folder.url("g.edges").path
        let long = "\u{200B}" + String(repeating: "x", count: 100_000)
        try "\(long) b\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["stats", path])
        #expect(run.status == 0)
        let expected = "\"\\u{200B}" + String(repeating: "x", count: 79) + "… (100003 bytes)\""
        #expect(run.stderr == "sandan: warning: \(path):1:1: id \(expected) holds invisible or direction-changing characters; it is a different node from any id that looks the same\n")
    }
}
