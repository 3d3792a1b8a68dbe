import Foundation
import SandanGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar for long runs (betweenness on a big graph, resilience, a report), drawn on
/// standard error only when standard error is a terminal, so that pipes, files and CI logs get
/// nothing: not a carriage return.
///
/// It is safe to call from several threads (a parallel kernel's workers may report), redraws at
/// most ten times a second, stays hidden for runs shorter than its delay (half a second on a
/// terminal, so fast commands do not flicker), and erases itself when finished. A diagnostic
/// written with ``writeToStandardError(_:)`` while the bar is on screen erases it first. Library
/// code does not print: it takes a ``ProgressHandler``, and the command passes
/// ``report(completed:total:)``.
///
/// ```swift
/// let progress = ProgressBar(label: "betweenness")
/// defer { progress.finish() }
/// let values = try betweennessCentrality(graph, options: BetweennessOptions(progress: progress.report))
/// ```
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let write: (@Sendable (String) -> Void)?
    private let columns: Int
    private let showsCounts: Bool
    private let hiddenUntil: UInt64
    private let clock: @Sendable () -> UInt64
    private let lock = NSLock()
    private var completed = 0
    private var total = 0
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// The smallest time between two drawings: a tenth of a second.
    static let redrawInterval: UInt64 = 100_000_000

    /// A bar on standard error, or a silent one when standard error is not a terminal or
    /// `enabled` is false (`--no-progress`). It first appears after ``defaultDelay`` seconds;
    /// `counts` adds `completed/total` after the percentage.
    convenience init(label: String, counts: Bool = true, enabled: Bool = true) {
        let toTerminal: @Sendable (String) -> Void = { text in FileHandle.standardError.write(Data(text.utf8)) }
        // Off a terminal the bar draws nothing, so it asks nothing of the terminal or the
        // environment (a bar is made for every metric, inside the time `--timings` reports).
        let drawn = enabled && isatty(STDERR_FILENO) != 0
        self.init(label: label, columns: drawn ? ProgressBar.terminalColumns() : 80, counts: counts,
                  delay: drawn ? ProgressBar.defaultDelay : 0, write: drawn ? toTerminal : nil)
    }

    /// How long a bar on standard error stays hidden: half a second, or the seconds in
    /// `$SANDAN_PROGRESS_DELAY` (0 shows every bar at once; the terminal tests use it so that
    /// they do not depend on the machine's speed).
    static var defaultDelay: Double {
        if let text = ProcessInfo.processInfo.environment["SANDAN_PROGRESS_DELAY"], let value = Double(text),
           value >= 0 && value.isFinite { return value }
        return 0.5
    }

    /// A bar that writes through `write`, or draws nothing when `write` is nil, and draws
    /// nothing before `delay` seconds have passed on `clock` (nanoseconds; the system's
    /// monotonic clock unless a test passes its own).
    init(label: String, columns: Int, counts: Bool = true, delay: Double = 0,
         clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
         write: (@Sendable (String) -> Void)?) {
        self.label = label
        self.columns = max(30, columns)
        self.showsCounts = counts
        self.clock = clock
        self.hiddenUntil = clock() + UInt64(max(0, delay) * 1e9)
        self.write = write
    }

    /// Whether the bar draws anything.
    var isVisible: Bool { write != nil }

    /// Records that `completed` of `total` steps are done, and redraws if a tenth of a second
    /// has passed since the last drawing (or the work is done) and the bar's delay is over.
    func report(completed: Int, total: Int) {
        guard let write else { return }
        lock.lock()
        defer { lock.unlock() }
        self.completed = min(max(0, completed), max(0, total))
        self.total = max(0, total)
        let now = clock()
        guard now >= hiddenUntil else { return }
        guard now - lastDraw >= ProgressBar.redrawInterval || self.completed == self.total else { return }
        lastDraw = now
        if !drawn { ProgressBar.onScreen.set(self) }
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
        ProgressBar.onScreen.clear(self)
    }

    /// Erases the bar if it is drawn and runs `body` before the bar can be drawn again (it comes
    /// back at its next report).
    private func interrupt(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if drawn, let write { write("\r\u{1B}[K") }
        drawn = false
        ProgressBar.onScreen.clear(self)
        body()
    }

    /// Runs `body` (which writes to standard error) with no bar on screen.
    static func withoutBar(_ body: () -> Void) {
        if let bar = onScreen.bar { bar.interrupt(body) } else { body() }
    }

    /// The bar as drawn: `label [#######-------]  42% 420/1000` (without the counts when the bar
    /// does not show them).
    func line() -> String {
        let fraction = total > 0 ? Double(completed) / Double(total) : 0
        let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
        let counts = showsCounts ? " \(completed)/\(total)" : ""
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

    /// The bar now drawn, if any. Lock order: a bar's lock, then this one's, never the reverse.
    private static let onScreen = OnScreen()

    private final class OnScreen: @unchecked Sendable {
        private let lock = NSLock()
        private weak var current: ProgressBar?

        var bar: ProgressBar? {
            lock.lock()
            defer { lock.unlock() }
            return current
        }

        func set(_ bar: ProgressBar) {
            lock.lock()
            current = bar
            lock.unlock()
        }

        func clear(_ bar: ProgressBar) {
            lock.lock()
            if current === bar { current = nil }
            lock.unlock()
        }
    }
}

/// Writes `text` to standard error, first erasing a progress bar that is on screen, so that a
/// diagnostic starts on a clean line and never mixes with the bar.
func writeToStandardError(_ text: String) {
    ProgressBar.withoutBar { FileHandle.standardError.write(Data(text.utf8)) }
}
