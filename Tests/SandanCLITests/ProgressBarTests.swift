import Foundation
import Testing
@testable import sandan

/// Collects what a progress bar writes.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [String] = []
    func append(_ text: String) { lock.lock(); chunks.append(text); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return chunks.joined() }
    /// Each write, in order.
    var writes: [String] { lock.lock(); defer { lock.unlock() }; return chunks }
}

/// A clock the test moves by hand (nanoseconds).
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: UInt64
    init(start: UInt64) { now = start }
    func advance(by nanoseconds: UInt64) { lock.lock(); now += nanoseconds; lock.unlock() }
    var read: @Sendable () -> UInt64 { { [self] in lock.lock(); defer { lock.unlock() }; return now } }
    /// A reading that first moves the clock by `step`: every reading is later than the last.
    func ticking(by step: UInt64) -> @Sendable () -> UInt64 {
        { [self] in lock.lock(); defer { lock.unlock() }; now += step; return now }
    }
}

/// Serialized: a drawn bar registers itself process-wide so that diagnostics can erase it.
@Suite(.serialized) struct ProgressBarTests {
    @Test func drawsAFilledBarAndErasesIt() {
        let recorder = Recorder()
        let bar = ProgressBar(label: "betweenness", columns: 50, write: recorder.append)
        bar.report(completed: 5, total: 10)
        // 50 columns − "betweenness" (11) − " 50%" (4) − " 5/10" (5) − 5 = 25 cells, 12 filled.
        #expect(bar.line() == "betweenness [" + String(repeating: "#", count: 12) + String(repeating: "-", count: 13) + "]  50% 5/10")
        bar.report(completed: 10, total: 10)
        bar.finish()
        #expect(recorder.text.hasPrefix("\rbetweenness [############-------------]  50% 5/10\u{1B}[K"))
        #expect(recorder.text.contains("100% 10/10"))
        #expect(recorder.text.hasSuffix("\r\u{1B}[K"))
    }

    @Test func silentWhenNotATerminal() {
        let bar = ProgressBar(label: "x", columns: 80, write: nil)
        bar.report(completed: 1, total: 2)
        bar.finish()
        #expect(!bar.isVisible)
    }

    /// Reports from many threads at once: the clock moves a tenth of a second at every reading,
    /// so every report is due to redraw, and each drawing must show the count its own report
    /// gave, whole: 1,000 reports give 1,000 whole lines whose counts are exactly 1…1000. A bar
    /// that read the clock, or set and drew its counts, outside its lock would draw one report's
    /// count twice and lose another's, or trap on a clock reading earlier than its last drawing.
    @Test func everyReportFromManyThreadsDrawsItsOwnCount() throws {
        let recorder = Recorder()
        let clock = ManualClock(start: 0)
        let bar = ProgressBar(label: "x", columns: 40, clock: clock.ticking(by: ProgressBar.redrawInterval), write: recorder.append)
        DispatchQueue.concurrentPerform(iterations: 1000) { i in bar.report(completed: i + 1, total: 1000) }
        let writes = recorder.writes
        #expect(writes.count == 1000)
        var counts: [Int] = []
        for write in writes {
            let match = try #require(write.firstMatch(of: /^\rx \[[#-]+\] +\d+% (\d+)\/1000\u{1B}\[K$/), "a whole line: \(write)")
            counts.append(try #require(Int(match.output.1)))
        }
        #expect(counts.sorted() == Array(1...1000))
    }

    @Test func redrawsAtMostTenTimesASecond() {
        let recorder = Recorder()
        let clock = ManualClock(start: 1_000_000_000)
        let bar = ProgressBar(label: "x", columns: 40, clock: clock.read, write: recorder.append)
        // A report every 10 ms for 10 s: drawn at reports 1, 11, 21, …, 991 (a tenth of a second
        // apart) and at the last one, 1000 = total: 101 drawings in 10 s.
        for i in 1...1000 {
            clock.advance(by: 10_000_000)
            bar.report(completed: i, total: 1000)
        }
        #expect(recorder.text.filter { $0 == "\r" }.count == 101)
        #expect(recorder.text.contains("  1% 11/1000"))
        #expect(!recorder.text.contains(" 2/1000"))
        #expect(recorder.text.hasSuffix("100% 1000/1000\u{1B}[K"))
    }

    @Test func hiddenDuringItsDelayOnly() {
        let recorder = Recorder()
        let clock = ManualClock(start: 0)
        let bar = ProgressBar(label: "x", columns: 40, delay: 0.5, clock: clock.read, write: recorder.append)
        clock.advance(by: 400_000_000)
        bar.report(completed: 1, total: 4)
        #expect(recorder.text == "")
        clock.advance(by: 100_000_000)
        bar.report(completed: 2, total: 4)
        #expect(recorder.text.contains(" 2/4"))
    }

    @Test func percentOnlyWithoutCounts() {
        let bar = ProgressBar(label: "report", columns: 40, counts: false, write: { _ in })
        bar.report(completed: 450, total: 900)
        // 40 − "report" (6) − " 50%" (4) − 5 = 25 cells, 12 filled.
        #expect(bar.line() == "report [" + String(repeating: "#", count: 12) + String(repeating: "-", count: 13) + "]  50%")
    }

    @Test func aDiagnosticErasesTheBarFirst() {
        let recorder = Recorder()
        let bar = ProgressBar(label: "x", columns: 40, write: recorder.append)
        bar.report(completed: 1, total: 4)
        ProgressBar.withoutBar { recorder.append("sandan: warning: w\n") }
        #expect(recorder.text.hasSuffix("\u{1B}[K\r\u{1B}[Ksandan: warning: w\n"))
        bar.finish()
        // Already erased: finishing writes nothing more.
        #expect(recorder.text.hasSuffix("sandan: warning: w\n"))
    }
}
