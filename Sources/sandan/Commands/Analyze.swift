import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanIO

extension ParallelEdgePaths: ExpressibleByArgument {}

/// `sandan analyze`: node measures (centrality, components, …) as a table, CSV or JSON.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute node measures (centrality, components, communities, …).",
        discussion: """
        Without --metric: \(Metric.defaults.map(\.rawValue).joined(separator: ", ")). Each row has the node's id, \
        then its name and region when the data has them (--with ATTR adds attributes, --ids-only \
        drops them), then the measures. -o FILE.xlsx writes a workbook; -o FILE.gexf or FILE.graphml \
        the network with the measures as node attributes (for Gephi; a .gexf drawn as sandan \
        convert draws one, so --color-by and --size-by may name a measure). Without --weight every \
        edge counts 1. With --weight ATTR, betweenness, closeness, harmonic and distance read the attribute \
        as a length; strength, PageRank, eigenvector, Katz and HITS as a strength.

        Examples:
          sandan analyze Graphs --metric betweenness --metric pagerank --format csv
          sandan analyze network.edges --metric betweenness --samples 500 --timings
          sandan analyze network.edges --weight weight --metric distance --source 17
          sandan analyze Graphs --directed --metric liaison --groups macro_region
          sandan analyze Graphs --metric participation --metric role --metric coreness
          sandan analyze Graphs --sort betweenness --top 10 --with macro_region
          sandan analyze 연계.csv --nodes 단지.csv --format csv --bom -o 중심성.csv
          sandan analyze Graphs --metric pagerank --metric community -o gephi.gexf

        A measure that cannot be computed (eigenvector centrality on a graph where it is not unique, \
        Katz with α above 1/λ₁, …) does not erase the others: their columns are written as usual, the \
        failed measure's column is left out, each failure is named with its reason on standard error, \
        and the exit status is 1. When no measure can be computed nothing is written.

        Betweenness on a multigraph counts each parallel edge as a separate shortest path (as \
        igraph, and as degree, strength, PageRank and eigenvector count parallel edges); \
        --parallel-edges single counts one path per pair of nodes, as NetworkX's Graph (weighted: \
        through the shortest of the parallel edges). --undirected on a directed file keeps both arcs \
        of a reciprocal pair, so they become two parallel edges (NetworkX's to_undirected() merges \
        them). Weighted betweenness with zero-length edges counts every shortest path: each simple \
        walk among nodes joined by zero-length edges is a path of its own, whatever the node order.

        Betweenness, closeness and harmonic draw a progress bar on standard error when it is a \
        terminal and the measure takes over half a second (--no-progress turns it off).
        """,
        aliases: ["analyse"]
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var viz: VizOptions

    @Option(name: .customLong("metric"), help: "A measure to compute (repeatable; columns in the order given; any letter case).")
    var metricNames: [MetricName] = []

    /// The measures of --metric (``validate()`` has checked the names).
    var metric: [Metric] { metricNames.compactMap { Metric(named: $0.text) } }

    @Option(name: .customLong("with"), help: ArgumentHelp("A node attribute to print next to the id (repeatable; the name and region are printed when the data has them).", valueName: "attribute"))
    var with: [String] = []

    @Flag(name: .customLong("ids-only"), help: "Print only the id before the measures (no name or region).")
    var idsOnly = false

    @Option(name: .long, help: ArgumentHelp("Order the rows by this measure, largest first (computed too when not asked with --metric).", valueName: "metric"))
    var sort: MetricName?

    @Option(name: .long, help: ArgumentHelp("Print only the first N rows (by --sort, else by the first measure).", valueName: "n"))
    var top: Int?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var threads: Int = Parallel.defaultThreadCount

    @Flag(name: .long, help: "Write the seconds each phase took to standard error as one line of JSON.")
    var timings = false

    @Flag(name: .long, help: "Betweenness as raw sums of pair dependencies instead of normalised values.")
    var raw = false

    @Option(name: .long, help: "Approximate betweenness from this many sampled source nodes (at least 2).")
    var samples: Int?

    @Option(name: .long, help: "Seed of the betweenness sample (with --samples) and of the Louvain communities (default 0).")
    var seed: UInt64?

    @Option(name: .customLong("parallel-edges"),
            help: "Betweenness on a multigraph: 'separate' counts each parallel edge as its own shortest path (igraph); 'single' one path per pair of nodes (NetworkX).")
    var parallelEdges: ParallelEdgePaths = .separate

    @Option(name: .customLong("katz-alpha"), help: "Katz attenuation factor α; must be below 1/λ₁.")
    var katzAlpha: Double = 0.1

    @Option(name: .long, help: "The node id the 'distance' metric measures from.")
    var source: String?

    @Option(name: .long, help: "Node attribute giving the groups of brokerage and Guimerà–Amaral roles (default: region; roles fall back to Louvain).")
    var groups: String?

    func validate() throws {
        try viz.validate(output: output.output)
        for name in metricNames { _ = try name.metric() }
        _ = try sort?.metric()
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
        if !(katzAlpha >= 0 && katzAlpha.isFinite) { throw ValidationError("--katz-alpha must be a non-negative number") }
        if source != nil && !metric.contains(.distance) { throw ValidationError("--source needs --metric distance") }
    }

    func run() throws {
        var clock = PhaseClock()
        let (graph, _) = try input.load()
        clock.finish("load")

        var settings = MetricSettings(threads: threads, normalized: !raw, samples: samples, seed: seed ?? 0,
                                      katzAlpha: katzAlpha, source: source, groups: groups,
                                      parallelEdges: parallelEdges)
        var cache = MetricCache()
        var columns: [(metric: Metric, values: MetricColumn)] = []
        var failures: [(metric: Metric, reason: String)] = []
        for m in requestedMetrics {
            let bar = progress.bar(m.rawValue)
            defer { bar.finish() }
            settings.progress = bar.report
            do {
                columns.append((m, try m.compute(graph, settings: settings, cache: &cache)))
            } catch let error as GraphError {
                failures.append((m, error.description))
            }
            clock.finish(m.rawValue)
        }

        if !columns.isEmpty {
            var table = MetricTable(graph: graph, columns: columns, settings: describe(settings))
            table.attributes = try shownAttributes(of: graph)
            let order = try sort?.metric()
            table.sort(by: order ?? (top == nil ? nil : columns.first?.metric), top: top)
            if output.writesWorkbook {
                try output.emit(sheets: [table.sheet], of: graph)
            } else if let path = output.output, ["gexf", "graphml"].contains((path as NSString).pathExtension.lowercased()) {
                let withMeasures = table.graphWithMeasures
                let gexf = (path as NSString).pathExtension.lowercased() == "gexf"
                try GraphFile.write(withMeasures, to: path, options: WriteOptions(nodeVisuals: gexf ? try viz.visuals(for: withMeasures) : nil))
            } else {
                switch output.format {
                case .csv: try output.emit(table.csv)
                case .json: try output.emit(table.json)
                case .table: try output.emit(table.table)
                }
            }
        }
        if timings { writeToStandardError(clock.json + "\n") }
        try report(failures, written: columns.count)
    }

    /// Names each measure that could not be computed on standard error (prefixed with its name
    /// when several were asked for), then fails (exit status 1) saying whether the others were
    /// written.
    private func report(_ failures: [(metric: Metric, reason: String)], written: Int) throws {
        guard let last = failures.last else { return }
        guard failures.count + written > 1 else { throw CommandFailure(last.reason) }
        for failure in failures {
            writeToStandardError("sandan: error: \(shownLine("\(failure.metric.rawValue): \(failure.reason)"))\n")
        }
        let names = failures.map(\.metric.rawValue).joined(separator: ", ")
        let outcome = written == 0 ? "nothing was written"
            : "the other \(written) column\(written == 1 ? " was" : "s were") written"
        throw CommandFailure("\(failures.count) of \(failures.count + written) measures failed (\(names)); \(outcome)")
    }

    /// The metrics asked for, without repeats, or the defaults; then the --sort metric when it
    /// is not among them.
    var requestedMetrics: [Metric] {
        var seen = Set<Metric>()
        let sorted = (sort?.text).flatMap(Metric.init(named:)).map { [$0] } ?? []
        return ((metric.isEmpty ? Metric.defaults : metric) + sorted).filter { seen.insert($0).inserted }
    }

    /// The node attributes printed next to the id: the name and region (unless --ids-only),
    /// then those of --with.
    /// - Throws: ``GraphError/unknownAttribute(name:available:)`` for a --with name the graph lacks.
    private func shownAttributes(of graph: Graph) throws -> [String] {
        var shown = idsOnly ? [] : MetricTable.defaultAttributes(of: graph)
        for name in with where !shown.contains(name) {
            guard graph.nodeAttributes[name] != nil else {
                throw GraphError.unknownAttribute(name: name, available: graph.nodeAttributes.names)
            }
            shown.append(name)
        }
        return shown
    }

    private func describe(_ settings: MetricSettings) -> [(String, String)] {
        var facts: [(String, String)] = []
        let asked = requestedMetrics
        if asked.contains(.betweenness) {
            facts.append(("betweenness", settings.normalized ? "\"normalized\"" : "\"raw\""))
            facts.append(("parallel_edges", "\"\(settings.parallelEdges.rawValue)\""))
            facts.append(("samples", settings.samples.map(String.init) ?? "null"))
            facts.append(("seed", String(settings.seed)))
        }
        if asked.contains(.katz) { facts.append(("katz_alpha", "\(settings.katzAlpha)")) }
        if let source = settings.source { facts.append(("source", JSONWriter.quote(source))) }
        return facts
    }
}

/// Wall-clock seconds per phase, for `--timings`.
struct PhaseClock {
    private var start = DispatchTime.now().uptimeNanoseconds
    private var phases: [(String, Double)] = []

    /// Records the time since the previous phase ended under `name`.
    mutating func finish(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - start) / 1e9))
        start = now
    }

    /// `{"timings":{"load":s,…}}`.
    var json: String {
        "{\"timings\":{" + phases.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}}"
    }
}
