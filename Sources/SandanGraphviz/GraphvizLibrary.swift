import CGraphviz
import SandanGraphvizRuntime

/// Facts about the Graphviz C library Sandan is linked against.
public enum GraphvizLibrary {
    /// The version string libgvc reports (e.g. "2.43.0").
    public static var version: String {
        GraphvizLock.shared.withLock { _ in
            guard let context = gvContext() else { return "unknown" }
            defer { gvFreeContext(context) }
            return gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
    }
}
