import ArgumentParser
import Foundation
import SandanGraph
import SandanIO

/// `sandan stats`: the size and shape of a graph.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a graph: nodes, edges, density, loops, parallel edges, components, degrees, kinds.",
        discussion: """
        Examples:
          sandan stats                       # the bundled national network
          sandan stats network.edges --directed --format json
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: table or json.")
    var format: StatsFormat = .table

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        let (graph, _) = try input.load()
        let summary = GraphSummary(graph)
        FileHandle.standardOutput.write(Data((format == .json ? summary.json : summary.table).utf8))
    }
}

/// The numbers `sandan stats` prints, computed once.
struct GraphSummary {
    let graph: Graph
    let components: Components
    let degrees: [Int]

    init(_ graph: Graph) {
        self.graph = graph
        components = weaklyConnectedComponents(graph)
        degrees = (0..<graph.nodeCount).map(graph.degree)
    }

    var kindCounts: [(String, Int)] {
        var counts = [Int](repeating: 0, count: graph.kinds.count)
        for k in graph.edgeKindIndex { counts[Int(k)] += 1 }
        return zip(graph.kinds, counts).filter { $0.1 > 0 }.map { ($0.0.isEmpty ? "(none)" : $0.0, $0.1) }
    }

    var meanDegree: Double { degrees.isEmpty ? 0 : Double(degrees.reduce(0, +)) / Double(degrees.count) }
    var largest: Int { components.largest.map { components.sizes[$0] } ?? 0 }

    var table: String {
        var t = TextTable(["measure", "value"])
        t.append(["nodes", String(graph.nodeCount)])
        t.append(["edges", String(graph.edgeCount)])
        t.append(["directed", graph.isDirected ? "yes" : "no"])
        t.append(["density", format(graph.density)])
        t.append(["self-loops", String(graph.selfLoopCount)])
        t.append(["parallel edges", String(graph.parallelEdgeCount)])
        t.append(["components" + (graph.isDirected ? " (weak)" : ""), String(components.count)])
        t.append(["largest component", String(largest)])
        t.append(["degree min", String(degrees.min() ?? 0)])
        t.append(["degree mean", format(meanDegree)])
        t.append(["degree max", String(degrees.max() ?? 0)])
        for (kind, count) in kindCounts { t.append(["edges of kind \(kind)", String(count)]) }
        return t.rendered
    }

    var json: String {
        let kinds = kindCounts.map { JSONWriter.quote($0.0) + ": " + String($0.1) }.joined(separator: ", ")
        return """
        {"nodes": \(graph.nodeCount), "edges": \(graph.edgeCount), "directed": \(graph.isDirected), \
        "density": \(JSONWriter.number(graph.density)), "self_loops": \(graph.selfLoopCount), \
        "parallel_edges": \(graph.parallelEdgeCount), "components": \(components.count), \
        "largest_component": \(largest), "degree_min": \(degrees.min() ?? 0), \
        "degree_mean": \(JSONWriter.number(meanDegree)), "degree_max": \(degrees.max() ?? 0), "kinds": {\(kinds)}}

        """
    }

    private func format(_ x: Double) -> String { String(format: "%.6g", x) }
}
