import Foundation
import SandanClusters
import SandanGraph

/// What a report says about the nodes and edges of a graph, read from its attributes once:
/// display names, regions, node kinds, edge programmes and the sources the data cites.
///
/// The attribute names are those of `Graphs/` (`name_ko`, `name_en`, `region`, `kind`,
/// `programme`, `citation`); a graph without them still gets a report, with ids for names and
/// no regional sections.
public struct NetworkFacts: Sendable {
    /// The graph described.
    public let graph: Graph
    /// Each node's name in the report's language (falling back to the other language, then the id).
    public let names: [String]
    /// Each node's region (시·도), if the graph has a `region` attribute and the node a value.
    public let regions: [String?]
    /// Each node's `kind` attribute (complex, area, organisation), if any.
    public let nodeKinds: [String?]

    public init(_ graph: Graph, language: ReportLanguage) {
        self.graph = graph
        let first = language == .ko ? "name_ko" : "name_en", second = language == .ko ? "name_en" : "name_ko"
        names = (0..<graph.nodeCount).map { v in
            NetworkFacts.text(graph.nodeAttributes, first, v) ?? NetworkFacts.text(graph.nodeAttributes, second, v) ?? graph.ids[v]
        }
        regions = (0..<graph.nodeCount).map { NetworkFacts.text(graph.nodeAttributes, Region.attribute, $0) }
        nodeKinds = (0..<graph.nodeCount).map { NetworkFacts.text(graph.nodeAttributes, NodeKind.attribute, $0) }
    }

    /// Whether the nodes carry regions.
    public var hasRegions: Bool { regions.contains { $0 != nil } }

    /// The distinct regions in Korean collation order (code-point order of Hangul syllables).
    public var regionNames: [String] { Array(Set(regions.compactMap { $0 })).sorted() }

    /// The number of nodes of each node kind, most first (ties by name).
    public var nodeKindCounts: [(kind: String, count: Int)] { NetworkFacts.counts(nodeKinds.compactMap { $0 }) }

    /// The number of edges of each edge kind, most first (ties by name).
    public var edgeKindCounts: [(kind: String, count: Int)] {
        NetworkFacts.ranked(zip(graph.kinds, graph.edgeCountsByKind).filter { !$0.0.isEmpty && $0.1 > 0 }.map { (kind: $0.0, count: $0.1) })
    }

    /// The number of edges of each `programme`, most first (ties by name).
    public var programmeCounts: [(kind: String, count: Int)] {
        NetworkFacts.counts((0..<graph.edgeCount).compactMap { NetworkFacts.text(graph.edgeAttributes, Programme.attribute, $0) })
    }

    /// Each source cited in a `citation` column (values split at `;`), with the number of
    /// nodes and edges citing it, in name order.
    public var citations: [(source: String, nodes: Int, edges: Int)] {
        var nodes: [String: Int] = [:], edges: [String: Int] = [:]
        for v in 0..<graph.nodeCount {
            for source in NetworkFacts.list(graph.nodeAttributes, "citation", v) { nodes[source, default: 0] += 1 }
        }
        for e in 0..<graph.edgeCount {
            for source in NetworkFacts.list(graph.edgeAttributes, "citation", e) { edges[source, default: 0] += 1 }
        }
        return Set(nodes.keys).union(edges.keys).sorted().map { ($0, nodes[$0] ?? 0, edges[$0] ?? 0) }
    }

    /// The non-empty text of attribute `name` at `row`.
    static func text(_ table: AttributeTable, _ name: String, _ row: Int) -> String? {
        guard let value = table.value(name, at: row) else { return nil }
        let text = value.description.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// The `;`-separated values of attribute `name` at `row`.
    static func list(_ table: AttributeTable, _ name: String, _ row: Int) -> [String] {
        (text(table, name, row) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func counts(_ values: [String]) -> [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return ranked(counts.map { (kind: $0.key, count: $0.value) })
    }

    /// Counts most first, ties by name.
    static func ranked(_ counts: [(kind: String, count: Int)]) -> [(kind: String, count: Int)] {
        counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
    }
}
