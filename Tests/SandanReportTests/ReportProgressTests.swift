import Foundation
import SandanGraph
import Testing
@testable import SandanReport

/// The progress a report tells: 100 units per step, strictly increasing, ending at the total.
@Suite struct ReportProgressTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var pairs: [(completed: Int, total: Int)] = []
        var handler: ProgressHandler { { [self] completed, total in lock.lock(); pairs.append((completed, total)); lock.unlock() } }
        var received: [(completed: Int, total: Int)] { lock.lock(); defer { lock.unlock() }; return pairs }
    }

    /// The bundled network: 8 analysis steps and the drawing, 900 units; the long steps move
    /// in between (more calls than steps), and the same document comes out.
    @Test func bundledReportCountsToNineHundred() throws {
        let graph = try BundledNetwork.graph()
        let calls = Calls()
        let options = NetworkReportOptions(source: "Graphs/", sandanVersion: "0.1.0", progress: calls.handler)
        let document = try NetworkReport.document(for: graph, options: options).document
        let received = calls.received
        #expect(received.allSatisfy { $0.total == 900 })
        #expect(zip(received, received.dropFirst()).allSatisfy { $0.completed < $1.completed })
        #expect(received.last?.completed == 900)
        for step in 1...9 { #expect(received.contains { $0.completed == step * 100 }, "step \(step)") }
        #expect(received.count > 9)
        let plain = try NetworkReport.document(for: graph, options: NetworkReportOptions(source: "Graphs/", sandanVersion: "0.1.0"))
        #expect(HTMLReportWriter.html(document) == HTMLReportWriter.html(plain.document))
    }

    /// Inner progress maps into its step's hundred units; a count that is not new is dropped.
    @Test func innerProgressMapsIntoTheStep() {
        let calls = Calls()
        let progress = StepProgress(steps: 3, handler: calls.handler)
        progress.finishStep()
        let inner = progress.withinStep
        inner?(1, 4)
        inner?(2, 4)
        inner?(4, 4)
        progress.finishStep()  // 200 again: dropped
        progress.finishStep()
        #expect(calls.received.map(\.completed) == [100, 125, 150, 200, 300])
        #expect(StepProgress(steps: 3, handler: nil).withinStep == nil)
    }
}
