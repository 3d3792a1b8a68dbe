import Foundation
import CGraphviz

/// Graphviz's error and warning messages, captured with `agseterrf` instead of being printed to
/// standard error.
///
/// The buffer is process-wide because the C callback cannot carry context; it is only touched
/// while ``SandanIO/GraphvizLock`` is held.
enum GraphvizMessages {
    nonisolated(unsafe) private static var buffer = ""

    /// The C callback: appends a message ("Error: …" or "Warning: …", or a continuation line).
    private static let capture: agusererrf = { message in
        if let message { GraphvizMessages.buffer += String(cString: message) }
        return 0
    }

    /// Runs `body` with messages captured from level `AGWARN` up and Graphviz's process-wide
    /// error count reset (`agreseterrors`), restoring the previous handler afterwards.
    /// Returns the body's result and the messages, split into errors and warnings.
    /// Call only while holding the Graphviz lock.
    static func capturing<R>(_ body: () throws(RenderError) -> R) -> (Result<R, RenderError>, Captured) {
        buffer = ""
        _ = agreseterrors()
        let previousLevel = agseterr(AGWARN)
        let previousHandler = agseterrf(capture)
        defer {
            _ = agseterrf(previousHandler)
            _ = agseterr(previousLevel)
            buffer = ""
        }
        let result: Result<R, RenderError>
        do {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        let captured = Captured(parsing: buffer, errorLevelReached: agerrors() >= Int32(AGERR.rawValue))
        return (result, captured)
    }

    /// Messages of one job.
    struct Captured {
        var errors: [String] = []
        var warnings: [String] = []

        /// Splits text into messages: a line starting "Error:" or "Warning:" opens one, other
        /// lines continue the previous. An error level reached without an "Error:" line
        /// counts as an error too.
        init(parsing text: String, errorLevelReached: Bool) {
            var current: (isError: Bool, text: String)?
            func flush() {
                guard let c = current else { return }
                let t = c.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { if c.isError { errors.append(t) } else { warnings.append(t) } }
                current = nil
            }
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("Error:") {
                    flush()
                    current = (true, String(line.dropFirst(6)))
                } else if line.hasPrefix("Warning:") {
                    flush()
                    current = (false, String(line.dropFirst(8)))
                } else if current != nil {
                    current!.text += "\n" + line
                } else {
                    current = (false, String(line))
                }
            }
            flush()
            if errorLevelReached && errors.isEmpty { errors.append("Graphviz reported an error without a message") }
        }
    }
}
