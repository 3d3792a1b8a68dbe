import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lays out and renders DOT in a child process, so that a Graphviz crash, hang or runaway
/// allocation becomes a ``RenderError`` instead of killing or hanging the caller.
///
/// The child is the caller's own executable started with Foundation's `Process` (never
/// `fork`): `executable arguments… --layout L --format F --memory-limit-mb M`, reading DOT on
/// standard input and writing the rendered bytes on standard output, Graphviz's warnings on
/// standard error one per line, exit status 0; on failure it writes the message on standard
/// error and exits 1. `sandan render-worker` is that program (it calls
/// ``RenderWorker/run(layout:format:memoryLimitBytes:)``).
///
/// - The child caps its own address space (`setrlimit(RLIMIT_AS)`) before Graphviz runs.
/// - After ``timeout`` seconds the child is killed (SIGKILL: a layout cannot be cancelled)
///   and ``RenderError/timedOut(seconds:layout:)`` is thrown.
/// - A child killed by a signal gives ``RenderError/crashed(signal:layout:)``.
/// - Swift's backtracer is disabled in the child (`SWIFT_BACKTRACE=enable=no`), so a crash
///   ends at once instead of leaving a helper process holding the pipes.
/// - Writing to a child that died early must not kill the caller: SIGPIPE is ignored
///   process-wide the first time a render starts (the write then fails with EPIPE).
public struct IsolatedRenderer: Sendable {
    /// The program to run (normally the `sandan` executable itself).
    public var executable: URL
    /// Arguments before the worker's own (normally `["render-worker"]`).
    public var arguments: [String]
    /// Seconds the child may run.
    public var timeout: Double
    /// The child's address-space cap in bytes.
    public var memoryLimit: Int

    public init(executable: URL, arguments: [String] = ["render-worker"], timeout: Double = 120,
                memoryLimit: Int = 4 << 30) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
        self.memoryLimit = memoryLimit
    }

    /// Renders `dot` in a child process. Blocks the calling thread until the child ends.
    /// - Throws: ``RenderError`` (syntax and Graphviz errors as reported by the child, crash,
    ///   time-out, or a child that could not start).
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> RenderedOutput {
        Self.ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--layout", layout.rawValue, "--format", format.rawValue,
                                         "--memory-limit-mb", String(max(1, memoryLimit >> 20))]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .worker("cannot start \(executable.path): \(error.localizedDescription)")
        }

        let collected = Collected()
        let group = DispatchGroup()
        let dotBytes = Data(dot.utf8)
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: dotBytes)
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.setOutput(output.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: group) {
            collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
        }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        group.wait()
        process.waitUntilExit()

        if timedOut { throw .timedOut(seconds: timeout, layout: layout.commandLine) }
        let stderrText = String(decoding: collected.errors, as: UTF8.self)
        let lines = stderrText.split(separator: "\n").map { String($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        switch process.terminationReason {
        case .uncaughtSignal:
            throw .crashed(signal: process.terminationStatus, layout: layout.commandLine)
        case .exit where process.terminationStatus == 0:
            return RenderedOutput(data: [UInt8](collected.output), warnings: lines)
        case .exit:
            throw RenderWorker.decodeFailure(lines.joined(separator: "\n"), status: process.terminationStatus)
        @unknown default:
            throw .worker("the worker ended in an unknown way (status \(process.terminationStatus))")
        }
    }

    /// Ignores SIGPIPE once per process.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// What the reader threads collect.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var _output = Data(), _errors = Data()
        var output: Data { lock.withLock { _output } }
        var errors: Data { lock.withLock { _errors } }
        func setOutput(_ d: Data) { lock.withLock { _output = d } }
        func setErrors(_ d: Data) { lock.withLock { _errors = d } }
    }
}
