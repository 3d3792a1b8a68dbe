import ArgumentParser
import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanReport

/// How a drawing lays out, colours and sizes nodes: the options `sandan render` draws with and
/// the ones `convert` and `analyze` lay out a GEXF file with (``VizOptions``), so that Gephi
/// opens the network as `render` draws it.
struct NodeStyleOptions: ParsableArguments {
    @Option(name: .long, help: "Layout engine (default: chosen by the graph's size and shape).")
    var layout: LayoutChoice?

    @Option(name: .customLong("color-by"), help: "Colour nodes by this node attribute (e.g. region, macro_region).")
    var colorBy: String?

    @Option(name: .long, help: "Categorical palette: \(PaletteChoice.allCases.map(\.rawValue).joined(separator: ", ")) (default: okabe-ito up to 8 values, korea-regions for region and macro_region, else distinct).")
    var palette: PaletteChoice?

    @Option(name: .customLong("size-by"), help: "Size nodes by a metric (\(SizeMetric.names.joined(separator: ", "))) or a numeric node attribute.")
    var sizeBy: String?

    enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi
        var engine: LayoutEngine { LayoutEngine(rawValue: rawValue)! }
    }

    enum PaletteChoice: String, ExpressibleByArgument, CaseIterable {
        case okabeIto = "okabe-ito", tolMuted = "tol-muted", distinct, koreaRegions = "korea-regions"

        /// The palette; korea-regions binds each province (or macro-region, for the attribute
        /// macro_region) to its colour.
        func palette(attribute: String?) -> Palette {
            switch self {
            case .okabeIto: .okabeIto
            case .tolMuted: .tolMuted
            case .distinct: .distinct
            case .koreaRegions:
                .koreaRegions(attribute: attribute ?? Region.attribute)
            }
        }
    }

    /// Whether any of these options was given.
    var isSet: Bool { layout != nil || colorBy != nil || palette != nil || sizeBy != nil }

    /// Sets the colours and sizes of `style` for `graph`: `colorAttribute` (a measure or a
    /// numeric attribute with many values in viridis, else categories in ``palette`` or the
    /// palette the attribute calls for) and `sizeMetric` (see ``SizeMetric``). The attribute
    /// and metric are passed in, so that a caller can give its own defaults.
    /// - Throws: what ``SizeMetric/values(_:graph:)`` throws.
    func apply(to style: inout DrawingStyle, graph: Graph, colorAttribute: String?, sizeMetric: String?) throws {
        if let colorAttribute, SizeMetric.isContinuous(colorAttribute, graph: graph) {
            style.colorMetric = try SizeMetric.values(colorAttribute, graph: graph)
        } else {
            style.colorBy = colorAttribute
            style.palette = (palette ?? (colorAttribute.flatMap(Region.colors(forAttribute:)) != nil ? .koreaRegions : nil))?
                .palette(attribute: colorAttribute)
        }
        style.nodeSizes = try sizeMetric.map { try SizeMetric.values($0, graph: graph) }
    }

    /// The engine asked for, else the default for this graph (see
    /// ``LayoutEngine/automatic(for:wantsClusters:hubsAndSpokes:)``).
    func engine(for graph: Graph, wantsClusters: Bool, hubsAndSpokes: Bool = false) -> LayoutEngine {
        layout?.engine ?? .automatic(for: graph, wantsClusters: wantsClusters, hubsAndSpokes: hubsAndSpokes)
    }
}
