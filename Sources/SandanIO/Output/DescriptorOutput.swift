import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing bytes to an open descriptor, whole, retrying short writes and EINTR.
public enum DescriptorOutput {
    /// Writes every byte of `bytes` to `descriptor`; returns the `errno` of the first failure.
    /// - Complexity: O(bytes).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var rest = bytes
        while !rest.isEmpty {
            let written = systemWrite(descriptor, rest.baseAddress!, rest.count)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return written == 0 ? EIO : errno }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
        return nil
    }

    /// Writes `data` to `descriptor`; returns the `errno` of the first failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes `data` to `descriptor`, naming `path` in the error.
    static func write(_ data: Data, to descriptor: Int32, reportedAs path: String) throws(OutputError) {
        if let failure = writeAll(data, to: descriptor) {
            throw OutputError(file: path, "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Opens the device, FIFO or socket at `path` for writing (without creating or truncating
    /// it) and writes `data` to it. Opening a FIFO waits for a reader, as the shell's `>` does.
    static func write(_ data: Data, toDeviceAt path: String) throws(OutputError) {
        var descriptor: Int32
        repeat { descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw OutputError(file: path, "cannot open for writing: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try write(data, to: descriptor, reportedAs: path)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
