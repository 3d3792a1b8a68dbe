import Foundation
import SandanTestSupport
import Testing

/// What `-o` may name and what happens to every file involved: devices and FIFOs written in
/// place, standard output under another name, inputs refused (but converted in place), stale
/// node tables removed, symbolic link loops and non-UTF-8 names refused, temporary files removed
/// on SIGTERM and SIGINT. Devices are made with mknod, which needs root (CI runs as root).
@Suite struct OutputSafetyCommandTests {
    /// A path (a–b–c) and its `analyze --format csv` table, worked by hand: degrees 1, 2, 1;
    /// betweenness (normalised by 2/((n−1)(n−2)) = 1) 0, 1, 0; closeness 2/3, 1, 2/3;
    /// PageRank from NetworkX 3.6.1 (`nx.pagerank(nx.path_graph(3))`).
    static let path = "a b\nb c\n"

    /// A folder holding `g.edges` (the path above).
    static func folder() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("g.edges", path)
        return folder
    }

    @Test func aDeviceIsWrittenInPlaceAndItsErrorsReported() throws {
        let folder = Self.folder()
        let null = folder.url("null").path, full = folder.url("full").path
        // Linux's /dev/null is (1, 3) and /dev/full (1, 7): major << 8 | minor.
        #expect(mknod(null, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod needs root, as CI runs")
        #expect(mknod(full, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        let toNull = try CLIRunner.run(["analyze", folder.url("g.edges").path, "-o", null])
        #expect(toNull.status == 0)
        #expect(toNull.stderr.isEmpty, "\(toNull.stderr)")
        let toFull = try CLIRunner.run(["analyze", folder.url("g.edges").path, "-o", full])
        #expect(toFull.status == 1)
        #expect(toFull.stderr == "sandan: error: \(full): cannot write: No space left on device\n")
        #expect(fileType(null) == S_IFCHR && fileType(full) == S_IFCHR, "still devices")
        #expect(folder.contents == ["full", "g.edges", "null"], "no temporary file left")
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let folder = Self.folder()
        let fifo = folder.url("out.csv").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = FIFOReader(fifo)
        let run = try CLIRunner.run(["analyze", folder.url("g.edges").path, "--metric", "degree", "--format", "csv", "-o", fifo])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reader.wait().map { String(decoding: $0, as: UTF8.self) } == "id,degree\na,1\nb,2\nc,1\n")
        #expect(fileType(fifo) == S_IFIFO)
        #expect(folder.contents == ["g.edges", "out.csv"])
    }

    /// `-o /dev/stdout` when standard output is a pipe (the runner's): written through it.
    @Test func devStdoutOnAPipeIsStandardOutput() throws {
        let folder = Self.folder()
        let run = try CLIRunner.run(["analyze", folder.url("g.edges").path, "--metric", "degree", "--format", "csv", "-o", "/dev/stdout"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "id,degree\na,1\nb,2\nc,1\n")
    }

    /// A result written over its own input (the edge table, its node table, or a link to
    /// either) is refused and the input kept; `convert` converts in place.
    @Test func anInputIsNeverReplacedButConvertWorksInPlace() throws {
        let folder = TemporaryFolder()
        let edges = folder.url("g.csv").path, nodes = folder.url("g.nodes.csv").path
        let alias = folder.url("alias.csv").path
        try "source,target\na,b\n".write(toFile: edges, atomically: true, encoding: .utf8)
        try "id,region\na,울산\nb,경남\nc,경북\n".write(toFile: nodes, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: "g.csv")
        for (command, target) in [("analyze", edges), ("communities", nodes), ("analyze", alias)] {
            let run = try CLIRunner.run([command, edges, "-o", target])
            #expect(run.status == 1)
            #expect(run.stderr == "sandan: error: \(target): is a file this command read; refusing to replace it (write the result to another file)\n")
        }
        let render = try CLIRunner.run(["render", edges, "--dot-source", "-o", alias.replacingOccurrences(of: ".csv", with: ".dot")])
        #expect(render.status == 0, "a new file beside the input is fine: \(render.stderr)")
        #expect(try String(contentsOfFile: edges, encoding: .utf8) == "source,target\na,b\n")
        #expect(try String(contentsOfFile: nodes, encoding: .utf8) == "id,region\na,울산\nb,경남\nc,경북\n")

        let convert = try CLIRunner.run(["convert", edges, "--directed", "-o", edges])
        #expect(convert.status == 0, "\(convert.stderr)")
        #expect(try String(contentsOfFile: edges, encoding: .utf8) == "source,target\na,b\n")
        #expect(try String(contentsOfFile: nodes, encoding: .utf8) == "id,region\na,울산\nb,경남\nc,경북\n")
        #expect(folder.contents == ["alias.csv", "alias.dot", "g.csv", "g.nodes.csv"])
    }

    /// Converting a graph without node attributes or isolated nodes over a CSV that had a node
    /// table removes that table: reading back gives the new graph, not phantom nodes.
    @Test func convertRemovesAStaleNodeTable() throws {
        let folder = Self.folder()
        let out = folder.url("out.csv").path
        #expect(try CLIRunner.run(["convert", "Graphs", "-o", out]).status == 0)
        #expect(folder.contents == ["g.edges", "out.csv", "out.nodes.csv"])
        let again = try CLIRunner.run(["convert", folder.url("g.edges").path, "-o", out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(folder.contents == ["g.edges", "out.csv"])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "source,target\na,b\nb,c\n")
        let stats = try CLIRunner.run(["stats", out, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(json["nodes"] as? Int == 3)
    }

    /// An id with NUL, accepted from JSON with a warning, is refused when converting to CSV.
    @Test func aNULIsNotWrittenIntoCSV() throws {
        let folder = TemporaryFolder()
        let json = folder.url("g.json").path, csv = folder.url("g.csv").path
        try #"{"nodes":[{"id":"a\u0000b"},{"id":"c"}],"links":[{"source":"a\u0000b","target":"c"}]}"#.write(toFile: json, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["convert", json, "-o", csv])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("sandan: error: \(csv): node id \"a\\u{0}b\" holds a NUL character (U+0000), which CSV cannot carry; remove it, or write .json, which escapes it\n"), "\(run.stderr)")
        #expect(folder.contents == ["g.json"])
    }

    /// A render without --manifest removes the manifest of an earlier render of the same file.
    @Test func aStaleRenderManifestIsRemoved() throws {
        let folder = Self.folder()
        let graph = folder.url("g.edges").path, out = folder.url("g.dot").path
        #expect(try CLIRunner.run(["render", graph, "--dot-source", "--manifest", "-o", out]).status == 0)
        #expect(folder.contents == ["g.dot", "g.dot.manifest.json", "g.edges"])
        let again = try CLIRunner.run(["render", graph, "--dot-source", "-o", out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(folder.contents == ["g.dot", "g.edges"])
    }

    @Test func aSymbolicLinkLoopIsRefused() throws {
        let folder = Self.folder()
        let a = folder.url("a.csv").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b.csv")
        try FileManager.default.createSymbolicLink(atPath: folder.url("b.csv").path, withDestinationPath: "a.csv")
        let run = try CLIRunner.run(["analyze", folder.url("g.edges").path, "-o", a])
        #expect(run.status == 1)
        #expect(run.stderr == "sandan: error: \(a): cannot write: Too many levels of symbolic links\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: a) == "b.csv")
        #expect(folder.contents == ["a.csv", "b.csv", "g.edges"])
    }

    /// A file name that is not UTF-8 (Latin-1 "café") is refused with its bytes, before
    /// anything is read or written.
    @Test func aNonUTF8FileNameIsRefused() throws {
        let folder = Self.folder()
        let script = "cd \"$1\" && exec \"$0\" analyze g.edges -o \"$(printf 'caf\\351.csv')\""
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script, CLIRunner.binary.path, folder.path])
        #expect(run.status == 2)
        #expect(run.stderr == "sandan: error: argument 4 ('caf\\xE9.csv') is not valid UTF-8; Sandan reads file names as UTF-8 text: rename the file (convmv can) or link to it under a UTF-8 name\n")
        #expect(folder.contents == ["g.edges"])
    }

    /// SIGTERM or SIGINT while a write waits (the node table is a FIFO nobody reads, so the
    /// staged edge table sits beside its target): the process ends by the signal, the staged
    /// file is removed, the old edge table is untouched.
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalRemovesTheTemporaryFile(signal: Int32) throws {
        let folder = TemporaryFolder()
        let out = folder.url("out.csv").path
        try "old\n".write(toFile: out, atomically: true, encoding: .utf8)
        #expect(mkfifo(folder.url("out.nodes.csv").path, 0o644) == 0)
        let pid = try Self.spawn(["convert", packageRoot.appendingPathComponent("Graphs").path, "-o", out])
        let deadline = Date().addingTimeInterval(60)
        while !folder.contents.contains(where: { $0.hasPrefix(".sandan-") }) && Date() < deadline {
            usleep(20_000)
        }
        #expect(folder.contents.contains { $0.hasPrefix(".sandan-") }, "the edge table was staged")
        kill(pid, signal)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        #expect(status & 0x7F == signal, "ended by the signal (wait status \(status))")
        #expect(folder.contents == ["out.csv", "out.nodes.csv"], "no temporary file left")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
        #expect(fileType(folder.url("out.nodes.csv").path) == S_IFIFO)
    }
}

extension OutputSafetyCommandTests {
    /// Starts `sandan arguments…` with standard error discarded and no
    /// signal blocked or ignored (a test runs on a Dispatch thread, which blocks the terminal
    /// signals, and `Process` would pass that mask on), and returns its process id.
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([CLIRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, CLIRunner.binary.path, &actions, &attributes, argv, environ)
        try #require(result == 0, "posix_spawn: \(String(cString: strerror(result)))")
        return pid
    }
}
