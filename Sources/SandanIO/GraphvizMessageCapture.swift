import CGraphviz
import Foundation

/// One message of Graphviz's: an error or a warning, continuation lines joined with newlines.
public struct GraphvizMessage: Sendable, Equatable {
    public var isError: Bool
    public var text: String

    public init(isError: Bool, text: String) {
        self.isError = isError
        self.text = text
    }
}

/// Graphviz's error and warning messages, captured with `agseterrf` instead of being printed to
/// standard error; the one capture that reading DOT (libcgraph) and rendering (libgvc) share.
///
/// The buffer is process-wide because the C callback cannot carry context; it is only touched
/// while ``GraphvizLock`` is held.
public enum GraphvizMessageCapture {
    nonisolated(unsafe) private static var buffer = ""

    /// The C callback: appends a piece of a message ("Error: …", "Warning: …", or more text).
    private static let capture: agusererrf = { piece in
        if let piece { GraphvizMessageCapture.buffer += String(cString: piece) }
        return 0
    }

    /// Runs `body` with messages from level `AGWARN` up captured and Graphviz's process-wide
    /// error count reset (`agreseterrors`), restoring the previous handler and level afterwards.
    /// Returns the body's result, the messages in order, and whether Graphviz's error count
    /// reached `AGERR` (an error can be counted without a message). Call only while holding
    /// ``GraphvizLock``.
    public static func capturing<R, E: Error>(_ body: () throws(E) -> R)
        -> (result: Result<R, E>, messages: [GraphvizMessage], errorLevelReached: Bool) {
        buffer = ""
        _ = agreseterrors()
        let previousLevel = agseterr(AGWARN)
        let previousHandler = agseterrf(capture)
        defer {
            _ = agseterrf(previousHandler)
            _ = agseterr(previousLevel)
            buffer = ""
        }
        let result: Result<R, E>
        do throws(E) {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        return (result, messages(in: buffer), agerrors() >= Int32(AGERR.rawValue))
    }

    /// Splits captured text into messages: a line starting "Error:" or "Warning:" opens one,
    /// other lines continue the previous (a first line without a prefix is a warning).
    /// Whitespace around each message is trimmed. O(length of the text).
    public static func messages(in text: String) -> [GraphvizMessage] {
        var result: [GraphvizMessage] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error:") {
                result.append(GraphvizMessage(isError: true, text: String(line.dropFirst(6))))
            } else if line.hasPrefix("Warning:") {
                result.append(GraphvizMessage(isError: false, text: String(line.dropFirst(8))))
            } else if let last = result.indices.last {
                result[last].text += "\n" + line
            } else {
                result.append(GraphvizMessage(isError: false, text: String(line)))
            }
        }
        return result.compactMap { message in
            let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : GraphvizMessage(isError: message.isError, text: text)
        }
    }
}
