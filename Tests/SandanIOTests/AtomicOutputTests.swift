import Foundation
import SandanGraph
@testable import SandanIO
import Testing

/// Outputs are written whole or not at all: a temporary file in the same folder, fsync,
/// rename; permissions kept; symbolic links written through.
@Suite struct AtomicOutputTests {
    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aFailedWriteLeavesTheOldFileUntouched() throws {
        let folder = TemporaryFolder()
        let path = folder.write("out.edges", "old content\n")
        var b = GraphBuilder(directed: false)
        b.addEdge("a b", "c")  // an id with a space cannot go into an edge list
        expectInputError("cannot be written to an edge list") { () throws(InputError) in try GraphFile.write(b.build(), to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        #expect(folder.contents == ["out.edges"], "no temporary file left")
    }

    /// The rename itself fails (the target is a folder): the temporary file is removed.
    @Test func aFailedRenameLeavesNoTemporaryFile() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("out.json"), withIntermediateDirectories: false)
        expectInputError("cannot replace") { () throws(InputError) in
            try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("out.json"))
        }
        #expect(folder.contents == ["out.json"])
    }

    @Test func permissionsAreKept() throws {
        let folder = TemporaryFolder()
        let path = folder.write("out.graphml", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try GraphFile.write(SampleGraphs.full(directed: false), to: path)
        #expect(Self.mode(path) == 0o640)
        #expect(try GraphFile.read(path: path).graph.nodeCount == 4)
    }

    @Test func aSymbolicLinkIsWrittenThrough() throws {
        let folder = TemporaryFolder()
        let target = folder.write("real.gml", "old")
        let link = folder.file("link.gml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.gml")
        try GraphFile.write(SampleGraphs.full(directed: true), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.gml", "the link is still a link")
        #expect(try GraphFile.read(path: target).graph.edgeCount == 4, "its target holds the new graph")
        #expect(folder.contents == ["link.gml", "real.gml"])
    }

    @Test func aCSVWriteReplacesBothTablesOrNeither() throws {
        let folder = TemporaryFolder()
        try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("g.csv"))
        #expect(folder.contents == ["g.csv", "g.nodes.csv"])
        let before = try String(contentsOfFile: folder.file("g.nodes.csv"), encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.file("g.csv"))
        try FileManager.default.createDirectory(atPath: folder.file("g.csv"), withIntermediateDirectories: false)
        expectInputError("cannot replace") { () throws(InputError) in
            try GraphFile.write(SampleGraphs.full(directed: true), to: folder.file("g.csv"))
        }
        #expect(try String(contentsOfFile: folder.file("g.nodes.csv"), encoding: .utf8) == before)
        #expect(folder.contents == ["g.csv", "g.nodes.csv"], "no staged file left")
    }
}
