import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO

/// How `convert` and `analyze` draw a GEXF file for Gephi: each node's `viz:color`,
/// `viz:size` and `viz:position` from the Graphviz layout and style of `sandan render`
/// (``NodeStyleOptions``), laid out in a child process as `render` lays out.
///
/// Defaults, so that Gephi opens a styled, laid-out network: colour by `region` when the
/// nodes have one (each province its fixed colour), size by degree, render's automatic engine
/// and seed. Graphs of more than ``automaticNodeLimit`` nodes are written without a drawing
/// unless `--viz` asks for one.
struct VizOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: ArgumentHelp("With a .gexf output: lay the network out and write each node's colour, size and position for Gephi (default: on up to \(VizOptions.automaticNodeLimit) nodes)."))
    var viz: Bool?

    @OptionGroup(title: "GEXF drawing (as sandan render)")
    var style: NodeStyleOptions

    @Flag(name: .customLong("geo"), help: "With a .gexf output: place nodes at their lat/lon (EPSG:5179, as render --geo) instead of a layout.")
    var geographic = false

    /// The most nodes laid out without `--viz` (sfdp takes a few seconds at this size).
    static let automaticNodeLimit = 5_000

    /// Refuses drawing options for an output that is not GEXF, and a layout with `--geo`.
    func validate(output: String?) throws {
        let gexf = output.map { ($0 as NSString).pathExtension.lowercased() == "gexf" } ?? false
        if !gexf && (viz != nil || style.isSet || geographic) {
            throw ValidationError("--viz, --no-viz, --layout, --color-by, --palette, --size-by and --geo draw a .gexf output; -o names none")
        }
        if viz == false && (style.isSet || geographic) {
            throw ValidationError("--no-viz writes no drawing; leave out --layout, --color-by, --palette, --size-by and --geo")
        }
        if geographic && style.layout != nil { throw ValidationError("--geo places nodes at their coordinates; leave out --layout") }
    }

    /// The node visuals of `graph` for a GEXF file, or nil when none are written (--no-viz,
    /// or a graph above ``automaticNodeLimit`` without --viz, said on standard error).
    /// - Throws: ``CommandFailure`` when the style cannot be made or the layout fails.
    /// - Complexity: that of the size measure and of the layout.
    func visuals(for graph: Graph) throws -> [NodeVisual]? {
        guard viz ?? true else { return nil }
        if viz == nil && graph.nodeCount > Self.automaticNodeLimit {
            warn("the GEXF file has no drawing: \(graph.nodeCount) nodes is more than \(Self.automaticNodeLimit); --viz lays it out anyway")
            return nil
        }
        var drawn = graph
        let colorAttribute = style.colorBy ?? (graph.nodeAttributes[Region.attribute] != nil ? Region.attribute : nil)
        if let method = CommunityAttribute.method(asked: nil, colorBy: colorAttribute, clusterBy: nil, graph: graph) {
            drawn = try CommunityAttribute.adding(to: graph, method: method, seed: 0)
        }
        var drawing = DrawingStyle(layout: style.engine(for: drawn, wantsClusters: false))
        drawing.geographic = geographic
        try style.apply(to: &drawing, graph: drawn, colorAttribute: colorAttribute, sizeMetric: style.sizeBy ?? "degree")
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let renderer = IsolatedRenderer(executable: executable)
        do {
            try renderer.checkSize(nodes: drawn.nodeCount, edges: drawn.edgeCount)
            let made = try GraphDrawing(graph: drawn, style: drawing)
            let laidOut = try made.nodeVisuals(renderer: renderer)
            for w in made.warnings + laidOut.warnings.map({ "graphviz: " + $0 }) { warn(w) }
            return laidOut.visuals
        } catch let error as RenderError {
            throw CommandFailure("the GEXF drawing failed: \(error.description); --no-viz writes the file without one")
        }
    }
}
