/// What counts as the capacity of an edge in a flow computation.
public enum CutCapacity: Sendable, Equatable {
    /// Every edge has capacity 1: the cut value is the number of edges cut.
    case unit
    /// Every edge has its ``Graph/weights`` value as capacity (1 when the graph is unweighted).
    case weights
}

/// A minimum s–t cut: its value, the two sides and the edges between them.
public struct MinimumCut: Sendable, Equatable {
    /// The total capacity of the cut (the value of a maximum flow from s to t).
    public let value: Double
    /// For each node, whether it is on the source side: reachable from s in the residual network
    /// of a maximum flow (the side NetworkX `minimum_cut` returns first).
    public let sourceSide: [Bool]
    /// The edges of the cut, in increasing order: for a directed graph, the edges from the source
    /// side to the other side; for an undirected graph, the edges with one end on each side.
    public let edges: [Int]
}

/// A minimum cut separating `source` from `target`.
///
/// Computes a maximum flow with Dinic's algorithm; the source side is what the source still
/// reaches in the residual network, and the cut is the set of edges leaving it.
///
/// - Parameters:
///   - graph: any graph.
///   - source: the node s.
///   - target: the node t, different from s.
///   - capacity: ``CutCapacity/unit`` (count edges) or ``CutCapacity/weights`` (weights as
///     capacities, that is as strengths).
/// - Returns: the cut value, the source side and the cut edges.
/// - Throws: ``GraphError/sameNode(_:)`` when s = t, ``GraphError/nodeOutOfRange(index:nodeCount:)``;
///   ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a negative or non-finite capacity.
///
/// ## Complexity
/// O(n²m) time in general, O(m·min(√m, n^(2/3))) with unit capacities; O(n + m) space. A
/// path of a million nodes takes one phase.
///
/// ## Conventions
/// - Directed edges are arcs of their capacity; an undirected edge is two opposite arcs of the
///   same capacity, as NetworkX `minimum_cut` treats an undirected graph.
/// - Parallel edges add their capacities; self-loops are ignored.
/// - With fractional weights, residual capacities within 10⁻¹² of the largest capacity count as
///   zero.
/// - If s cannot reach t the value is 0 and the cut is empty.
///
/// ## References
/// Ford, L. R. & Fulkerson, D. R. (1956). Maximal flow through a network. *Canadian Journal of
/// Mathematics* 8, 399–404. doi:10.4153/CJM-1956-045-5
///
/// Dinic, E. A. (1970). Algorithm for solution of a problem of maximum flow in a network with
/// power estimation. *Soviet Math. Doklady* 11, 1277–1280.
public func minimumCut(_ graph: Graph, source: Int, target: Int, capacity: CutCapacity = .unit) throws(GraphError) -> MinimumCut {
    try checkPair(graph, source, target)
    var network = try edgeFlowNetwork(graph, capacity: capacity, algorithm: "minimum cut")
    let value = network.maxFlow(from: source, to: target)
    let side = network.reachable(from: source)
    let cut = (0..<graph.edgeCount).filter { e in
        let u = graph.source(of: e), v = graph.target(of: e)
        return graph.isDirected ? (side[u] && !side[v]) : side[u] != side[v]
    }
    return MinimumCut(value: value, sourceSide: side, edges: cut)
}

/// The flow network of `graph`'s edges: one arc per directed edge, a pair of arcs per
/// undirected edge, no self-loops.
func edgeFlowNetwork(_ graph: Graph, capacity: CutCapacity, algorithm: String) throws(GraphError) -> FlowNetwork {
    var pairs: [FlowArcPair] = []
    pairs.reserveCapacity(graph.edgeCount)
    for e in 0..<graph.edgeCount {
        let u = graph.source(of: e), v = graph.target(of: e)
        guard u != v else { continue }
        var c = 1.0
        if capacity == .weights {
            c = graph.weight(of: e)
            guard c.isFinite else { throw .invalidWeight(algorithm: algorithm, edge: e, weight: c) }
            guard c >= 0 else { throw .negativeWeight(algorithm: algorithm, edge: e, weight: c) }
        }
        pairs.append(FlowArcPair(from: u, to: v, forward: c, backward: graph.isDirected ? 0 : c))
    }
    return FlowNetwork(nodeCount: graph.nodeCount, pairs: pairs)
}

/// Checks that `s` and `t` are distinct nodes of `graph`.
func checkPair(_ graph: Graph, _ s: Int, _ t: Int) throws(GraphError) {
    for v in [s, t] where !(0..<graph.nodeCount).contains(v) {
        throw .nodeOutOfRange(index: v, nodeCount: graph.nodeCount)
    }
    guard s != t else { throw .sameNode(graph.ids[s]) }
}
