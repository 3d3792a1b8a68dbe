import SandanGraph

/// A span of years, open at either end: `since...until`, either bound optional (the CLI's
/// `--since` and `--until`).
public struct YearWindow: Sendable, Equatable {
    /// The first year kept, or nil for no lower bound.
    public var since: Int?
    /// The last year kept, or nil for no upper bound.
    public var until: Int?

    public init(since: Int? = nil, until: Int? = nil) {
        self.since = since
        self.until = until
    }

    /// Whether the window has no bound (it keeps everything).
    public var isUnbounded: Bool { since == nil && until == nil }

    /// Whether `year` lies in the window (bounds included). O(1).
    public func contains(_ year: Int) -> Bool {
        (since.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
    }
}

/// `graph` with only the linkages whose integer edge attribute `year` lies in `window`, and its
/// anchor designations (``AnchorDesignation``) restricted to the same years. All nodes are kept.
///
/// The attribute `anchorAttribute` (when the graph has it as an integer column) becomes, for
/// each node, the first year **within the window** it was designated anchor:
///
/// - a year inside the window is kept;
/// - a year after `until` is dropped (`until` 2018 leaves no 2019 anchor);
/// - a year before `since` is replaced by the year of the node's earliest anchor-link kept in
///   the window (군산 is designated in 2019 and again, with spokes, in 2021: from 2021 on it
///   is a 2021 anchor), and dropped when it has none (a 2019 anchor without spokes is not an
///   anchor of 2021–2024).
///
/// This relies on the validator's rule that an anchor-link is never older than its source's
/// `anchor_since`. Edges without an integer year are dropped.
///
/// - Parameters:
///   - graph: the network.
///   - window: the years to keep.
///   - anchorKind: the edge kind whose sources are anchors.
///   - anchorAttribute: the node attribute of the designation year.
/// - Returns: the restricted graph (`graph` itself when the window is unbounded).
/// - Throws: `GraphError/attributesRequired(purpose:kind:names:)` when the window is bounded
///   and the graph has no integer edge attribute `year`,
///   `GraphError/parameterOutOfRange(name:value:allowed:)` when `since` > `until`.
///
/// Complexity: O(n + m).
public func restrict(_ graph: Graph, to window: YearWindow, anchorKind: String = LinkageKind.anchorLink.rawValue,
                     anchorAttribute: String = AnchorDesignation.attribute) throws(GraphError) -> Graph {
    guard !window.isUnbounded else { return graph }
    if let since = window.since, let until = window.until, since > until {
        throw .parameterOutOfRange(name: "the first year", value: "\(since)", allowed: "at most the last (\(until))")
    }
    guard case .integer(let years)? = graph.edgeAttributes["year"] else {
        throw .attributesRequired(purpose: "keeping linkages by year", kind: "integer edge", names: ["year"])
    }
    let kept = graph.filteredEdges { e in years[e].map(window.contains) ?? false }
    guard case .integer(let designated)? = graph.nodeAttributes[anchorAttribute] else { return kept }
    var first = designated.map { year in year.flatMap { window.contains($0) ? $0 : nil } }
    for e in 0..<graph.edgeCount where graph.kind(of: e) == anchorKind {
        let a = graph.source(of: e)
        guard let year = years[e], window.contains(year), let since = window.since,
              let designatedYear = designated[a], designatedYear < since else { continue }
        first[a] = min(first[a] ?? year, year)
    }
    return kept.settingNodeColumn(anchorAttribute, .integer(first))
}
