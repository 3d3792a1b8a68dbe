import Dispatch
import Foundation

/// Work split over threads, for algorithm kernels that repeat one computation per item: a
/// search per source node (betweenness, closeness), a block of rows of a triangle count. (The
/// short loops of the iterative solvers, a product every few hundred microseconds, use a
/// `WorkerTeam`.)
///
/// Items `0..<count` are cut into chunks of `chunkSize`; worker `w` of `T` takes chunks
/// `w`, `w + T`, `w + 2T`, …. The assignment is fixed (round robin), so a run with the same
/// thread count adds the same numbers in the same order and its results are bit-for-bit
/// reproducible; with items that cost about the same, round robin also balances the load.
///
/// Each worker owns a state made once by `makeWorker` (scratch buffers and accumulators), so
/// the kernel allocates nothing per item and no two threads write to the same memory. The
/// caller merges the returned states, in worker order.
///
/// ```swift
/// let workers = Parallel.run(count: n, threads: 4, makeWorker: { _ in Tally(n) }) { tally, items in
///     for s in items { tally.add(source: s) }
/// }
/// ```
public enum Parallel {
    /// All cores: `ProcessInfo.processInfo.activeProcessorCount`.
    public static var defaultThreadCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The number of workers for a `threads` setting, by the one rule every function of
    /// `SandanGraph` follows: nil means all cores (``defaultThreadCount``), a number at least 1
    /// means that many, anything smaller is an error (never clamped).
    /// - Throws: ``GraphError/threadCount(_:)`` when `threads` < 1.
    package static func workerCount(_ threads: Int?) throws(GraphError) -> Int {
        guard let threads else { return defaultThreadCount }
        guard threads >= 1 else { throw .threadCount(threads) }
        return threads
    }

    /// A chunk size for per-node work on `threads` workers: about eight chunks per worker, so
    /// that a few heavy nodes (hubs) do not leave one worker with most of the work, and at
    /// least 1,024 nodes a chunk so that small graphs run on the calling thread.
    static func nodeChunkSize(_ count: Int, _ threads: Int) -> Int {
        max(1024, count / (threads * 8))
    }

    /// Runs `body` over the items `0..<count` on up to `threads` workers and returns their
    /// states in worker order.
    ///
    /// - Parameters:
    ///   - count: the number of items.
    ///   - threads: the largest number of workers (at least 1); fewer run when there are fewer
    ///     chunks than threads. With one worker everything runs on the calling thread.
    ///   - chunkSize: items per chunk (at least 1). Use 1 for items of very different cost
    ///     (searches from sources), `count / threads` rounded up for contiguous blocks.
    ///   - makeWorker: makes worker `w`'s state, on that worker's thread.
    ///   - body: processes a range of items with the worker's state.
    /// - Returns: the states of the workers that ran, in worker order (at least one).
    /// - Complexity: the cost of the bodies, plus O(`threads`) to start the workers.
    package static func run<Worker>(
        count: Int, threads: Int, chunkSize: Int = 1,
        makeWorker: (_ worker: Int) -> Worker,
        body: (inout Worker, Range<Int>) -> Void
    ) -> [Worker] {
        precondition(threads >= 1 && chunkSize >= 1 && count >= 0)
        let chunks = (count + chunkSize - 1) / chunkSize
        let workerCount = max(1, min(threads, chunks))
        let states = UnsafeMutablePointer<Worker>.allocate(capacity: workerCount)
        defer { states.deallocate() }
        onWorkers(workerCount) { w in
            (states + w).initialize(to: makeWorker(w))
            var chunk = w
            while chunk < chunks {
                let start = chunk * chunkSize
                body(&states[w], start..<min(count, start + chunkSize))
                chunk += workerCount
            }
        }
        return (0..<workerCount).map { (states + $0).move() }
    }

    /// Calls `work(w)` for each `w` in `0..<count`, concurrently when `count` > 1.
    private static func onWorkers(_ count: Int, _ work: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { work(0) }
            return
        }
        // Each worker touches only its own state and the items of its chunks; the kernels share
        // nothing else that is written, which is what makes this crossing sound.
        withoutActuallyEscaping(work) { work in
            let shared = UncheckedSendable(work)
            DispatchQueue.concurrentPerform(iterations: count) { shared.value($0) }
        }
    }
}

/// A value handed to other threads under a caller's guarantee that they use it without races.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
