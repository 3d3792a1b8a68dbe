import CGraphviz
import Foundation
import SandanGraphvizRuntime
import SandanIO

/// Lays out and renders DOT in this process, through libgvc.
///
/// **Thread safety.** libgvc and libcgraph are not thread-safe (four threads rendering at once
/// crash them, whether or not they share a context), so every call this type makes into
/// Graphviz runs under the one process-wide `GraphvizLock`, which Sandan's DOT
/// reader takes too. A renderer can therefore be used from any thread or task; concurrent
/// renders simply run one after the other.
///
/// **Isolation.** Graphviz 2.42 crashes its host process on some inputs and a layout cannot be
/// cancelled, so the `sandan` command renders in a child process (``IsolatedRenderer``); use
/// this type directly only for DOT Sandan itself emitted (``GraphDrawing`` never writes the
/// known crashing values), in tests, or when embedding.
///
/// **Reproducibility.** The same DOT gives the same bytes with dot, neato, sfdp, circo and
/// twopi, job after job (the C library's `rand` and `drand48` generators, which sfdp draws on
/// besides its `start` seed, are reset before each layout to their state at process start).
/// Two things still depend on what the process did before: Graphviz 2.42's fdp keeps other
/// state between layouts, and cgraph orders subgraphs by an id derived from a string's memory
/// address, so cluster boxes may be written in another order. ``IsolatedRenderer`` runs each
/// job in a fresh process and is byte-for-byte reproducible in every case.
///
/// **Memory.** Each job frees what it allocates (`gvFreeRenderData`, `gvFreeLayout`,
/// `agclose`); the context lives as long as the renderer and is freed with `gvFreeContext`.
/// Graphviz 2.42 itself leaks about 7 kB per `dot` layout (inside `dot_layout`), so reuse one
/// renderer for many jobs rather than making a renderer per job (each context cycle leaks
/// about 10 kB more).
public final class GraphvizRenderer: @unchecked Sendable {
    /// The gvc context; only touched under the lock.
    private let context: OpaquePointer

    /// Creates a Graphviz context and checks that the plugins Sandan needs are installed.
    /// - Throws: ``RenderError/unavailable(_:)`` naming what is missing.
    public init() throws(RenderError) {
        let made: Result<OpaquePointer, RenderError> = GraphvizLock.shared.withLock { _ in
            guard let context = gvContext() else { return .failure(.unavailable("Graphviz could not create a context")) }
            let layouts = Self.plugins(context, "layout")
            let devices = Self.plugins(context, "device")
            let missing = ["dot", "neato", "sfdp"].filter { !layouts.contains($0) } + ["svg", "png", "pdf"].filter { !devices.contains($0) }
            guard missing.isEmpty else {
                gvFreeContext(context)
                return .failure(.unavailable("the Graphviz plugins for \(missing.joined(separator: ", ")) are missing "
                    + "(layouts: \(layouts.joined(separator: " ")); devices: \(devices.joined(separator: " "))); "
                    + "reinstall Graphviz (libgvc6) or run 'dot -c' as root to rebuild its plugin registry"))
            }
            return .success(context)
        }
        context = try made.get()
    }

    deinit {
        GraphvizLock.shared.withLock { _ in _ = gvFreeContext(context) }
    }

