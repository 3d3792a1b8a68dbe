import ArgumentParser
import Foundation
import SandanGraph
import SandanIO

/// `sandan stats`: the size and shape of a graph.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a graph: nodes, edges, density, loops, parallel edges, components, degrees, kinds.",
        discussion: """
        With --structure, also the graph-level measures (each as NetworkX computes it): transitivity, \
        average clustering (degree < 2 counts 0), degree assortativity, diameter, radius and average \
        shortest path length of the largest component, global efficiency, node and edge \
        connectivity, and the modularity of Louvain communities (seed 0). With --cut A B, the \
        minimum edge cut between two nodes, its edges, and their local node connectivity.

        Examples:
          sandan stats                       # the bundled network
          sandan stats network.edges --directed --format json
          sandan stats Graphs --structure
          sandan stats Graphs --kind anchor-link --cut gumi seongseo
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: table or json.")
    var format: StatsFormat = .table

    @Flag(name: .long, help: "Add the graph-level structure measures (O(nm) for the path measures).")
    var structure = false

    @Option(name: .long, parsing: .upToNextOption, help: "Two node ids: report the minimum cut and local connectivity between them.")
    var cut: [String] = []

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        if !cut.isEmpty && cut.count != 2 { throw ValidationError("--cut takes two node ids") }
    }

    func run() throws {
        let (graph, _) = try input.load()
        var summary = GraphSummary(graph)
        if structure { summary.extra += StructureMeasures.of(graph) }
        if cut.count == 2 { summary.extra += try StructureMeasures.cut(graph, cut[0], cut[1]) }
        FileHandle.standardOutput.write(Data((format == .json ? summary.json : summary.table).utf8))
    }
}

/// Graph-level measures for `sandan stats --structure` and `--cut`: each a name and a value,
/// or the reason it is undefined (a directed graph for transitivity, say).
enum StructureMeasures {
    typealias Measure = (name: String, value: MeasureValue)

    static func of(_ graph: Graph) -> [Measure] {
        var out: [Measure] = []
        func add(_ name: String, _ compute: () throws -> Double) {
            do { out.append((name, .number(try compute()))) } catch { out.append((name, .undefined("\(error)"))) }
        }
        add("transitivity") { try transitivity(graph) }
        add("average_clustering") { try averageClustering(graph) }
        add("degree_assortativity") { try degreeAssortativity(graph) }
        let distances = Result { () throws(GraphError) in try distanceSummary(graph) }
        add("diameter_largest_component") { try distances.get().diameter }
        add("radius_largest_component") { try distances.get().radius }
        add("average_shortest_path_length_largest_component") { try distances.get().averageShortestPathLength }
        add("global_efficiency") { try globalEfficiency(graph) }
        add("node_connectivity") { Double(try nodeConnectivity(graph)) }
        add("edge_connectivity") { Double(try edgeConnectivity(graph)) }
        add("louvain_modularity") {
            guard let q = try louvainCommunities(graph).modularity else { throw GraphError.noEdgeWeight(algorithm: "modularity") }
            return q
        }
        return out
    }

    static func cut(_ graph: Graph, _ a: String, _ b: String) throws -> [Measure] {
        guard let s = graph.index(of: a) else { throw GraphError.unknownNode(a) }
        guard let t = graph.index(of: b) else { throw GraphError.unknownNode(b) }
        let minimum = try minimumCut(graph, source: s, target: t)
        let edges = minimum.edges.map { "\(graph.ids[graph.source(of: $0)])–\(graph.ids[graph.target(of: $0)])" }
        return [("minimum_cut_value", .number(minimum.value)),
                ("minimum_cut_edges", .text(edges.joined(separator: " "))),
                ("local_edge_connectivity", .number(Double(try localEdgeConnectivity(graph, source: s, target: t)))),
                ("local_node_connectivity", .number(Double(try localNodeConnectivity(graph, source: s, target: t))))]
    }
}

/// A value of `sandan stats`: a number, a text, or why it is undefined.
enum MeasureValue {
    case number(Double)
    case text(String)
    case undefined(String)

    var table: String {
        switch self {
        case .number(let x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.6g", x)
        case .text(let t): t
        case .undefined(let why): "n/a (\(why))"
        }
    }

    var json: String {
        switch self {
        case .number(let x): JSONWriter.number(x)
        case .text(let t): JSONWriter.quote(t)
        case .undefined: "null"
        }
    }
}

/// The numbers `sandan stats` prints, computed once.
struct GraphSummary {
    let graph: Graph
    let components: Components
    /// The smallest and largest degree (0 for an empty graph), and the sum of degrees.
    let degreeMin: Int, degreeMax: Int, degreeSum: Int
    /// Measures asked for beyond the basic ones (`--structure`, `--cut`).
    var extra: [StructureMeasures.Measure] = []

    init(_ graph: Graph) {
        self.graph = graph
        components = weaklyConnectedComponents(graph)
        var low = Int.max, high = 0, sum = 0
        for v in 0..<graph.nodeCount {
            let d = graph.degree(v)
            low = min(low, d)
            high = max(high, d)
            sum += d
        }
        (degreeMin, degreeMax, degreeSum) = (graph.nodeCount == 0 ? 0 : low, high, sum)
    }

    var kindCounts: [(String, Int)] {
        zip(graph.kinds, graph.edgeCountsByKind).filter { $0.1 > 0 }.map { ($0.0.isEmpty ? "(none)" : $0.0, $0.1) }
    }

    var meanDegree: Double { graph.nodeCount == 0 ? 0 : Double(degreeSum) / Double(graph.nodeCount) }
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
        t.append(["degree min", String(degreeMin)])
        t.append(["degree mean", format(meanDegree)])
        t.append(["degree max", String(degreeMax)])
        for (kind, count) in kindCounts { t.append(["edges of kind \(kind)", String(count)]) }
        for measure in extra { t.append([measure.name.replacingOccurrences(of: "_", with: " "), measure.value.table]) }
        return t.rendered
    }

    var json: String {
        let kinds = kindCounts.map { JSONWriter.quote($0.0) + ": " + String($0.1) }.joined(separator: ", ")
        return """
        {"nodes": \(graph.nodeCount), "edges": \(graph.edgeCount), "directed": \(graph.isDirected), \
        "density": \(JSONWriter.number(graph.density)), "self_loops": \(graph.selfLoopCount), \
        "parallel_edges": \(graph.parallelEdgeCount), "components": \(components.count), \
        "largest_component": \(largest), "degree_min": \(degreeMin), \
        "degree_mean": \(JSONWriter.number(meanDegree)), "degree_max": \(degreeMax), "kinds": {\(kinds)}\
        \(extra.map { ", " + JSONWriter.quote($0.name) + ": " + $0.value.json }.joined())}

        """
    }

    private func format(_ x: Double) -> String { String(format: "%.6g", x) }
}
