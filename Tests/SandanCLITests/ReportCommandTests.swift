import Foundation
import SandanTestSupport
import Testing

/// `sandan report` through the built binary.
@Suite struct ReportCommandTests {
    @Test func writesOneSelfContainedPage() throws {
        let folder = TemporaryFolder()
        let page = folder.url("report.html")
        let run = try CLIRunner.run(["report", "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Standard error is a pipe here, not a terminal: no progress bar, nothing at all.
        #expect(run.stderr == "")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\">"))
        // The industrial layer by default: 78 of the 121 nodes (Scripts/layers/layers.py).
        #expect(html.contains("78개 노드"))
        #expect(html.contains("노드 121개 중 78개"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }

    @Test func markdownComesWithItsPictures() throws {
        let folder = TemporaryFolder()
        let run = try CLIRunner.run(["report", "Graphs", "-o", folder.url("net.md").path, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.contains("net.md"))
        let pictures = files.filter { $0.hasSuffix(".svg") }
        #expect(!pictures.isEmpty)
        let markdown = try String(contentsOf: folder.url("net.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Industrial-complex network report\n"))
        for picture in pictures {
            #expect(picture.hasPrefix("net-"))
            #expect(markdown.contains("](\(picture))"))
        }
    }

    @Test func englishByDefaultForAGraphWithoutKoreanNames() throws {
        let folder = TemporaryFolder()
        let edges = folder.url("g.edges")
        try "a b\nb c\nc a\nc d\n".write(to: edges, atomically: true, encoding: .utf8)
        let page = folder.url("g.html")
        let run = try CLIRunner.run(["report", edges.path, "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        // 4 nodes, 4 edges: density 2·4/(4·3) = 0.6667.
        #expect(html.contains("The network has 4 nodes and 4 linkages."))
        #expect(html.contains("Its density is 0.6667"))
    }

    @Test func refusesOtherExtensionsAndLeavesNoPartialFile() throws {
        let folder = TemporaryFolder()
        let wrong = try CLIRunner.run(["report", "-o", folder.url("report.pdf").path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("-o must name a .html or .md file"))
        let missing = try CLIRunner.run(["report", "-o", folder.url("no/such/report.html").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("sandan: error: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func showsProgressOnATerminal() throws {
        // script(1) gives the command a pseudo-terminal, so isatty(2) is true. The bundled
        // report takes less than the bar's half-second delay: SANDAN_PROGRESS_DELAY=0 shows it.
        let folder = TemporaryFolder()
        let page = folder.url("report.html").path
        let binary = CLIRunner.binary.path
        let script = try runProgram(URL(fileURLWithPath: "/usr/bin/script"),
                                    ["-qec", "SANDAN_PROGRESS_DELAY=0 '\(binary)' report -o '\(page)'", "/dev/null"],
                                    directory: packageRoot)
        let terminal = script.stdout
        #expect(script.status == 0)
        #expect(terminal.contains("report ["))
        #expect(terminal.contains("100%"))
        #expect(terminal.contains("\u{1B}[K"))
    }
}
