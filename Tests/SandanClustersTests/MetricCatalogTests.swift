import Testing
import SandanClusters
import SandanGraph

/// The measure catalog (`sandan analyze --metric`) as a library: values on a small graph worked
/// by hand, and the settings a measure needs.
@Suite struct MetricCatalogTests {
    /// A path a–b–c plus an isolated d. Degrees 1, 2, 1, 0; betweenness of b: the one pair
    /// (a, c) through it, normalised by 2/((n−1)(n−2)) = 1/3 (NetworkX's convention).
    static func path() throws -> Graph {
        try TestGraphs.make(nodes: [("a", [:]), ("b", [:]), ("c", [:]), ("d", [:])],
                            edges: [("a", "b", "", [:]), ("b", "c", "", [:])])
    }

    static func values(_ metric: Metric, _ settings: MetricSettings = MetricSettings()) throws -> MetricColumn {
        var cache = MetricCache()
        return try metric.compute(try path(), settings: settings, cache: &cache)
    }

    @Test func valuesByHand() throws {
        guard case .integer(let degree) = try Self.values(.degree) else { Issue.record("degree is not integer"); return }
        #expect(degree == [1, 2, 1, 0])
        guard case .real(let betweenness) = try Self.values(.betweenness) else { Issue.record("betweenness is not real"); return }
        #expect(betweenness.map { ($0 * 1e12).rounded() / 1e12 } == [0, 1.0 / 3.0, 0, 0].map { ($0 * 1e12).rounded() / 1e12 })
        guard case .real(let distance) = try Self.values(.distance, MetricSettings(source: "a")) else { Issue.record("distance is not real"); return }
        #expect(distance[0...2] == [0, 1, 2] && distance[3] == .infinity)
    }

    @Test func missingSettingsAreErrorsThatSayWhatIsMissing() throws {
        #expect(throws: GraphError.parameterRequired(name: "--source ID", reason: "metric 'distance' needs a source node")) { try Self.values(.distance) }
        #expect(throws: GraphError.self) { try Self.values(.brokerage) }
    }

    @Test func everyMetricSaysWhatItIs() {
        for metric in Metric.allCases { #expect(!metric.summary.isEmpty, "\(metric)") }
        #expect(Metric.defaults == [.degree, .betweenness, .closeness, .pagerank])
    }
}
