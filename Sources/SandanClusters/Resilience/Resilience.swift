import SandanGraph
import SandanIO

/// The order in which a resilience run removes nodes.
public enum RemovalOrder: Sendable {
    /// The remaining node with the highest score first (the smallest index among ties). With
    /// `recomputed`, the score is computed again on the remaining network after every removal
    /// (an adaptive attack); otherwise the order is fixed by the scores of the intact network.
    case score(NodeScore, recomputed: Bool)
    /// These ids, in this order (a scenario: named complexes closing).
    case named([String])

    /// A label for tables: `degree (recomputed)`, `betweenness (initial order)`, `named list`.
    public var label: String {
        switch self {
        case .score(let score, let recomputed): "\(score.name) (\(recomputed ? "recomputed" : "initial order"))"
        case .named: "named list"
        }
    }
}

/// The state of the network after a number of removals.
public struct ResilienceStep: Sendable, Equatable {
    /// How many nodes have been removed (0 = the intact network).
    public let step: Int
    /// The node removed at this step (nil at step 0), by its index in the original graph.
    public let removed: Int?
    /// Its id.
    public let removedID: String?
    /// Its score when it was chosen (nil for a named list and at step 0).
    public let score: Double?
    /// Nodes left.
    public let nodes: Int
    /// The size of the largest connected component (direction ignored).
    public let largestComponent: Int
    /// The number of connected components, isolated nodes included.
    public let components: Int
    /// The mean shortest-path length (hops) over pairs of remaining nodes joined by a path;
    /// nil when no two are.
    public let meanShortestPath: Double?
    /// ``largestComponent`` over the node count of the intact network.
    public let largestComponentFraction: Double
}

/// A resilience run: the network after each removal.
public struct ResilienceRun: TabularResult {
    /// The removal order's label.
    public let order: String
    /// Step 0 (intact) and one step per removal.
    public let steps: [ResilienceStep]

    /// `steps`: step, removed, score, nodes, largest_component, largest_fraction,
    /// components, mean_shortest_path.
    public var tables: [ResultTable] {
        [ResultTable(name: "steps",
                     header: ["order", "step", "removed", "score", "nodes", "largest_component", "largest_fraction",
                              "components", "mean_shortest_path"],
                     rows: steps.map { s in
                         [.text(order), .integer(s.step), .text(s.removedID ?? ""), .number(s.score), .integer(s.nodes),
                          .integer(s.largestComponent), .number(s.largestComponentFraction), .integer(s.components),
                          .number(s.meanShortestPath)]
                     })]
    }
}

/// Options of ``removalResilience(_:order:options:)``.
public struct ResilienceOptions: Sendable, Equatable {
    /// At most this many removals; nil removes every candidate (or the whole named list).
    public var steps: Int?
    /// When set, only nodes whose `kind` attribute is one of these are removed by a score
    /// order (scores are computed on the whole remaining network).
    public var candidateKinds: Set<String>?
    /// Called after removals: `completed` of the `total` removals the run will make (the cap,
    /// the number of candidates or the named list, whichever is smallest), on the calling
    /// thread, about a hundred times at most and last with `completed == total` (the rules of
    /// `ProgressHandler`). A recomputed score's own work is not broken down further.
    public var progress: ProgressHandler?

    public init(steps: Int? = nil, candidateKinds: Set<String>? = nil, progress: ProgressHandler? = nil) {
        self.steps = steps
        self.candidateKinds = candidateKinds
        self.progress = progress
    }

    /// Options are equal when they ask for the same run: the progress handler (a function,
    /// which cannot be compared) is left out.
    public static func == (a: ResilienceOptions, b: ResilienceOptions) -> Bool {
        a.steps == b.steps && a.candidateKinds == b.candidateKinds
    }
}

