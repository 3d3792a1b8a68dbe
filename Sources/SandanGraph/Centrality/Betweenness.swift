/// Options for ``betweennessCentrality(_:options:)`` and ``edgeBetweennessCentrality(_:options:)``.
public struct BetweennessOptions: Sendable, Equatable {
    /// Divide by the number of pairs (NetworkX's `normalized=True`, the default), or give the
    /// raw sums of pair dependencies.
    public var normalized: Bool
    /// nil for exact betweenness (every node a source); a number k (2 ≤ k ≤ n) to use k
    /// sources sampled uniformly without replacement and scale the sums up (NetworkX's `k=`).
    public var sampleSize: Int?
    /// The seed of the sample (``SeededGenerator``); only used with ``sampleSize``.
    public var seed: UInt64
    /// Worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
    public var threads: Int?
    /// Called as the sources are searched: `completed` of `total` sources (n, or k when
    /// sampling), from the worker threads, about a hundred times at most and last with
    /// `completed == total` (the rules of ``ProgressHandler``). Nil (the default) costs nothing.
    public var progress: ProgressHandler?
    /// What parallel edges count for: each a separate shortest path (default, igraph) or one
    /// path per pair of nodes (NetworkX's `Graph`).
    public var parallelEdges: ParallelEdgePaths

    public init(normalized: Bool = true, sampleSize: Int? = nil, seed: UInt64 = 0,
                threads: Int? = nil, progress: ProgressHandler? = nil,
                parallelEdges: ParallelEdgePaths = .separate) {
        self.normalized = normalized
        self.sampleSize = sampleSize
        self.seed = seed
        self.threads = threads
        self.progress = progress
        self.parallelEdges = parallelEdges
    }

    /// Options are equal when they ask for the same computation: the progress handler (a
    /// function, which cannot be compared) is left out.
    public static func == (a: BetweennessOptions, b: BetweennessOptions) -> Bool {
        a.normalized == b.normalized && a.sampleSize == b.sampleSize && a.seed == b.seed && a.threads == b.threads
            && a.parallelEdges == b.parallelEdges
    }
}

/// How betweenness counts parallel edges (several edges joining the same two nodes, the same
/// direction when directed).
public enum ParallelEdgePaths: String, Sendable, CaseIterable {
    /// Each parallel edge is a separate shortest path, so a pair joined twice carries twice the
    /// paths: igraph's rule, and how Sandan's other measures count parallel edges (they add up
    /// in degree, strength, PageRank and eigenvector centrality).
    case separate
    /// One path per pair of nodes, through the shortest of their parallel edges (the first
    /// among equals): NetworkX's `Graph`, which keeps one edge per pair, and its `MultiGraph`
    /// Dijkstra. Edge betweenness puts the pair's value on that edge and 0 on the others.
    case single
}

