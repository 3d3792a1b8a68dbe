/// Local edge connectivity λ(s, t): the largest number of edge-disjoint paths from `source` to
/// `target`, which equals the number of edges in a minimum s–t cut (Menger).
///
/// - Parameters:
///   - graph: any graph.
///   - source: the node s.
///   - target: the node t, different from s.
/// - Returns: λ(s, t).
/// - Throws: ``GraphError/sameNode(_:)`` when s = t, ``GraphError/nodeOutOfRange(index:nodeCount:)``.
///
/// ## Complexity
/// One maximum flow with unit capacities (Dinic): O(m·min(√m, n^(2/3))) time, O(n + m) space.
///
/// ## Conventions
/// Directed graphs count directed paths; undirected edges may be used either way. Parallel
/// edges count separately (a doubled edge gives two paths); self-loops and weights are ignored.
/// Agrees with NetworkX `local_edge_connectivity` and igraph `edge_connectivity(source, target)`.
///
/// ## References
/// Menger, K. (1927). Zur allgemeinen Kurventheorie. *Fundamenta Mathematicae* 10, 96–115.
/// doi:10.4064/fm-10-1-96-115
public func localEdgeConnectivity(_ graph: Graph, source: Int, target: Int) throws(GraphError) -> Int {
    try checkPair(graph, source, target)
    var network = try edgeFlowNetwork(graph, capacity: .unit, algorithm: "edge connectivity")
    return Int(network.maxFlow(from: source, to: target))
}

/// Local node connectivity κ(s, t): the largest number of internally node-disjoint paths from
/// `source` to `target`.
///
/// Computed as a maximum flow in the split-node network (Even 1975): every node v becomes an
/// arc v_in → v_out of capacity 1, every edge u–v an arc u_out → v_in, and the flow goes from
/// s_out to t_in.
///
/// - Parameters:
///   - graph: any graph.
///   - source: the node s.
///   - target: the node t, different from s.
/// - Returns: κ(s, t).
/// - Throws: ``GraphError/sameNode(_:)`` when s = t, ``GraphError/nodeOutOfRange(index:nodeCount:)``.
///
/// ## Complexity
/// One maximum flow on a unit network of 2n nodes and n + m arcs: O(m√n) time, O(n + m) space.
///
/// ## Conventions
/// - Direction is followed on directed graphs.
/// - When s and t are adjacent, the edge s–t counts as one path (parallel copies count once),
///   as NetworkX `local_node_connectivity` counts it; igraph `vertex_connectivity(source,
///   target)` refuses adjacent nodes by default.
/// - Self-loops and weights are ignored.
///
/// ## References
/// Even, S. (1975). An algorithm for determining whether the connectivity of a graph is at
/// least k. *SIAM Journal on Computing* 4(3), 393–396. doi:10.1137/0204034
public func localNodeConnectivity(_ graph: Graph, source: Int, target: Int) throws(GraphError) -> Int {
    try checkPair(graph, source, target)
    var network = SplitNodeNetwork(graph)
    return network.connectivity(source, target, cutoff: .infinity)
}

