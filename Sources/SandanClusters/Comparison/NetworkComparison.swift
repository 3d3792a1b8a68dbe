import SandanGraph
import SandanIO

/// A linkage present more often in one network than in the other.
public struct LinkageChange: Sendable, Equatable {
    /// The ends by id, as the first such edge of the network that has it gives them (matching
    /// ignores their order unless both networks are directed).
    public let source: String
    public let target: String
    public let kind: String
    /// The identity attributes (``ComparisonOptions/identityAttributes``) as text, aligned
    /// with them; nil where the edge has no value.
    public let identity: [String?]
    /// How many more copies one network has (usually 1).
    public let count: Int
}

/// A node whose score changed between the two networks.
public struct ScoreChange: Sendable, Equatable {
    public let score: String
    public let id: String
    public let before: Double
    public let after: Double
    /// `after − before`.
    public var delta: Double { after - before }
}

/// What changed from network A to network B.
public struct NetworkComparison: TabularResult {
    /// Sizes: nodes and edges of A and of B.
    public let nodesA: Int, edgesA: Int, nodesB: Int, edgesB: Int
    /// The identity attributes linkages were matched on (besides ends and kind).
    public let identityAttributes: [String]
    /// Ids in B but not A, and in A but not B (sorted).
    public let nodesAdded: [String]
    public let nodesRemoved: [String]
    /// Ids in both that have no linkage in A but some in B (a complex that joins the
    /// network, as under `--until`), and the reverse (sorted).
    public let nodesLinked: [String]
    public let nodesUnlinked: [String]
    /// Linkages in B but not A, and in A but not B, sorted by kind, source, target, identity
    /// (as written).
    public let linkagesAdded: [LinkageChange]
    public let linkagesRemoved: [LinkageChange]
    /// The largest changes of each score among nodes in both, by decreasing |delta|.
    public let scoreChanges: [ScoreChange]

    /// `linkages` (primary), `nodes`, `centrality` and `summary`.
    public var tables: [ResultTable] {
        let linkRows: [[ResultCell]] = [("added", linkagesAdded), ("removed", linkagesRemoved)].flatMap { change, list in
            list.map { l in
                [.text(change), .text(l.source), .text(l.target), .text(l.kind)] + l.identity.map { .text($0 ?? "") } + [.integer(l.count)]
            }
        }
        let nodeRows: [[ResultCell]] = [("added", nodesAdded), ("removed", nodesRemoved), ("linked", nodesLinked), ("unlinked", nodesUnlinked)]
            .flatMap { change, ids in ids.map { [.text(change), .text($0)] } }
        return [
            ResultTable(name: "linkages", header: ["change", "source", "target", "kind"] + identityAttributes + ["count"], rows: linkRows),
            ResultTable(name: "nodes", header: ["change", "id"], rows: nodeRows),
            ResultTable(name: "centrality", header: ["score", "id", "before", "after", "delta"],
                        rows: scoreChanges.map { [.text($0.score), .text($0.id), .number($0.before), .number($0.after), .number($0.delta)] }),
            ResultTable(name: "summary", header: ["network", "nodes", "edges"],
                        rows: [[.text("a"), .integer(nodesA), .integer(edgesA)], [.text("b"), .integer(nodesB), .integer(edgesB)]]),
        ]
    }
}

/// Options of ``compareNetworks(_:_:options:)``.
public struct ComparisonOptions: Sendable {
    /// The scores whose changes are listed.
    public var scores: [NodeScore]
    /// How many of the largest changes to list per score.
    public var top: Int
    /// Edge attributes that, with the ends and the kind, identify a linkage: two edges that
    /// differ in one of them are different linkages (the 2009 and 2010 management edges of
    /// the same pair). Attributes a graph lacks are ignored.
    public var identityAttributes: [String]

    public init(scores: [NodeScore] = [.degree], top: Int = 10, identityAttributes: [String] = ["programme", "year"]) {
        self.scores = scores
        self.top = top
        self.identityAttributes = identityAttributes
    }
}

