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
    /// Reads DOT from standard input, caps the address space, renders, writes the result,
    /// and returns the exit status. Never returns normally after a Graphviz crash (the
    /// process dies, which is the point).
    public static func run(layout: LayoutEngine, format: RenderFormat, memoryLimitBytes: Int) -> Int32 {
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
#else
private let resourceAddressSpace = RLIMIT_AS
#endif
