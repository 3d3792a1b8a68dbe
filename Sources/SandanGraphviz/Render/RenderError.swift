/// Why a layout or a rendering failed.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graphviz could not read the DOT (its message, e.g. "syntax error in line 1 near '}'").
    case syntax(String)
    /// Graphviz reported an error while laying out or rendering, even if the call returned 0.
    case graphviz(stage: String, message: String)
    /// The Graphviz plugins for a layout or format are missing.
    case unavailable(String)
    /// The worker process was killed by a signal (Graphviz crashed).
    case crashed(signal: Int32, layout: String)
    /// The worker did not finish within the time limit and was killed.
    case timedOut(seconds: Double, layout: String)
    /// The time limit passed while the DOT was still being built (``RenderDeadline``).
    case timedOutBeforeLayout(seconds: Double)
    /// The drawing needs more memory than the limit allows (``IsolatedRenderer/checkSize(nodes:edges:)``).
    case tooLarge(nodes: Int, edges: Int, memoryLimitMB: Int)
    /// The worker could not be started, or failed outside Graphviz.
    case worker(String)
    /// The rendered bytes could not be written to their file (the system's reason).
    case writing(String)

    public var description: String {
        switch self {
        case .syntax(let message):
            "Graphviz could not read the DOT: \(message)"
        case let .graphviz(stage, message):
            "Graphviz failed during \(stage): \(message)"
        case .unavailable(let message):
            message
        case let .crashed(signal, layout):
            "Graphviz crashed (signal \(signal)\(Self.signalName(signal).map { ", " + $0 } ?? "")) while drawing with the "
                + "\(layout) layout; nothing was written. Try another --layout, or a larger --memory-limit if the graph is big"
        case let .timedOut(seconds, layout):
            "the \(layout) layout did not finish within \(GraphDrawing.short(seconds)) s and was stopped; nothing was written. "
                + (layout == "sfdp" ? "Try a longer --timeout, or draw less (--kind, --programme)"
                                    : "Try --layout sfdp for large graphs, or a longer --timeout")
        case let .timedOutBeforeLayout(seconds):
            "the drawing was not ready for layout within \(GraphDrawing.short(seconds)) s (--timeout) and was stopped; nothing "
                + "was written. Try a longer --timeout, or draw less (--kind, --programme)"
        case let .tooLarge(nodes, edges, limit):
            "a drawing of \(nodes) nodes and \(edges) edges needs about "
                + "\(Int(((Double(nodes) + Double(edges)) * Double(IsolatedRenderer.bytesPerElement) / 1_048_576).rounded(.up))) MB "
                + "to lay out, more than the memory limit of \(limit) MB; nothing was written. Raise --memory-limit, or draw less "
                + "(--kind, --programme)"
        case .worker(let message):
            "the render worker failed: \(message)"
        case .writing(let message):
            "the drawing could not be written: \(message)"
        }
    }

    static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case 4: "SIGILL"
        case 5: "SIGTRAP"
        case 6: "SIGABRT"
        case 7: "SIGBUS"
        case 8: "SIGFPE"
        case 9: "SIGKILL"
        case 11: "SIGSEGV"
        default: nil
        }
    }
}

/// The bytes a rendering produced, with the warnings Graphviz gave on the way.
public struct RenderedOutput: Sendable {
    public var data: [UInt8]
    public var warnings: [String]

    public init(data: [UInt8], warnings: [String]) {
        self.data = data
        self.warnings = warnings
    }
}
