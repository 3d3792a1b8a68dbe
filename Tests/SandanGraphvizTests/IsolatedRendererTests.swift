import Foundation
import Testing
@testable import SandanGraphviz

/// The parent side of the worker protocol, with a shell script standing in for the worker so
/// that crashes and hangs can be staged exactly. (The CLI tests run the real worker.)
@Suite struct IsolatedRendererTests {
    /// A worker that runs `script` with sh; the worker's own arguments follow as $1, $2, ….
    func worker(_ script: String, timeout: Double = 30) -> IsolatedRenderer {
        IsolatedRenderer(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, "worker"], timeout: timeout)
    }

    @Test func successPassesBytesAndWarnings() throws {
        let output = try worker("cat; echo 'Warning: something odd' >&2").render(dot: "digraph { a }", layout: .dot, format: .svg)
        #expect(String(decoding: output.data, as: UTF8.self) == "digraph { a }")
        #expect(output.warnings == ["Warning: something odd"])
    }

    @Test func argumentsFollowTheProtocol() throws {
        let output = try worker("cat >/dev/null; echo \"$@\"").render(dot: "x", layout: .sfdp, format: .png)
        #expect(String(decoding: output.data, as: UTF8.self)
            == "--layout sfdp --format png --memory-limit-mb 4096 --parent-pid \(getpid()) --cpu-seconds 31\n")
    }

    @Test func aCrashBecomesAnError() {
        #expect {
            _ = try worker("cat >/dev/null; kill -SEGV $$").render(dot: "digraph { a }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .crashed(let signal, _) = error as? RenderError else { return false }
            return signal == SIGSEGV && (error as! RenderError).description.contains("SIGSEGV")
        }
    }

    @Test func theCPULimitIsATimeOut() {
        #expect {
            _ = try worker("cat >/dev/null; kill -XCPU $$").render(dot: "digraph { a }", layout: .dot, format: .svg)
        } throws: { error in
            (error as? RenderError) == .timedOut(seconds: 30, layout: "dot")
        }
    }

    @Test func aDrawingTooLargeForTheMemoryLimitIsRefusedBeforeItsDOTIsBuilt() throws {
        let renderer = IsolatedRenderer(executable: URL(fileURLWithPath: "/bin/true"), memoryLimit: 256 << 20)
        // 256 MiB at 1 KiB per node or edge: 262,144 elements.
        try renderer.checkSize(nodes: 2_144, edges: 260_000)
        #expect {
            try renderer.checkSize(nodes: 5_000, edges: 12_497_500)
        } throws: { error in
            (error as? RenderError) == .tooLarge(nodes: 5_000, edges: 12_497_500, memoryLimitMB: 256)
                && (error as! RenderError).description.contains("about 12210 MB to lay out, more than the memory limit of 256 MB")
                && (error as! RenderError).description.contains("Raise --memory-limit")
        }
        #expect(throws: RenderError.self) { try renderer.checkSize(nodes: Int.max, edges: 1) }
    }

    @Test func aHangIsKilledAtTheTimeLimit() {
        #expect {
            _ = try worker("exec sleep 600", timeout: 0.5).render(dot: "digraph { a }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .timedOut = error as? RenderError else { return false }
            return (error as! RenderError).description.contains("did not finish within 0.5 s")
        }
    }

    @Test func aWorkerThatDiesBeforeReadingDoesNotKillTheCaller() {
        // 2 MB of DOT into a pipe nobody reads: the write fails with EPIPE (SIGPIPE ignored).
        let big = String(repeating: "a -> b;\n", count: 250_000)
        #expect(throws: RenderError.self) {
            _ = try worker("exit 3").render(dot: "digraph {" + big + "}", layout: .dot, format: .svg)
        }
    }

    @Test func failureLinesAreDecoded() {
        #expect {
            _ = try worker("cat >/dev/null; echo 'syntax: syntax error in line 1 near }' >&2; exit 1")
                .render(dot: "x", layout: .dot, format: .svg)
        } throws: { error in
            (error as? RenderError) == .syntax("syntax error in line 1 near }")
        }
        #expect {
            _ = try worker("cat >/dev/null; printf 'graphviz: the dot layout\\tgvLayout failed\\n' >&2; exit 1")
                .render(dot: "x", layout: .dot, format: .svg)
        } throws: { error in
            (error as? RenderError) == .graphviz(stage: "the dot layout", message: "gvLayout failed")
        }
    }

    @Test func aMissingWorkerIsAClearError() {
        let renderer = IsolatedRenderer(executable: URL(fileURLWithPath: "/nonexistent/sandan"))
        #expect(throws: RenderError.self) { _ = try renderer.render(dot: "x", layout: .dot, format: .svg) }
    }
}

/// The real worker: the `sandan` binary built beside the test bundle.
@Suite struct RealWorkerTests {
    static let sandan = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("sandan")

    @Test func aGraphvizCrashBecomesAClearError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.sandan.path), "build the sandan product first")
        // Graphviz 2.42 dies with SIGSEGV on this edge weight (fixed upstream as #1783).
        #expect {
            _ = try IsolatedRenderer(executable: Self.sandan).render(dot: "digraph { a -> b [weight=2147483647] }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .crashed(let signal, let layout) = error as? RenderError else { return false }
            return signal == SIGSEGV && layout == "dot"
        }
    }

    @Test func theWorkerRendersWhatTheLibraryRenders() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.sandan.path), "build the sandan product first")
        // Without clusters: cgraph orders subgraphs by an id taken from a string's address, so
        // in a process that has rendered before, cluster boxes may be written in another order.
        var style = Samples.hostileStyle()
        style.clusterBy = nil
        let drawing = try GraphDrawing(graph: Samples.hostile(), style: style)
        let isolated = try IsolatedRenderer(executable: Self.sandan).render(dot: drawing.dot, layout: .dot, format: .svg)
        let local = try GraphvizRenderer().render(dot: drawing.dot, layout: .dot, format: .svg)
        let same = isolated.data == local.data
        #expect(same)
    }
}
