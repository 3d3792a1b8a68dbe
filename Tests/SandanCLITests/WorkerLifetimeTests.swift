import Foundation
import SandanTestSupport
import Testing

/// The render worker never outlives `sandan render` (issue 13, item 10): it dies with its parent
/// whatever ends the parent, a terminal signal reaches it, its CPU time is capped, and
/// `--timeout` also bounds building the DOT before the layout.
@Suite(.serialized) struct WorkerLifetimeTests {
    /// An edge list `dot` needs minutes to lay out (300 nodes, 3,000 random edges; Graphviz's
    /// notes: 200 nodes and 600 edges already take over two minutes).
    static func slowGraph(in folder: TemporaryFolder) throws -> String {
        let path = folder.url("dense.edges").path
        try CLIRunner.randomEdges(nodes: 300, edges: 3_000, seed: 7).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Whether process `pid` still runs (a zombie has ended: it waits only to be reaped, and the
    /// container's first process may never reap an orphan).
    static func alive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    /// The children of `pid` (from /proc), waiting up to 20 s for the first.
    static func children(of pid: Int32) throws -> [Int32] {
        for _ in 0..<200 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            let found = entries.compactMap(Int32.init).filter { child in
                guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { return false }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                return fields.count > 1 && Int32(fields[1]) == pid
            }
            if !found.isEmpty { return found }
            usleep(100_000)
        }
        Issue.record("no worker process appeared under \(pid)")
        return []
    }

    /// Starts `sandan render` on the slow graph, waits for its worker, sends `signal` to
    /// `sandan`, and checks that the worker is gone within 5 s and no drawing was written.
    func endParent(with signal: Int32) throws {
        let folder = TemporaryFolder()
        let output = folder.url("out.svg").path
        let program = try RunningProgram(CLIRunner.binary, ["render", try Self.slowGraph(in: folder), "-o", output, "--layout", "dot"],
                                         captureOutput: false)
        let workers = try Self.children(of: program.pid)
        #expect(workers.count == 1)
        kill(program.pid, signal)
        let ended = try program.wait(seconds: 60)
        #expect(ended.signalled)
        #expect(ended.status == signal)
        var waited = 0
        while workers.contains(where: Self.alive), waited < 50 {
            usleep(100_000)
            waited += 1
        }
        for worker in workers { #expect(!Self.alive(worker), "worker \(worker) still runs after signal \(signal) to its parent") }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func theWorkerDiesWithAKilledParent() throws { try endParent(with: SIGKILL) }
    @Test func anInterruptReachesTheWorker() throws { try endParent(with: SIGINT) }
    @Test func aTerminationReachesTheWorker() throws { try endParent(with: SIGTERM) }
    @Test func aHangUpReachesTheWorker() throws { try endParent(with: SIGHUP) }

    @Test func theWorkerEndsAtOnceWhenItsParentIsGone() throws {
        // A parent pid that is not this worker's parent: the worker must not start a layout.
        let run = try CLIRunner.run(["render-worker", "--layout", "dot", "--format", "svg", "--parent-pid", "1"], input: .text(""))
        #expect(run.status == 1)
        #expect(run.stderr == "worker: the render worker failed: the parent process 1 has ended\n")
    }

    @Test func theWorkersCPUTimeIsCapped() throws {
        let folder = TemporaryFolder()
        let dot = folder.url("dense.dot").path
        let made = try CLIRunner.run(["render", try Self.slowGraph(in: folder), "-o", dot, "--dot-source", "--layout", "dot"])
        #expect(made.status == 0)
        let run = try CLIRunner.run(["render-worker", "--layout", "dot", "--format", "svg",
                                     "--parent-pid", String(getpid()), "--cpu-seconds", "1"], input: .file(URL(fileURLWithPath: dot)))
        #expect(run.signalled)
        #expect(run.status == SIGXCPU)
    }

    @Test func theTimeoutBoundsBuildingTheDOT() throws {
        let folder = TemporaryFolder()
        let graph = folder.url("big.edges").path
        try CLIRunner.randomEdges(nodes: 100_000, edges: 400_000, seed: 3).write(toFile: graph, atomically: true, encoding: .utf8)
        let output = folder.url("big.svg").path
        let started = Date()
        let result = try CLIRunner.run(["render", graph, "-o", output, "--layout", "sfdp", "--timeout", "0.2"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("sandan: error: the drawing was not ready for layout within 0.2 s (--timeout) and was "
            + "stopped; nothing was written. Try a longer --timeout, or draw less (--kind, --programme)\n"))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aTimedOutLayoutNamesTheWholeTimeLimit() throws {
        let folder = TemporaryFolder()
        let output = folder.url("out.svg").path
        let result = try CLIRunner.run(["render", try Self.slowGraph(in: folder), "-o", output, "--layout", "dot", "--timeout", "10"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("sandan: error: the dot layout did not finish within 10 s and was stopped; nothing was "
            + "written. Try --layout sfdp for large graphs, or a longer --timeout\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aDrawingTooLargeForTheMemoryLimitIsRefusedBeforeTheDOT() throws {
        let folder = TemporaryFolder()
        // The complete graph on 800 nodes: 319,600 edges, over 256 MiB at 1 KiB per element.
        var text = ""
        for u in 0..<800 { for v in (u + 1)..<800 { text += "v\(u) v\(v)\n" } }
        let graph = folder.url("k800.edges").path
        try text.write(toFile: graph, atomically: true, encoding: .utf8)
        let output = folder.url("k800.svg").path
        let result = try CLIRunner.run(["render", graph, "-o", output, "--memory-limit", "256"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sandan: error: a drawing of 800 nodes and 319600 edges needs about 313 MB to lay out, "
            + "more than the memory limit of 256 MB; nothing was written. Raise --memory-limit"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
