/// A partition of a graph's nodes into communities, with how it was found.
///
/// Labels are 0-based and numbered in order of first appearance over the node indices (node 0
/// is in community 0), so the same partition always gets the same labels.
public struct CommunityPartition: Sendable, Equatable {
    /// For each node, its community in `0..<count`.
    public let labels: [Int]
    /// The number of communities.
    public let count: Int
    /// The modularity of the partition at ``resolution`` (Newman; Leicht–Newman when
    /// directed), with the graph's weights as strengths; nil when the graph has no edge weight
    /// at all (no edges, or all weights 0), where modularity is undefined.
    public let modularity: Double?
    /// The resolution γ the partition was found (and ``modularity`` computed) with.
    public let resolution: Double
    /// One entry per aggregation level, in order (Louvain: then one for the refined partition
    /// when the refinement moved a node; Leiden: the levels of the last iteration), or per sweep
    /// (label propagation). The last entry is the partition returned.
    public let levels: [CommunityLevel]
    /// Louvain: levels run; Leiden: full iterations until the partition stopped changing;
    /// label propagation: sweeps over all nodes.
    public let iterations: Int

    /// The number of nodes in each community.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for c in labels { sizes[c] += 1 }
        return sizes
    }

    /// The nodes of community `label`, in increasing order.
    public func members(of label: Int) -> [Int] { labels.indices.filter { labels[$0] == label } }
}

/// What one level (or sweep) of a community detection reached.
public struct CommunityLevel: Sendable, Equatable {
    /// The number of communities after the level.
    public let communityCount: Int
    /// Their modularity at the run's resolution (NaN when the graph has no edge weight).
    public let modularity: Double
}

/// The community detection methods, by their command-line names.
public enum CommunityMethod: String, Sendable, CaseIterable {
    case louvain
    case leiden
    case labelPropagation = "label-propagation"
}

/// Runs `method` on `graph` with `seed` and, for the modularity methods, `resolution`; each
/// method's other options at their defaults. See ``louvainCommunities(_:options:)``,
/// ``leidenCommunities(_:options:)`` and ``labelPropagationCommunities(_:options:)``.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights`` are strengths.
///   - method: the detection method.
///   - resolution: γ for Louvain and Leiden; nil for their default, 1. Label propagation has
///     no resolution, so giving one with it is an error rather than a setting silently ignored.
///   - seed: the seed of the method's random choices (``SeededGenerator``).
/// - Throws: ``GraphError/parameterNotApplicable(name:method:)`` for a resolution with label
///   propagation; what the method throws.
public func detectCommunities(_ graph: Graph, method: CommunityMethod, resolution: Double? = nil,
                              seed: UInt64 = 0) throws(GraphError) -> CommunityPartition {
    switch method {
    case .louvain: return try louvainCommunities(graph, options: LouvainOptions(resolution: resolution ?? 1, seed: seed))
    case .leiden: return try leidenCommunities(graph, options: LeidenOptions(resolution: resolution ?? 1, seed: seed))
    case .labelPropagation:
        guard resolution == nil else { throw .parameterNotApplicable(name: "resolution", method: "label propagation") }
        return try labelPropagationCommunities(graph, options: LabelPropagationOptions(seed: seed))
    }
}

extension CommunityPartition {
    /// A partition from `labels` over the network's nodes (any labels below the node count),
    /// renumbered by first appearance, with its modularity at `resolution`.
    init(network: ModularityNetwork, scratch: CommunityScratch, labels: UnsafeMutableBufferPointer<Int32>,
         resolution: Double, levels: [CommunityLevel], iterations: Int) {
        let k = scratch.renumber(labels, count: network.nodeCount)
        let q = network.totalWeight > 0 ? network.modularity(of: UnsafeBufferPointer(labels), count: k, resolution: resolution) : nil
        self.init(labels: labels.map { Int($0) }, count: k, modularity: q, resolution: resolution,
                  levels: levels, iterations: iterations)
    }
}

/// Checks a resolution parameter: finite and non-negative.
func checkResolution(_ resolution: Double) throws(GraphError) {
    guard resolution.isFinite, resolution >= 0 else {
        throw .parameterOutOfRange(name: "the resolution", value: "\(resolution)", allowed: "a finite number ≥ 0")
    }
}
