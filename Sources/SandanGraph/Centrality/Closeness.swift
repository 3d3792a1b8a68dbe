/// Options for ``closenessCentrality(_:options:)``.
public struct ClosenessOptions: Sendable, Equatable {
    /// Scale by the share of nodes that reach the node (default, NetworkX's `wf_improved=True`);
    /// false gives (r − 1)/Σ d within the reaching set only (igraph's `closeness`).
    public var wassermanFaust: Bool
    /// Worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
    public var threads: Int?
    /// Called as the searches finish, `completed` of n sources (by the rules of
    /// ``ProgressHandler``: from the workers, about a hundred calls, the last at n); nil costs
    /// nothing.
    public var progress: ProgressHandler?

    public init(wassermanFaust: Bool = true, threads: Int? = nil, progress: ProgressHandler? = nil) {
        self.wassermanFaust = wassermanFaust
        self.threads = threads
        self.progress = progress
    }

    /// Options are equal when they ask for the same computation: the progress handler (a
    /// function, which cannot be compared) is left out.
    public static func == (a: ClosenessOptions, b: ClosenessOptions) -> Bool {
        a.wassermanFaust == b.wassermanFaust && a.threads == b.threads
    }
}

/// Closeness centrality of every node: the inverse of its mean distance from the nodes that
/// reach it, C(u) = (r − 1) / Σ_v d(v, u), scaled by (r − 1)/(n − 1) on disconnected graphs
/// (Wasserman–Faust), where r counts the nodes that reach `u`, `u` included.
///
/// - Parameters:
///   - graph: any graph; ``Graph/weights``, when present, are edge **lengths**.
///   - options: the Wasserman–Faust scaling, threads and a progress handler.
/// - Returns: one value per node in [0, 1] for hop distances.
/// - Throws: weight errors as ``dijkstra(_:from:direction:)``; ``GraphError/threadCount(_:)``
///   for threads < 1.
/// - Complexity: O(n m) time unweighted, O(n m log n) weighted; O(n) space per worker.
///
/// ## Conventions
/// - Directed graphs use **incoming** distance d(v, u), as NetworkX (reverse the graph for
///   outgoing distance).
/// - A node that nothing else reaches gets 0, as does every node of a one-node graph.
/// - On a disconnected graph the default equals NetworkX's `closeness_centrality`; igraph's
///   `closeness` computes (r − 1)/Σ d without the scaling (``ClosenessOptions/wassermanFaust`` false) and
///   NetworKit's default scales differently. For multi-region graphs, which are often
///   disconnected, ``harmonicCentrality(_:threads:progress:)`` is the cleaner measure.
/// - Self-loops and parallel edges do not change distances (the shortest parallel edge counts).
///
/// ## References
/// Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. *Social
/// Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
///
/// Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and Applications*.
/// Cambridge University Press, §5.3. doi:10.1017/CBO9780511815478
public func closenessCentrality(_ graph: Graph, options: ClosenessOptions = ClosenessOptions()) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    let tallies = try distanceTallies(graph, direction: .incoming, threads: options.threads, algorithm: "closeness",
                                      progress: options.progress)
    return tallies.map { t in
        guard t.sum > 0 && n > 1 else { return 0 }
        let others = Double(t.reached - 1)
        return others / t.sum * (options.wassermanFaust ? others / Double(n - 1) : 1)
    }
}

/// Harmonic centrality of every node: H(u) = Σ_{v ≠ u} 1/d(v, u), with 1/∞ = 0, so it is well
/// defined on disconnected graphs.
///
/// - Parameters:
///   - graph: any graph; ``Graph/weights``, when present, are edge **lengths**.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
///   - progress: as ``ClosenessOptions/progress``.
/// - Returns: one value per node, the raw sum (between 0 and n − 1 for hop distances).
/// - Throws: weight errors as ``dijkstra(_:from:direction:)``; ``GraphError/threadCount(_:)``
///   for threads < 1.
/// - Complexity: O(n m) time unweighted, O(n m log n) weighted; O(n) space per worker.
///
/// ## Conventions
/// - The raw sum, as NetworkX's `harmonic_centrality`. igraph's
///   `harmonic_centrality(normalized=True)` and NetworKit divide by n − 1.
/// - Directed graphs use **incoming** distance d(v, u), as NetworkX.
/// - Nodes at distance 0 from `u` (over zero-length edges) are skipped, as NetworkX does.
///
/// ## References
/// Marchiori, M. & Latora, V. (2000). Harmony in the small-world. *Physica A* 285(3–4),
/// 539–546. doi:10.1016/S0378-4371(00)00311-3
///
/// Boldi, P. & Vigna, S. (2014). Axioms for centrality. *Internet Mathematics* 10(3–4),
/// 222–262. doi:10.1080/15427951.2013.865686
public func harmonicCentrality(_ graph: Graph, threads: Int? = nil,
                               progress: ProgressHandler? = nil) throws(GraphError) -> [Double] {
    try distanceTallies(graph, direction: .incoming, threads: threads, algorithm: "harmonic centrality",
                        progress: progress)
        .map(\.reciprocalSum)
}
