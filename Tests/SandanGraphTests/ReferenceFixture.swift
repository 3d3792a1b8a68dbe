import Foundation
import SandanTestSupport
import SandanGraph
import Testing

/// A reference fixture from `Tests/Fixtures/NAME.json`: a small graph with the values NetworkX
/// and igraph give for it (shape and conventions in `Scripts/fixtures/README.md`).
///
/// `graph` is built with the fixture's node order, so node `i` of the graph is `nodes[i]` and
/// edge `e` is `edges[e]`. It is unweighted; `weightedGraph` uses the `weight` column.
struct ReferenceFixture: Sendable {
    let name: String
    let graph: Graph
    let weightedGraph: Graph
    /// Node metrics: one value per node, nil where the reference gave null.
    let node: [String: [Double?]]
    /// Edge metrics: one value per edge.
    let edge: [String: [Double?]]
    /// Graph scalars (nil for null).
    let scalars: [String: Double?]
    /// Why a metric is null (the reference raised or the value is undefined).
    let errors: [String: String]
    /// Stored partitions, as group labels per node.
    let partitions: [String: [Int]]

    /// Whether the generator gave the graph weights (its `notes.weights` is not the unweighted
    /// note); the weighted metrics are computed for these fixtures only.
    let isWeighted: Bool

    /// Every fixture's name, sorted. `FixtureListTests` checks that it is not empty.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The names of the weighted fixtures, sorted.
    static let weightedNames: [String] = names.filter { (try? load($0))?.isWeighted == true }


    /// Loads fixture `name`; fails the test (and throws) if it is missing or malformed.
    static func load(_ name: String) throws -> ReferenceFixture {
        let data = try Data(contentsOf: fixturesFolder.appendingPathComponent(name + ".json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let directed = try #require(json["directed"] as? Bool)
        let nodes = try #require(json["nodes"] as? [String])
        let edges = try #require(json["edges"] as? [[Any]])
        var builder = GraphBuilder(directed: directed)
        for id in nodes { builder.addNode(id) }
        builder.declareEdgeAttribute("weight", type: .double)
        for row in edges {
            let u = try #require(row[0] as? String), v = try #require(row[1] as? String)
            let w = try #require(number(row[2]))
            let e = builder.addEdge(u, v)
            try builder.setEdgeAttribute("weight", edge: e, .double(w))
        }
        let graph = builder.build()
        #expect(graph.nodeCount == nodes.count && graph.edgeCount == edges.count)
        func columns(_ key: String) -> [String: [Double?]] {
            ((json[key] as? [String: Any]) ?? [:]).compactMapValues { ($0 as? [Any])?.map(number) }
        }
        return ReferenceFixture(
            name: name, graph: graph.unweighted(), weightedGraph: try graph.weighted(by: "weight"),
            node: columns("node"), edge: columns("edge"),
            scalars: ((json["graph"] as? [String: Any]) ?? [:]).mapValues(number),
            errors: (json["errors"] as? [String: String]) ?? [:],
            partitions: (json["partitions"] as? [String: [Int]]) ?? [:],
            isWeighted: !(((json["notes"] as? [String: Any])?["weights"] as? String) ?? "").hasPrefix("unweighted"))
    }

    private static func number(_ value: Any) -> Double? { (value as? NSNumber)?.doubleValue }

    /// The node metric `key`, or nil when the fixture does not have it or holds null.
    func nodeValues(_ key: String) -> [Double]? {
        guard let column = node[key], column.allSatisfy({ $0 != nil }) else { return nil }
        return column.map { $0! }
    }

    /// The edge metric `key`, or nil when absent or null.
    func edgeValues(_ key: String) -> [Double]? {
        guard let column = edge[key], column.allSatisfy({ $0 != nil }) else { return nil }
        return column.map { $0! }
    }

    /// The graph scalar `key`, or nil when absent or null.
    func scalar(_ key: String) -> Double? { scalars[key] ?? nil }

    /// The node metric `key`, or nil when the reference gave null and the fixture records why
    /// (`errors[key]`). A metric the fixture lacks, or a null without a reason, fails the test:
    /// a fixture that lost a value cannot make a test pass without checking.
    func nodeValuesUnlessRecordedNull(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Double]? {
        if node[key] == nil, errors[key] != nil { return nil }   // null as a whole, with its reason
        let column = try #require(node[key], "\(name) has no node metric '\(key)'", sourceLocation: sourceLocation)
        if column.contains(where: { $0 == nil }) {
            _ = try #require(errors[key], "\(name): '\(key)' is null without a reason", sourceLocation: sourceLocation)
            return nil
        }
        return column.map { $0! }
    }

    /// The graph scalar `key`, or nil when null with a recorded reason; fails as
    /// ``nodeValuesUnlessRecordedNull(_:sourceLocation:)`` does.
    func scalarUnlessRecordedNull(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double? {
        let value = try #require(scalars[key], "\(name) has no graph scalar '\(key)'", sourceLocation: sourceLocation)
        if value == nil { _ = try #require(errors[key], "\(name): '\(key)' is null without a reason", sourceLocation: sourceLocation) }
        return value
    }
}

@Suite("Reference fixtures")
struct FixtureListTests {
    @Test("the fixture lists that parameterise the tests are not empty")
    func listsAreNotEmpty() {
        #expect(ReferenceFixture.names.count >= 13)
        #expect(ReferenceFixture.weightedNames.count >= 5)
        #expect(ReferenceFixture.weightedNames.allSatisfy(ReferenceFixture.names.contains))
    }
}

/// Expects `actual` to equal `expected` entry by entry within `tolerance`, relative to the
/// size of the expected value when that exceeds 1.
func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                 _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    guard actual.count == expected.count else { return }
    for i in actual.indices where !(abs(actual[i] - expected[i]) <= tolerance * max(1, abs(expected[i]))) {
        Issue.record("\(what)[\(i)] = \(actual[i]), expected \(expected[i]) (tolerance \(tolerance))",
                     sourceLocation: sourceLocation)
    }
}

/// Expects a scalar within `tolerance` (relative above 1).
func expectClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(actual - expected) <= tolerance * max(1, abs(expected)),
            "\(what) = \(actual), expected \(expected)", sourceLocation: sourceLocation)
}
