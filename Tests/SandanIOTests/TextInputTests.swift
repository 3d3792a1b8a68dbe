import Foundation
import SandanGraph
@testable import SandanIO
import Testing

/// The same text-level hostile inputs in every reader: invalid UTF-8, NUL bytes, CP949, NFD
/// Hangul, invisible and bidirectional characters in ids.
@Suite struct TextInputTests {
    /// A minimal file of each format with one id left as `{ID}` (on the line and column that
    /// the tests compute from the template).
    static let templates: [(GraphFormat, String)] = [
        (.edgeList, "# ids\n{ID} b\n"),
        (.csv, "source,target\n{ID},b\n"),
        (.json, "{\"nodes\": [{\"id\": \"b\"},\n  {\"id\": \"{ID}\"}],\n \"edges\": [{\"source\": \"b\", \"target\": \"{ID}\"}]}\n"),
        (.graphml, "<graphml>\n<graph edgedefault=\"undirected\"><node id=\"b\"/>\n  <node id=\"{ID}\"/><edge source=\"{ID}\" target=\"b\"/></graph></graphml>\n"),
        (.gexf, "<gexf version=\"1.3\"><graph><nodes><node id=\"b\"/>\n<node id=\"{ID}\"/></nodes>\n<edges><edge source=\"{ID}\" target=\"b\"/></edges></graph></gexf>\n"),
        (.gml, "graph [\n  node [ id 1 label \"b\" ]\n  node [ id 0 label \"{ID}\" ]\n  edge [ source 0 target 1 ]\n]\n"),
        (.pajek, "*Vertices 2\n1 \"{ID}\"\n2 \"b\"\n*Edges\n1 2\n"),
        (.dot, "graph {\n  \"{ID}\" -- \"b\"\n}\n"),
    ]

    static var formats: [GraphFormat] { templates.map(\.0) }

    static func template(_ format: GraphFormat) -> String { templates.first { $0.0 == format }!.1 }

    /// The template with every `{ID}` replaced by the bytes `id`.
    static func file(_ format: GraphFormat, id: [UInt8]) -> [UInt8] {
        let parts = template(format).components(separatedBy: "{ID}")
        var bytes = Array(parts[0].utf8)
        for part in parts.dropFirst() {
            bytes += id + Array(part.utf8)
        }
        return bytes
    }

    /// Line and column (1-based, in scalars) of the first `{ID}` in the template.
    static func placeholder(_ format: GraphFormat) -> (line: Int, column: Int) {
        let prefix = template(format).components(separatedBy: "{ID}")[0]
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, lines.last!.unicodeScalars.count + 1)
    }

    @Test(arguments: formats)
    func invalidUTF8IsLocatedWithTheCP949Hint(format: GraphFormat) {
        let bytes = Self.file(format, id: [0x67, 0xB1, 0xB8])  // "g" then CP949 bytes
        let (line, column) = Self.placeholder(format)
        expectInputError("not valid UTF-8 (byte 0xB1); if the file was saved by a Korean spreadsheet, try --encoding cp949",
                         line: line, column: column + 1) { () throws(InputError) in
            _ = try read(bytes: bytes, as: format)
        }
    }

    @Test(arguments: formats)
    func nulBytesAreLocated(format: GraphFormat) {
        let bytes = Self.file(format, id: [0x61, 0x00, 0x62])
        let (line, column) = Self.placeholder(format)
        expectInputError("NUL byte in a text file", line: line, column: column + 1) { () throws(InputError) in
            _ = try read(bytes: bytes, as: format)
        }
    }

    @Test(arguments: formats)
    func cp949IsReadWhenAsked(format: GraphFormat) throws {
        // "구미" in CP949 is B1 B8 B9 CC; "똠" (a UHC syllable, not in EUC-KR) is 8C 63.
        let bytes = Self.file(format, id: [0xB1, 0xB8, 0xB9, 0xCC, 0x8C, 0x63])
        let graph = try read(bytes: bytes, as: format, options: ReadOptions(encoding: .cp949)).graph
        #expect(graph.index(of: "구미똠") != nil)
        #expect(graph.edgeCount == 1)
    }

    @Test(arguments: formats)
    func nfdHangulBecomesNFC(format: GraphFormat) throws {
        let nfd = "\u{1100}\u{116E}\u{1106}\u{1175}"  // 구미 as jamo
        let graph = try read(bytes: Self.file(format, id: Array(nfd.utf8)), as: format).graph
        let ids = graph.ids.all.map { Array($0.unicodeScalars) }
        #expect(ids.contains(Array("구미".unicodeScalars)))
        #expect(!ids.contains(Array(nfd.unicodeScalars)))
    }

    @Test(arguments: formats)
    func invisibleAndBidiCharactersInIdsAreWarnedAbout(format: GraphFormat) throws {
        for (id, shown) in [("구미\u{200B}국가", "\\u{200B}"), ("abc\u{202E}txt.exe", "\\u{202E}")] {
            let loaded = try read(bytes: Self.file(format, id: Array(id.utf8)), as: format)
            #expect(loaded.graph.index(of: id) != nil, "kept as it is")
            let messages = loaded.warnings.map(\.message)
            #expect(messages.contains { $0.contains(shown) && $0.contains("a different node from any id that looks the same") },
                    "warnings: \(messages)")
        }
    }

    @Test(arguments: formats)
    func byteOrderMarkIsSkipped(format: GraphFormat) throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.file(format, id: Array("a".utf8))
        let graph = try read(bytes: bytes, as: format).graph
        #expect(Set(graph.ids.all) == ["a", "b"])
    }
}
