import Foundation
import SandanTestSupport
import Testing
@testable import SandanGraphviz

/// ``DOTRendering/render(dot:layout:format:to:)``: the library's file output, in this process
/// and through the isolated worker.
@Suite(.serialized) struct RenderToFileTests {
    @Test func theFileHoldsWhatTheMemoryRenderingGives() throws {
        let renderer = try GraphvizRenderer()
        // Named: an anonymous graph gets a new name (%N) each time, which the SVG shows.
        let dot = "digraph g { a -> b; b -> c; 산단 -> a }"
        let folder = TemporaryFolder()
        let path = folder.file("g.svg")
        let warnings = try renderer.render(dot: dot, layout: .dot, format: .svg, to: path)
        #expect(warnings.isEmpty)
        let inMemory = try renderer.render(dot: dot, layout: .dot, format: .svg)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == inMemory.data)
    }

    @Test func aFailedRenderingLeavesTheOldFileAlone() throws {
        let renderer = try GraphvizRenderer()
        let folder = TemporaryFolder()
        let url = folder.url("old.svg")
        try Data("old".utf8).write(to: url)
        #expect(throws: RenderError.self) { _ = try renderer.render(dot: "digraph { a -> }", layout: .dot, format: .svg, to: url.path) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(folder.contents == ["old.svg"])
    }

    @Test func aFolderThatDoesNotExistIsAWritingError() throws {
        let folder = TemporaryFolder()
        let path = folder.file("missing/g.svg")
        #expect {
            _ = try GraphvizRenderer().render(dot: "digraph { a }", layout: .dot, format: .svg, to: path)
        } throws: { error in
            guard case .writing(let reason) = error as? RenderError else { return false }
            return reason.contains("missing/g.svg")
        }
    }

    @Test func theIsolatedWorkerWritesAFileToo() throws {
        // A shell script stands in for the worker (as in IsolatedRendererTests): it echoes the DOT.
        let worker = IsolatedRenderer(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "cat", "worker"])
        let folder = TemporaryFolder()
        let path = folder.file("echo.dot")
        _ = try worker.render(dot: "graph { a -- b }", layout: .neato, format: .dot, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "graph { a -- b }")
    }

    @Test func aPluginThatCannotBeLoadedFailsTheJob() {
        #expect(GraphvizRenderer.isPluginLoadFailure(
            "Could not load \"/usr/lib/x86_64-linux-gnu/graphviz/libgvplugin_core.so.6\" - It was found, so perhaps one of its dependents was not.  Try ldd."))
        #expect(!GraphvizRenderer.isPluginLoadFailure("Warning: node a, position 1,2, expected two numbers"))
    }
}
