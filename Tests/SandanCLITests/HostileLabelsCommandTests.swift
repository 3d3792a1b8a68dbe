import Foundation
import SandanTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Names that Graphviz would decode or choke on (`AT&amp;T`, `&#x1;`, `&#xD800;`, U+FFFE)
/// give a well-formed SVG showing them as written, a PDF without cairo errors, and a report that
/// includes its diagrams; a report whose diagram cannot be drawn fails loudly.
@Suite struct HostileLabelsCommandTests {
    /// Node names and the text a reader must see for each (U+FFFE shown as U+FFFD).
    static let names = [("AT&amp;T", "AT&amp;T"), ("x&#x1;y", "x&#x1;y"), ("s&#xD800;t", "s&#xD800;t"),
                        ("non" + String(Unicode.Scalar(0xFFFE as UInt32)!) + "char", "non\u{FFFD}char"), ("R&D", "R&D")]

    /// A CSV edge table linking the names in a path, in a fresh folder.
    static func graph() throws -> (folder: TemporaryFolder, path: String) {
        let folder = TemporaryFolder()
        let ids = names.map(\.0)
        let rows = zip(ids, ids.dropFirst()).map { "\"\($0)\",\"\($1)\"" }
        let path = folder.url("g.csv").path
        try (["source,target"] + rows).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    /// The character data of every `<text>` element of an SVG, decoded by an XML parser; nil
    /// when the document is not well-formed.
    static func texts(ofSVG data: Data) -> [String]? {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var current: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "text" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "text", let current { texts.append(current) }
                current = nil
            }
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    @Test func svgIsWellFormedAndShowsNamesAsWritten() throws {
        let (folder, path) = try Self.graph()
        let out = folder.url("g.svg").path
        let run = try CLIRunner.run(["render", path, "-o", out, "--layout", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        let texts = try #require(Self.texts(ofSVG: try Data(contentsOf: URL(fileURLWithPath: out))), "well-formed XML")
        for (_, shown) in Self.names { #expect(texts.contains(shown), "\(shown) in \(texts)") }
    }

    @Test func pdfRendersWithoutCairoErrors() throws {
        let (folder, path) = try Self.graph()
        let out = folder.url("g.pdf").path
        let run = try CLIRunner.run(["render", path, "-o", out, "--layout", "dot"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("cairo"), "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).prefix(5) == Data("%PDF-".utf8))
    }

    @Test func theReportIncludesItsDiagram() throws {
        let (folder, path) = try Self.graph()
        let out = folder.url("g.md").path
        let run = try CLIRunner.run(["report", path, "-o", out, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let svgs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        let diagrams = svgs.filter { $0.hasPrefix("g-network") }
        #expect(diagrams.count == 1, "the network diagram (no provinces, so no province-level one): \(svgs)")
        for svg in svgs {
            let texts = try #require(Self.texts(ofSVG: try Data(contentsOf: folder.url(svg))), "\(svg) is well-formed")
            if diagrams.contains(svg) {
                for (_, shown) in Self.names { #expect(texts.contains(shown), "\(shown) in \(svg)") }
            }
        }
    }

    /// A layout stopped by its time limit: the report is not written, the reason is on
    /// standard error, the exit status is 1, and an older report is kept.
    @Test func aReportWhoseDiagramFailsIsNotWritten() throws {
        let folder = TemporaryFolder()
        let out = folder.url("report.html").path
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["report", "Graphs", "-o", out, "--timeout", "0.001"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("sandan: error: the network diagram cannot be included in the report: "), "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }
}
