import Foundation
import SandanTestSupport
import Testing
import SandanGraph
@testable import SandanGraphviz

/// Golden files of the DOT Sandan emits, in `Tests/Fixtures/golden/`. Each file was read line
/// by line when it was written (ids synthetic and quoted, escapes as in DOTEscapingTests,
/// no URL/href/image/tooltip, weights clamped, one cluster per value, the isolated node
/// present). To rewrite them after an intended change: `SANDAN_UPDATE_GOLDEN=1 swift test`,
/// then review the diff.
@Suite struct DOTGoldenTests {
    static let drawings: [(file: String, drawing: @Sendable () throws -> GraphDrawing)] = [
        ("hostile-dot.dot", { try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle()) }),
        ("hostile-sfdp.dot", { try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle(layout: .sfdp)) }),
        ("geographic.dot", {
            var style = DrawingStyle(layout: .sfdp)
            style.geographic = true
            style.colorBy = "macro_region"
            style.nodeSizes = NodeMetric(name: "degree", values: [3, 1, 2, 2, 0])
            style.title = "지도"
            style.format = .png
            style.edgeStyles = Samples.kindStyles()
            return try GraphDrawing(graph: Samples.geographic(), style: style)
        }),
        ("weighted-dot.dot", {
            var style = DrawingStyle(layout: .dot)
            style.labels = .id
            style.legend = false
            style.edgeStyles = Samples.kindStyles()
            return try GraphDrawing(graph: Samples.geographic(), style: style)
        }),
    ]

    @Test(arguments: drawings.map(\.file))
    func matchesGolden(_ file: String) throws {
        let drawing = try #require(Self.drawings.first { $0.file == file }).drawing()
        let url = fixturesFolder.appendingPathComponent("golden").appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["SANDAN_UPDATE_GOLDEN"] != nil {
            try drawing.dot.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(drawing.dot == expected)
    }

    @Test func sameGraphAndStyleGiveIdenticalBytes() throws {
        let a = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle()).dot
        let b = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle()).dot
        #expect(Array(a.utf8) == Array(b.utf8))
    }

    @Test func dataNeverNamesAnAttribute() throws {
        let dot = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle()).dot
        for forbidden in ["URL=", "href=", "image=\"/", "tooltip=", "javascript:"] {
            // `image=` may appear only inside an escaped label, after a backslash-quote.
            #expect(!dot.contains(" " + forbidden) && !dot.contains("[" + forbidden), "\(forbidden)")
        }
    }

    @Test func everyNodeIsWrittenWithASyntheticQuotedId() throws {
        let graph = Samples.hostile()
        let dot = try GraphDrawing(graph: graph, style: Samples.hostileStyle()).dot
        for v in 0..<graph.nodeCount { #expect(dot.contains("\t\"n\(v)\" [")) }
        #expect(!dot.contains("2산단 ") && !dot.contains("\"2산단\" ["))
    }

    @Test func eachClusterHasItsOwnId() throws {
        let drawing = try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle())
        // Three region values: 경북, region "A", C:\zone\ .
        #expect(drawing.document.clusters.count == 3)
        for c in 0..<3 { #expect(drawing.dot.components(separatedBy: "subgraph \"cluster_\(c)\" {").count == 2) }
    }
}
