/// An output format and the Graphviz device that writes it.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    case svg, png, pdf
    /// DOT with the layout's positions (`-Tdot`).
    case dot
    /// Graphviz's JSON with positions and xdot drawing operations (`-Tjson`): what a canvas
    /// drawing reads back to place its labels (never a file the user asks for).
    case json

    /// The device passed to `gvRenderData`. PNG and PDF name the cairo renderer explicitly:
    /// `png:gd` draws Hangul blank, and the core PostScript driver cannot do non-Latin-1 text
    /// (FIELD_NOTES §1 and §3).
    public var device: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        case .json: "json"
        }
    }

    /// The format a file name's extension asks for (`.gv` counts as DOT), or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
