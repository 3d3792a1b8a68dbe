/// Which degree of an edge's end ``degreeAssortativity(_:options:)`` correlates (directed
/// graphs; an undirected graph always uses the degree).
public enum AssortativityDegree: Sendable, Equatable {
    case outDegree, inDegree, total
}

/// Options for ``degreeAssortativity(_:options:)``.
public struct DegreeAssortativityOptions: Sendable, Equatable {
    /// The degree taken at each edge's source. Default out-degree, as NetworkX.
    public var source: AssortativityDegree
    /// The degree taken at each edge's target. Default in-degree, as NetworkX.
    public var target: AssortativityDegree

    public init(source: AssortativityDegree = .outDegree, target: AssortativityDegree = .inDegree) {
        self.source = source
        self.target = target
    }
}

/// The degree assortativity coefficient: the Pearson correlation between the degrees at the
/// two ends of the edges (Newman 2002).
///
/// Each undirected edge u–v contributes the pairs (k_u, k_v) and (k_v, k_u); each arc u→v of a
/// directed graph contributes (x_u, y_v) with x and y the degrees
/// ``DegreeAssortativityOptions`` names (default out-degree of the source, in-degree of the
/// target). r > 0: hubs link to hubs; r < 0: hubs link to small nodes (hub–spoke).
///
/// - Parameters:
///   - graph: any graph. When it has ``Graph/weights``, the degrees are strengths (sums of
///     weights) and every edge still counts once, as NetworkX `weight=`.
///   - options: the degrees used for directed graphs.
/// - Returns: r in `[−1, 1]`, or NaN when undefined: no edges, or degrees without variance
///   (a regular graph), where NetworkX warns and returns NaN too.
/// - Throws: ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a weight that is not
///   finite.
///
/// ## Complexity
/// O(n + m) time, O(n) memory.
///
/// ## Conventions
/// - Degrees count parallel edges and count a self-loop twice, as ``Graph/degree(_:)`` and
///   NetworkX do; every parallel edge is a pair of its own (NetworkX does the same on
///   multigraphs).
/// - A self-loop contributes its pair twice, like any undirected edge; NetworkX lists it once,
///   so values differ on graphs with self-loops.
/// - Matches NetworkX `degree_assortativity_coefficient(G)` (x="out", y="in") and igraph
///   `assortativity_degree` on graphs without self-loops.
///
/// ## References
/// M. E. J. Newman, "Assortative mixing in networks", Phys. Rev. Lett. 89 (2002) 208701,
/// doi:10.1103/PhysRevLett.89.208701.
public func degreeAssortativity(
    _ graph: Graph, options: DegreeAssortativityOptions = .init()
) throws(GraphError) -> Double {
    if let weights = graph.weights, let e = weights.firstIndex(where: { !$0.isFinite }) {
        throw .invalidWeight(algorithm: "degree assortativity", edge: e, weight: weights[e])
    }
    let n = graph.nodeCount
    var outDegree = [Double](repeating: 0, count: n), inDegree = [Double](repeating: 0, count: n)
    for e in 0..<graph.edgeCount {
        let w = graph.weight(of: e)
        outDegree[graph.source(of: e)] += w
        inDegree[graph.target(of: e)] += w
    }
    func degrees(_ kind: AssortativityDegree) -> [Double] {
        guard graph.isDirected else { return zip(outDegree, inDegree).map { $0 + $1 } }
        switch kind {
        case .outDegree: return outDegree
        case .inDegree: return inDegree
        case .total: return zip(outDegree, inDegree).map { $0 + $1 }
        }
    }
    let x = degrees(options.source), y = degrees(options.target)
    // Pearson correlation over the edge ends in two passes (means, then centred sums).
    let directed = graph.isDirected
    func forEachPair(_ body: (Double, Double) -> Void) {
        for e in 0..<graph.edgeCount {
            let u = graph.source(of: e), v = graph.target(of: e)
            body(x[u], y[v])
            if !directed { body(x[v], y[u]) }
        }
    }
    let count = Double(directed ? graph.edgeCount : 2 * graph.edgeCount)
    guard count > 0 else { return .nan }
    var meanX = 0.0, meanY = 0.0
    forEachPair { a, b in
        meanX += a
        meanY += b
    }
    meanX /= count
    meanY /= count
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    forEachPair { a, b in
        sxy += (a - meanX) * (b - meanY)
        sxx += (a - meanX) * (a - meanX)
        syy += (b - meanY) * (b - meanY)
    }
    return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan
}

/// The attribute (categorical) assortativity coefficient of a partition: how much more often
/// edges join nodes of the same group than they would at random (Newman 2003, eq. 2).
///
/// With e_gh the fraction of edge ends going from group g to group h (each undirected edge
/// counted in both directions, each arc once), a_g = Σ_h e_gh and b_h = Σ_g e_gh:
/// r = (Σ_g e_gg − Σ_g a_g b_g) / (1 − Σ_g a_g b_g). r = 1: every edge stays inside its
/// group (region); r = 0: no preference; r < 0: edges prefer to cross groups.
///
/// - Parameters:
///   - graph: any graph; weights are ignored (each edge counts once), as NetworkX.
///   - groups: a group for every node, e.g. `NodeGroups(graph, attribute: "region")`.
/// - Returns: r in `[−1, 1]`, or NaN when undefined: no edges, or Σ a_g b_g = 1 (every edge
///   end in one group). NetworkX returns 0 without edges; its fixtures here store null.
/// - Throws: ``GraphError/countMismatch(what:count:nodeCount:)`` if `groups` does not have one
///   label per node.
///
/// ## Complexity
/// O(n + m + number of groups) time and memory.
///
/// ## Conventions
/// Parallel edges count each; a self-loop counts in both directions like any undirected edge
/// (NetworkX counts it once). Matches NetworkX `attribute_assortativity_coefficient` and
/// igraph `assortativity_nominal` on graphs without self-loops.
///
/// ## References
/// M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67 (2003) 026126,
/// doi:10.1103/PhysRevE.67.026126.
public func attributeAssortativity(_ graph: Graph, groups: NodeGroups) throws(GraphError) -> Double {
    try groups.check(against: graph, algorithm: "attribute assortativity")
    var fromGroup = [Int](repeating: 0, count: groups.count), toGroup = fromGroup
    var within = 0, total = 0
    func count(_ u: Int, _ v: Int) {
        let g = groups.labels[u], h = groups.labels[v]
        fromGroup[g] += 1
        toGroup[h] += 1
        if g == h { within += 1 }
        total += 1
    }
    for e in 0..<graph.edgeCount {
        count(graph.source(of: e), graph.target(of: e))
        if !graph.isDirected { count(graph.target(of: e), graph.source(of: e)) }
    }
    guard total > 0 else { return .nan }
    // In counts: r = (N·W − Σ a_g b_g) / (N² − Σ a_g b_g), exact until the division.
    let n = Double(total)
    let expected = zip(fromGroup, toGroup).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
    let denominator = n * n - expected
    return denominator == 0 ? .nan : (n * Double(within) - expected) / denominator
}
