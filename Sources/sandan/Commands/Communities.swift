import ArgumentParser
import Foundation
import SandanClusters
import SandanGraph
import SandanIO

extension CommunityMethod: ExpressibleByArgument {}

/// `sandan communities`: detect communities and compare them with a node attribute.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Detect communities (Louvain, Leiden or label propagation) and compare them with regions.",
        discussion: """
        Prints each node's community, the modularity reached (Newman; Leicht–Newman when \
        directed) and the number of communities. With --compare-with ATTR it also prints the \
        normalised mutual information (arithmetic mean, as igraph) and the adjusted Rand index \
        between the communities and the node attribute ATTR, and a table of how many nodes of \
        each community have each value. Nodes without a value are left out of the comparison.

        Edge weights (--weight ATTR) are strengths. The same --seed gives the same communities. \
        Communities are numbered in node order (the first node is in community 0). Leiden \
        guarantees connected communities; Louvain does not. Louvain refines its partition level \
        by level on the way back down (Rotta & Noack 2011), which never lowers modularity; \
        --no-refine gives Blondel et al.'s method alone. --format csv writes id,community \
        (and ATTR) rows and puts the summary on standard error.

        Examples:
          sandan communities                          # bundled network, Louvain
          sandan communities Graphs --method leiden --resolution 1 --seed 7
          sandan communities Graphs --compare-with region
          sandan communities Graphs --no-refine --seed 3
          sandan communities net.edges --weight weight --format csv -o c.csv
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Detection method.")
    var method: CommunityMethod = .louvain

    @Option(name: .long, help: "Modularity resolution γ ≥ 0 for Louvain and Leiden (default 1; above 1: smaller communities).")
    var resolution: Double?

    @Option(name: .long, help: "Random seed; the same seed gives the same communities.")
    var seed: UInt64 = 0

    @Flag(name: .customLong("no-refine"), help: "Louvain without its multilevel refinement (Blondel et al.'s method alone).")
    var noRefine = false

    @Option(name: .customLong("compare-with"), help: ArgumentHelp("Compare the communities with this node attribute (NMI, ARI, cross-table).", valueName: "ATTR"))
    var compareWith: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let resolution, !(resolution.isFinite && resolution >= 0) {
            throw ValidationError("--resolution must be a finite number ≥ 0")
        }
        if resolution != nil && method == .labelPropagation {
            throw ValidationError("--resolution applies to --method louvain and leiden only (label propagation has no resolution, in NetworkX or igraph either)")
        }
        if noRefine && method != .louvain { throw ValidationError("--no-refine applies to --method louvain only") }
    }

    func run() throws {
        let (graph, _) = try input.load()
        let partition = noRefine
            ? try louvainCommunities(graph, options: LouvainOptions(resolution: resolution ?? 1, seed: seed, refine: false))
            : try detectCommunities(graph, method: method, resolution: resolution, seed: seed)
        let comparison = try compareWith.map { try AttributeComparison(graph: graph, labels: partition.labels, attribute: $0) }
        let report = CommunityReport(graph: graph, method: method, seed: seed, partition: partition, comparison: comparison)
        if output.writesWorkbook {
            try output.emit(sheets: [report.sheet], of: graph)
            writeToStandardError(report.summaryLines.map { "sandan: \($0)\n" }.joined())
            return
        }
        switch output.format {
        case .table:
            try output.emit(report.table)
        case .csv:
            try output.emit(report.csv)
            writeToStandardError(report.summaryLines.map { "sandan: \(shownLine($0))\n" }.joined())
        case .json:
            try output.emit(report.json)
        }
    }
}

/// The text `sandan communities` prints, in each format.
struct CommunityReport {
    let graph: Graph
    let method: CommunityMethod
    let seed: UInt64
    let partition: CommunityPartition
    let comparison: AttributeComparison?

    private var modularityText: String {
        partition.modularity.map { String(format: "%.6f", $0) } ?? "undefined (no edge weight)"
    }

    /// Summary lines: method, modularity, counts, comparison.
    var summaryLines: [String] {
        var lines = ["method \(method.rawValue), resolution \(format(partition.resolution)), seed \(seed)",
                     "modularity \(modularityText)",
                     "communities \(partition.count)"]
        if let comparison {
            lines.append("compared with '\(comparison.attribute)': NMI \(String(format: "%.6f", comparison.nmi)), ARI \(String(format: "%.6f", comparison.ari))"
                         + (comparison.missing > 0 ? " (\(comparison.missing) nodes without a value left out)" : ""))
        }
        return lines
    }

    var table: String {
        var summary = TextTable(["measure", "value"])
        summary.append(["method", method.rawValue])
        summary.append(["resolution", format(partition.resolution)])
        summary.append(["seed", String(seed)])
        summary.append(["modularity", modularityText])
        summary.append(["communities", String(partition.count)])
        summary.append([method == .labelPropagation ? "sweeps" : (method == .leiden ? "iterations" : "levels"), String(partition.iterations)])
        if let comparison {
            summary.append(["NMI (\(comparison.attribute))", String(format: "%.6f", comparison.nmi)])
            summary.append(["ARI (\(comparison.attribute))", String(format: "%.6f", comparison.ari)])
            if comparison.missing > 0 { summary.append(["nodes without \(comparison.attribute)", String(comparison.missing)]) }
        }
        var nodes = TextTable(["id", "community"] + (comparison.map { [$0.attribute] } ?? []))
        for v in 0..<graph.nodeCount {
            nodes.append([graph.ids[v], String(partition.labels[v])] + (comparison.map { [value(of: v, in: $0)] } ?? []))
        }
        var out = summary.rendered + "\n" + nodes.rendered
        if let comparison {
            var cross = TextTable(["community \\ \(comparison.attribute)"] + comparison.values)
            for (c, row) in zip(comparison.table.rowLabels, comparison.table.counts) { cross.append([String(c)] + row.map(String.init)) }
            out += "\n" + cross.rendered
        }
        return out
    }

    /// The CSV's columns as a workbook sheet `communities` (labels as numbers).
    var sheet: Sheet {
        var header = ["id", "community"]
        if let comparison { header.append(comparison.attribute) }
        return Sheet(name: "communities", header: header, rows: (0..<graph.nodeCount).map { v in
            [.text(graph.ids[v]), .integer(partition.labels[v])] + (comparison.map { [.text(value(of: v, in: $0))] } ?? [])
        })
    }

    var csv: String {
        var header = ["id", "community"]
        if let comparison { header.append(comparison.attribute) }
        var out = header.map(CSVParser.escape).joined(separator: ",") + "\n"
        for v in 0..<graph.nodeCount {
            var row = [graph.ids[v], String(partition.labels[v])]
            if let comparison { row.append(value(of: v, in: comparison)) }
            out += row.map(CSVParser.escape).joined(separator: ",") + "\n"
        }
        return out
    }

    var json: String {
        let levels = partition.levels.map {
            "{\"communities\": \($0.communityCount), \"modularity\": \(JSONWriter.number($0.modularity))}"
        }
        let nodes = (0..<graph.nodeCount).map {
            "{\"id\": \(JSONWriter.quote(graph.ids[$0])), \"community\": \(partition.labels[$0])}"
        }
        var fields = [
            "\"method\": \(JSONWriter.quote(method.rawValue))",
            "\"resolution\": \(JSONWriter.number(partition.resolution))",
            "\"seed\": \(seed)",
            "\"modularity\": \(partition.modularity.map(JSONWriter.number) ?? "null")",
            "\"communities\": \(partition.count)",
            "\"iterations\": \(partition.iterations)",
            "\"sizes\": [\(partition.sizes.map(String.init).joined(separator: ", "))]",
            "\"levels\": [\(levels.joined(separator: ", "))]",
            "\"nodes\": [\n    \(nodes.joined(separator: ",\n    "))\n  ]",
        ]
        if let c = comparison {
            let rows = c.table.counts.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }
            fields.append("""
            "comparison": {"attribute": \(JSONWriter.quote(c.attribute)), "nmi": \(JSONWriter.number(c.nmi)), \
            "ari": \(JSONWriter.number(c.ari)), "nodes_without_value": \(c.missing), \
            "values": [\(c.values.map(JSONWriter.quote).joined(separator: ", "))], \
            "rows": [\(c.table.rowLabels.map(String.init).joined(separator: ", "))], \
            "table": [\(rows.joined(separator: ", "))]}
            """)
        }
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    private func value(of v: Int, in comparison: AttributeComparison) -> String { comparison.valueOf[v] ?? "" }

    private func format(_ x: Double) -> String { String(format: "%g", x) }
}