/// Edge connectivity λ(G) of the whole graph: the least number of edges whose removal
/// disconnects it (directed: leaves it not strongly connected).
///
/// - Parameter graph: a graph with at least one node.
/// - Returns: λ(G); 0 for a single node or a disconnected graph (directed: not strongly
///   connected).
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` when the graph has no nodes.
///
/// ## Complexity
/// Undirected simple graphs: at most |D| − 1 maximum flows for a dominating set D (Esfahanian &
/// Hakimi), each stopped once it reaches the current bound; with parallel edges the dominating
/// set shortcut does not hold, and n − 1 flows are run. Directed graphs: n flows between
/// consecutive nodes (Even). Each flow is O(m·min(√m, n^(2/3))), so O(n·m·√m) at worst. A
/// connected graph whose minimum degree is 1 needs no flow at all.
///
/// ## Conventions
/// - The starting bound is the minimum degree (directed: the least in- or out-degree),
///   self-loops excluded, parallel edges counted.
/// - Weights are ignored.
/// - Agrees with NetworkX `edge_connectivity` and igraph `edge_connectivity()`; NetworkX raises
///   on the empty graph.
///
/// ## References
/// Esfahanian, A.-H. & Hakimi, S. L. (1984). On computing the connectivities of graphs and
/// digraphs. *Networks* 14(2), 355–366. doi:10.1002/net.3230140211
///
/// Even, S. & Tarjan, R. E. (1975). Network flow and testing graph connectivity. *SIAM
/// Journal on Computing* 4(4), 507–518. doi:10.1137/0204043
public func edgeConnectivity(_ graph: Graph) throws(GraphError) -> Int {
    let n = graph.nodeCount
    guard n > 0 else { throw .emptyGraph(algorithm: "edge connectivity") }
    guard n > 1, isConnectedForFlow(graph) else { return 0 }
    var bound = Int.max
    for v in 0..<n {
        let out = loopFreeDegree(graph, v, incoming: false)
        bound = min(bound, graph.isDirected ? min(out, loopFreeDegree(graph, v, incoming: true)) : out)
    }
    if bound <= 1 { return bound }
    var network = try edgeFlowNetwork(graph, capacity: .unit, algorithm: "edge connectivity")
    func improve(_ s: Int, _ t: Int) {
        network.reset()
        bound = min(bound, Int(network.maxFlow(from: s, to: t, cutoff: Double(bound))))
    }
    if graph.isDirected {
        for i in 0..<n where bound > 1 { improve(i, (i + 1) % n) }
        return bound
    }
    let candidates = graph.parallelEdgeCount == 0 ? dominatingSet(graph) : Array(0..<n)
    guard candidates.count > 1 else { return bound }
    for w in candidates.dropFirst() where bound > 1 { improve(candidates[0], w) }
    return bound
}

/// Node connectivity κ(G) of the whole graph: the least number of nodes whose removal
/// disconnects it (directed: leaves it not strongly connected); n − 1 for a complete graph.
///
/// - Parameter graph: a graph with at least one node.
/// - Returns: κ(G); 0 for a single node or a disconnected graph (directed: not strongly
///   connected).
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` when the graph has no nodes.
///
/// ## Complexity
/// With v a node of least degree δ: a local node connectivity to every node not adjacent to v,
/// and between every non-adjacent pair of neighbours of v (Even; Esfahanian & Hakimi): at most
/// n + δ² maximum flows on the split-node unit network, each O(m√n) and stopped once it
/// reaches the current bound. A connected graph with a node of degree 1 needs no flow.
///
/// ## Conventions
/// - Degrees count distinct neighbours (self-loops and parallel edges do not matter), so a
///   doubled edge between two nodes gives κ = 1; NetworkX counts the multigraph degree there
///   and returns 2.
/// - Directed graphs: a graph that is not strongly connected has κ = 0. NetworkX only checks
///   *weak* connectivity and uses one direction per pair, so it returns 1 for the path
///   a → b → c; igraph `vertex_connectivity()` returns 0 as we do.
/// - Weights are ignored.
///
/// ## References
/// Even, S. (1975). An algorithm for determining whether the connectivity of a graph is at
/// least k. *SIAM Journal on Computing* 4(3), 393–396. doi:10.1137/0204034
///
/// Esfahanian, A.-H. & Hakimi, S. L. (1984). On computing the connectivities of graphs and
/// digraphs. *Networks* 14(2), 355–366. doi:10.1002/net.3230140211
public func nodeConnectivity(_ graph: Graph) throws(GraphError) -> Int {
    let n = graph.nodeCount
    guard n > 0 else { throw .emptyGraph(algorithm: "node connectivity") }
    guard n > 1, isConnectedForFlow(graph) else { return 0 }
    let successors = NeighbourRows(graph, incoming: false)
    let predecessors = graph.isDirected ? NeighbourRows(graph, incoming: true) : successors
    var v = 0, bound = Int.max
    for u in 0..<n {
        let d = min(successors[u].count, predecessors[u].count)
        if d < bound { bound = d; v = u }
    }
    if bound <= 1 { return bound }
    var network = SplitNodeNetwork(graph)
    var isSuccessor = [Bool](repeating: false, count: n)
    var isPredecessor = [Bool](repeating: false, count: n)
    for u in successors[v] { isSuccessor[Int(u)] = true }
    for u in predecessors[v] { isPredecessor[Int(u)] = true }
    func improve(_ s: Int, _ t: Int) {
        bound = min(bound, network.connectivity(s, t, cutoff: Double(bound)))
    }
    for w in 0..<n where w != v && bound > 1 {
        if !isSuccessor[w] { improve(v, w) }
        if graph.isDirected && !isPredecessor[w] && bound > 1 { improve(w, v) }
    }
    // v in a minimum separator: some predecessor x and successor y of v are separated.
    var isNeighbourOfX = [Bool](repeating: false, count: n)
    for x in predecessors[v] where bound > 1 {
        for y in successors[Int(x)] { isNeighbourOfX[Int(y)] = true }
        for y in successors[v] where y != x && !isNeighbourOfX[Int(y)] && bound > 1 {
            if graph.isDirected || x < y { improve(Int(x), Int(y)) }
        }
        for y in successors[Int(x)] { isNeighbourOfX[Int(y)] = false }
    }
    return bound
}