/// What changed from network `a` to network `b`: nodes and linkages added and removed, and the
/// largest changes in centrality — between two scenarios, or one network at two dates (load
/// it twice, once with edges up to a year).
///
/// Nodes are matched by id. A linkage is identified by its ends, its kind and its identity
/// attributes (by default `programme` and `year`); the comparison is of multisets, so two
/// identical parallel edges in B against one in A is one added linkage. Ends are unordered
/// unless both graphs are directed.
///
/// - Parameters:
///   - a: the earlier or baseline network.
///   - b: the later or alternative network.
///   - options: scores, how many changes to list, identity attributes.
/// - Returns: the differences.
/// - Throws: what a score throws.
///
/// ## Conventions
/// Scores are computed on each whole network and compared for nodes in both (a score like
/// degree centrality, normalised by n − 1, changes for every node when n changes). Ties in
/// |delta| are ordered by score then id; zero changes are not listed.
///
/// Complexity: O(n + m log m) time plus the scores' cost on both networks.
public func compareNetworks(_ a: Graph, _ b: Graph, options: ComparisonOptions = ComparisonOptions()) throws -> NetworkComparison {
    let ordered = a.isDirected && b.isDirected
    let identity = options.identityAttributes.filter { a.edgeAttributes[$0] != nil || b.edgeAttributes[$0] != nil }
    let countsA = linkageCounts(a, ordered: ordered, identity: identity)
    let countsB = linkageCounts(b, ordered: ordered, identity: identity)
    func difference(_ x: [LinkageKey: LinkageTally], _ y: [LinkageKey: LinkageTally]) -> [LinkageChange] {
        x.compactMap { key, tally in
            let extra = tally.count - (y[key]?.count ?? 0)
            return extra > 0 ? LinkageChange(source: tally.source, target: tally.target, kind: key.kind, identity: key.identity, count: extra) : nil
        }.sorted { ($0.kind, $0.source, $0.target, $0.identity.map { $0 ?? "" }.joined(separator: "\u{1F}"))
            < ($1.kind, $1.source, $1.target, $1.identity.map { $0 ?? "" }.joined(separator: "\u{1F}")) }
    }
    let idsA = Set(a.ids.all), idsB = Set(b.ids.all)
    let common = idsA.intersection(idsB).sorted()
    let linked = common.filter { a.degree(a.index(of: $0)!) == 0 && b.degree(b.index(of: $0)!) > 0 }
    let unlinked = common.filter { a.degree(a.index(of: $0)!) > 0 && b.degree(b.index(of: $0)!) == 0 }
    var changes: [ScoreChange] = []
    for score in options.scores {
        let before = try score(a), after = try score(b)
        let list = common.map { ScoreChange(score: score.name, id: $0, before: before[a.index(of: $0)!], after: after[b.index(of: $0)!]) }
            .filter { $0.delta != 0 }
            .sorted { (abs($1.delta), $0.id) < (abs($0.delta), $1.id) }
        changes += list.prefix(max(0, options.top))
    }
    return NetworkComparison(nodesA: a.nodeCount, edgesA: a.edgeCount, nodesB: b.nodeCount, edgesB: b.edgeCount,
                             identityAttributes: identity,
                             nodesAdded: idsB.subtracting(idsA).sorted(), nodesRemoved: idsA.subtracting(idsB).sorted(),
                             nodesLinked: linked, nodesUnlinked: unlinked,
                             linkagesAdded: difference(countsB, countsA), linkagesRemoved: difference(countsA, countsB),
                             scoreChanges: changes)
}

/// A linkage's identity in a comparison.
struct LinkageKey: Hashable {
    let source: String
    let target: String
    let kind: String
    let identity: [String?]
}

/// How often a linkage occurs, and the ends of its first occurrence as written.
struct LinkageTally {
    var count: Int
    let source: String
    let target: String
}

func linkageCounts(_ graph: Graph, ordered: Bool, identity: [String]) -> [LinkageKey: LinkageTally] {
    var counts: [LinkageKey: LinkageTally] = [:]
    for e in 0..<graph.edgeCount {
        let written = [graph.ids[graph.source(of: e)], graph.ids[graph.target(of: e)]]
        let ends = ordered ? written : written.sorted()
        let values = identity.map { graph.edgeAttributes.value($0, at: e)?.description }
        counts[LinkageKey(source: ends[0], target: ends[1], kind: graph.kind(of: e), identity: values),
               default: LinkageTally(count: 0, source: written[0], target: written[1])].count += 1
    }
    return counts
}
