import SandanGraph
import SandanIO

/// A node's Gould–Fernandez brokerage counts with regions as the groups.
public struct RegionalBroker: Sendable, Equatable {
    /// The node's index in the graph given and its id.
    public let node: Int
    public let id: String
    public let region: String
    /// Ordered pairs brokered in each role, in `BrokerageRole/roles` order: coordinator,
    /// itinerant (UCINET: consultant), representative, gatekeeper, liaison.
    public let counts: [Int]

    /// The count of one role (`BrokerageRole/total` for the sum).
    public func count(_ role: BrokerageRole) -> Int {
        role == .total ? counts.reduce(0, +) : counts[role.rawValue]
    }

    /// Brokerage that crosses a regional border: every role but coordinator.
    public var acrossRegions: Int { count(.total) - count(.coordinator) }
}

/// Who brokers between regions, and how.
public struct RegionalBrokerage: TabularResult {
    /// The node attribute the regions come from.
    public let attribute: String
    /// Every node that brokers at least one pair (of the candidate kinds, when given), by
    /// decreasing ``RegionalBroker/acrossRegions``, then decreasing total, then node index.
    public let brokers: [RegionalBroker]
    /// Nodes left out because they have no region.
    public let unassignedNodes: Int

    /// The broker of `id`, if it brokers anything.
    public func broker(_ id: String) -> RegionalBroker? { brokers.first { $0.id == id } }

    /// `brokers`: id, region, one column per role (`itinerant` is UCINET's consultant), total,
    /// across_regions.
    public var tables: [ResultTable] {
        [ResultTable(name: "brokers",
                     header: ["id", "region"] + BrokerageRole.roles.map(\.description) + ["total", "across_regions"],
                     rows: brokers.map { b in
                         [.text(b.id), .text(b.region)] + b.counts.map(ResultCell.integer)
                             + [.integer(b.count(.total)), .integer(b.acrossRegions)]
                     })]
    }
}

/// Gould–Fernandez brokerage roles of the complexes of `graph` with regions as the groups:
/// who mediates between regions (liaison, gatekeeper, representative, itinerant) and who
/// within one (coordinator).
///
/// Node b brokers the ordered pair (a, c) when a→b→c and there is no arc a→c; its role
/// follows from which of a, b, c share a region. The counting is SandanGraph's
/// `brokerage(_:groups:threads:)` (R `sna::brokerage` raw counts); this function chooses the
/// groups, drops the nodes without a region (and their linkages), and maps the result back to
/// the graph's nodes.
///
/// - Parameters:
///   - graph: the network. Directed: linkages are arcs as written (anchor → linked,
///     supplier → buyer, a cross-region chain in its listed order). Undirected: every linkage
///     is an arc both ways, so every count doubles and representative equals gatekeeper by
///     pattern; load `Graphs/` directed to use the written direction.
///   - attribute: the node attribute holding the region (`region`, `macro_region`, …).
///   - candidateKinds: when set, only nodes whose `kind` attribute is one of these are listed
///     (`[complex, area]` leaves the agency offices out). The counting is unchanged: every node
///     with a region is a group member and an end of brokered pairs, so a listed node's counts
///     are the same with or without this option.
/// - Returns: the brokers.
/// - Throws: `GraphError/unknownAttribute(name:available:)` without such an attribute.
///
/// ## Conventions
/// Parallel and multiplex arcs count once and self-loops never (a 0/1 adjacency, as sna).
/// No partial credit: several brokers of one pair each get 1.
///
/// Complexity: that of `brokerage(_:groups:threads:)`, O(n + m + P log Δ) for P two-paths.
///
/// ## References
/// - Gould, R. V., Fernandez, R. M. (1989). Structures of mediation: a formal approach to
///   brokerage in transaction networks. Sociological Methodology 19: 89–126. doi:10.2307/270949.
public func regionalBrokerage(_ graph: Graph, attribute: String = Region.attribute,
                              candidateKinds: Set<String>? = nil) throws(GraphError) -> RegionalBrokerage {
    guard graph.nodeAttributes[attribute] != nil else {
        throw .unknownAttribute(name: attribute, available: graph.nodeAttributes.names)
    }
    let regions = graph.nodeLabels(attribute)
    let kinds = graph.nodeLabels(NodeKind.attribute)
    let assigned = (0..<graph.nodeCount).filter { regions[$0] != nil }
    let network = graph.inducedSubgraph(assigned)
    let scores = try brokerage(network, groups: try NodeGroups(network, attribute: attribute))
    let brokers = assigned.enumerated().compactMap { local, v -> RegionalBroker? in
        let counts = BrokerageRole.roles.map { scores.counts($0)[local] }
        guard counts.contains(where: { $0 > 0 }),
              candidateKinds.map({ wanted in kinds[v].map(wanted.contains) ?? false }) ?? true else { return nil }
        return RegionalBroker(node: v, id: graph.ids[v], region: regions[v]!, counts: counts)
    }.sorted { ($1.acrossRegions, $1.count(.total), $0.node) < ($0.acrossRegions, $0.count(.total), $1.node) }
    return RegionalBrokerage(attribute: attribute, brokers: brokers, unassignedNodes: graph.nodeCount - assigned.count)
}
