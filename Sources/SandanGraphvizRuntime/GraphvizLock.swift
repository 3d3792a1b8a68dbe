import Foundation

/// The one process-wide lock that every call into libgvc and libcgraph takes: the library is
/// not thread-safe (four threads rendering at once crash it), so Sandan serialises all calls.
///
/// The body of ``withLock(_:)`` receives a ``Held`` token; Graphviz's messages can only be
/// captured through it (``Held/capturingMessages(_:)``), so capture never runs without the lock.
/// The token is non-copyable and lent to the body, so it cannot outlive the critical section.
public final class GraphvizLock: @unchecked Sendable {
    /// The lock.
    public static let shared = GraphvizLock()
    private let mutex = NSLock()

    /// Proof that the caller holds the lock; made only by ``GraphvizLock/withLock(_:)``.
    public struct Held: ~Copyable {
        fileprivate init() {}
    }

    /// Runs `body` while holding the lock, lending it the proof of that.
    /// - Complexity: the body's, plus one lock and unlock.
    public func withLock<R, E: Error>(_ body: (borrowing Held) throws(E) -> R) throws(E) -> R {
        mutex.lock()
        defer { mutex.unlock() }
        let held = Held()
        return try body(held)
    }
}
