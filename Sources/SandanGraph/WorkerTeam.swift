import Foundation
import Glibc
import Synchronization

/// Worker threads kept for the length of one iterative solve (PageRank, the eigensolvers), for
/// the many short parallel loops such a solve runs: a matrix product or a pass over a vector
/// every few hundred microseconds, each too short for ``Parallel``'s per-call dispatch.
///
/// The team starts `threads − 1` helper threads when it is made; the calling thread is worker 0.
/// Between jobs a helper spins on an atomic generation counter for about a millisecond, so a job
/// reaches it in well under a microsecond, then sleeps on a condition until the next job. Handing
/// a job to a sleeping thread through Dispatch cost 20–100 µs on the 2-core machines this project
/// runs on, which made a product of 100,000 arcs slower on two threads than on one
/// (`Benchmarks/NOTES.md`); a spinning team runs it in about half the time of one thread.
/// When the team is released its helpers are woken, told to stop and joined: none outlives it.
///
/// One caller at a time: the solve that made the team. A job started from inside a job runs on
/// the calling thread alone. If the system refuses a thread, the team works with the helpers it has.
///
/// - Complexity: making the team O(threads) thread starts (tens of microseconds each; a
///   process's first took 0.1–4 ms); a job O(threads) atomic operations besides its work.
final class WorkerTeam: @unchecked Sendable {
    /// The workers, the calling thread included (at least 1).
    private(set) var size = 1

    /// Raised once per job (and once more to stop); helpers wait for it to move.
    private let generation = Atomic<Int>(0)
    /// Helpers that have not yet finished the current job.
    private let pending = Atomic<Int>(0)
    /// Helpers asleep on `wake` (or about to be), so that a job wakes them only when needed.
    private let sleepers = Atomic<Int>(0)
    /// Whether a job is running (a job started inside one runs inline).
    private let busy = Atomic<Bool>(false)
    /// The current job, written before `generation` is raised and read by helpers after they see
    /// it raised; nil between jobs.
    private var job: ((Int) -> Void)?
    /// Set before the last raise of `generation`.
    private var stopping = false
    private let wake = NSCondition()
    private var helpers: [pthread_t] = []

    /// Spins (atomic loads) before a helper goes to sleep: about a millisecond.
    private static let spinsBeforeSleep = 1 << 20

    /// Numbers the teams of the process, for the helpers' thread names.
    private static let teamsMade = Atomic<Int>(0)

    /// The name every helper thread of this team carries ("sandan-" and 8 hex digits, within
    /// Linux's 15 characters), as `top -H` and debuggers show it.
    let threadName: String

    /// - Parameter threads: the workers wanted, the calling thread included (values below 1 count as 1).
    init(threads: Int) {
        let number = Self.teamsMade.add(1, ordering: .relaxed).newValue
        threadName = "sandan-" + String(String(UInt32(truncatingIfNeeded: number), radix: 16).suffix(8))
        for index in 1..<max(1, threads) {
            let start = UnsafeMutablePointer<HelperStart>.allocate(capacity: 1)
            start.initialize(to: HelperStart(team: Unmanaged.passUnretained(self), index: index))
            var thread = pthread_t()
            guard pthread_create(&thread, nil, helperEntry, start) == 0 else {
                start.deinitialize(count: 1)
                start.deallocate()
                break
            }
            helpers.append(thread)
        }
        size = helpers.count + 1
    }

    deinit {
        guard !helpers.isEmpty else { return }
        stopping = true
        raiseGeneration()
        for thread in helpers { pthread_join(thread, nil) }
    }

    /// Calls `body(w)` for every worker w in `0..<size`, concurrently, and returns when all
    /// have returned. Worker 0 is the calling thread.
    func run(_ body: (_ worker: Int) -> Void) {
        guard size > 1, !busy.exchange(true, ordering: .acquiring) else {
            for w in 0..<size { body(w) }
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        withoutActuallyEscaping(body) { body in
            job = body
            pending.store(size - 1, ordering: .relaxed)
            raiseGeneration()
            body(0)
            var spins = 0
            while pending.load(ordering: .acquiring) > 0 {
                spins += 1
                if spins > 4_096 { sched_yield() }   // a helper lost its core: give it ours
            }
            job = nil
        }
    }

    /// Runs `body` on contiguous blocks of `0..<count`, one per worker, with at least
    /// `minimumBlock` items in each block (so short loops run on the calling thread alone).
    /// The blocks depend only on `count`, `minimumBlock` and the team's size.
    func forEachBlock(count: Int, minimumBlock: Int, _ body: (Range<Int>) -> Void) {
        let bounds = blockBounds(count: count, minimumBlock: minimumBlock)
        guard bounds.count > 2 else { return body(0..<count) }
        run { w in
            if w + 1 < bounds.count { body(bounds[w]..<bounds[w + 1]) }
        }
    }

    /// The bounds of the blocks ``forEachBlock(count:minimumBlock:_:)`` uses: `blocks + 1`
    /// increasing values from 0 to `count`.
    func blockBounds(count: Int, minimumBlock: Int) -> [Int] {
        let blocks = max(1, min(size, count / max(1, minimumBlock)))
        return (0...blocks).map { $0 * count / blocks }
    }

    /// Raises the generation and wakes the helpers that sleep. Sequentially consistent on both
    /// sides: a helper counts itself in `sleepers` and then rereads the generation, the caller
    /// raises the generation and then reads `sleepers`, so at least one of them sees the other.
    private func raiseGeneration() {
        generation.add(1, ordering: .sequentiallyConsistent)
        if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
            wake.lock()
            wake.broadcast()
            wake.unlock()
        }
    }

    /// A helper's life: wait for a job, do its share, until the team stops.
    fileprivate func helperLoop(index: Int) {
        Thread.current.name = threadName   // Foundation names the pthread itself (its comm on Linux)
        var seen = 0
        while true {
            seen = nextGeneration(after: seen)
            if stopping { return }
            job?(index)
            pending.subtract(1, ordering: .releasing)
        }
    }

    /// Waits until the generation differs from `seen` and returns it: spinning first, then asleep.
    private func nextGeneration(after seen: Int) -> Int {
        while true {
            for _ in 0..<Self.spinsBeforeSleep {
                let current = generation.load(ordering: .acquiring)
                if current != seen { return current }
            }
            wake.lock()
            sleepers.add(1, ordering: .sequentiallyConsistent)
            while generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
            sleepers.subtract(1, ordering: .sequentiallyConsistent)
            wake.unlock()
        }
    }
}

/// What a helper thread starts with (allocated by the team, freed by the thread).
private struct HelperStart {
    let team: Unmanaged<WorkerTeam>
    let index: Int
}

/// The entry point of a helper thread. The team is held unretained: its `deinit` joins the
/// thread before the team's memory goes.
private func helperEntry(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let start = argument!.assumingMemoryBound(to: HelperStart.self)
    let (team, index) = (start.pointee.team, start.pointee.index)
    start.deinitialize(count: 1)
    start.deallocate()
    team._withUnsafeGuaranteedRef { $0.helperLoop(index: index) }   // no retain: the team's deinit must run
    return nil
}
