/// Which edge ends a degree counts on a directed graph; on an undirected graph all three are
/// the same.
public enum DegreeDirection: String, Sendable, CaseIterable {
    /// In-degree plus out-degree.
    case total
    /// Edges that end at the node.
    case incoming
    /// Edges that start at the node.
    case outgoing
}

/// The degree of every node: the number of incident edge ends.
///
/// - Parameters:
///   - graph: any graph (weights are ignored).
///   - direction: on directed graphs, in-, out- or total (in + out) degree.
/// - Returns: one count per node.
/// - Complexity: O(n).
///
/// ## Conventions
/// A self-loop adds 2 to an undirected node's degree (and 1 to both in- and out-degree of a
/// directed node); parallel edges each count. The same as NetworkX `G.degree` and igraph
/// `degree(loops=True)`.
///
/// ## References
/// Freeman (1978), *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
public func degrees(_ graph: Graph, direction: DegreeDirection = .total) -> [Int] {
    (0..<graph.nodeCount).map { v in
        switch direction {
        case .total: graph.degree(v)
        case .incoming: graph.inDegree(v)
        case .outgoing: graph.outDegree(v)
        }
    }
}

/// Degree centrality: the degree divided by n − 1, the largest degree a node of a simple graph
/// can have.
///
/// - Parameters:
///   - graph: any graph (weights are ignored).
///   - direction: on directed graphs, in-, out- or total degree (NetworkX's
///     `in_degree_centrality`, `out_degree_centrality` and `degree_centrality`).
/// - Returns: one value per node; 1 for the node of a one-node graph, as NetworkX.
/// - Complexity: O(n).
///
/// ## Conventions
/// As ``degrees(_:direction:)``; with self-loops or parallel edges a value can exceed 1.
///
/// ## References
/// Freeman (1978), doi:10.1016/0378-8733(78)90021-7
public func degreeCentrality(_ graph: Graph, direction: DegreeDirection = .total) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return [Double](repeating: 1, count: n) }
    let scale = 1 / Double(n - 1)
    return degrees(graph, direction: direction).map { Double($0) * scale }
}

/// The strength of every node: the sum of the weights of its incident edges.
///
/// - Parameters:
///   - graph: any graph; without ``Graph/weights`` every edge weighs 1 and strength equals
///     degree.
///   - direction: on directed graphs, the weights of incoming, outgoing or all edges.
/// - Returns: one sum per node, unnormalised.
/// - Complexity: O(n + m).
///
/// ## Conventions
/// Weights are **strengths** here, summed as given (negative weights too). A self-loop counts
/// twice on an undirected node, as in its degree. The same as NetworkX
/// `G.degree(weight=…)` and igraph `strength(loops=True)`.
///
/// ## References
/// Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004). The architecture of
/// complex weighted networks. *PNAS* 101(11), 3747–3752. doi:10.1073/pnas.0400087101
public func strengths(_ graph: Graph, direction: DegreeDirection = .total) -> [Double] {
    guard let weights = graph.weights else { return degrees(graph, direction: direction).map(Double.init) }
    let sum = { (rows: AdjacencyBuffers) -> [Double] in
        (0..<graph.nodeCount).map { v in
            var total = 0.0
            for a in rows.offsets[v]..<rows.offsets[v + 1] { total += weights[Int(rows.edges[a])] }
            return total
        }
    }
    switch (graph.isDirected, direction) {
    case (true, .total):
        return zip(graph.withOutAdjacency(sum), graph.withInAdjacency(sum)).map { $0 + $1 }
    case (true, .incoming):
        return graph.withInAdjacency(sum)
    default:
        return graph.withOutAdjacency(sum)
    }
}
