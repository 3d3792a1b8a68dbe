/// Which arcs a search follows from a node.
public enum SearchDirection: String, Sendable, CaseIterable {
    /// Along edges, from source to target: distances *from* the start.
    case outgoing
    /// Against edges: distances *to* the start. The same as `outgoing` on undirected graphs.
    case incoming
}

/// The result of a single-source shortest-path search: a distance and a parent for every node.
///
/// `distances[v]` is the length of a shortest path between the source and `v` (hops, or the sum
/// of edge lengths), `.infinity` when `v` is not reached. `parents[v]` is the node before `v` on
/// one shortest path (the first found), −1 for the source and for unreached nodes, so the arrays
/// form a shortest-path tree.
public struct ShortestPaths: Sendable, Equatable {
    /// The start of the search.
    public let source: Int
    /// The direction the search followed.
    public let direction: SearchDirection
    /// Distance of every node (`.infinity` when unreached).
    public let distances: [Double]
    /// Parent of every node in the shortest-path tree, −1 for the source and unreached nodes.
    public let parents: [Int]

    /// From the compact parents the searches build. O(n).
    init(source: Int, direction: SearchDirection, distances: [Double], parents: [Int32]) {
        self.source = source
        self.direction = direction
        self.distances = distances
        self.parents = parents.map(Int.init)
    }

    /// The number of nodes reached, the source included. O(n).
    public var reachedCount: Int { distances.reduce(0) { $0 + ($1.isFinite ? 1 : 0) } }

    /// The nodes of a shortest path from the source to `node` (from `node` to the source when the
    /// search was `incoming`), both ends included, or nil when `node` was not reached.
    /// O(length of the path).
    public func path(to node: Int) -> [Int]? {
        guard distances[node].isFinite else { return nil }
        var path = [node]
        var v = node
        while parents[v] >= 0 {
            v = parents[v]
            path.append(v)
        }
        return direction == .outgoing ? path.reversed() : path
    }
}

/// Shortest paths from `source`: ``dijkstra(_:from:direction:)`` when the graph has weights,
/// ``breadthFirstSearch(_:from:direction:)`` otherwise.
///
/// - Throws: as those functions.
/// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
///
/// ## Conventions
/// Weights, when present, are lengths; see the two functions for ties, parallel edges and
/// direction. The same choice NetworkX's `shortest_path_length(weight=…)` makes when given a
/// weight attribute.
///
/// ## References
/// Dijkstra (1959), doi:10.1007/BF01386390; Moore (1959), breadth-first search.
public func shortestPaths(_ graph: Graph, from source: Int,
                          direction: SearchDirection = .outgoing) throws(GraphError) -> ShortestPaths {
    graph.weights == nil
        ? try breadthFirstSearch(graph, from: source, direction: direction)
        : try dijkstra(graph, from: source, direction: direction)
}

extension Graph {
    /// Calls `body` with the rows a search in `direction` follows.
    func withRows<R>(_ direction: SearchDirection, _ body: (AdjacencyBuffers) throws -> R) rethrows -> R {
        direction == .outgoing ? try withOutAdjacency(body) : try withInAdjacency(body)
    }

    /// Throws unless `node` is a node index.
    func checkNode(_ node: Int) throws(GraphError) {
        guard node >= 0 && node < nodeCount else {
            throw .nodeOutOfRange(index: node, nodeCount: nodeCount)
        }
    }
}
