import SandanGraph

/// The node measures Sandan computes by name (`sandan analyze --metric NAME`, `sandan render
/// --size-by NAME`): each name maps to one column, computed by `SandanGraph`'s functions with
/// the settings of ``MetricSettings``.
///
/// Adding a measure is one case here (its name, ``summary`` and computation in
/// ``compute(_:settings:cache:)``).
public enum Metric: String, CaseIterable, Sendable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz, hub, authority
    case core, clustering, component, community, constraint
    case effectiveSize = "effective-size"
    case articulation
    case distance
    case eccentricity, coreness
    case corePeriphery = "core-periphery"
    case participation
    case withinModuleZ = "within-module-z"
    case role
    case brokerage, coordinator, itinerant, representative, gatekeeper, liaison

    /// The metrics computed when none is asked for.
    public static let defaults: [Metric] = [.degree, .betweenness, .closeness, .pagerank]

    /// What the measure is, with its conventions, in one line (`--help` lists every metric
    /// with it).
    public var summary: String {
        switch self {
        case .degree: "number of incident edge ends (in + out when directed; a self-loop counts 2)"
        case .strength: "sum of incident edge weights (--weight), else the degree"
        case .betweenness: "shortest-path betweenness, normalised as NetworkX (--raw for counts; weights are lengths; parallel edges: --parallel-edges)"
        case .closeness: "closeness with the Wasserman–Faust correction (directed: incoming distance; weights are lengths)"
        case .harmonic: "harmonic closeness, the raw sum of 1/d (directed: incoming distance; weights are lengths)"
        case .eigenvector: "eigenvector centrality, unit Euclidean norm (weights are strengths)"
        case .pagerank: "PageRank, α 0.85, sums to 1 (weights are strengths)"
        case .katz: "Katz centrality, α from --katz-alpha, β 1, unit norm (weights are strengths)"
        case .hub: "HITS hub score, sums to 1"
        case .authority: "HITS authority score, sums to 1"
        case .core: "k-core number (self-loops ignored)"
        case .clustering: "local clustering coefficient"
        case .component: "(weakly) connected component label, numbered from the smallest node"
        case .community: "community label (Louvain, resolution 1, seeded by --seed)"
        case .constraint: "Burt's constraint"
        case .effectiveSize: "Burt's effective size"
        case .articulation: "1 for articulation points (cut vertices), else 0"
        case .distance: "shortest-path distance from --source (weights are lengths; empty when unreachable)"
        case .eccentricity: "largest distance to any other node (the graph must be connected)"
        case .coreness: "Borgatti–Everett continuous coreness (least-squares fit, UCINET's method)"
        case .corePeriphery: "1 for the Borgatti–Everett core, 0 for the periphery"
        case .participation: "Guimerà–Amaral participation coefficient over --groups (default region, else Louvain)"
        case .withinModuleZ: "Guimerà–Amaral within-module degree z-score over --groups"
        case .role: "Guimerà–Amaral role R1–R7 over --groups"
        case .brokerage: "Gould–Fernandez brokerage, all roles, over --groups (default region)"
        case .coordinator: "Gould–Fernandez coordinator count (broker and both ends in one group)"
        case .itinerant: "Gould–Fernandez itinerant count (ends in one group, broker in another)"
        case .representative: "Gould–Fernandez representative count (source and broker in one group)"
        case .gatekeeper: "Gould–Fernandez gatekeeper count (broker and target in one group)"
        case .liaison: "Gould–Fernandez liaison count (all three in different groups)"
        }
    }

    /// The column of this measure for every node of `graph`.
    ///
    /// - Throws: `GraphError` from the computation; `GraphError.parameterRequired` for `distance`
    ///   without ``MetricSettings/source`` and for brokerage without groups.
    /// - Complexity: that of the measure (betweenness O(n m), …); `cache` keeps what several
    ///   measures share (one HITS run for hub and authority, one brokerage count, one set of
    ///   module roles).
    public func compute(_ graph: Graph, settings: MetricSettings, cache: inout MetricCache) throws -> MetricColumn {
        let threads = settings.threads
        switch self {
        case .degree:
            return .integer(degrees(graph))
        case .strength:
            return .real(strengths(graph))
        case .betweenness:
            let options = BetweennessOptions(normalized: settings.normalized, sampleSize: settings.samples,
                                             seed: settings.seed, threads: threads, progress: settings.progress,
                                             parallelEdges: settings.parallelEdges)
            return .real(try betweennessCentrality(graph, options: options))
        case .closeness:
            return .real(try closenessCentrality(graph, options: ClosenessOptions(threads: threads, progress: settings.progress)))
        case .harmonic:
            return .real(try harmonicCentrality(graph, threads: threads, progress: settings.progress))
        case .eigenvector:
            return .real(try eigenvectorCentrality(graph, options: EigenvectorOptions(threads: threads)))
        case .pagerank:
            return .real(try pageRank(graph, options: PageRankOptions(threads: threads)))
        case .katz:
            return .real(try katzCentrality(graph, options: KatzOptions(alpha: settings.katzAlpha, threads: threads)))
        case .hub:
            return .real(try cache.hitsScores(graph, threads: threads).hubs)
        case .authority:
            return .real(try cache.hitsScores(graph, threads: threads).authorities)
        case .component:
            return .integer(weaklyConnectedComponents(graph).labels)
        case .distance:
            guard let id = settings.source else { throw GraphError.parameterRequired(name: "--source ID", reason: "metric 'distance' needs a source node") }
            guard let source = graph.index(of: id) else { throw GraphError.unknownNode(id) }
            return .real(try shortestPaths(graph, from: source).distances)
        case .core:
            return .integer(coreNumbers(graph))
        case .clustering:
            return .real(try localClustering(graph, options: ClusteringOptions(threads: threads)))
        case .community:
            return .integer(try louvainCommunities(graph, options: LouvainOptions(seed: settings.seed)).labels)
        case .constraint:
            return .real(try burtConstraint(graph, threads: threads))
        case .effectiveSize:
            return .real(try burtEffectiveSize(graph, threads: threads))
        case .articulation:
            return .boolean(articulationPoints(graph))
        case .eccentricity:
            return .real(try eccentricities(graph, threads: threads))
        case .coreness:
            return .real(try continuousCoreness(graph).coreness)
        case .corePeriphery:
            return .boolean(try corePeripheryPartition(graph).isCore)
        case .participation:
            return .real(try cache.roles(graph, settings: settings).participation)
        case .withinModuleZ:
            return .real(try cache.roles(graph, settings: settings).withinModuleZ)
        case .role:
            return .text(try cache.roles(graph, settings: settings).roles.map(\.code))
        case .brokerage, .coordinator, .itinerant, .representative, .gatekeeper, .liaison:
            let role: BrokerageRole = switch self {
            case .coordinator: .coordinator
            case .itinerant: .itinerant
            case .representative: .representative
            case .gatekeeper: .gatekeeper
            case .liaison: .liaison
            default: .total
            }
            return .integer(try cache.brokerageScores(graph, settings: settings).counts(role))
        }
    }
}

