import SandanClusters
import SandanGraph

/// What every section builder reads: the analyses, the words and the options.
struct ReportContext {
    let analyses: NetworkAnalyses
    let strings: ReportStrings
    let options: NetworkReportOptions
    /// The graph as read, every layer (``graph`` is the layer the analyses cover).
    let whole: Graph

    var graph: Graph { analyses.facts.graph }
    var facts: NetworkFacts { analyses.facts }

    /// Whether node `v` takes part in rankings: every node but organisations (agency offices
    /// of `kind` `organisation`), which are in every computation but are not what a planner
    /// ranks complexes against.
    func isRanked(_ v: Int) -> Bool { facts.nodeKinds[v] != NodeKind.organisation.rawValue }

    /// How many nodes the rankings leave out.
    var unrankedCount: Int { (0..<graph.nodeCount).filter { !isRanked($0) }.count }

    /// The nodes with the `count` highest `values`, highest first; ties by name, then id, so
    /// the order is the same on every run. Non-finite values come last. With `rankedOnly`,
    /// organisations are left out (``isRanked(_:)``).
    func top(_ values: [Double], count: Int, rankedOnly: Bool = false) -> [Int] {
        Array((0..<values.count).filter { !rankedOnly || isRanked($0) }.sorted { a, b in
            let x = values[a].isFinite ? values[a] : -.infinity, y = values[b].isFinite ? values[b] : -.infinity
            if x != y { return x > y }
            if facts.names[a] != facts.names[b] { return facts.names[a] < facts.names[b] }
            return graph.ids[a] < graph.ids[b]
        }.prefix(count))
    }

    /// A table cell with a node's name.
    func nameCell(_ node: Int) -> ReportTable.Cell { .init(facts.names[node]) }

    /// A table cell with a node's region, or "—".
    func regionCell(_ node: Int) -> ReportTable.Cell { .init(facts.regions[node] ?? "—") }
}
