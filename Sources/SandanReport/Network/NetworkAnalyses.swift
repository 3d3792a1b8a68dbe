import SandanClusters
import SandanGraph

/// One centrality measure's values with its identity, for tables, charts and the methods.
public struct CentralityScores: Sendable {
    /// Which measure.
    public enum Measure: String, Sendable, CaseIterable {
        case degree, betweenness, harmonic, pagerank, eigenvector
    }

    public let measure: Measure
    /// One value per node.
    public let values: [Double]
}

/// The results a report shows, computed once from the graph through the library's public
/// functions, so that a test can compute the same and compare.
public struct NetworkAnalyses: Sendable {
    /// Names, regions, kinds and citations.
    public let facts: NetworkFacts
    /// Each node's degree (a self-loop counts twice, parallel edges each count).
    public let degrees: [Int]
    /// The (weakly) connected components.
    public let components: Components
    /// The centralities, in the order of ``CentralityScores/Measure``; a measure that could not
    /// be computed (eigenvector centrality that does not converge) is left out and named in
    /// ``unavailable``.
    public let centralities: [CentralityScores]
    /// Measures left out, with the reason.
    public let unavailable: [(measure: CentralityScores.Measure, reason: String)]
    /// Articulation points and bridges (direction ignored).
    public let biconnected: BiconnectedComponents
    /// What each cut vertex's loss disconnects; nil when n (n + m) exceeds ``quadraticBudget``,
    /// where that ranking would take too long (the cut vertices are still in ``biconnected``).
    public let critical: CriticalNodes?
    /// Louvain communities (resolution 1, seed 0) of the undirected graph.
    public let communities: CommunityPartition
    /// The anchors' hub–spoke profiles (empty without anchor-link edges).
    public let hubs: [AnchorProfile]
    /// The region-level network, when the nodes carry regions.
    public let regions: RegionNetwork?
    /// Brokerage between provinces (Gould–Fernandez), most first; empty without provinces.
    public let brokers: [RegionBroker]
    /// Removal runs over the first ``resilienceSteps`` removals: by degree, recomputed after
    /// each removal, and by betweenness (see ``resilienceRecomputed``).
    public let resilience: [ResilienceRun]

    /// How many removals a resilience run makes (the curve's interesting part; each removal
    /// recomputes betweenness, O(n m)).
    public static let resilienceSteps = 30

    /// Whether the betweenness removal run recomputed betweenness after each removal (it does
    /// while n m ≤ ``quadraticBudget``; above, it removes in the intact network's order).
    public let resilienceRecomputed: Bool

    /// The most work, in n (n + m) or n m units, that the report's quadratic parts may take: the
    /// loss ranking of cut vertices, and betweenness recomputed after each of the resilience
    /// run's removals. 10⁷ keeps a report of a few thousand linkages within seconds.
    public static let quadraticBudget = 10_000_000

    /// The seed of the community detection (reports are reproducible).
    public static let communitySeed: UInt64 = 0

    /// The number of steps ``init(_:language:progress:)`` reports progress for.
    static let stepCount = 8

    /// Runs every analysis of the report on `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network, as loaded (filtered by kind or year if the user asked).
    ///   - language: the language of the names.
    ///   - progress: told how far the analyses have come, in units: 100 per step, 8 steps, the
    ///     long ones (betweenness, the resilience runs) advancing while they run; calls follow
    ///     the rules of `ProgressHandler` (strictly increasing, the last at 800, never two at
    ///     once, possibly from worker threads).
    /// - Throws: `GraphError` from an analysis.
    public init(_ graph: Graph, language: ReportLanguage, progress: ProgressHandler? = nil) throws {
        let steps = StepProgress(steps: NetworkAnalyses.stepCount, handler: progress)
        try self.init(graph, language: language, steps: steps)
    }

    /// Runs every analysis, finishing ``stepCount`` steps of `steps`.
    init(_ graph: Graph, language: ReportLanguage, steps: StepProgress) throws {
        func done() { steps.finishStep() }
        let undirected = graph.isDirected ? graph.undirected() : graph
        facts = NetworkFacts(graph, language: language)
        degrees = (0..<graph.nodeCount).map(graph.degree)
        components = weaklyConnectedComponents(graph)
        done()
        var centralities = [CentralityScores(measure: .degree, values: degreeCentrality(graph))]
        let betweennessValues = try betweennessCentrality(graph, options: BetweennessOptions(progress: steps.withinStep))
        centralities.append(CentralityScores(measure: .betweenness, values: betweennessValues))
        done()
        centralities.append(CentralityScores(measure: .harmonic, values: try harmonicCentrality(graph)))
        centralities.append(CentralityScores(measure: .pagerank, values: try pageRank(graph)))
        var unavailable: [(CentralityScores.Measure, String)] = []
        do {
            centralities.append(CentralityScores(measure: .eigenvector, values: try eigenvectorCentrality(graph)))
        } catch {
            unavailable.append((.eigenvector, error.description))
        }
        self.centralities = centralities
        self.unavailable = unavailable
        done()
        biconnected = biconnectedComponents(undirected)
        let n = graph.nodeCount, m = graph.edgeCount
        critical = n * (n + m) <= NetworkAnalyses.quadraticBudget ? criticalNodes(undirected) : nil
        done()
        communities = try louvainCommunities(undirected, options: LouvainOptions(seed: NetworkAnalyses.communitySeed))
        done()
        hubs = hubSpokeProfiles(graph)
        regions = facts.hasRegions ? try regionNetwork(graph) : nil
        brokers = try RegionBroker.ranking(graph, regions: facts.regions)
        done()
        let betweenness = NodeScore(name: "betweenness") { try betweennessCentrality($0) }
        var removals = ResilienceOptions(steps: min(graph.nodeCount, NetworkAnalyses.resilienceSteps),
                                         progress: steps.withinStep)
        var runs = [try removalResilience(graph, order: .score(.degree, recomputed: true), options: removals)]
        done()
        resilienceRecomputed = n * m <= NetworkAnalyses.quadraticBudget / NetworkAnalyses.resilienceSteps
        removals.progress = steps.withinStep
        runs.append(try removalResilience(graph, order: .score(betweenness, recomputed: resilienceRecomputed), options: removals))
        resilience = runs
        done()
    }

    /// The values of `measure`, if computed.
    public func values(_ measure: CentralityScores.Measure) -> [Double]? {
        centralities.first { $0.measure == measure }?.values
    }
}