/// Shortest-path betweenness of every node: c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), where
/// σ(s, t) counts the shortest s–t paths and σ(s, t | v) those through `v`.
///
/// Brandes' algorithm: one search per source (breadth-first, or Dijkstra when the graph has
/// weights), then a backward pass that accumulates dependencies. Sources are split over
/// `options.threads` workers (``Parallel``), each with its own scratch and sums.
///
/// - Parameters:
///   - graph: any graph. Its ``Graph/weights``, when present, are edge **lengths** (distances).
///   - options: normalisation, sampling, threads and a progress handler.
/// - Returns: one value per node.
/// - Throws: ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a negative or non-finite weight;
///   ``GraphError/parameterOutOfRange(name:value:allowed:)`` for a sample size outside 2…n;
///   ``GraphError/threadCount(_:)`` for threads < 1.
/// - Complexity: O(n m) time unweighted and O(n m log n) weighted (k instead of n sources when
///   sampling); O(n + m) space per worker plus O(n) for the result.
///
/// ## Conventions
/// - Pairs: endpoints are excluded (σ(s, t | s) = 0). Directed graphs count ordered pairs along
///   edge direction. Undirected graphs count each **unordered** pair once (NetworkX and igraph;
///   NetworKit's raw values are twice these).
/// - Normalised (default): × 1/((n − 1)(n − 2)) directed and × 2/((n − 1)(n − 2)) undirected, as
///   NetworkX; no scaling when n ≤ 2.
/// - Sampling (`sampleSize` = k): the sums over the k sources are scaled as NetworkX's `k=`
///   does: a sampled node by (n − 1)/(k − 1) of the exact factor (it cannot be a source of its
///   own paths), any other node by (n − 1)/k. With k = n the result is exact. The sample comes
///   from ``SeededGenerator`` and is the same for the same seed and n, but not the nodes
///   NetworkX's `seed` picks.
/// - Weights as lengths; a path's length is the sum of its weights in path order from the
///   source, and lengths are compared **exactly**, as NetworkX does: 0.1 + 0.2 and 0.3 are
///   different lengths, so the two paths do not tie. igraph treats lengths within a relative
///   1e-10 as equal and can differ from this on such near-ties (fixture `weighted_float_ties`).
///   Exact comparison is the rule because it is NetworkX's and because it never merges paths
///   whose lengths really differ.
/// - Parallel edges are distinct shortest paths by default (igraph; NetworkX's `Graph` keeps one
///   edge per pair); ``ParallelEdgePaths/single`` counts one path per pair, as NetworkX.
///   Self-loops are never on a shortest path.
/// - Zero-length edges: every shortest path counts, as the definition says, and a path is
///   simple (it visits a node once). Nodes joined by zero-length edges are at the same
///   distance from every source, so a path may walk between them along any simple path of
///   zero-length edges; each such walk is a different shortest path (`ZeroLengthClusters`).
///   The result does not depend on the order of nodes or edges. On a–b 1, a–d 0, b–c 1, c–d 2
///   the raw values are a 1.5, b 1, c 0, d 0.5: c–d has two shortest paths (direct, and
///   c–b–a–d) and so has c–a (c–b–a and c–d–a). NetworkX's Dijkstra counts a zero-length edge
///   only in the direction its nodes happen to settle, so its values change when the file's
///   node order does; igraph refuses zero weights. A group of more than 200 nodes joined by
///   zero-length edges, or one whose simple paths take over 2·10⁷ steps to enumerate, is refused
///   with an error rather than approximated.
/// - Disconnected graphs: pairs without a path contribute nothing. Empty graph: `[]`.
/// - Results are bit-for-bit reproducible for the same thread count, with or without a
///   progress handler.
///
/// ## References
/// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of Mathematical
/// Sociology* 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
///
/// Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
/// computation. *Social Networks* 30(2), 136–145. doi:10.1016/j.socnet.2007.11.001
///
/// Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. *International
/// Journal of Bifurcation and Chaos* 17(7), 2303–2318. doi:10.1142/S0218127407018403
public func betweennessCentrality(_ graph: Graph,
                                  options: BetweennessOptions = BetweennessOptions()) throws(GraphError) -> [Double] {
    try brandesSums(graph, options: options, edges: false).nodes
}

/// Shortest-path betweenness of every edge: c_B(e) = Σ_{s ≠ t} σ(s, t | e) / σ(s, t), the
/// share of shortest paths between all pairs that use edge `e`.
///
/// The same computation as ``betweennessCentrality(_:options:)`` (Brandes 2008's edge variant),
/// with the same options, weights, ties, parallel-edge and threading conventions.
///
/// - Returns: one value per edge, in edge order.
/// - Throws: as ``betweennessCentrality(_:options:)``.
/// - Complexity: as ``betweennessCentrality(_:options:)``, plus O(m) per worker.
///
/// ## Conventions
/// Pairs include the edge's own ends (s and t may be the edge's ends). Normalised (default):
/// × 1/(n(n − 1)) directed and × 2/(n(n − 1)) undirected, as NetworkX's
/// `edge_betweenness_centrality`; raw undirected values count each unordered pair once (as
/// NetworkX and igraph). Sampling with k sources scales by n/k. A self-loop gets 0.
///
/// ## References
/// Brandes (2008), doi:10.1016/j.socnet.2007.11.001; Girvan, M. & Newman, M. E. J. (2002).
/// Community structure in social and biological networks. *PNAS* 99(12), 7821–7826.
/// doi:10.1073/pnas.122653799
public func edgeBetweennessCentrality(_ graph: Graph,
                                      options: BetweennessOptions = BetweennessOptions()) throws(GraphError) -> [Double] {
    try brandesSums(graph, options: options, edges: true).edges ?? []
}