/// The settings that shape the measures (`sandan analyze`'s options); the defaults are
/// NetworkX's.
public struct MetricSettings: Sendable {
    /// Worker threads for the parallel measures.
    public var threads = Parallel.defaultThreadCount
    /// Betweenness normalised (NetworkX's default) or raw.
    public var normalized = true
    /// Betweenness from this many sampled sources, or exact when nil.
    public var samples: Int?
    /// The seed of the betweenness sample and of Louvain.
    public var seed: UInt64 = 0
    /// Katz's attenuation factor.
    public var katzAlpha = 0.1
    /// The node id `distance` measures from.
    public var source: String?
    /// The node attribute whose values are the groups of brokerage and module roles (nil: the
    /// `region` attribute when the graph has one; module roles then fall back to Louvain).
    public var groups: String?
    /// Told how far the measure has come (betweenness, closeness and harmonic report it).
    public var progress: ProgressHandler?
    /// What parallel edges count for in betweenness.
    public var parallelEdges = ParallelEdgePaths.separate

    public init(threads: Int = Parallel.defaultThreadCount, normalized: Bool = true, samples: Int? = nil, seed: UInt64 = 0,
                katzAlpha: Double = 0.1, source: String? = nil, groups: String? = nil, progress: ProgressHandler? = nil,
                parallelEdges: ParallelEdgePaths = .separate) {
        self.threads = threads
        self.normalized = normalized
        self.samples = samples
        self.seed = seed
        self.katzAlpha = katzAlpha
        self.source = source
        self.groups = groups
        self.progress = progress
        self.parallelEdges = parallelEdges
    }

    /// The groups for brokerage: `groups`, else `region`.
    func brokerageGroups(_ graph: Graph) throws -> NodeGroups {
        guard let name = groups ?? (graph.nodeAttributes[Region.attribute] != nil ? Region.attribute : nil) else {
            throw GraphError.parameterRequired(name: "--groups ATTR (a node attribute such as region)",
                                                reason: "brokerage needs groups, and this graph has no 'region'")
        }
        return try NodeGroups(graph, attribute: name)
    }

    /// The modules for Guimerà–Amaral roles: `groups`, else `region`, else Louvain communities.
    func modules(_ graph: Graph) throws -> NodeGroups {
        if let name = groups ?? (graph.nodeAttributes[Region.attribute] != nil ? Region.attribute : nil) {
            return try NodeGroups(graph, attribute: name)
        }
        return try NodeGroups(labels: louvainCommunities(graph, options: LouvainOptions(seed: seed)).labels)
    }
}

/// Results several measures share, computed once (hub and authority come from one HITS run).
public struct MetricCache {
    private var cachedHITS: HITSScores?
    private var cachedBrokerage: BrokerageScores?
    private var cachedRoles: ModuleRoles?

    public init() {}

    mutating func brokerageScores(_ graph: Graph, settings: MetricSettings) throws -> BrokerageScores {
        if let cachedBrokerage { return cachedBrokerage }
        let scores = try brokerage(graph, groups: settings.brokerageGroups(graph), threads: settings.threads)
        cachedBrokerage = scores
        return scores
    }

    mutating func roles(_ graph: Graph, settings: MetricSettings) throws -> ModuleRoles {
        if let cachedRoles { return cachedRoles }
        let result = try moduleRoles(graph.isDirected ? graph.undirected() : graph, modules: settings.modules(graph))
        cachedRoles = result
        return result
    }

    mutating func hitsScores(_ graph: Graph, threads: Int?) throws -> HITSScores {
        if let cachedHITS { return cachedHITS }
        let scores = try hits(graph, options: HITSOptions(threads: threads))
        cachedHITS = scores
        return scores
    }
}

/// One measure's values, one per node, typed for output.
public enum MetricColumn: Sendable {
    /// Real values; non-finite ones print as empty (CSV), null (JSON) or inf/nan (table).
    case real([Double])
    /// Counts and labels.
    case integer([Int])
    /// Flags, printed 1/0 (CSV, table) or true/false (JSON).
    case boolean([Bool])
    /// Labels such as role codes.
    case text([String])
}
