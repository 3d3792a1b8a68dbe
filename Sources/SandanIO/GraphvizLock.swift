import Foundation

/// The one process-wide lock that every call into libgvc and libcgraph takes: the library is
/// not thread-safe (four threads rendering at once crash it), so Sandan serialises all calls.
public final class GraphvizLock: @unchecked Sendable {
    /// The lock.
    public static let shared = GraphvizLock()
    private let mutex = NSLock()

    /// Runs `body` while holding the lock.
    public func withLock<R>(_ body: () throws -> R) rethrows -> R {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }
}
