import Foundation
import SandanGraph

/// The progress of a report: a fixed number of steps (the analyses, then the drawing), each
/// worth ``unitsPerStep`` units, so that the long steps (betweenness, the resilience runs) move
/// the count while they run instead of jumping at their end.
///
/// It passes counts to the caller's ``ProgressHandler`` by the same rules as the library's
/// kernels: `total` is steps × ``unitsPerStep``, `completed` strictly increases (a count that is
/// not new is dropped), the last call is at `total`, and calls never overlap.
final class StepProgress: @unchecked Sendable {
    /// The units of one step.
    static let unitsPerStep = 100

    private let handler: ProgressHandler?
    private let total: Int
    private let lock = NSLock()
    private var finishedSteps = 0
    private var reported = 0

    /// Progress over `steps` steps, told to `handler` (nothing happens when it is nil).
    init(steps: Int, handler: ProgressHandler?) {
        self.handler = handler
        total = steps * StepProgress.unitsPerStep
    }

    /// A handler for the work inside the current step: its `completed` of `total` becomes the
    /// matching share of the step's units. Nil when there is no handler, so the work inside
    /// costs nothing.
    var withinStep: ProgressHandler? {
        guard handler != nil else { return nil }
        let base = currentBase
        return { [self] completed, total in
            report(base + completed * StepProgress.unitsPerStep / max(1, total))
        }
    }

    /// Marks the current step as done.
    func finishStep() {
        lock.lock()
        finishedSteps += 1
        lock.unlock()
        report(currentBase)
    }

    private var currentBase: Int {
        lock.lock()
        defer { lock.unlock() }
        return finishedSteps * StepProgress.unitsPerStep
    }

    private func report(_ completed: Int) {
        guard let handler else { return }
        lock.lock()
        defer { lock.unlock() }
        let value = min(completed, total)
        guard value > reported else { return }
        reported = value
        handler(value, total)
    }
}
