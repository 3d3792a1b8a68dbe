import Dispatch
import Foundation

/// The number of worker threads to use when an algorithm is asked for `requested` (nil: one
/// per active processor), never more than `work` and never less than 1.
func workerCount(requested: Int?, work: Int) -> Int {
    let wanted = requested ?? ProcessInfo.processInfo.activeProcessorCount
    return max(1, min(wanted, work))
}

/// Runs `body` once per worker, each with its share of the nodes `0..<count` as a list of
/// contiguous ranges; the workers run concurrently when there are several.
///
/// The nodes are cut into about eight ranges per worker, dealt out in turn, so that a few
/// heavy nodes (hubs) do not leave one worker with most of the work. `body` must only write
/// results for the nodes it is given and keep any scratch to itself; every node's result is
/// then computed by one worker in a fixed order, so results do not depend on `threads`.
func forEachWorker(count: Int, threads: Int?, _ body: ([Range<Int>]) -> Void) {
    let workers = workerCount(requested: threads, work: max(1, count / 1024))
    guard workers > 1 else {
        body([0..<count])
        return
    }
    let pieces = workers * 8
    let ranges = (0..<pieces).map { p in (count * p / pieces)..<(count * (p + 1) / pieces) }
    // `body` writes only its own nodes' results and keeps its scratch to itself (see above),
    // which is what makes sharing it across the workers sound.
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            shared.value(Array(stride(from: w, to: pieces, by: workers).map { ranges[$0] }))
        }
    }
}

/// Carries a value the compiler cannot prove thread-safe into concurrent workers whose
/// caller guarantees they touch disjoint data.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
