import Foundation
import SandanClusters
import SandanGraph
import SandanGraphviz

/// What the explorer page knows about each node and edge, computed when the page is written and
/// embedded as JSON (``Markup/scriptData(json:)``).
///
/// The measures are those of `sandan analyze` on the same graph, computed by the same library
/// functions with the same conventions: degree ``degrees(_:direction:)`` (a self-loop counts 2,
/// parallel edges each count), betweenness ``betweennessCentrality(_:options:)`` normalised as
/// NetworkX, PageRank ``pageRank(_:options:)`` (α 0.85, sums to 1) and the Louvain community
/// ``louvainCommunities(_:options:)`` at resolution 1 with seed 0 (`analyze`'s default seed),
/// and the Gould–Fernandez brokerage counts with the `region` values as the groups
/// ``brokerage(_:groups:threads:)`` (`analyze --metric brokerage` and its five roles).
/// They describe the whole graph as loaded, not the year the page's slider shows.
struct ExplorerData: Encodable {
    struct Node: Encodable {
        let id: String
        /// The name in the page's language (else the other language's, else the id).
        let name: String
        /// The name in the other language, when the node has one.
        let other: String?
        let region: String?
        /// The wide-area region (`macro_region`, 5+2 권역).
        let macro: String?
        let kind: String?
        /// The first year the node was designated an anchor (`anchor_since`).
        let anchorSince: String?
        /// The names (`Programme.name(of:korean:)`) of the distinct `programme` values of its edges.
        let programmes: [String]
        let degree: Int
        let betweenness: Double
        let pagerank: Double
        let community: Int
        /// Pairs brokered in each Gould–Fernandez role, in `BrokerageRole/roles` order
        /// (coordinator, itinerant, representative, gatekeeper, liaison); nil when the graph
        /// has no `region` for every node (then `analyze` cannot count them either).
        let brokerage: [Int]?
    }

    struct Edge: Encodable {
        /// Node indices into ``ExplorerData/nodes``.
        let s: Int, t: Int
        let kind: String
        /// The integer `year`, or nil: such an edge is kept by no `--until` (``restrict(_:to:anchorKind:anchorAttribute:)``).
        let year: Int?
        /// The index of the edge's `programme` in ``ExplorerData/programmes``, nil without one.
        let p: Int?
    }

    let lang: String
    let directed: Bool
    let nodes: [Node]
    let edges: [Edge]
    /// The edge kinds, in the graph's order.
    let kinds: [String]
    /// Each kind's caption in the page's language, as the drawing's legend writes it.
    let captions: [String]
    /// The distinct edge `programme` values, sorted.
    let programmes: [String]
    /// The distinct node regions, in code-point order (Korean collation for Hangul).
    let regions: [String]
    /// The colour and size switches (``ExplorerSwitches``).
    let switches: ExplorerSwitches
    /// The geographic view's positions, nil when the nodes have no coordinates or no map was given.
    let geo: ExplorerMap.Positions?
    /// Interface text the script writes (``ExplorerStrings/scriptText``).
    let text: [String: String]

    /// Computes the measures of `graph` (but betweenness, given: ``betweennessCentrality(_:options:)``
    /// of `graph`) and collects its names, attributes and edges.
    ///
    /// - Throws: `GraphError` from a measure.
    /// - Complexity: that of PageRank, Louvain and brokerage (O(n + m + P log Δ) for P two-paths),
    /// plus O(m log m) for the programmes.
    init(_ graph: Graph, language: ReportLanguage, betweenness: [Double], geo: ExplorerMap.Positions?) throws {
        let facts = NetworkFacts(graph, language: language)
        let otherName = language == .ko ? "name_en" : "name_ko"
        let degree = degrees(graph)
        let pagerank = try pageRank(graph)
        let community = try louvainCommunities(graph, options: LouvainOptions(seed: 0)).labels
        let roles = (try? brokerage(graph, groups: NodeGroups(graph, attribute: Region.attribute)))
            .map { scores in BrokerageRole.roles.map(scores.counts) }
        let edgeProgrammes = (0..<graph.edgeCount).map { NetworkFacts.text(graph.edgeAttributes, Programme.attribute, $0) }
        let programmeList = Set(edgeProgrammes.compactMap { $0 }).sorted()
        let programmeIndex = Dictionary(uniqueKeysWithValues: programmeList.enumerated().map { ($1, $0) })
        var programmes = [Set<String>](repeating: [], count: graph.nodeCount)
        for e in 0..<graph.edgeCount {
            guard let programme = edgeProgrammes[e] else { continue }
            programmes[graph.source(of: e)].insert(programme)
            programmes[graph.target(of: e)].insert(programme)
        }
        nodes = (0..<graph.nodeCount).map { v in
            let other = NetworkFacts.text(graph.nodeAttributes, otherName, v)
            return Node(id: graph.ids[v], name: facts.names[v], other: other == facts.names[v] ? nil : other,
                        region: facts.regions[v], macro: NetworkFacts.text(graph.nodeAttributes, Region.macroAttribute, v),
                        kind: facts.nodeKinds[v], anchorSince: NetworkFacts.text(graph.nodeAttributes, AnchorDesignation.attribute, v),
                        programmes: programmes[v].sorted().map { Programme.name(of: $0, korean: language == .ko) },
                        degree: degree[v], betweenness: betweenness[v], pagerank: pagerank[v], community: community[v],
                        brokerage: roles.map { counts in counts.map { $0[v] } })
        }
        let years: [Int?]
        if case .integer(let column)? = graph.edgeAttributes["year"] { years = column } else {
            years = Array(repeating: nil, count: graph.edgeCount)
        }
        edges = (0..<graph.edgeCount).map { e in
            Edge(s: graph.source(of: e), t: graph.target(of: e), kind: graph.kind(of: e), year: years[e],
                 p: edgeProgrammes[e].flatMap { programmeIndex[$0] })
        }
        self.programmes = programmeList
        regions = facts.regionNames
        switches = try ExplorerSwitches(graph, language: language, degree: degree, betweenness: betweenness,
                                        pagerank: pagerank, community: community)
        self.geo = geo
        kinds = graph.kinds
        let legend = LegendLanguage(language), styles = EdgeStyle.linkageKinds(in: legend)
        captions = graph.kinds.map { legend.caption(ofKind: $0, styles: styles) }
        lang = language.tag
        text = ExplorerStrings(language).scriptText
        directed = graph.isDirected
    }

    /// The data as compact JSON with sorted keys (the page is reproducible). O(n + m).
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
