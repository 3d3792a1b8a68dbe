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

/// What a body run under ``GraphvizLock/Held/capturingMessages(_:)`` gave: its result, Graphviz's
/// messages in order, and whether Graphviz's error count reached `AGERR` (an error can be
/// counted without a message).
public struct CapturedGraphvizRun<R, E: Error> {
    public var result: Result<R, E>
    public var messages: [GraphvizMessage]
    public var errorLevelReached: Bool
}

extension GraphvizLock.Held {
    /// Runs `body` with Graphviz's messages from level `AGWARN` up captured (`agseterrf`)
    /// instead of printed, and Graphviz's process-wide error count reset (`agreseterrors`),
    /// restoring the previous handler and level afterwards. The one capture that reading DOT
    /// (libcgraph) and rendering (libgvc) share; a method of the lock's token, so it cannot run
    /// without the lock.
    /// - Complexity: the body's, plus O(length of the messages).
    public func capturingMessages<R, E: Error>(_ body: () throws(E) -> R) -> CapturedGraphvizRun<R, E> {
        MessageBuffer.text = ""
        _ = agreseterrors()
        let previousLevel = agseterr(AGWARN)
        let previousHandler = agseterrf(MessageBuffer.append)
        defer {
            _ = agseterrf(previousHandler)
            _ = agseterr(previousLevel)
            MessageBuffer.text = ""
        }
        let result: Result<R, E>
        do throws(E) {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        return CapturedGraphvizRun(result: result, messages: GraphvizMessage.messages(in: MessageBuffer.text),
                                   errorLevelReached: agerrors() >= Int32(AGERR.rawValue))
    }
}

/// The process-wide buffer of captured text: the C callback cannot carry context. Touched only
/// by ``GraphvizLock/Held/capturingMessages(_:)``, that is, while the lock is held.
private enum MessageBuffer {
    nonisolated(unsafe) static var text = ""

    /// The C callback: appends a piece of a message ("Error: …", "Warning: …", or more text).
    static let append: agusererrf = { piece in
        if let piece { MessageBuffer.text += String(cString: piece) }
        return 0
    }
}