/// Node (and, when `edges`, edge) betweenness, scaled as the options say.
func brandesSums(_ input: Graph, options: BetweennessOptions,
                 edges wantEdges: Bool) throws(GraphError) -> (nodes: [Double], edges: [Double]?) {
    _ = try input.checkedWeights(for: "betweenness")
    let kept = options.parallelEdges == .single ? oneEdgePerPair(input) : nil
    let graph = kept.map { keep in input.filteredEdges { keep[$0] } } ?? input
    let n = graph.nodeCount, m = graph.edgeCount
    let threads = try Parallel.workerCount(options.threads)
    let lengths = try graph.arcLengths(for: "betweenness", incoming: false)
    let zeroLengths = try lengths.map { lengths throws(GraphError) in
        try ZeroLengthClusters(graph, lengths: lengths, edgeScores: wantEdges)
    } ?? nil
    var sources: [Int]? = nil
    if let k = options.sampleSize {
        guard k >= 2 && k <= n else {
            throw .parameterOutOfRange(name: "the betweenness sample size", value: "\(k)", allowed: "between 2 and the number of nodes (\(n))")
        }
        var generator = SeededGenerator(seed: options.seed)
        sources = generator.sample(k, from: n)
    }
    var nodes = [Double](repeating: 0, count: n)
    var edges = wantEdges ? [Double](repeating: 0, count: m) : nil
    guard n > 0 else { return (nodes, edges) }

    let sourceCount = sources?.count ?? n
    let progress = ProgressCounter(total: sourceCount, handler: options.progress)
    let workers = graph.withOutAdjacency { rows in
        (lengths ?? []).withUnsafeBufferPointer { arcLengths in
            let lengthBuffer = lengths == nil ? nil : arcLengths
            return Parallel.run(count: sourceCount, threads: threads, makeWorker: { _ in
                BrandesWorker(nodeCount: n, arcCount: rows.ends.count, edgeCount: wantEdges ? m : nil,
                              weighted: lengths != nil, zeroLengths: zeroLengths)
            }, body: { worker, items in
                for i in items { worker.add(source: sources?[i] ?? i, rows: rows, arcLengths: lengthBuffer) }
                progress.advance(by: items.count)
            })
        }
    }
    for worker in workers {
        for v in 0..<n { nodes[v] += worker.nodeScores[v] }
        if let sums = worker.edgeScores { for e in 0..<m { edges![e] += sums[e] } }
    }

    let scale = BetweennessScale(nodeCount: n, directed: graph.isDirected, normalized: options.normalized,
                                 sampled: sources?.count)
    var isSource = [Bool](repeating: false, count: n)
    for s in sources ?? [] { isSource[s] = true }
    for v in 0..<n { nodes[v] *= scale.node(isSource: isSource[v]) }
    if edges != nil { for e in 0..<m { edges![e] *= scale.edge } }
    if let kept, let values = edges {
        // Back to the input's edges: the kept edges in order, 0 for the others.
        var full = [Double](repeating: 0, count: input.edgeCount)
        for (value, e) in zip(values, kept.indices.filter { kept[$0] }) { full[e] = value }
        return (nodes, full)
    }
    return (nodes, edges)
}

/// For each edge, whether it is kept when parallel edges count once: among the edges joining
/// the same two nodes (the same ordered pair when directed), the shortest (weights as
/// lengths; the first among equals). Self-loops are kept. O(m) expected.
private func oneEdgePerPair(_ graph: Graph) -> [Bool] {
    var best: [UInt64: Int] = [:]
    for e in 0..<graph.edgeCount {
        var u = graph.source(of: e), v = graph.target(of: e)
        if !graph.isDirected && u > v { swap(&u, &v) }
        let key = UInt64(u) << 32 | UInt64(v)
        if let current = best[key], graph.weight(of: current) <= graph.weight(of: e) { continue }
        best[key] = e
    }
    var keep = [Bool](repeating: false, count: graph.edgeCount)
    for e in best.values { keep[e] = true }
    return keep
}

/// The factors that turn sums of dependencies over sources into betweenness, following
/// NetworkX's `_rescale` (networkx 3.6). The sums count every ordered pair (s, t) with s among
/// the sources.
struct BetweennessScale {
    let nodeCount: Int
    let directed: Bool
    let normalized: Bool
    /// The number of sampled sources, or nil when every node was a source.
    let sampled: Int?

    /// The factor for a node (endpoints excluded, so a node pairs with n − 1 others).
    func node(isSource: Bool) -> Double {
        let pairs = Double(nodeCount - 1)
        guard nodeCount - 1 >= 2 else { return 1 }
        let sources = Double(sampled ?? nodeCount - 1)
        let used = (sampled != nil && isSource) ? sources - 1 : sources
        let undirectedHalf: Double = directed ? 1 : 2
        return normalized ? 1 / (used * (pairs - 1)) : pairs / (used * undirectedHalf)
    }

    /// The factor for an edge (its ends count as pair members, so n nodes pair).
    var edge: Double {
        let pairs = Double(nodeCount)
        guard nodeCount >= 2 else { return 1 }
        let sources = Double(sampled ?? nodeCount)
        let undirectedHalf: Double = directed ? 1 : 2
        return normalized ? 1 / (sources * (pairs - 1)) : pairs / (sources * undirectedHalf)
    }
}
