import Foundation
import Testing
import SandanClusters
import SandanGraph
import SandanGraphviz
@testable import SandanReport

/// One label per kind and language wherever Sandan writes it: the legend of a drawing, the
/// report's sentences and tables, and the explorer's captions.
@Suite struct VocabularyTests {
    /// The bundled network's three cross-region linkages (Graphs/README.md) are "광역권 간
    /// 협력" — seed 003's 광역권간 연계·협력 — in the drawing's legend and the explorer alike.
    @Test func crossRegionIsOneLabelInLegendAndExplorer() throws {
        let graph = try BundledNetwork.graph()
        var style = DrawingStyle(layout: .automatic(for: graph))
        style.drawLinkageKinds(in: .ko)
        let dot = try GraphDrawing(graph: graph, style: style).dot
        #expect(dot.contains("광역권 간 협력  (3)"))
        #expect(!dot.contains("초광역"))
        let data = try ExplorerData(graph, language: .ko, betweenness: try betweennessCentrality(graph), geo: nil)
        #expect(data.captions[try #require(data.kinds.firstIndex(of: "cross-region"))] == "광역권 간 협력")
        let english = try ExplorerData(graph, language: .en, betweenness: try betweennessCentrality(graph), geo: nil)
        #expect(english.captions[try #require(english.kinds.firstIndex(of: "value-chain"))] == "value chain (supplier → buyer)")
    }

    /// The domain's styles reach the drawing unchanged: colour, line and width of a value chain.
    @Test func theDomainsStylesAreTheDrawingsStyles() throws {
        let styles = EdgeStyle.linkageKinds(in: .en)
        #expect(styles.count == LinkageKind.allCases.count)
        #expect(styles["value-chain"] == EdgeStyle(color: "#D55E00", line: .solid, width: 2.6, caption: "value chain (supplier → buyer)"))
        #expect(styles["management"]?.line == .dotted)
        var style = DrawingStyle(layout: .dot)
        style.drawLinkageKinds(in: .en, attributeLabels: true)
        #expect(style.edgeLabels == ["value-chain": "product"])
        style.drawLinkageKinds(in: .ko)
        #expect(style.edgeLabels.isEmpty && style.legendLanguage == .ko)
    }

    @Test func theDefaultLanguageFollowsTheNames() throws {
        #expect(ReportLanguage.default(for: try BundledNetwork.graph()) == .ko)
        var b = GraphBuilder(directed: false)
        b.addEdge("gumi", "ulsan")
        #expect(ReportLanguage.default(for: b.build()) == .en)
        var k = GraphBuilder(directed: false)
        k.addEdge("구미", "ulsan")
        #expect(ReportLanguage.default(for: k.build()) == .ko)
    }
}
