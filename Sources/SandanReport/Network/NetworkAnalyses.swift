import SandanGraph

/// The results a report shows, computed once from the graph through the library's public
/// functions, so that a test can compute the same and compare.
public struct NetworkAnalyses: Sendable {
    /// Names, regions, kinds and citations.
    public let facts: NetworkFacts
    /// Each node's degree (a self-loop counts twice, parallel edges each count).
    public let degrees: [Int]
    /// The (weakly) connected components.
    public let components: Components
    /// The region-level graph (quotient by `region`), when the nodes carry regions.
    public let regionGraph: Graph?

    /// The number of steps ``init(_:language:progress:)`` reports progress for.
    static let stepCount = 3

    /// Runs every analysis of the report on `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network, as loaded (filtered by kind or year if the user asked).
    ///   - language: the language of the names.
    ///   - progress: called after each step with (steps done, steps in all).
    /// - Throws: ``GraphError`` from an analysis.
    public init(_ graph: Graph, language: ReportLanguage,
                progress: (@Sendable (_ completed: Int, _ total: Int) -> Void)? = nil) throws {
        var step = 0
        func done() {
            step += 1
            progress?(step, NetworkAnalyses.stepCount)
        }
        facts = NetworkFacts(graph, language: language)
        degrees = (0..<graph.nodeCount).map(graph.degree)
        done()
        components = weaklyConnectedComponents(graph)
        done()
        regionGraph = facts.hasRegions ? try graph.quotient(by: "region") : nil
        done()
    }
}
