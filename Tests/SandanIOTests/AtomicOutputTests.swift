import Foundation
import SandanTestSupport
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
        expectOutputError("cannot be written to an edge list") { () throws(OutputError) in try GraphFile.write(b.build(), to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        #expect(folder.contents == ["out.edges"], "no temporary file left")
    }

    /// A folder as the target is refused before anything is written.
    @Test func aFolderIsRefused() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("out.json"), withIntermediateDirectories: false)
        expectOutputError("cannot write: it is a folder") { () throws(OutputError) in
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

    /// The edge table cannot be written (a folder is in its place): the node table is not
    /// replaced either, and nothing staged is left.
    @Test func aCSVWriteReplacesBothTablesOrNeither() throws {
        let folder = TemporaryFolder()
        try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("g.csv"))
        #expect(folder.contents == ["g.csv", "g.nodes.csv"])
        let before = try String(contentsOfFile: folder.file("g.nodes.csv"), encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.file("g.csv"))
        try FileManager.default.createDirectory(atPath: folder.file("g.csv"), withIntermediateDirectories: false)
        expectOutputError("it is a folder") { () throws(OutputError) in
            try GraphFile.write(SampleGraphs.full(directed: true), to: folder.file("g.csv"))
        }
        #expect(try String(contentsOfFile: folder.file("g.nodes.csv"), encoding: .utf8) == before)
        #expect(folder.contents == ["g.csv", "g.nodes.csv"], "no staged file left")
    }

    /// A node table left by an earlier write is removed when the new graph needs none, so that
    /// reading back gives the new graph (no phantom nodes, no undeclared ends).
    @Test func aStaleNodeTableIsRemoved() throws {
        let folder = TemporaryFolder()
        try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("g.csv"))
        #expect(folder.contents == ["g.csv", "g.nodes.csv"])
        var b = GraphBuilder(directed: false)
        b.addEdge("x", "y")
        try GraphFile.write(b.build(), to: folder.file("g.csv"))
        #expect(folder.contents == ["g.csv"])
        #expect(try GraphFile.read(path: folder.file("g.csv")).graph.ids.all == ["x", "y"])
    }

    /// `nodes.csv` beside `edges.csv` would be paired with the new edge table: the writer
    /// outranks it with `edges.nodes.csv`, and leaves it alone.
    @Test func anOtherSiblingNodeTableIsOutranked() throws {
        let folder = TemporaryFolder()
        folder.write("nodes.csv", "id,kind\nold,complex\n")
        var b = GraphBuilder(directed: false)
        b.addEdge("x", "y")
        try GraphFile.write(b.build(), to: folder.file("edges.csv"))
        #expect(folder.contents == ["edges.csv", "edges.nodes.csv", "nodes.csv"])
        #expect(try String(contentsOfFile: folder.file("edges.nodes.csv"), encoding: .utf8) == "id\nx\ny\n")
        #expect(try GraphFile.read(path: folder.file("edges.csv")).graph.ids.all == ["x", "y"])
    }

    /// The staging name of old (`X.sandan-staged`) planted as a symbolic link to another file:
    /// that file is not touched, and the planted link stays as it was.
    @Test func aPlantedStagingLinkIsNotFollowed() throws {
        let folder = TemporaryFolder()
        let victim = folder.write("victim.txt", "precious\n")
        for name in ["g.csv.sandan-staged", "g.nodes.csv.sandan-staged", ".sandan-staged"] {
            try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: victim)
        }
        try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("g.csv"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(folder.contents == [".sandan-staged", "g.csv", "g.csv.sandan-staged", "g.nodes.csv", "g.nodes.csv.sandan-staged", "victim.txt"])
        expectSameGraph(try GraphFile.read(path: folder.file("g.csv")).graph, SampleGraphs.full(directed: false))
    }

    /// Two writers of the same `g.csv` (graphs with different node sets and node attributes)
    /// and a reader, concurrently: the reader always sees one writer's whole set, and the end
    /// state is one writer's whole set.
    @Test func concurrentWritersAndAReaderNeverMixTables() async throws {
        let folder = TemporaryFolder()
        let path = folder.file("g.csv")
        func graph(_ tag: String) -> Graph {
            var b = GraphBuilder(directed: false)
            let u = b.addNode("\(tag)1"), v = b.addNode("\(tag)2")
            b.addNode("\(tag)-isolated")
            b.addEdge(u, v)
            try! b.setNodeAttribute("tag", node: u, .string(tag))
            return b.build()
        }
        let graphs = ["a": graph("a"), "b": graph("b")]
        try GraphFile.write(graphs["a"]!, to: path)
        let rounds = 150
        let seen = try await withThrowingTaskGroup(of: [String].self) { group in
            for tag in ["a", "b"] {
                group.addTask {
                    for _ in 0..<rounds { try GraphFile.write(graphs[tag]!, to: path) }
                    return []
                }
            }
            group.addTask {
                var ids: [String] = []
                for _ in 0..<rounds { ids.append(try GraphFile.read(path: path).graph.ids.all.joined(separator: " ")) }
                return ids
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(seen).isSubset(of: ["a1 a2 a-isolated", "b1 b2 b-isolated"]), "mixtures: \(Set(seen))")
        let end = try GraphFile.read(path: path).graph
        #expect(end.ids.all == ["a1", "a2", "a-isolated"] || end.ids.all == ["b1", "b2", "b-isolated"])
        #expect(folder.contents == ["g.csv", "g.nodes.csv"], "no staged file left")
    }

    /// Devices and FIFOs are written in place, never replaced: `/dev/null`'s twin stays a
    /// character device; `/dev/full`'s twin reports ENOSPC; a FIFO's reader gets the bytes.
    @Test func devicesAndFIFOsAreWrittenDirectly() throws {
        let folder = TemporaryFolder()
        let null = folder.file("null.json"), full = folder.file("full.json"), fifo = folder.file("fifo.json")
        // Linux's device numbers of /dev/null (1, 3) and /dev/full (1, 7): major << 8 | minor.
        #expect(mknod(null, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod needs root, as CI runs")
        #expect(mknod(full, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        #expect(mkfifo(fifo, 0o644) == 0)
        try GraphFile.write(SampleGraphs.full(directed: false), to: null)
        expectOutputError("cannot write: No space left on device") { () throws(OutputError) in
            try GraphFile.write(SampleGraphs.full(directed: false), to: full)
        }
        let received = FIFOReader(fifo)
        try GraphFile.write(SampleGraphs.full(directed: false), to: fifo)
        #expect(received.wait() == NodeLinkJSON.write(SampleGraphs.full(directed: false)))
        for path in [null, full] { #expect(fileType(path) == S_IFCHR) }
        #expect(fileType(fifo) == S_IFIFO)
        #expect(folder.contents == ["fifo.json", "full.json", "null.json"], "no staged file left")
    }

    /// A symbolic link loop as the output fails with the loop's error and changes nothing.
    @Test func aSymbolicLinkLoopIsRefused() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("a.json"), withDestinationPath: "b.json")
        try FileManager.default.createSymbolicLink(atPath: folder.file("b.json"), withDestinationPath: "a.json")
        expectOutputError("cannot write: Too many levels of symbolic links") { () throws(OutputError) in
            try GraphFile.write(SampleGraphs.full(directed: false), to: folder.file("a.json"))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("a.json")) == "b.json")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("b.json")) == "a.json")
        #expect(folder.contents == ["a.json", "b.json"])
    }

    /// A file in `sparing` (an input of the command) is not replaced.
    @Test func aSparedFileIsNotReplaced() throws {
        let folder = TemporaryFolder()
        let path = folder.write("g.json", "{}")
        let link = folder.file("alias.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "g.json")
        let identity = try #require(FileIdentity(path: path))
        expectOutputError("is a file this command read; refusing to replace it") { () throws(OutputError) in
            try GraphFile.write(SampleGraphs.full(directed: false), to: link, sparing: [identity])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
        #expect(folder.contents == ["alias.json", "g.json"])
    }
}
