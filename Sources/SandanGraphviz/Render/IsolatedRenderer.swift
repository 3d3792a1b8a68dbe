import CProcessControl
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
/// `fork`): `executable arguments… --layout L --format F --memory-limit-mb M --parent-pid P
/// --cpu-seconds S`, reading DOT on standard input and writing the rendered bytes on standard
/// output, Graphviz's warnings on standard error one per line, exit status 0; on failure it
/// writes the message on standard error and exits 1. `sandan render-worker` is that program (it
/// calls ``RenderWorker/run(layout:format:memoryLimitBytes:parentPID:cpuSeconds:)``).
///
/// - The child caps its own address space (`setrlimit(RLIMIT_AS)`) and CPU time
///   (`RLIMIT_CPU`, ``timeout`` rounded up plus one second) before Graphviz runs.
/// - The child's life is tied to the caller's, which Foundation starts in a process group of
///   its own (so Ctrl-C on a terminal never reaches it): the child asks the kernel for SIGKILL
///   when its parent ends (`prctl(PR_SET_PDEATHSIG)` on Linux), and ends at once if its parent
///   is already gone; while it runs, SIGINT, SIGTERM and SIGHUP to the caller kill it first
///   (see `CProcessControl`), then reach the caller's own handler or default action.
/// - After ``timeout`` seconds the child is killed (SIGKILL: a layout cannot be cancelled)
///   and ``RenderError/timedOut(seconds:layout:)`` is thrown; so is it when the child's CPU
///   limit ends it (SIGXCPU).
/// - A child killed by any other signal gives ``RenderError/crashed(signal:layout:)``.
/// - ``checkSize(nodes:edges:)`` refuses, before any DOT is built, a drawing that cannot fit in
///   ``memoryLimit``: the same limit bounds building the DOT in the caller and laying it out.
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

    /// The address space Graphviz needs per node or edge, about: 1 KiB (measured: `sfdp` on
    /// 20,000 nodes and 100,000 edges peaks at 133 MB resident).
    public static let bytesPerElement = 1 << 10

    /// Refuses a drawing of `nodes` nodes and `edges` edges that cannot be laid out within
    /// ``memoryLimit`` (``bytesPerElement`` each). Call it before building the DOT, which would
    /// take memory of the same order in the caller. O(1).
    /// - Throws: ``RenderError/tooLarge(nodes:edges:memoryLimitMB:)``.
    public func checkSize(nodes: Int, edges: Int) throws(RenderError) {
        let (elements, overflow) = nodes.addingReportingOverflow(edges)
        guard overflow || elements > memoryLimit / Self.bytesPerElement else { return }
        throw .tooLarge(nodes: nodes, edges: edges, memoryLimitMB: memoryLimit >> 20)
    }

    /// The child's CPU-time limit in whole seconds: ``timeout`` rounded up, plus one.
    var cpuSeconds: Int { Int(min(timeout.rounded(.up), Double(Int32.max))) + 1 }
    /// Renders `dot` in a child process. Blocks the calling thread until the child ends.
    /// - Throws: ``RenderError`` (syntax and Graphviz errors as reported by the child, crash,
    ///   time-out, or a child that could not start).
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> RenderedOutput {
        Self.ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--layout", layout.rawValue, "--format", format.rawValue,
                                         "--memory-limit-mb", String(max(1, memoryLimit >> 20)),
                                         "--parent-pid", String(getpid()), "--cpu-seconds", String(cpuSeconds)]
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
        let child = process.processIdentifier
        if sandan_forward_terminal_signals(child) != 0 {
            kill(child, SIGKILL)
            process.waitUntilExit()
            throw .worker("too many render workers at once")
        }
        defer { sandan_stop_forwarding(child) }

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
        case .uncaughtSignal where process.terminationStatus == SIGXCPU:
            throw .timedOut(seconds: timeout, layout: layout.commandLine)
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
