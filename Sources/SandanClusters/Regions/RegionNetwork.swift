import SandanGraph
import SandanIO

/// The linkages between two regions (or inside one, when `a == b`).
public struct RegionLink: Sendable, Equatable {
    /// The two regions, `a ≤ b` in sort order.
    public let a: String
    public let b: String
    /// The number of linkages (edges) between them, every kind counted.
    public let linkages: Int
    /// The same count per edge kind, in the order of the graph's kinds.
    public let byKind: [(kind: String, linkages: Int)]

    public static func == (x: RegionLink, y: RegionLink) -> Bool {
        x.a == y.a && x.b == y.b && x.linkages == y.linkages && x.byKind.elementsEqual(y.byKind, by: ==)
    }
}

/// One region: its size, its internal and external linkages and its E–I index.
public struct RegionSummary: Sendable, Equatable {
    public let region: String
    /// Nodes in the region.
    public let members: Int
    /// Linkages with both ends in the region (I).
    public let internalLinkages: Int
    /// Linkages with exactly one end in the region and the other in another region (E).
    public let externalLinkages: Int

    /// Krackhardt and Stern's E–I index (E − I) / (E + I): −1 when every linkage stays inside,
    /// +1 when every linkage leaves; nil for a region without linkages.
    public var eiIndex: Double? { eiIndexValue(external: externalLinkages, inside: internalLinkages) }
}

/// The region-level network: the quotient of a graph by a region attribute, with linkage
/// counts, and each region's E–I index.
public struct RegionNetwork: TabularResult {
    /// The node attribute the regions come from (`region`, `macro_region`, or any).
    public let attribute: String
    /// The quotient graph, undirected: one node per region (ids = region names, sorted), one
    /// edge per linked pair with attribute and weight `weight` = the linkage count, internal
    /// linkages as a self-loop; node attribute `members`. Ready to render.
    public let graph: Graph
    /// One summary per region, in sort order.
    public let regions: [RegionSummary]
    /// Linked pairs of regions (internal ones included), by decreasing count, then name.
    public let links: [RegionLink]
    /// Nodes without a value of the attribute (left out of every region).
    public let unassignedNodes: Int
    /// Linkages that touch such a node (left out of every count).
    public let unassignedLinkages: Int

    /// Linkages between two different regions, over all regions.
    public var externalLinkages: Int { links.filter { $0.a != $0.b }.reduce(0) { $0 + $1.linkages } }
    /// Linkages inside a region, over all regions.
    public var internalLinkages: Int { links.filter { $0.a == $0.b }.reduce(0) { $0 + $1.linkages } }
    /// The E–I index of the whole network: (E − I) / (E + I) over all linkages between
    /// assigned nodes; nil without any.
    public var eiIndex: Double? { eiIndexValue(external: externalLinkages, inside: internalLinkages) }

    /// `regions` (primary: region, members, internal, external, ei_index), `links` (region_a,
    /// region_b, linkages, by_kind) and `network` (the whole-network E–I index).
    public var tables: [ResultTable] {
        [ResultTable(name: "regions", header: ["region", "members", "internal", "external", "ei_index"],
                     rows: regions.map { [.text($0.region), .integer($0.members), .integer($0.internalLinkages),
                                          .integer($0.externalLinkages), .number($0.eiIndex)] }),
         ResultTable(name: "links", header: ["region_a", "region_b", "linkages", "by_kind"],
                     rows: links.map { l in [.text(l.a), .text(l.b), .integer(l.linkages),
                                             .list(l.byKind.map { "\($0.kind):\($0.linkages)" })] }),
         ResultTable(name: "network", header: ["attribute", "internal", "external", "ei_index", "unassigned_nodes", "unassigned_linkages"],
                     rows: [[.text(attribute), .integer(internalLinkages), .integer(externalLinkages), .number(eiIndex),
                             .integer(unassignedNodes), .integer(unassignedLinkages)]])]
    }
}