    /// The Graphviz version the context reports (e.g. "2.43.0").
    public var version: String {
        GraphvizLock.shared.withLock { _ in gvcVersion(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// Lays out `dot` with `layout` and renders it in `format`, in memory (`gvRenderData`).
    ///
    /// Graphviz's messages are captured (`agseterrf`, after `agreseterrors`): warnings are
    /// returned, and any "Error:" message fails the job even when Graphviz returned 0 (a broken
    /// HTML-like label renders with status 0 and logs an error), and so does a plugin that
    /// could not be loaded (Graphviz goes on and writes an empty drawing).
    ///
    /// - Throws: ``RenderError/syntax(_:)`` for unreadable DOT or more than one graph,
    ///   ``RenderError/graphviz(stage:message:)`` for a failed layout or rendering.
    /// - Complexity: that of the layout engine (see ``LayoutEngine``); holds the Graphviz lock
    ///   throughout.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> RenderedOutput {
        let captured = GraphvizLock.shared.withLock { held in
            held.capturingMessages { () throws(RenderError) -> [UInt8] in try job(dot: dot, layout: layout, format: format) }
        }
        var errors = captured.messages.filter(\.isError).map(\.text)
        errors += captured.messages.map(\.text).filter(Self.isPluginLoadFailure).map {
            $0 + " (an address-space limit too low for Graphviz's plugins causes this)"
        }
        if captured.errorLevelReached && errors.isEmpty { errors.append("Graphviz reported an error without a message") }
        let data: [UInt8]
        switch captured.result {
        case .success(let bytes): data = bytes
        case .failure(.syntax(let fallback)): throw .syntax(errors.first ?? fallback)
        case .failure(.graphviz(let stage, let fallback)):
            throw .graphviz(stage: stage, message: errors.isEmpty ? fallback : errors.joined(separator: "; "))
        case .failure(let other): throw other
        }
        if !errors.isEmpty {
            throw .graphviz(stage: "\(layout.commandLine) layout and \(format.device) rendering", message: errors.joined(separator: "; "))
        }
        return RenderedOutput(data: data, warnings: captured.messages.filter { !$0.isError }.map(\.text))
    }

    /// Whether a warning says a plugin could not be loaded (`Could not load "…libgvplugin_core…"`).
    /// Graphviz then goes on without it and writes an empty drawing with status 0, which
    /// happens when the address space is capped too low for the plugin (``IsolatedRenderer``'s
    /// memory limit), so it fails the job.
    static func isPluginLoadFailure(_ text: String) -> Bool {
        text.hasPrefix("Could not load") && text.contains("gvplugin")
    }

    /// One job; runs under the lock with messages captured.
    private func job(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .syntax("the DOT text holds no graph")
        }
        defer { agclose(graph) }
        // A text with several graphs leaves the rest in the reader, which the next agmemread
        // would return instead of its own input: drain it.
        var extra = 0
        while let next = agmemread("") {
            agclose(next)
            extra += 1
        }
        if extra > 0 { throw .syntax("the DOT text holds \(extra + 1) graphs; give one") }
        // sfdp and fdp draw from the C library's rand() and drand48() besides the `start`
        // seed, so a second layout in one process differs from the first; reset the generators to their state at
        // process start so that every job gives the bytes a fresh process gives.
        srand(1)
        var zero: [UInt16] = [0, 0, 0]  // glibc's drand48 state before any seeding
        _ = seed48(&zero)
        guard gvLayout(context, graph, layout.rawValue) == 0 else {
            throw .graphviz(stage: "the \(layout.commandLine) layout", message: "gvLayout failed")
        }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        let status = renderData(gvRenderData, context, graph, format.device, &buffer)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status.result == 0, let buffer else {
            throw .graphviz(stage: "\(format.device) rendering", message: "gvRenderData failed")
        }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: status.length) {
            Array(UnsafeBufferPointer(start: $0, count: status.length))
        }
    }

    /// Calls `gvRenderData` whatever the type of its length parameter: `unsigned int *` up to
    /// Graphviz 12, `size_t *` from Graphviz 13.
    private func renderData<Length: BinaryInteger, Context, GraphPointer>(
        _ function: (Context, GraphPointer, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?) -> Int32,
        _ context: Context, _ graph: GraphPointer, _ device: String, _ buffer: inout UnsafeMutablePointer<CChar>?
    ) -> (result: Int32, length: Int) {
        var length: Length = 0
        let result = device.withCString { function(context, graph, $0, &buffer, &length) }
        return (result, Int(length))
    }

    /// The plugin names of one kind ("layout", "device"), without their providers.
    private static func plugins(_ context: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        return (0..<Int(count)).compactMap { i in
            defer { free(list[i]) }
            return list[i].map { String(cString: $0) }
        }
    }
}
