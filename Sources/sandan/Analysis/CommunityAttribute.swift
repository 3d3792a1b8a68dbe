import SandanGraph

/// Detected communities as a node attribute, so that `sandan render` can colour or box nodes by
/// them (`--color-by community`, `--cluster-by community`).
enum CommunityAttribute {
    /// The attribute's name.
    static let name = "community"

    /// `graph` with the integer node attribute `community` from `method` at resolution 1 and
    /// `seed`: the numbers `sandan communities` prints with the same method and seed (the first
    /// node is in community 0). Cost: that of the method (Louvain: about O(m) per level).
    static func adding(to graph: Graph, method: CommunityMethod, seed: UInt64) throws -> Graph {
        let partition = try detectCommunities(graph, method: method, seed: seed)
        return graph.settingNodeColumn(name, .integer(partition.labels.map(Optional.some)))
    }

    /// The method to run for a drawing: the one asked for; else Louvain when the drawing is
    /// coloured or boxed by `community` and the graph has no such attribute; else none.
    static func method(asked: CommunityMethod?, colorBy: String?, clusterBy: String?, graph: Graph) -> CommunityMethod? {
        if let asked { return asked }
        let wanted = colorBy == name || clusterBy == name
        return wanted && graph.nodeAttributes[name] == nil ? .louvain : nil
    }
}
