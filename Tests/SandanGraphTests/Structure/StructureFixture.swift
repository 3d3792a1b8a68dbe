import Foundation
import Testing
@testable import SandanGraph

/// One reference fixture of `Tests/Fixtures/` (written by `Scripts/fixtures/generate.py` from
/// NetworkX and igraph), read for the structure tests.
struct StructureFixture: CustomStringConvertible {
    /// Every fixture file name, without `.json`.
    static let all = [
        "karate", "florentine", "lesmis", "kite", "davis", "directed_dangling", "weighted_distinct",
        "weighted_ties", "weighted_float_ties", "disconnected", "empty", "single", "path6",
    ]

    let name: String
    /// The fixture's graph with `weights` from its `weight` column (1.0 on unweighted fixtures).
    let graph: Graph
    private let json: [String: Any]

    init(_ name: String) throws {
        self.name = name
        let data = try Data(contentsOf: StructureFixture.directory.appendingPathComponent("\(name).json"))
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let directed = try #require(json["directed"] as? Bool)
        var builder = GraphBuilder(directed: directed)
        for id in try #require(json["nodes"] as? [String]) { builder.addNode(id) }
        for case let edge as [Any] in try #require(json["edges"] as? [Any]) {
            let e = builder.addEdge(try #require(edge[0] as? String), try #require(edge[1] as? String))
            try builder.setEdgeAttribute("weight", edge: e, .double(try #require(edge[2] as? Double)))
        }
        builder.declareEdgeAttribute("weight", type: .double)
        graph = try builder.build().weighted(by: "weight")
    }

    var description: String { "fixture \(name)" }

    /// A node metric that every fixture has; on the empty graph, where NetworkX may raise and
    /// store null, the empty list.
    func requiredNode(_ key: String) throws -> [Double?] {
        graph.nodeCount == 0 ? [] : try #require(node(key), "\(name) has no node metric \(key)")
    }

    /// A node metric (nil entries where the reference gives null), or nil when absent.
    func node(_ key: String) -> [Double?]? {
        guard let values = (json["node"] as? [String: Any])?[key] as? [Any] else { return nil }
        return values.map { ($0 as? NSNumber)?.doubleValue }
    }

    /// A graph metric: nil when the key is absent, `.some(nil)` when the reference gives null.
    func scalar(_ key: String) -> Double?? {
        guard let graphValues = json["graph"] as? [String: Any], let value = graphValues[key] else { return nil }
        return .some((value as? NSNumber)?.doubleValue)
    }

    /// A graph metric that must be present and not null.
    func requiredScalar(_ key: String) throws -> Double {
        let value = try #require(scalar(key), "\(name) has no graph metric \(key)")
        return try #require(value, "\(name): \(key) is null")
    }

    /// A stored partition, as group labels per node.
    func partition(_ key: String) throws -> NodeGroups {
        let labels = try #require((json["partitions"] as? [String: Any])?[key] as? [Int])
        return try NodeGroups(labels: labels)
    }

    private static var directory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.appendingPathComponent("Tests/Fixtures")
    }
}

/// Expects `actual` to match `expected` entry by entry within `tolerance`; a nil (null)
/// reference value must be NaN.
func expectMatches(
    _ actual: [Double], _ expected: [Double?], tolerance: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        if let e {
            #expect(abs(a - e) <= tolerance, "\(what)[\(i)] = \(a), expected \(e)", sourceLocation: sourceLocation)
        } else {
            #expect(a.isNaN, "\(what)[\(i)] = \(a), expected NaN (null)", sourceLocation: sourceLocation)
        }
    }
}

/// Expects a scalar to match a reference scalar (null ↔ NaN).
func expectMatches(
    _ actual: Double, _ expected: Double?, tolerance: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectMatches([actual], [expected], tolerance: tolerance, what, sourceLocation: sourceLocation)
}
