import ArgumentParser
import Foundation
import SandanGraph
import SandanIO

/// `sandan analyze`: node measures (centrality, components, …) as a table, CSV or JSON.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute node measures (centrality, components, communities, …).",
        discussion: """
        Without --metric: \(Metric.defaults.map(\.rawValue).joined(separator: ", ")). Without --weight every \
        edge counts 1. With --weight ATTR, betweenness, closeness, harmonic and distance read the attribute \
        as a length; strength, PageRank, eigenvector, Katz and HITS as a strength.

        Examples:
          sandan analyze Graphs --metric betweenness --metric pagerank --format csv
          sandan analyze network.edges --metric betweenness --samples 500 --timings
          sandan analyze network.edges --weight weight --metric distance --source 17
          sandan analyze Graphs --directed --metric liaison --groups macro_region
          sandan analyze Graphs --metric participation --metric role --metric coreness

        Betweenness, closeness and harmonic draw a progress bar on standard error when it is a \
        terminal and the measure takes over half a second (--no-progress turns it off).
        """,
        aliases: ["analyse"]
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    @Option(name: .customLong("metric"), help: "A measure to compute (repeatable; columns in the order given; any letter case).")
    var metricNames: [MetricName] = []

    /// The measures of --metric (``validate()`` has checked the names).
    var metric: [Metric] { metricNames.compactMap { Metric(named: $0.text) } }

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

    @Option(name: .customLong("katz-alpha"), help: "Katz attenuation factor α; must be below 1/λ₁.")
    var katzAlpha: Double = 0.1

    @Option(name: .long, help: "The node id the 'distance' metric measures from.")
    var source: String?

    @Option(name: .long, help: "Node attribute giving the groups of brokerage and Guimerà–Amaral roles (default: region; roles fall back to Louvain).")
    var groups: String?

    func validate() throws {
        for name in metricNames { _ = try name.metric() }
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
                                      katzAlpha: katzAlpha, source: source, groups: groups)
        var cache = MetricCache()
        var columns: [(metric: Metric, values: MetricColumn)] = []
        for m in requestedMetrics {
            let bar = progress.bar(m.rawValue)
            defer { bar.finish() }
            settings.progress = bar.report
            columns.append((m, try m.compute(graph, settings: settings, cache: &cache)))
            clock.finish(m.rawValue)
        }

        let table = MetricTable(graph: graph, columns: columns, settings: describe(settings))
        switch output.format {
        case .csv: try output.emit(table.csv)
        case .json: try output.emit(table.json)
        case .table: try output.emit(table.table)
        }
        if timings { writeToStandardError(clock.json + "\n") }
    }

    /// The metrics asked for, without repeats, or the defaults.
    var requestedMetrics: [Metric] {
        var seen = Set<Metric>()
        return (metric.isEmpty ? Metric.defaults : metric).filter { seen.insert($0).inserted }
    }

    private func describe(_ settings: MetricSettings) -> [(String, String)] {
        var facts: [(String, String)] = []
        let asked = requestedMetrics
        if asked.contains(.betweenness) {
            facts.append(("betweenness", settings.normalized ? "\"normalized\"" : "\"raw\""))
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
