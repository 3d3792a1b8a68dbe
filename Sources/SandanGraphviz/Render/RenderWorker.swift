import CProcessControl
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child side of ``IsolatedRenderer``: what `sandan render-worker` runs.
///
/// Protocol: DOT on standard input; on success the rendered bytes on standard output, each
/// Graphviz warning on standard error as one line, exit status 0; on failure one line
/// `<kind>: <message>` on standard error (kind `syntax`, `graphviz`, `unavailable` or
/// `worker`) and exit status 1.
public enum RenderWorker {
    /// Ties this process to its parent, caps its CPU time, reads DOT from standard input, caps
    /// the address space, renders, writes the result, and returns the exit status. Never
    /// returns normally after a Graphviz crash (the process dies, which is the point).
    ///
    /// - Parameters:
    ///   - layout: the layout engine to run.
    ///   - format: the output format.
    ///   - memoryLimitBytes: the address-space cap (`RLIMIT_AS`) set before Graphviz runs.
    ///   - parentPID: the process that started this one; with it, the kernel kills this process
    ///     (SIGKILL) when the parent ends (Linux), and the worker exits at once (status 1) when
    ///     its parent is already gone.
    ///   - cpuSeconds: the CPU time this process may use (`RLIMIT_CPU`): past it the kernel ends
    ///     it with SIGXCPU (SIGKILL a second later), which the parent reports as a time-out.
    public static func run(layout: LayoutEngine, format: RenderFormat, memoryLimitBytes: Int,
                           parentPID: Int32?, cpuSeconds: Int?) -> Int32 {
        if let parentPID {
            if let problem = dieWithParent(parentPID) { return fail(.worker(problem)) }
        }
        if let cpuSeconds, let problem = capCPUTime(seconds: cpuSeconds) { return fail(.worker(problem)) }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let dot = String(data: input, encoding: .utf8) else {
            return fail(.worker("the DOT on standard input is not UTF-8"))
        }
        if let problem = capAddressSpace(bytes: memoryLimitBytes) { return fail(.worker(problem)) }
        do {
            let output = try GraphvizRenderer().render(dot: dot, layout: layout, format: format)
            FileHandle.standardOutput.write(Data(output.data))
            let warnings = output.warnings.map { $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
            FileHandle.standardError.write(Data(warnings.utf8))
            return 0
        } catch {
            return fail(error)
        }
    }

    /// Limits this process's address space (`RLIMIT_AS`) to `bytes`, so that a runaway layout
    /// fails an allocation instead of exhausting the machine. Returns a message on failure.
    public static func capAddressSpace(bytes: Int) -> String? {
        var limit = rlimit()
        guard getrlimit(resourceAddressSpace, &limit) == 0 else { return "getrlimit failed: \(String(cString: strerror(errno)))" }
        let wanted = rlim_t(max(bytes, 64 << 20))
        limit.rlim_cur = min(wanted, limit.rlim_max)  // RLIM_INFINITY is the largest rlim_t
        guard setrlimit(resourceAddressSpace, &limit) == 0 else { return "setrlimit failed: \(String(cString: strerror(errno)))" }
        return nil
    }

    /// Gives the terminal signals their default action (a worker started from a thread that blocks
    /// them inherits the mask), asks for SIGKILL when the parent ends, then checks that `parent` is still the parent (it
    /// may have ended before the request). Returns a message when it is gone. Where
    /// `PR_SET_PDEATHSIG` does not exist, only the check is made.
    static func dieWithParent(_ parent: Int32) -> String? {
        for signal in [SIGINT, SIGTERM, SIGHUP] { sandan_default_signal(signal) }
        if sandan_die_with_parent(SIGKILL) != 0, errno != ENOSYS {
            return "prctl(PR_SET_PDEATHSIG) failed: \(String(cString: strerror(errno)))"
        }
        return getppid() == parent ? nil : "the parent process \(parent) has ended"
    }

    /// Limits this process's CPU time (`RLIMIT_CPU`) to `seconds` (SIGXCPU), and one more
    /// second (SIGKILL). Returns a message on failure.
    static func capCPUTime(seconds: Int) -> String? {
        sandan_default_signal(SIGXCPU)
        var limit = rlimit()
        guard getrlimit(resourceCPU, &limit) == 0 else { return "getrlimit failed: \(String(cString: strerror(errno)))" }
        limit.rlim_cur = min(rlim_t(max(seconds, 1)), limit.rlim_max)
        limit.rlim_max = min(limit.rlim_cur + 1, limit.rlim_max)
        guard setrlimit(resourceCPU, &limit) == 0 else { return "setrlimit failed: \(String(cString: strerror(errno)))" }
        return nil
    }

    private static func fail(_ error: RenderError) -> Int32 {
        let line: String
        switch error {
        case .syntax(let m): line = "syntax: " + m
        case .graphviz(let stage, let m): line = "graphviz: " + stage + "\t" + m
        case .unavailable(let m): line = "unavailable: " + m
        default: line = "worker: " + error.description
        }
        FileHandle.standardError.write(Data((line.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
        return 1
    }

    /// The error a worker's failure line stands for (the inverse of its protocol).
    static func decodeFailure(_ text: String, status: Int32) -> RenderError {
        let line = text.split(separator: "\n").last.map(String.init) ?? ""
        func after(_ prefix: String) -> String? { line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : nil }
        if let m = after("syntax: ") { return .syntax(m) }
        if let m = after("graphviz: ") {
            let parts = m.split(separator: "\t", maxSplits: 1).map(String.init)
            return .graphviz(stage: parts[0], message: parts.count > 1 ? parts[1] : "")
        }
        if let m = after("unavailable: ") { return .unavailable(m) }
        if let m = after("worker: ") { return .worker(m) }
        let shown = text.isEmpty ? "no message" : text
        let memory = text.localizedCaseInsensitiveContains("memory") || text.contains("alloc")
        return .worker("exit status \(status): \(shown)" + (memory ? " (the memory limit may be too small: --memory-limit)" : ""))
    }
}

#if canImport(Glibc)
private let resourceAddressSpace = __rlimit_resource_t(RLIMIT_AS.rawValue)
private let resourceCPU = __rlimit_resource_t(RLIMIT_CPU.rawValue)
#else
private let resourceAddressSpace = RLIMIT_AS
private let resourceCPU = RLIMIT_CPU
#endif
