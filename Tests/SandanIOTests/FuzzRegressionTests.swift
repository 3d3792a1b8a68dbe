import Foundation
import SandanGraph
@testable import SandanIO
import SandanTestSupport
import Testing

/// Inputs the fuzzers (`Scripts/fuzz.sh`) found crashing or breaking a round trip, kept in
/// `Tests/Fixtures/FuzzRegressions/` as `FORMAT-what-went-wrong.EXT`, each with its expected
/// outcome in `outcomes.txt` beside it: read to so many nodes and edges, or refused at a given
/// place with a given message. What is read is also written in the same format and read back
/// to the same ids, edges and kinds, unless the outcome says the writer refuses it (an ``OutputError``).
@Suite struct FuzzRegressionTests {
    static let folder = fixturesFolder.appendingPathComponent("FuzzRegressions")
    static let manifest = "outcomes.txt"

    /// The recorded outcomes: input name → `reads N nodes, M edges`, `refused at L:C: MESSAGE`
    /// or `refused: MESSAGE` (blank lines and `#` comments skipped).
    static let outcomes: [String: String] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent(manifest), encoding: .utf8)) ?? ""
        var outcomes: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if fields.count == 2 { outcomes[fields[0]] = fields[1] }
        }
        return outcomes
    }()

    /// Every file of the folder but the manifest.
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0 != manifest }.sorted()

    @Test func everyInputHasARecordedOutcome() {
        #expect(!Self.inputs.isEmpty, "the folder \(Self.folder.path) holds inputs")
        #expect(Self.outcomes.keys.sorted() == Self.inputs, "outcomes.txt names exactly the inputs")
    }

    @Test(arguments: inputs)
    func givesItsRecordedOutcomeAndRoundTrips(name: String) throws {
        let expected = try #require(Self.outcomes[name], "no outcome recorded for \(name)")
        let path = Self.folder.appendingPathComponent(name).path
        let format = try GraphFormat.of(extensionOf: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let graph: Graph
        do {
            graph = try read(bytes: bytes, as: format, file: name).graph
        } catch {
            let refusal = expected.hasPrefix("refused at ") ? name + ":" + expected.dropFirst("refused at ".count)
                : expected.hasPrefix("refused: ") ? name + ": " + expected.dropFirst("refused: ".count) : "(read)"
            let described = error.description.replacing(/'%\d+'/, with: "'%N'")
            #expect(described == refusal, "recorded: \(expected)")
            return
        }
        let counts = "reads \(graph.nodeCount) nodes, \(graph.edgeCount) edges"
        let folder = TemporaryFolder()
        let out = folder.file("out." + (path as NSString).pathExtension)
        guard expected != counts + "; not written back" else {
            #expect(throws: OutputError.self) { try GraphFile.write(graph, to: out) }
            return
        }
        #expect(counts == expected)
        try GraphFile.write(graph, to: out)
        let options = ReadOptions(directed: format == .csv || format == .edgeList ? graph.isDirected : nil)
        let back = try GraphFile.read(path: out, options: options).graph
        #expect(back.isDirected == graph.isDirected)
        if format == .edgeList {
            #expect(Set(back.ids.all) == Set(graph.ids.all))
            #expect(back.edgeCount == graph.edgeCount)
        } else {
            #expect(back.ids.all == graph.ids.all)
            #expect(edgeList(back) == edgeList(graph))
        }
    }
}
