import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO

/// How ``NetworkReport`` writes a report: its language, how it draws, and what it says about
/// its making.
public struct NetworkReportOptions: Sendable {
    /// The language of headings and sentences.
    public var language: ReportLanguage
    /// The report's title; nil for "산업단지 네트워크 보고서" / "Industrial-complex network report".
    public var title: String?
    /// What was read (a file name or "Graphs/"), said under the title and in the methods.
    public var source: String
    /// The command line that made the report, quoted in the methods.
    public var command: String?
    /// The version of Sandan that made the report.
    public var sandanVersion: String
    /// How many complexes each ranking table shows.
    public var topCount: Int
    /// Told how far the report has come, in units: 100 for each of the analysis steps and the
    /// drawing (900 in all), the long steps (betweenness, the resilience runs) advancing while
    /// they run. Calls follow the rules of `ProgressHandler`: strictly increasing, the last at
    /// the total, never two at once, possibly from worker threads.
    public var progress: ProgressHandler?
    /// Lays out and renders the diagrams, each on a print canvas the width of an A4 page's text
    /// (two Graphviz runs each, see `CanvasRendering`; the CLI renders in a
    /// child process); nil leaves them out, with a note saying so.
    public var renderer: (any DOTRendering)?
    /// The Graphviz version the diagrams were drawn with, for the methods.
    public var graphvizVersion: String?
    /// The 시·도 outlines (`Graphs/boundaries/sido.geojson`): with them the province-level
    /// diagram is a map (nil draws it as an abstract diagram), and the explorer's geographic
    /// view is drawn over them.
    public var provinceOutlines: MapOutlineLayer?
    /// The layer the analyses cover (`NetworkLayer/restrict(_:)` of the graph given); a graph
    /// that holds both layers also gets the layers section.
    public var layer: NetworkLayer
    /// Whether the network section holds the interactive explorer (``ExplorerPage``), with the
    /// static diagram as its fallback; HTML only (Markdown shows the diagram). Needs ``renderer``.
    public var explorer: Bool

    public init(language: ReportLanguage = .ko, title: String? = nil, source: String, command: String? = nil,
                sandanVersion: String, topCount: Int = 10,
                progress: ProgressHandler? = nil,
                renderer: (any DOTRendering)? = nil, graphvizVersion: String? = nil, layer: NetworkLayer = .all,
                explorer: Bool = false, provinceOutlines: MapOutlineLayer? = nil) {
        self.language = language
        self.title = title
        self.source = source
        self.command = command
        self.sandanVersion = sandanVersion
        self.topCount = topCount
        self.progress = progress
        self.renderer = renderer
        self.graphvizVersion = graphvizVersion
        self.layer = layer
        self.explorer = explorer
        self.provinceOutlines = provinceOutlines
    }
}
