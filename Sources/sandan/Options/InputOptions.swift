import ArgumentParser
import Foundation
import SandanGraph
import SandanIO

extension TextEncoding: ExpressibleByArgument {}

/// Options shared by every command that reads a GRAPH.
struct InputOptions: ParsableArguments {
    @Argument(help: "The graph file or dataset folder (default: the bundled national network in Graphs/).")
    var graph: String?

    @Flag(name: .long, help: "Treat edges as directed.")
    var directed = false

    @Flag(name: .long, help: "Treat edges as undirected, even when the file says directed.")
    var undirected = false

    @Option(name: .long, help: "Use this edge attribute as the weight (a distance for paths, a strength for degree and PageRank).")
    var weight: String?

    @Option(name: .long, help: "Keep only edges of this kind (repeatable).")
    var kind: [String] = []

    @Option(name: .long, help: "Keep only linkages whose 'year' is at most YEAR.")
    var until: Int?

    @Option(name: .long, help: "Text encoding of the input: utf8 or cp949.")
    var encoding: TextEncoding = .utf8

    func validate() throws {
        if directed && undirected { throw ValidationError("--directed and --undirected exclude each other") }
    }

    /// The path to read: the argument, or the bundled network.
    func resolvedPath() throws -> String {
        if let graph { return graph }
        guard let bundled = BundledNetwork.path() else {
            throw CommandFailure("no GRAPH given and the bundled network (Graphs/) was not found; pass a file, or set SANDAN_GRAPHS")
        }
        return bundled
    }

    /// Reads the graph and applies the options, printing reader warnings to standard error.
    func load() throws -> (graph: Graph, path: String) {
        let path = try resolvedPath()
        let loaded = try GraphFile.read(path: path, options: ReadOptions(directed: directed ? true : (undirected ? false : nil), encoding: encoding))
        for w in loaded.warnings { warn(w.description) }
        var graph = loaded.graph
        if undirected && graph.isDirected { graph = graph.undirected() }
        if !kind.isEmpty { graph = try graph.filtered(kinds: kind) }
        if let until { graph = try graph.until(year: until) }
        if let weight { graph = try graph.weighted(by: weight) }
        return (graph, path)
    }
}

extension Graph {
    /// The graph with only the edges whose integer attribute `year` is at most `year`.
    func until(year: Int) throws -> Graph {
        guard let column = edgeAttributes["year"], column.type == .integer else {
            throw CommandFailure("--until needs an integer edge attribute 'year', which this graph does not have")
        }
        return filteredEdges { e in column[e]?.numericValue.map { $0 <= Double(year) } ?? false }
    }
}

/// Finds the bundled national network.
enum BundledNetwork {
    /// `$SANDAN_GRAPHS`, else `Graphs/` in the current folder or above, else beside the binary
    /// or above it.
    static func path() -> String? {
        if let env = ProcessInfo.processInfo.environment["SANDAN_GRAPHS"], DatasetFolder.isDataset(env) { return env }
        let starts = [FileManager.default.currentDirectoryPath,
                      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path]
        for start in starts {
            var folder = URL(fileURLWithPath: start)
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("Graphs").path
                if DatasetFolder.isDataset(candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}