/// The split-node flow network of node connectivity: node v is the arc 2v → 2v+1 of
/// capacity 1, and each distinct neighbour pair u → w the arc 2u+1 → 2w.
struct SplitNodeNetwork {
    private var flow: FlowNetwork

    init(_ graph: Graph) {
        let n = graph.nodeCount
        var pairs: [FlowArcPair] = []
        pairs.reserveCapacity(n + graph.edgeCount * (graph.isDirected ? 1 : 2))
        for v in 0..<n { pairs.append(FlowArcPair(from: 2 * v, to: 2 * v + 1, forward: 1, backward: 0)) }
        let neighbours = NeighbourRows(graph, incoming: false)
        for v in 0..<n {
            for w in neighbours[v] { pairs.append(FlowArcPair(from: 2 * v + 1, to: 2 * Int(w), forward: 1, backward: 0)) }
        }
        flow = FlowNetwork(nodeCount: 2 * n, pairs: pairs)
    }

    /// κ(s, t), or a value at least `cutoff` once the flow reaches it.
    mutating func connectivity(_ s: Int, _ t: Int, cutoff: Double) -> Int {
        flow.reset()
        return Int(flow.maxFlow(from: 2 * s + 1, to: 2 * t, cutoff: cutoff))
    }
}

/// Rows of distinct neighbours (self excluded), in compressed form.
struct NeighbourRows {
    private let offsets: [Int]
    private let ends: [Int32]

    /// For each node, its distinct out-neighbours (in-neighbours when `incoming`), in the order of
    /// the graph's rows. O(n + m).
    init(_ graph: Graph, incoming: Bool) {
        let n = graph.nodeCount
        var mark = [Int32](repeating: -1, count: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var ends: [Int32] = []
        let fill = { (rows: AdjacencyBuffers) in
            ends.reserveCapacity(rows.offsets[n])
            for v in 0..<n {
                for a in rows.offsets[v]..<rows.offsets[v + 1] {
                    let u = rows.ends[a]
                    if Int(u) != v && mark[Int(u)] != Int32(v) { mark[Int(u)] = Int32(v); ends.append(u) }
                }
                offsets[v + 1] = ends.count
            }
        }
        if incoming { graph.withInAdjacency(fill) } else { graph.withOutAdjacency(fill) }
        self.offsets = offsets
        self.ends = ends
    }

    /// The distinct neighbours of `v`.
    subscript(v: Int) -> ArraySlice<Int32> { ends[offsets[v]..<offsets[v + 1]] }
}

/// The number of arcs of `v` (in-arcs when `incoming`) that are not self-loops.
private func loopFreeDegree(_ graph: Graph, _ v: Int, incoming: Bool) -> Int {
    let ends = incoming ? graph.predecessors(of: v) : graph.successors(of: v)
    return ends.reduce(0) { $0 + (Int($1) == v ? 0 : 1) }
}

/// Connected (undirected) or strongly connected (directed).
private func isConnectedForFlow(_ graph: Graph) -> Bool {
    (graph.isDirected ? stronglyConnectedComponents(graph).count : weakComponentCount(graph)) == 1
}

/// A dominating set built greedily, starting from a node that is not adjacent to every other
/// node (so that the set has at least two nodes); a single node when every node is adjacent to
/// all others.
private func dominatingSet(_ graph: Graph) -> [Int] {
    let n = graph.nodeCount
    let neighbours = NeighbourRows(graph, incoming: false)
    let start = (0..<n).first { neighbours[$0].count < n - 1 } ?? 0
    var dominated = [Bool](repeating: false, count: n)
    var set: [Int] = []
    func take(_ v: Int) {
        set.append(v)
        dominated[v] = true
        for u in neighbours[v] { dominated[Int(u)] = true }
    }
    take(start)
    for v in 0..<n where !dominated[v] { take(v) }
    return set
}
