import Foundation
import SandanGraph
@testable import SandanIO
import SandanTestSupport
import Testing

/// Inputs the fuzzers (`Scripts/fuzz.sh`) found crashing or breaking a round trip, kept in
/// `Tests/Fixtures/FuzzRegressions/` as `FORMAT-what-went-wrong.EXT`. Each goes through the
/// fuzz target's check: the reader either refuses it with an ``InputError`` or reads it, and
/// what it reads is written in the same format and read back to the same ids, edges and kinds
/// (unless the writer refuses it with an ``InputError``).
@Suite struct FuzzRegressionTests {
    static let folder = fixturesFolder.appendingPathComponent("FuzzRegressions")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty, "the folder \(Self.folder.path) is found")
    }

    @Test(arguments: inputs)
    func readsOrRefusesCleanlyAndRoundTrips(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let format = try GraphFormat.of(extensionOf: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let graph = try? read(bytes: bytes, as: format, file: name).graph else { return }
        let folder = TemporaryFolder()
        let out = folder.file("out." + (path as NSString).pathExtension)
        do { try GraphFile.write(graph, to: out) } catch { return }
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
