import SandanGraph

/// A named score of every node of a graph (a centrality), used to rank hubs, to order the
/// removals of a resilience run and to compare two networks. Results are indexed by node.
///
/// The built-in scores follow NetworkX's defaults, so a researcher can check them there; any
/// other function of a graph can be wrapped with ``init(name:_:)``.
public struct NodeScore: Sendable {
    /// The score's name as it appears in result tables (`degree`, `betweenness`).
    public let name: String
    private let compute: @Sendable (Graph) throws -> [Double]

    /// A score called `name`, computed by `compute` (which must return one value per node).
    public init(name: String, _ compute: @escaping @Sendable (Graph) throws -> [Double]) {
        self.name = name
        self.compute = compute
    }

    /// The score of every node of `graph`.
    /// - Throws: whatever the score's computation throws (a `GraphError`).
    public func callAsFunction(_ graph: Graph) throws -> [Double] {
        let values = try compute(graph)
        precondition(values.count == graph.nodeCount, "a node score must give one value per node")
        return values
    }

    /// Degree centrality: the degree divided by n − 1 (SandanGraph's
    /// `degreeCentrality(_:direction:)`, NetworkX's `degree_centrality`): every edge end
    /// counts, so parallel and multiplex edges each add 1 and a self-loop 2; directed graphs use
    /// in + out degree; a graph of one node gives 1. O(n).
    public static let degree = NodeScore(name: "degree") { degreeCentrality($0) }

    /// Betweenness centrality (SandanGraph's `betweennessCentrality(_:options:)`, Brandes
    /// 2001), normalised as NetworkX's `betweenness_centrality`: × 2/((n − 1)(n − 2)) on
    /// undirected graphs, × 1/((n − 1)(n − 2)) on directed ones; the graph's weights, when it
    /// has any, are lengths. O(n m) unweighted, O(n m log n) weighted.
    public static let betweenness = NodeScore(name: "betweenness") { try betweennessCentrality($0) }

    /// The scores Sandan knows by name.
    public static var known: [NodeScore] { [.degree, .betweenness] }

    /// The known score called `name`, or nil.
    public static func named(_ name: String) -> NodeScore? { known.first { $0.name == name } }
}
