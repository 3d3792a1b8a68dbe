import CSandanThreads
import Foundation
@testable import SandanGraph
import Testing

/// The threads an iterative solve keeps (`WorkerTeam`): every unit of a job runs once, on
/// whichever worker claims it, jobs inside jobs run inline, helpers may run on every CPU their
/// caller may, and no thread outlives the team.
@Suite("Worker team", .serialized)
struct WorkerTeamTests {
    /// The threads of this process named `name`, from /proc (Linux): other suites' threads,
    /// which come and go while this one runs, carry other names.
    static func threads(named name: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").filter { task in
            let comm = try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)
            return comm?.trimmingCharacters(in: .whitespacesAndNewlines) == name
        }.count
    }

    /// Waits up to a second for `condition` (a helper names itself when it starts).
    static func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        for _ in 0..<100 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return try condition()
    }

    @Test("blocks cover the range once; sums over many jobs match a serial loop")
    func blocks() {
        let team = WorkerTeam(threads: 3)
        #expect(team.size == 3)
        #expect(team.blockBounds(count: 100_000, minimumBlock: 4_096) == [0, 33_333, 66_666, 100_000])
        #expect(team.blockBounds(count: 5_000, minimumBlock: 4_096) == [0, 5_000], "short ranges stay on one block")
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 100_000)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        for _ in 0..<300 {        // many short jobs: a lost wake-up or a job run twice would show
            team.forEachBlock(count: 100_000, minimumBlock: 4_096) { range in
                for i in range { counts[i] += 1 }
            }
        }
        #expect(counts.allSatisfy { $0 == 300 })
    }

    @Test("more units than workers: each unit runs exactly once per job, whichever worker claims it")
    func claimedUnits() {
        let team = WorkerTeam(threads: 3)
        let units = 37
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: units)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        for _ in 0..<500 {
            team.run(units: units) { u in counts[u] += 1 }
        }
        #expect(counts.allSatisfy { $0 == 500 })
    }

    @Test("a helper started on another CPU may then run on every CPU its caller may")
    func helperPlacement() throws {
        final class Seen: @unchecked Sendable { var cpus: Int32 = 0 }
        let seen = Seen()
        var thread = pthread_t()
        let argument = Unmanaged.passRetained(seen).toOpaque()
        let started = sandan_start_helper_thread(&thread, { raw in
            let seen = Unmanaged<Seen>.fromOpaque(raw!).takeRetainedValue()
            seen.cpus = sandan_allowed_cpu_count()
            return nil
        }, argument)
        try #require(started == 0)
        pthread_join(thread, nil)
        #expect(seen.cpus == sandan_allowed_cpu_count())
    }

    @Test("a job started inside a job runs on the calling thread alone")
    func nested() {
        let team = WorkerTeam(threads: 2)
        let seen = UnsafeMutableBufferPointer<Int>.allocate(capacity: 4)
        defer { seen.deallocate() }
        seen.initialize(repeating: 0)
        team.run(units: 2) { outer in
            team.run(units: 2) { inner in seen[outer * 2 + inner] += 1 }
        }
        #expect(Array(seen) == [1, 1, 1, 1])
    }

    @Test("one thread makes no helper; a released team leaves no thread behind, also after its helpers slept")
    func lifetime() throws {
        let single = WorkerTeam(threads: 1)
        #expect(single.size == 1)
        #expect(try Self.threads(named: single.threadName) == 0)
        var name = ""
        do {
            let team = WorkerTeam(threads: 4)
            name = team.threadName
            #expect(try Self.eventually { try Self.threads(named: name) == 3 })
            Thread.sleep(forTimeInterval: 0.05)    // long enough for the helpers to go to sleep
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 4)
            defer { counts.deallocate() }
            counts.initialize(repeating: 0)
            team.forEachBlock(count: 4, minimumBlock: 1) { range in for i in range { counts[i] += 1 } }
            #expect(Array(counts) == [1, 1, 1, 1], "sleeping helpers wake for a job")
        }
        #expect(try Self.threads(named: name) == 0, "the team's deinit joined its helpers")
    }
}
