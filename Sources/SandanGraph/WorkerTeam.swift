import CSandanThreads
import Foundation
import Glibc
import Synchronization

/// Worker threads kept for the length of one iterative solve (PageRank, the eigensolvers), for
/// the many short parallel loops such a solve runs: a matrix product or a pass over a vector
/// every few tens of microseconds, each too short for ``Parallel``'s per-call dispatch.
///
/// The team starts `threads − 1` helper threads when it is made; the calling thread works too.
/// A job is cut into units, which workers claim one at a time (the calling thread first) until
/// none is left, so a helper that is slow to wake, or whose core the system has given to
/// another thread, delays nothing: the calling thread takes its units. More units than workers
/// also even out units of unequal cost. Helpers start on another CPU than the caller's
/// (`sandan_start_helper_thread`, in the CSandanThreads target): on the 2-core virtual machines
/// this project runs on, Linux put a short-lived process's new thread on its parent's CPU in
/// most runs, where it first ran 0.7–4.5 ms later; placed elsewhere it ran after about 0.2 ms.
///
/// Between jobs a helper spins on an atomic generation counter for under a millisecond,
/// yielding its core every thousand loads (in case it shares one with the caller), so a job
/// reaches it within a microsecond or two; then it sleeps on a condition until the next job.
/// Handing a job to a sleeping thread through Dispatch cost 20–100 µs here, which made a
/// product of 100,000 arcs slower on two threads than on one. When the team is released its
/// helpers are woken, told to stop and joined: none outlives it.
///
/// One caller at a time: the solve that made the team. A job started from inside a job runs on
/// the calling thread alone. If the system refuses a thread, the team works with the helpers it has.
///
/// - Complexity: making the team starts threads − 1 threads (about 0.1 ms each here); a job
///   O(threads + units) atomic operations besides its work.
final class WorkerTeam: @unchecked Sendable {
    /// The workers, the calling thread included (at least 1): how many units a job is cut into
    /// at least, when it is long enough.
    let size: Int

    /// Raised once per job (and once more to stop); helpers wait for it to move.
    private let generation = Atomic<Int>(0)
    /// The current job's units: the count in the high 32 bits, the next unclaimed unit in the low 32.
    private let claims = Atomic<Int>(0)
    /// Units of the current job that have finished.
    private let finished = Atomic<Int>(0)
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

    /// Spins (atomic loads, with a yield every 1,024) before a helper goes to sleep: under a
    /// millisecond (2¹⁸ loads and 256 yields).
    private static let spinsBeforeSleep = 1 << 18

    /// Numbers the teams of the process, for the helpers' thread names.
    private static let teamsMade = Atomic<Int>(0)

    /// The name every helper thread of this team carries ("sandan-" and 8 hex digits, within
    /// Linux's 15 characters), as `top -H` and debuggers show it.
    let threadName: String

    /// Starts the helpers (`threads − 1`; those the system refuses are done without: the calling
    /// thread claims their units). A helper wakes on its core while the caller prepares its
    /// first job (on these machines about 0.2 ms after it was made).
    /// - Parameter threads: the workers wanted, the calling thread included (values below 1 count as 1).
    init(threads: Int) {
        let number = Self.teamsMade.add(1, ordering: .relaxed).newValue
        threadName = "sandan-" + String(String(UInt32(truncatingIfNeeded: number), radix: 16).suffix(8))
        size = max(1, threads)
        let team = Unmanaged.passUnretained(self).toOpaque()
        for _ in 1..<size {
            var thread = pthread_t()
            guard sandan_start_helper_thread(&thread, helperEntry, team) == 0 else { break }
            helpers.append(thread)
        }
    }

    deinit {
        guard !helpers.isEmpty else { return }
        stopping = true
        raiseGeneration()
        for thread in helpers { pthread_join(thread, nil) }
    }

    /// Calls `body(u)` once for every unit u in `0..<units`, concurrently, and returns when all
    /// have returned. The calling thread claims units like the helpers, then waits only for
    /// units already under way. Which thread runs a unit is not fixed: anything a unit computes
    /// must depend on the unit alone (sums are kept per unit and added in unit order).
    func run(units: Int, _ body: (_ unit: Int) -> Void) {
        precondition(units >= 0 && units < 1 << 31, "units out of range")
        guard size > 1, units > 1, !busy.exchange(true, ordering: .acquiring) else {
            for u in 0..<units { body(u) }
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        withoutActuallyEscaping(body) { body in
            job = body
            finished.store(0, ordering: .relaxed)
            claims.store(units << 32, ordering: .releasing)
            raiseGeneration()
            workOnClaims()
            var spins = 0
            while finished.load(ordering: .acquiring) < units {
                spins += 1
                if spins > 4_096 { sched_yield() }   // a helper lost its core: give it ours
            }
            job = nil
        }
    }

    /// Claims units of the current job and runs them until none is left. A claim moves
    /// `claims` from (units, u) to (units, u + 1) with u < units; the job read after a claim is
    /// the one that claim belongs to (it was written before `claims` was set for it), and a
    /// job ends only when all its units have finished, so no claim outlives its job.
    private func workOnClaims() {
        var current = claims.load(ordering: .acquiring)
        while current & 0xFFFF_FFFF < current >> 32 {
            let (claimed, seen) = claims.compareExchange(expected: current, desired: current + 1,
                                                         ordering: .acquiringAndReleasing)
            if claimed {
                job?(current & 0xFFFF_FFFF)
                finished.add(1, ordering: .releasing)
                current = claims.load(ordering: .acquiring)
            } else {
                current = seen
            }
        }
    }

    /// Runs `body` on contiguous blocks of `0..<count`, one per worker, with at least
    /// `minimumBlock` items in each block (so short loops run on the calling thread alone).
    /// The blocks depend only on `count`, `minimumBlock` and the team's size.
    func forEachBlock(count: Int, minimumBlock: Int, _ body: (Range<Int>) -> Void) {
        let bounds = blockBounds(count: count, minimumBlock: minimumBlock)
        run(units: bounds.count - 1) { b in body(bounds[b]..<bounds[b + 1]) }
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

    /// A helper's life: wait for a job, claim its units while any are left, until the team stops.
    fileprivate func helperLoop() {
        Thread.current.name = threadName   // Foundation names the pthread itself (its comm on Linux)
        var seen = 0
        while true {
            seen = nextGeneration(after: seen)
            if stopping { return }
            workOnClaims()
        }
    }

    /// Waits until the generation differs from `seen` and returns it: spinning first (yielding
    /// the core every 1,024 loads, for a caller that shares it), then asleep.
    private func nextGeneration(after seen: Int) -> Int {
        while true {
            for spin in 1...Self.spinsBeforeSleep {
                let current = generation.load(ordering: .acquiring)
                if current != seen { return current }
                if spin & 1_023 == 0 { sched_yield() }
            }
            wake.lock()
            sleepers.add(1, ordering: .sequentiallyConsistent)
            while generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
            sleepers.subtract(1, ordering: .sequentiallyConsistent)
            wake.unlock()
        }
    }
}

/// The entry point of a helper thread; its argument is the team, unretained: the team's
/// `deinit` joins the thread before the team's memory goes.
private func helperEntry(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<WorkerTeam>.fromOpaque(argument!)._withUnsafeGuaranteedRef { $0.helperLoop() }   // no retain: the team's deinit must run
    return nil
}
