import Foundation

/// Reads a FIFO to its end on a thread of its own: opening a FIFO for reading blocks until a
/// writer opens it, so the reader must be waiting before the code under test writes.
public final class FIFOReader: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled, read after `wait()`.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading the FIFO at `path`.
    public init(_ path: String) {
        Thread { [self] in
            data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }.start()
    }

    /// The bytes read, once the writer has closed the FIFO; nil when that has not happened
    /// within `seconds` (the reading thread then stays blocked until a writer comes).
    public func wait(seconds: Double = 300) -> Data? {
        done.wait(timeout: .now() + seconds) == .success ? data : nil
    }
}
