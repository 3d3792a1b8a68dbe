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
    /// - Throws: whatever the score's computation throws (a ``GraphError``).
    public func callAsFunction(_ graph: Graph) throws -> [Double] {
        let values = try compute(graph)
        precondition(values.count == graph.nodeCount, "a node score must give one value per node")
        return values
    }

    /// Degree centrality: the degree divided by n − 1, as NetworkX's `degree_centrality`
    /// (every edge end counts, so parallel and multiplex edges each add 1 and a self-loop 2;
    /// directed graphs use in + out degree; a graph of one node gives 1). O(n).
    public static let degree = NodeScore(name: "degree") { graph in
        let n = graph.nodeCount
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let scale = 1 / Double(n - 1)
        return (0..<n).map { Double(graph.degree($0)) * scale }
    }

    /// The scores Sandan knows by name.
    public static var known: [NodeScore] { [.degree] }

    /// The known score called `name`, or nil.
    public static func named(_ name: String) -> NodeScore? { known.first { $0.name == name } }
}
