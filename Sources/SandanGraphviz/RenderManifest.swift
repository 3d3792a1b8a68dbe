import Foundation

/// The record written beside a rendered file (`--manifest`), so that a figure in a report can
/// be reproduced: what drew it, with which layout, seed and font, from which command.
public struct RenderManifest: Sendable, Codable, Hashable {
    public var sandanVersion: String
    public var graphvizVersion: String
    public var layout: String
    public var format: String
    public var device: String
    public var seed: Int?
    public var fontRequested: String
    public var fontResolved: String?
    public var fontFile: String?
    public var fontCoversHangul: Bool
    public var nodes: Int
    public var edges: Int
    public var labelledNodes: Int
    public var input: String
    public var output: String
    public var command: [String]
    public var warnings: [String]

    public init(sandanVersion: String, graphvizVersion: String, layout: LayoutEngine, format: RenderFormat,
                seed: Int?, font: FontCoverage, nodes: Int, edges: Int, labelledNodes: Int,
                input: String, output: String, command: [String], warnings: [String]) {
        self.sandanVersion = sandanVersion
        self.graphvizVersion = graphvizVersion
        self.layout = layout.commandLine
        self.format = format.rawValue
        self.device = format.device
        self.seed = seed
        self.fontRequested = font.requested
        self.fontResolved = font.resolvedFamily
        self.fontFile = font.file
        self.fontCoversHangul = font.resolvedCoversHangul
        self.nodes = nodes
        self.edges = edges
        self.labelledNodes = labelledNodes
        self.input = input
        self.output = output
        self.command = command
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case sandanVersion = "sandan_version", graphvizVersion = "graphviz_version", layout, format, device, seed
        case fontRequested = "font_requested", fontResolved = "font_resolved", fontFile = "font_file"
        case fontCoversHangul = "font_covers_hangul", nodes, edges, labelledNodes = "labelled_nodes"
        case input, output, command, warnings
    }

    /// The manifest as pretty-printed JSON with sorted keys (stable bytes), ending in a newline.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// Where the manifest of `output` goes: beside it, `<output>.manifest.json`.
    public static func path(for output: String) -> String { output + ".manifest.json" }
}
