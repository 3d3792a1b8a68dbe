import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The time limit of a whole drawing: building its DOT in this process, then laying it out in
/// the worker (``IsolatedRenderer``, given ``remaining`` as its time-out).
///
/// Building the DOT is plain Swift that cannot be interrupted (2 million edges take tens of
/// seconds), so the deadline is a watchdog: if it passes before ``handOver()``, the process
/// writes the time-out message on standard error and ends with status 1 (`_exit`, from the
/// watchdog's thread). Nothing is written by then: callers write their output after the layout.
public final class RenderDeadline {
    /// The whole limit, in seconds.
    public let seconds: Double
    private let start = ContinuousClock.now
    private let watchdog: DispatchSourceTimer

    /// Starts the clock. If the time runs out before ``handOver()``, the process prints
    /// `prefix` and ``RenderError/timedOutBeforeLayout(seconds:)`` and ends.
    public init(seconds: Double, prefix: String = "sandan: error: ") {
        self.seconds = seconds
        let line = prefix + RenderError.timedOutBeforeLayout(seconds: seconds).description + "\n"
        watchdog = DispatchSource.makeTimerSource(queue: .global())
        watchdog.setEventHandler {
            FileHandle.standardError.write(Data(line.utf8))
            _exit(1)
        }
        watchdog.schedule(deadline: .now() + seconds)
        watchdog.activate()
    }

    /// Seconds left (negative once the time has run out).
    public var remaining: Double {
        let elapsed = ContinuousClock.now - start
        return seconds - (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// Stops the watchdog (the worker's own time-out takes over) and returns the seconds left.
    /// - Throws: ``RenderError/timedOutBeforeLayout(seconds:)`` when none are left.
    public func handOver() throws(RenderError) -> Double {
        stop()
        let left = remaining
        guard left > 0 else { throw .timedOutBeforeLayout(seconds: seconds) }
        return left
    }

    /// Stops the watchdog: the work it bounded is done.
    public func stop() { watchdog.cancel() }

    deinit { watchdog.cancel() }
}
