import Foundation

/// A callback that hears how far a long computation has come: `completed` of `total` steps,
/// where a step is what the computation repeats (a source searched by betweenness or
/// closeness, a node removed by a resilience run).
///
/// The library never prints; a command line passes a function that draws a progress bar, a
/// server one that records a fraction. Each function that takes a handler documents its steps.
/// All of them call it through `ProgressCounter`, so the same rules hold everywhere:
/// - `total` is the same in every call, and `completed` strictly increases from call to call;
///   the last call has `completed == total` (when the computation finishes without throwing).
///   A computation with no steps (an empty graph) makes no call.
/// - About a hundred calls at most, however many steps there are: one each time another
///   hundredth of the steps is done, and one at the end.
/// - Calls may come from any thread (parallel workers), but never two at once: a call runs
///   while the computation's other workers wait for it, so keep it short (record the numbers,
///   redraw at most a few times a second).
public typealias ProgressHandler = @Sendable (_ completed: Int, _ total: Int) -> Void

/// Counts the finished steps of a computation, from any number of threads, and passes the count
/// to a ``ProgressHandler`` by its rules: strictly increasing, about a hundred calls, the last
/// at `total`, never two at once.
///
/// Without a handler ``advance(by:)`` returns at once. With one, each advance takes one lock;
/// kernels advance once per chunk of work (a source search, a batch of 64 sources), never per
/// node or arc.
package final class ProgressCounter: @unchecked Sendable {
    private let handler: ProgressHandler?
    private let total: Int
    /// The steps between two calls: a hundredth of `total`, rounded up.
    private let stride: Int
    private let lock = NSLock()
    private var completed = 0
    private var reported = 0

    /// A counter of `total` steps that reports to `handler` (nothing when `handler` is nil).
    package init(total: Int, handler: ProgressHandler?) {
        self.total = max(0, total)
        self.handler = handler
        stride = max(1, (self.total + 99) / 100)
    }

    /// Records that `steps` more steps are done, and calls the handler when another hundredth
    /// of the total (or the whole) is done. The count never exceeds the total.
    package func advance(by steps: Int = 1) {
        guard let handler, steps > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        completed = min(total, completed + steps)
        guard completed > reported && (completed - reported >= stride || completed == total) else { return }
        reported = completed
        handler(completed, total)
    }
}
