import Foundation
import Testing
@testable import sandan

/// Collects what a progress bar writes.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [String] = []
    func append(_ text: String) { lock.lock(); chunks.append(text); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return chunks.joined() }
}

@Suite struct ProgressBarTests {
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

    @Test func safeFromManyThreads() {
        let recorder = Recorder()
        let bar = ProgressBar(label: "x", columns: 40, write: recorder.append)
        DispatchQueue.concurrentPerform(iterations: 1000) { i in bar.report(completed: i + 1, total: 1000) }
        bar.report(completed: 1000, total: 1000)
        #expect(recorder.text.contains("100% 1000/1000"))
    }
}
