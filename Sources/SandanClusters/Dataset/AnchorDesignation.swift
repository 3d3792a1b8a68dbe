import SandanGraph

/// The node attribute `anchor_since` of `Graphs/`: the first year a node was designated anchor
/// (거점) of a competitiveness district, a 2020 대개조 region or a 2024 candidate (seeds 000
/// and 001; `designations.csv` lists every designation).
///
/// The attribute makes designations visible in the graph itself: the six 2019 anchors have no
/// linked complexes, hence no anchor-link edge, and would otherwise look like any complex.
/// ``anchors(of:anchorKind:anchorAttribute:)`` counts a node with the attribute as an anchor;
/// ``restrict(_:to:anchorKind:anchorAttribute:)`` keeps the attribute consistent with a
/// window of years.
public enum AnchorDesignation {
    /// The node attribute holding the year.
    public static let attribute = "anchor_since"

    /// The year of every node in the integer node attribute `attribute` (nil where missing, or
    /// for every node when the graph has no such integer column). O(n).
    public static func years(in graph: Graph, attribute: String = attribute) -> [Int?] {
        guard case .integer(let years)? = graph.nodeAttributes[attribute] else {
            return Array(repeating: nil, count: graph.nodeCount)
        }
        return years
    }
}
