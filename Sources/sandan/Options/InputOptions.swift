import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanIO

extension NetworkLayer: ExpressibleByArgument {}

/// Options shared by every command that reads a GRAPH.
struct InputOptions: ParsableArguments {
    @Argument(help: "The graph file or dataset folder (default, or 'Graphs' where there is none: the bundled policy-linkage network).")
    var graph: String?

    @Flag(name: .long, help: "Treat edges as directed.")
    var directed = false

    @Flag(name: .long, help: "Treat edges as undirected, even when the file says directed.")
    var undirected = false

    @Option(name: .long, help: "Use this edge attribute as the weight (a distance for paths, a strength for degree and PageRank).")
    var weight: String?

    @Option(name: .long, help: "Keep only edges of this kind (repeatable).")
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("industrial (\(NetworkLayer.industrial.kinds.map(\.rawValue).joined(separator: ", ")) and other kinds), governance (\(NetworkLayer.governance.kinds.map(\.rawValue).joined(separator: ", "))) or all. Default: industrial on data holding both, as the bundled network; all otherwise, or with --kind.", valueName: "layer"))
    var layer: NetworkLayer?

    @Option(name: .long, help: ArgumentHelp("Keep only linkages whose 'year' is at least YEAR (with --until: a window); anchor_since becomes the first designation year in the window.", valueName: "year"))
    var since: Int?

    @Option(name: .long, help: ArgumentHelp("Keep only linkages whose 'year' is at most YEAR; anchor_since values after YEAR are dropped.", valueName: "year"))
    var until: Int?

    @Option(name: .customLong("proximity-km"), help: ArgumentHelp("Add derived 'proximity' edges between nodes at most KM apart (haversine on lat/lon; approximate coordinates warned about).", valueName: "km"))
    var proximityKm: Double?

    @Option(name: .customLong("proximity-kind"), help: ArgumentHelp("With --proximity-km: only nodes of this kind get proximity edges (repeatable; default: every node but organisations).", valueName: "kind"))
    var proximityKind: [String] = []

    @Option(name: .customLong("max-pairs"), help: ArgumentHelp("Most proximity pairs (--proximity-km, sandan proximity) found before stopping with an error: n nodes at one place make n(n−1)/2.", valueName: "n"))
    var maxPairs = ProximityOptions().maximumPairs

    @Option(name: .long, help: "Text encoding of the input: auto (UTF-8, UTF-16 with a byte-order mark, or CP949, detected), utf8, utf16 or cp949 (euc-kr).")
    var encoding: TextEncoding = .automatic

    @OptionGroup(title: "Table columns") var columns: TableColumnOptions

    @OptionGroup(title: "Input limits") var limits: LimitOptions

    func validate() throws {
        if directed && undirected { throw ValidationError("--directed and --undirected exclude each other") }
        try Self.checkWindow(since: since, until: until, names: ("--since", "--until"))
        if let proximityKm, !proximityKm.isFinite || proximityKm < 0 {
            throw ValidationError("--proximity-km must be a non-negative number of kilometres")
        }
        if maxPairs < 1 { throw ValidationError("--max-pairs must be at least 1") }
        if proximityKm == nil && !proximityKind.isEmpty { throw ValidationError("--proximity-kind needs --proximity-km") }
        if let layer, let outside = kind.first(where: { !layer.contains(kind: $0) }) {
            throw ValidationError("--kind \(outside) is not in the \(layer.rawValue) layer")
        }
    }

    /// Refuses a window whose first year is after its last.
    static func checkWindow(since: Int?, until: Int?, names: (String, String)) throws {
        if let since, let until, since > until {
            throw ValidationError("\(names.0) \(since) is after \(names.1) \(until): the window of years is empty")
        }
    }

    /// The years kept by --since and --until.
    var window: YearWindow { YearWindow(since: since, until: until) }

    /// The path to read: the argument, or the bundled network (see ``BundledNetwork/resolve(_:)``).
    func resolvedPath() throws -> String { try BundledNetwork.resolve(graph) }

    /// ``loadAllLayers(defaultLayer:)``, restricted to the chosen layer.
    func load(defaultLayer: NetworkLayer? = nil) throws -> (graph: Graph, path: String) {
        let loaded = try loadAllLayers(defaultLayer: defaultLayer)
        return (loaded.layer.restrict(loaded.graph), loaded.path)
    }

    /// Reads the graph, writes its provinces in short form (`서울특별시` → `서울`,
    /// ``Region/normalisingRegions(in:)``) and applies the options but --layer, printing reader
    /// warnings to standard error; returns the layer to analyse: --layer, else `all` with --kind, else
    /// `defaultLayer`, else the file's own default (``NetworkLayer/defaultLayer(for:)``).
    ///
    /// Order: the --kind names are checked against the file's kinds (and `proximity` with
    /// --proximity-km); then the year window (--since, --until), on every kind, so that an
    /// anchor's designation year can follow its anchor-links whatever --kind keeps; then the
    /// proximity edges, which have no year and would not survive the window; then --kind (a
    /// kind the window emptied leaves no edge, as before); then --weight; the layer last
    /// (``load(defaultLayer:)``), chosen from the file as read.
    func loadAllLayers(defaultLayer: NetworkLayer? = nil) throws -> (graph: Graph, layer: NetworkLayer, path: String) {
        let path = try resolvedPath()
        let loaded = try GraphFile.read(path: path, options: ReadOptions(directed: directed ? true : (undirected ? false : nil), encoding: encoding,
                                                                         limits: limits.limits, columns: columns.mapping,
                                                                         nodesPath: columns.nodes, sheet: columns.sheet, folder: DatasetSchema.folder))
        ReadInputs.record(graphAt: path)
        if let nodes = columns.nodes { ReadInputs.record(graphAt: nodes) }
        for w in loaded.warnings { warn(w.description) }
        var graph = Region.normalisingRegions(in: loaded.graph)
        let chosen = layer ?? (kind.isEmpty ? defaultLayer ?? .defaultLayer(for: graph) : .all)
        if undirected && graph.isDirected { graph = graph.undirected() }
        try graph.checkKinds(kind.filter { proximityKm == nil || $0 != LinkageKind.proximity.rawValue })
        do {
            graph = try restrict(graph, to: window)
        } catch {
            throw CommandFailure("--since/--until: \(error.description)")
        }
        if let proximityKm {
            graph = try withProximityEdges(graph, try derivedProximityLinks(graph, options: .industrial(km: proximityKm, kinds: proximityKind, maximumPairs: maxPairs)))
        }
        if !kind.isEmpty { graph = try graph.filtered(kinds: kind.filter(graph.kinds.contains)) }
        if let weight { graph = try graph.weighted(by: weight) }
        return (graph, chosen, path)
    }
}