func eiIndexValue(external: Int, inside: Int) -> Double? {
    external + inside == 0 ? nil : Double(external - inside) / Double(external + inside)
}

/// The region-level network of `graph` by node attribute `attribute`, with linkage counts and
/// each region's E–I index.
///
/// A linkage is internal to region R when both ends lie in R and external to R (and to the
/// other end's region) when its ends lie in different regions. The E–I index of R is
/// (E − I) / (E + I) (Krackhardt and Stern 1988): +1 when all of R's linkages cross its
/// border, −1 when none does. For the 시·도 level pass ``RegionLevel/province``'s attribute
/// (`region`); for the 5+2 wide-area level, `macro_region`.
///
/// - Parameters:
///   - graph: any graph; direction is ignored.
///   - attribute: the node attribute holding each node's region.
/// - Returns: the quotient graph, per-region summaries and per-pair counts.
/// - Throws: `GraphError/unknownAttribute(name:available:)` when the graph has no such
///   attribute.
///
/// ## Conventions
/// Every edge counts (parallel and multiplex edges each once: an anchor-link and a value-chain
/// between the same two complexes are two linkages); a self-loop is internal. Nodes without a
/// region are left out, with their linkages (counted in ``RegionNetwork/unassignedLinkages``).
/// The quotient follows NetworkX's `quotient_graph` with `relabel=False` and an edge-count
/// `edge_data`, except that internal linkages are kept as self-loops.
///
/// Complexity: O(n + m log m) time, O(n + m) memory.
///
/// ## References
/// - Krackhardt, D., Stern, R. N. (1988). Informal networks and organizational crises: an
///   experimental simulation. Social Psychology Quarterly 51(2): 123–140. doi:10.2307/2786835.
public func regionNetwork(_ graph: Graph, attribute: String = Region.attribute) throws(GraphError) -> RegionNetwork {
    let undirected = graph.isDirected ? graph.undirected() : graph
    let quotient = try undirected.quotient(by: attribute)
    let labels = graph.nodeLabels(attribute)
    let regionNames = quotient.ids.all
    let index = Dictionary(uniqueKeysWithValues: regionNames.enumerated().map { ($1, $0) })
    let group = labels.map { $0.flatMap { index[$0] } }
    var kindCounts: [Int: [Int]] = [:]
    var unassignedLinkages = 0
    var internalCount = [Int](repeating: 0, count: regionNames.count)
    var externalCount = [Int](repeating: 0, count: regionNames.count)
    for e in 0..<graph.edgeCount {
        guard var a = group[graph.source(of: e)], var b = group[graph.target(of: e)] else {
            unassignedLinkages += 1
            continue
        }
        if a > b { swap(&a, &b) }
        kindCounts[a * regionNames.count + b, default: Array(repeating: 0, count: graph.kinds.count)][graph.kindIndex(of: e)] += 1
        if a == b { internalCount[a] += 1 } else { externalCount[a] += 1; externalCount[b] += 1 }
    }
    let members = (0..<quotient.nodeCount).map { quotient.nodeAttributes.value("members", at: $0)?.numericValue.map { Int($0) } ?? 0 }
    let regions = regionNames.indices.map {
        RegionSummary(region: regionNames[$0], members: members[$0], internalLinkages: internalCount[$0], externalLinkages: externalCount[$0])
    }
    let links = kindCounts.map { key, counts in
        RegionLink(a: regionNames[key / regionNames.count], b: regionNames[key % regionNames.count],
                   linkages: counts.reduce(0, +),
                   byKind: zip(graph.kinds, counts).filter { $0.1 > 0 }.map { (kind: $0.0.isEmpty ? "(none)" : $0.0, linkages: $0.1) })
    }.sorted { ($1.linkages, $0.a, $0.b) < ($0.linkages, $1.a, $1.b) }
    return RegionNetwork(attribute: attribute, graph: quotient, regions: regions, links: links,
                         unassignedNodes: labels.filter { $0 == nil }.count, unassignedLinkages: unassignedLinkages)
}
