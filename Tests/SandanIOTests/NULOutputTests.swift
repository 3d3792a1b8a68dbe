import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// A NUL character (accepted from JSON's `\u0000`) is refused when writing a text format that
/// cannot carry it, naming where it is; JSON carries it; no file is left behind.
@Suite struct NULOutputTests {
    static let formats = ["g.csv", "g.edges", "g.net", "g.dot", "g.gml"]
    static let names = ["g.csv": "CSV", "g.edges": "an edge list", "g.net": "Pajek", "g.dot": "DOT", "g.gml": "GML"]

    static func graph(_ json: String) throws -> Graph {
        try NodeLinkJSON.read(json, file: "g.json").graph
    }

    @Test(arguments: formats)
    func aNULInAnIdIsRefused(name: String) throws {
        let graph = try Self.graph(#"{"nodes":[{"id":"a\u0000b"},{"id":"c"}],"links":[{"source":"a\u0000b","target":"c"}]}"#)
        let folder = TemporaryFolder()
        let error = outputError { () throws(OutputError) in try GraphFile.write(graph, to: folder.file(name)) }
        #expect(error?.message == "node id \"a\\u{0}b\" holds a NUL character (U+0000), which \(Self.names[name]!) cannot carry; remove it, or write .json, which escapes it")
        #expect(error?.file == folder.file(name))
        #expect(folder.contents.isEmpty, "nothing written")
    }

    @Test func aNULInAKindAnAttributeNameOrValueIsRefused() throws {
        let cases = [
            (#"{"nodes":[{"id":"a"},{"id":"c"}],"links":[{"source":"a","target":"c","kind":"x\u0000"}]}"#, "edge kind \"x\\u{0}\""),
            (#"{"nodes":[{"id":"a","n\u0000":"v"},{"id":"c"}],"links":[{"source":"a","target":"c"}]}"#, "node attribute name \"n\\u{0}\""),
            (#"{"nodes":[{"id":"a"},{"id":"c"}],"links":[{"source":"a","target":"c","note":"\u0000"}]}"#, "edge attribute 'note' value \"\\u{0}\""),
        ]
        for (json, what) in cases {
            let folder = TemporaryFolder()
            let graph = try Self.graph(json)
            let error = outputError { () throws(OutputError) in try GraphFile.write(graph, to: folder.file("g.csv")) }
            #expect(error?.message.hasPrefix(what + " holds a NUL character") == true, "\(error?.message ?? "")")
            #expect(folder.contents.isEmpty)
        }
    }

    @Test func jsonCarriesANUL() throws {
        let graph = try Self.graph(#"{"nodes":[{"id":"a\u0000b"},{"id":"c"}],"links":[{"source":"a\u0000b","target":"c"}]}"#)
        let folder = TemporaryFolder()
        try GraphFile.write(graph, to: folder.file("g.json"))
        #expect(try GraphFile.read(path: folder.file("g.json")).graph.ids.all == ["a\u{0}b", "c"])
    }
}
