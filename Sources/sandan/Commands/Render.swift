import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO
import SandanReport

/// `sandan render`: draw a graph through Graphviz to SVG, PNG, PDF or DOT.
///
/// Layout and rendering run in a child process (`sandan render-worker`) with a time limit and
/// a memory cap, so a Graphviz crash or hang ends as an error, never a dead or hung command.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a graph through Graphviz to SVG, PNG, PDF or DOT.",
        discussion: """
        The format follows the extension of -o: .svg, .png, .pdf, or .dot/.gv (DOT with the \
        layout's positions; add --dot-source for the DOT Sandan writes, before layout).
        Without --layout, small or tree-like graphs use dot, clustered ones dot up to 150 nodes \
        (the same drawing every run; fdp's changes from run to run), others sfdp.
        --canvas makes the drawing for a target size: text in points at that size (labels at \
        least 7 pt, legend 8 pt; labels that do not fit are left out, least important first, \
        never shrunk), the legend beside the drawing on landscape canvases and below on \
        portrait ones, no label over another label, a node or an edge. Canvases: \
        \(Canvas.presets.map(\.name).joined(separator: ", ")), or WIDTHxHEIGHT in in, cm, mm or px.
        --color-by takes a node attribute (categories; Okabe–Ito up to 8 values, 24 distinct \
        colours beyond, each province its own colour for region) or a measure or numeric \
        attribute with more than 24 values (viridis and a colour bar).
        --view hub-spoke draws the industrial linkages only \
        (\(LinkageKind.industrial.map(\.rawValue).joined(separator: ", "))), anchors labelled, \
        on a slide unless --canvas says otherwise.
        Programmes of the bundled data (for --programme):
        \(Programme.allCases.map { "  \($0.rawValue): \($0.caption)" }.joined(separator: "\n"))
        --color-by community (or --cluster-by community) on a graph without a 'community' \
        attribute detects communities first (Louvain, or --communities METHOD, with \
        --community-seed): the numbers `sandan communities` prints with the same method and seed.
        Hangul needs a Korean font (default NanumGothic, from fonts-nanum); Sandan checks it.

        Examples:
          sandan render -o network.svg --color-by macro_region --size-by degree
          sandan render -o network.svg --title "산업단지 네트워크"
          sandan render -o overhaul.png --programme overhaul-2020 --cluster-by region
          sandan render -o overhaul.png --programme overhaul-2020 --product-labels
          sandan render -o map.pdf --geo --color-by macro_region --size-by degree
          sandan render -o districts.svg --geo --boundaries sigungu --color-by region
          sandan render -o groups.svg --color-by community --cluster-by macro_region
          sandan render -o 연계망.pdf --color-by region --color-title 시·도
          sandan render -o 연계망.pdf --color-by region --legend-language ko
          sandan render --view hub-spoke -o hubs.svg
          sandan render -o fig.pdf --canvas column --programme overhaul-2020
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png, .pdf, or .dot/.gv.")
    var output: String

    @OptionGroup var nodeStyle: NodeStyleOptions

    @Option(name: .long, help: ArgumentHelp("Draw for a target: \(Canvas.presets.map(\.name).joined(separator: ", ")), or WxH with in, cm, mm or px (e.g. 20x15cm).", valueName: "name|WxH"))
    var canvas: String?

    @Option(name: .long, help: "PNG resolution on a canvas, in pixels per inch (default 300 for print canvases, 192 for slides).")
    var dpi: Double?

    @Option(name: .customLong("legend-file"), help: ArgumentHelp("With --canvas, write the legend to this SVG file and give the drawing the whole canvas (a legend that does not fit the canvas goes to OUTPUT.legend.svg without it).", valueName: "file.svg"))
    var legendFile: String?

    @Option(name: .long, help: "A ready-made picture: hub-spoke (industrial linkages, anchors and their spokes, on a slide).")
    var view: ViewChoice?

    @Option(name: .customLong("color-title"), help: "What the legend calls the colour attribute (default: its name).")
    var colorTitle: String?

    @Option(name: .customLong("cluster-by"), help: "Draw one box per value of this node attribute (dot, fdp, neato).")
    var clusterBy: String?

    @Option(name: .long, help: "Detect communities into the node attribute 'community' (louvain, leiden, label-propagation).")
    var communities: CommunityMethod?

    @Option(name: .customLong("community-seed"), help: "Seed of the community detection (as sandan communities --seed).")
    var communitySeed: UInt64 = 0

    @Option(name: .long, help: "Keep only linkages of this programme and the nodes they touch (repeatable).")
    var programme: [String] = []

    @Option(name: .long, help: "A title above the legend.")
    var title: String?

    @Option(name: .long, help: "Font for all text; must cover Hangul for Korean labels.")
    var font = "NanumGothic"

    @Option(name: .long, help: "Which name labels show: ko (name_ko), en (name_en) or id.")
    var labels: LabelChoice = .ko

    @Option(name: .long, help: "Label only the N largest nodes (default: all up to 150 nodes, else 60).")
    var top: Int?

    @Flag(name: .long, help: "Draw a map: nodes at their lat/lon (EPSG:5179, neato -n2) over the 시·도 outlines, with a scale bar.")
    var geo = false

    @OptionGroup var map: BoundaryOptions

    @Flag(name: .customLong("product-labels"), help: "Label value-chain edges with their product.")
    var productLabels = false

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend (the title stays).")
    var noLegend = false

    @Option(name: .customLong("legend-language"), help: "Language of the legend's headings and captions: en or ko.")
    var legendLanguage: LegendLanguage = .en

    @Flag(name: .long, help: "Also write <output>.manifest.json (Graphviz version, layout, font, seed, command); without it, an old one is removed.")
    var manifest = false

    @Flag(name: .customLong("dot-source"), help: "With a .dot/.gv output, write the DOT before layout (no Graphviz run).")
    var dotSource = false

    @Option(name: .long, help: "Seed of the random start of neato, fdp and sfdp.")
    var seed = 1

    @Option(name: .long, help: "Seconds the drawing may take (reading the graph, building the DOT and the layout) before it is stopped.")
    var timeout: Double = 120

    @Option(name: .customLong("memory-limit"), help: "Address-space cap of the layout process, in MB (at least 256); a graph too large for it (about 1 KB per node or edge) is refused before its DOT is built.")
    var memoryLimit = 4096

    /// The largest --memory-limit, in MB (4 TB).
    static let maximumMemoryLimit = 4 << 20

    enum ViewChoice: String, ExpressibleByArgument, CaseIterable {
        case hubSpoke = "hub-spoke"
    }

    enum LabelChoice: String, ExpressibleByArgument, CaseIterable {
        case ko, en, id
        var source: DrawingStyle.NodeLabels { DrawingStyle.NodeLabels(rawValue: rawValue)! }
    }

    func validate() throws {
        guard let format = RenderFormat(fileName: output) else {
            throw ValidationError("-o must end in .svg, .png, .pdf, .dot or .gv (got '\(output)')")
        }
        if dotSource && format != .dot { throw ValidationError("--dot-source needs a .dot or .gv output") }
        if geo && nodeStyle.layout != nil { throw ValidationError("--geo places nodes at their coordinates; leave out --layout") }
        if map.isSet && !geo { throw ValidationError("--boundaries and --boundaries-folder draw a map's outlines; add --geo") }
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        _ = try Self.canvas(canvas, dpi: dpi)
        if canvas == nil && (dpi != nil || legendFile != nil) { throw ValidationError("--dpi and --legend-file need --canvas") }
        if let legendFile, RenderFormat(fileName: legendFile) != .svg { throw ValidationError("--legend-file must end in .svg") }
        if canvas != nil && format == .dot && !dotSource { throw ValidationError("--canvas draws SVG, PNG or PDF (or, with --dot-source, the DOT of its layout pass)") }
        if memoryLimit < 256 { throw ValidationError("--memory-limit must be at least 256 (MB): the render process itself needs about 200 MB of address space") }
        // In bytes the limit must fit in 63 bits: 2^43 MB and more wrapped to a tiny cap, reported as a Graphviz crash.
        if memoryLimit > Render.maximumMemoryLimit {
            throw ValidationError("--memory-limit must be at most \(Render.maximumMemoryLimit) (MB, that is 4 TB)")
        }
    }

    func run() throws {
        let format = RenderFormat(fileName: output)!
        let deadline = RenderDeadline(seconds: timeout)
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var renderer = IsolatedRenderer(executable: executable, timeout: timeout, memoryLimit: memoryLimit << 20)
        var (graph, path) = try input.load()
        if !programme.isEmpty { graph = try graph.keeping(programmes: programme) }
        let hubSpoke = view == .hubSpoke ? try HubSpokeView(graph) : nil
        if let hubSpoke { graph = hubSpoke.graph }
        if let method = CommunityAttribute.method(asked: communities, colorBy: nodeStyle.colorBy, clusterBy: clusterBy, graph: graph) {
            graph = try CommunityAttribute.adding(to: graph, method: method, seed: communitySeed)
        }
        let target = try Self.canvas(canvas ?? (view == .hubSpoke ? "slide" : nil), dpi: dpi)

        var style = DrawingStyle(layout: nodeStyle.engine(for: graph, wantsClusters: clusterBy != nil, hubsAndSpokes: view == .hubSpoke))
        style.title = title
        style.labels = labels.source
        let colorAttribute = nodeStyle.colorBy ?? (view == .hubSpoke && graph.nodeAttributes[Region.macroAttribute] != nil ? Region.macroAttribute : nil)
        try nodeStyle.apply(to: &style, graph: graph, colorAttribute: colorAttribute,
                            sizeMetric: nodeStyle.sizeBy ?? (view == .hubSpoke ? "degree" : nil))
        style.colorTitle = colorTitle
        style.clusterBy = clusterBy
        if let hubSpoke, let sizes = style.nodeSizes { style.labelRanking = hubSpoke.labelRanking(sizes: sizes.values) }
        style.drawLinkageKinds(in: legendLanguage, attributeLabels: productLabels)
        style.fontName = font
        style.labelLimit = top
        style.geographic = geo
        style.mapOutlines = try map.layers(geo: geo)
        style.seed = seed
        style.legend = !noLegend
        style.format = format
        style.canvas = target
        do {
            try renderer.checkSize(nodes: graph.nodeCount, edges: graph.edgeCount)
        } catch {
            throw CommandFailure(error.description)
        }
        let drawing = try GraphDrawing(graph: graph, style: style)
        var warnings = drawing.warnings

        let fonts = FontCoverage.check(font)
        if let message = fonts.warning(hasHangul: drawing.hasHangul) { warnings.append(message) }

        let bytes: [UInt8]
        var legendBytes: [UInt8]?
        var labelled = drawing.labelledNodeCount
        if dotSource {
            bytes = Array(drawing.dot.utf8)
            deadline.stop()
        } else {
            var data: [UInt8]
            var titles = drawing.nodeTitles
            do {
                let dot = drawing.dot
                renderer.timeout = try deadline.handOver()
                if target != nil {
                    let canvasRenderer = CanvasRendering(renderer: renderer)
                    let rendered = try canvasRenderer.render(drawing, format: format, legendInside: legendFile == nil)
                    (data, titles, labelled) = (rendered.data, rendered.titles, rendered.labelledNodes)
                    warnings += rendered.warnings
                    if legendFile != nil || rendered.legendLeftOut { legendBytes = try canvasRenderer.renderLegend(drawing) }
                    if rendered.legendLeftOut, let canvas = target {
                        warnings.append("the legend does not fit the \(canvas.name) canvas at \(Int(canvas.legendPoints)) pt; "
                            + "it was written to \(legendPath) (--legend-file chooses the file)")
                    }
                } else {
                    let rendered = try renderer.render(dot: dot, layout: drawing.layout, format: format)
                    data = rendered.data
                    warnings += rendered.warnings.map { "graphviz: " + $0 }
                }
            } catch .timedOut(_, let layout) {
                throw CommandFailure(RenderError.timedOut(seconds: timeout, layout: layout).description)
            } catch {
                throw CommandFailure(error.description)
            }
            if format == .svg { data = SVGTitles.apply(to: SVGFontFallback.apply(to: data, font: font), titles: titles) }
            legendBytes = legendBytes.map { SVGFontFallback.apply(to: $0, font: font) }
            bytes = data
        }
        for w in warnings { warn(w) }

        // The manifest describes this drawing: without --manifest, one left by an earlier run
        // is removed with the same step, so that no file describes a drawing it does not match.
        var record: Data?
        if manifest {
            record = RenderManifest(
                sandanVersion: Sandan.version, graphvizVersion: GraphvizLibrary.version,
                layout: drawing.layout, format: format, seed: drawing.layout.usesSeed ? seed : nil, font: fonts,
                nodes: graph.nodeCount, edges: graph.edgeCount, labelledNodes: labelled,
                input: path, output: output, command: CommandLine.arguments, warnings: warnings).json
        }
        var files: [(path: String, data: Data?)] = [(output, Data(bytes)), (RenderManifest.path(for: output), record)]
        if let legendBytes { files.append((legendPath, Data(legendBytes))) }
        try AtomicFile.writeSet(files, sparing: ReadInputs.all)
    }

    /// Where the legend goes: `--legend-file`, else (when it does not fit the canvas)
    /// `NAME.legend.svg` beside the output `NAME.EXT`.
    private var legendPath: String {
        legendFile ?? (output as NSString).deletingPathExtension + ".legend.svg"
    }

    /// The canvas `name` asks for, nil for none; an unreadable one is a usage error.
    private static func canvas(_ name: String?, dpi: Double?) throws -> Canvas? {
        guard let name else { return nil }
        do {
            return try Canvas(parsing: name, dpi: dpi)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

extension LegendLanguage: ExpressibleByArgument {}
