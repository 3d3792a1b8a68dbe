import Foundation
import SandanIO

/// A way to lay out and render DOT: in this process (``GraphvizRenderer``) or in a child
/// process with a time limit and a memory cap (``IsolatedRenderer``).
public protocol DOTRendering: Sendable {
    /// Lays out `dot` with `layout` and renders it in `format`, in memory.
    func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> RenderedOutput
}

extension DOTRendering {
    /// Lays out and renders `dot`, then writes the bytes to `path` atomically (a temporary file
    /// beside it, fsync, rename; see `AtomicFile`) and returns Graphviz's warnings.
    ///
    /// Graphviz's own file output (`gvRenderFilename`) writes while it renders, so a failed
    /// job would leave a partial file; here a failure leaves `path` as it was.
    ///
    /// - Throws: what ``render(dot:layout:format:)`` throws, and ``RenderError/writing(_:)``
    ///   when the file cannot be written.
    /// - Complexity: that of the layout, plus O(output bytes) to write.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat, to path: String) throws(RenderError) -> [String] {
        let output = try render(dot: dot, layout: layout, format: format)
        do {
            try AtomicFile.write(Data(output.data), to: path)
        } catch {
            throw .writing(error.description)
        }
        return output.warnings
    }
}

extension GraphvizRenderer: DOTRendering {}
extension IsolatedRenderer: DOTRendering {}