/// Finds the bundled network (`Graphs/`).
enum BundledNetwork {
    /// The path a command reads for the GRAPH argument `argument`: the argument itself, except
    /// that no argument, or `Graphs` where the current folder has none (as in the README's
    /// commands run outside the repository), means the bundled network.
    /// - Throws: ``CommandFailure`` when the bundled network is needed and not found.
    static func resolve(_ argument: String?) throws -> String {
        if let argument {
            guard ["Graphs", "Graphs/"].contains(argument), !FileManager.default.fileExists(atPath: argument), let bundled = path() else {
                return argument
            }
            return bundled
        }
        guard let bundled = path() else {
            throw CommandFailure("no GRAPH given and the bundled network (Graphs/) was not found; pass a file, or set SANDAN_GRAPHS")
        }
        return bundled
    }

    /// `$SANDAN_GRAPHS`; else `Graphs/` in the current folder or above; else where
    /// `make install PREFIX=…` puts it, `PREFIX/share/sandan/Graphs` beside `PREFIX/bin/sandan`;
    /// else `Graphs/` beside the binary or above it (a build inside the repository).
    static func path() -> String? {
        if let env = ProcessInfo.processInfo.environment["SANDAN_GRAPHS"], DatasetSchema.folder.holdsTables(at: env) { return env }
        let binary = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let binaryFolder = binary.deletingLastPathComponent()
        let installed = binaryFolder.deletingLastPathComponent().appendingPathComponent("share/sandan/Graphs").path
        if let found = search(upwardsFrom: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) { return found }
        if DatasetSchema.folder.holdsTables(at: installed) { return installed }
        return search(upwardsFrom: binaryFolder)
    }

    /// `Graphs/` in `start` or in one of the five folders above it.
    private static func search(upwardsFrom start: URL) -> String? {
        var folder = start
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Graphs").path
            if DatasetSchema.folder.holdsTables(at: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
