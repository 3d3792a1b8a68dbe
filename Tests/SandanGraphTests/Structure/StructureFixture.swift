import Foundation
import Testing
@testable import SandanGraph

/// A reference fixture (``ReferenceFixture``, the one loader of `Tests/Fixtures/`) seen as the
/// structure tests read it: the weighted graph, and metrics with null kept as nil.
struct StructureFixture: CustomStringConvertible {
    /// Every fixture's name.
    static var all: [String] { ReferenceFixture.names }

    private let reference: ReferenceFixture
    var name: String { reference.name }
    /// The fixture's graph with `weights` from its `weight` column (1.0 on unweighted fixtures).
    var graph: Graph { reference.weightedGraph }

    init(_ name: String) throws { reference = try ReferenceFixture.load(name) }

    var description: String { "fixture \(name)" }

    /// A node metric that every fixture has; on the empty graph, where NetworkX may raise and
    /// store null, the empty list.
    func requiredNode(_ key: String) throws -> [Double?] {
        graph.nodeCount == 0 ? [] : try #require(node(key), "\(name) has no node metric \(key)")
    }

    /// A node metric (nil entries where the reference gives null), or nil when absent.
    func node(_ key: String) -> [Double?]? { reference.node[key] }

    /// A graph metric: nil when the key is absent, `.some(nil)` when the reference gives null.
    func scalar(_ key: String) -> Double?? { reference.scalars[key] }

    /// A graph metric that must be present and not null.
    func requiredScalar(_ key: String) throws -> Double {
        let value = try #require(scalar(key), "\(name) has no graph metric \(key)")
        return try #require(value, "\(name): \(key) is null")
    }

    /// A graph metric, or nil when null with a recorded reason (see
    /// ``ReferenceFixture/scalarUnlessRecordedNull(_:sourceLocation:)``).
    func scalarUnlessRecordedNull(_ key: String) throws -> Double? { try reference.scalarUnlessRecordedNull(key) }

    /// A stored partition, as group labels per node.
    func partition(_ key: String) throws -> NodeGroups { try NodeGroups(labels: try #require(reference.partitions[key])) }
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
