import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar for long runs (betweenness on a big graph, resilience, a report), drawn on
/// standard error only when standard error is a terminal, so that pipes, files and CI logs get
/// nothing.
///
/// It is safe to call from several threads (a parallel kernel's workers may report), redraws at
/// most ten times a second, and erases itself when finished. Library code does not print: it
/// takes a progress callback, and the command passes ``report(completed:total:)``.
///
/// ```swift
/// let progress = ProgressBar(label: "betweenness")
/// let values = try betweennessCentrality(graph, progress: progress.report)
/// progress.finish()
/// ```
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let write: (@Sendable (String) -> Void)?
    private let columns: Int
    private let lock = NSLock()
    private var completed = 0
    private var total = 0
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// A bar on standard error, or a silent one when standard error is not a terminal.
    convenience init(label: String) {
        let toTerminal: @Sendable (String) -> Void = { text in FileHandle.standardError.write(Data(text.utf8)) }
        self.init(label: label, columns: ProgressBar.terminalColumns(),
                  write: isatty(STDERR_FILENO) != 0 ? toTerminal : nil)
    }

    /// A bar that writes through `write`, or draws nothing when `write` is nil.
    init(label: String, columns: Int, write: (@Sendable (String) -> Void)?) {
        self.label = label
        self.columns = max(30, columns)
        self.write = write
    }

    /// Whether the bar draws anything.
    var isVisible: Bool { write != nil }

    /// Records that `completed` of `total` steps are done, and redraws if a tenth of a second
    /// has passed since the last drawing (or the work is done).
    func report(completed: Int, total: Int) {
        guard let write else { return }
        lock.lock()
        defer { lock.unlock() }
        self.completed = min(max(0, completed), max(0, total))
        self.total = max(0, total)
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw >= 100_000_000 || self.completed == self.total else { return }
        lastDraw = now
        drawn = true
        write("\r" + line() + "\u{1B}[K")
    }

    /// Erases the bar, leaving the cursor at the start of an empty line.
    func finish() {
        guard let write else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    /// The bar as drawn: `label [#######-------]  42% 420/1000`.
    func line() -> String {
        let fraction = total > 0 ? Double(completed) / Double(total) : 0
        let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
        let counts = " \(completed)/\(total)"
        let width = max(10, columns - label.count - percent.count - counts.count - 5)
        let filled = Int((fraction * Double(width)).rounded(.down))
        return label + " [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + percent + counts
    }

    /// The terminal's width from `$COLUMNS` or `TIOCGWINSZ`, else 80.
    static func terminalColumns() -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