/// Removes nodes of `graph` one by one and records, after each removal, the largest connected
/// component, the number of components and the mean shortest-path length.
///
/// The network is treated as undirected (a linkage joins two complexes whichever way it
/// points). A score order removes the remaining candidate with the highest score: with
/// `recomputed: true` the score is computed afresh on the remaining network before every
/// removal (what percolation studies call an adaptive or recalculated attack); with `false`
/// the order is the intact network's ranking. Degree and betweenness orders are the same
/// code path with a different ``NodeScore``.
///
/// - Parameters:
///   - graph: the network.
///   - order: a score (recomputed or not) or a named list of ids.
///   - options: a cap on the number of removals; which node kinds may be removed; a progress
///     handler, told after each removal.
/// - Returns: step 0 and one step per removal.
/// - Throws: `GraphError/unknownNode(_:)` for a named id the graph lacks (or named twice:
///   `GraphError/namedTwice(_:list:)`); what the score throws.
///
/// ## Conventions
/// Components ignore direction; the mean shortest path is over ordered pairs joined by a path
/// (igraph `average_path_length(directed=False, unconn=True)`; NetworkX's
/// `average_shortest_path_length` raises on disconnected graphs instead), parallel edges and
/// self-loops not mattering. Ties in a score order go to the smallest node index. The largest
/// fraction divides by the intact network's node count, as in Albert et al. (2000).
///
/// Complexity: k removals cost O(k (n (n + m) + S)) time, where S is the score's cost.
///
/// ## References
/// - Albert, R., Jeong, H., Barabási, A.-L. (2000). Error and attack tolerance of complex
///   networks. Nature 406: 378–382. doi:10.1038/35019019.
/// - Holme, P., Kim, B. J., Yoon, C. N., Han, S. K. (2002). Attack vulnerability of complex
///   networks. Physical Review E 65: 056109. doi:10.1103/PhysRevE.65.056109 (recalculated
///   degree and betweenness attacks).
public func removalResilience(_ graph: Graph, order: RemovalOrder, options: ResilienceOptions = ResilienceOptions()) throws -> ResilienceRun {
    let n = graph.nodeCount
    var alive = [Bool](repeating: true, count: n)
    var steps = [measureStep(graph, alive: alive, step: 0, removed: nil, score: nil, intactNodes: n)]
    switch order {
    case .named(let ids):
        var seen = Set<Int>()
        let nodes = try ids.map { id throws(GraphError) -> Int in
            guard let v = graph.index(of: id) else { throw .unknownNode(id) }
            guard seen.insert(v).inserted else { throw .namedTwice(id, list: "the removal list") }
            return v
        }
        let removals = nodes.prefix(options.steps ?? nodes.count)
        let progress = ProgressCounter(total: removals.count, handler: options.progress)
        for v in removals {
            alive[v] = false
            steps.append(measureStep(graph, alive: alive, step: steps.count, removed: v, score: nil, intactNodes: n))
            progress.advance()
        }
    case .score(let score, let recomputed):
        let kinds = graph.nodeLabels(NodeKind.attribute)
        let isCandidate = (0..<n).map { v in options.candidateKinds.map { wanted in kinds[v].map(wanted.contains) ?? false } ?? true }
        let total = isCandidate.filter { $0 }.count
        let initial: [Double] = recomputed ? [] : try score(graph)
        let removals = min(options.steps ?? total, total)
        let progress = ProgressCounter(total: removals, handler: options.progress)
        for _ in 0..<removals {
            let remaining = (0..<n).filter { alive[$0] }
            let values: [Double]
            if recomputed {
                let local = try score(graph.inducedSubgraph(remaining))
                var full = [Double](repeating: -.infinity, count: n)
                for (i, v) in remaining.enumerated() { full[v] = local[i] }
                values = full
            } else {
                values = initial
            }
            guard let pick = remaining.filter({ isCandidate[$0] }).max(by: { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) }) else { break }
            alive[pick] = false
            steps.append(measureStep(graph, alive: alive, step: steps.count, removed: pick, score: values[pick], intactNodes: n))
            progress.advance()
        }
    }
    return ResilienceRun(order: order.label, steps: steps)
}

/// Measures the network of the `alive` nodes.
func measureStep(_ graph: Graph, alive: [Bool], step: Int, removed: Int?, score: Double?, intactNodes: Int) -> ResilienceStep {
    let remaining = graph.inducedSubgraph((0..<graph.nodeCount).filter { alive[$0] })
    let components = weaklyConnectedComponents(remaining)
    let largest = components.largest.map { components.sizes[$0] } ?? 0
    return ResilienceStep(step: step, removed: removed, removedID: removed.map { graph.ids[$0] }, score: score,
                          nodes: remaining.nodeCount, largestComponent: largest, components: components.count,
                          meanShortestPath: PathLengths(Neighbourhoods(remaining)).mean,
                          largestComponentFraction: intactNodes == 0 ? 0 : Double(largest) / Double(intactNodes))
}
