import Foundation
import Testing
import SandanGraph
@testable import SandanGraphviz

@Suite struct StyleTests {
    @Test func coloursGoToTheMostFrequentValuesFirst() {
        let values: [String?] = ["b", "a", "b", nil, "c", "a", "b"]
        let coloring = CategoryColoring(attribute: "region", values: values, palette: .okabeIto)
        // b ×3, a ×2, c ×1: the first three Okabe–Ito colours (orange, sky blue, bluish
        // green) in that order; the missing value is "other" (grey).
        #expect(coloring.entries.map(\.value) == ["b", "a", "c"])
        #expect(coloring.entries.map(\.count) == [3, 2, 1])
        #expect(coloring.nodeColors == ["#E69F00", "#56B4E9", "#E69F00", "#BBBBBB", "#009E73", "#56B4E9", "#E69F00"])
        #expect(coloring.otherCount == 1 && coloring.valuesFolded == 0)
    }

    @Test func valuesBeyondThePaletteAreFoldedIntoOther() {
        let values: [String?] = (0..<12).map { "r\($0)" }
        let coloring = CategoryColoring(attribute: "region", values: values, palette: .tolMuted)
        #expect(coloring.entries.count == 9)
        #expect(coloring.valuesFolded == 3 && coloring.otherCount == 3)
        // Ties are broken by code point: r0, r1, r10, r11, r2, … so r7, r8, r9 are folded.
        #expect(coloring.entries.map(\.value) == ["r0", "r1", "r10", "r11", "r2", "r3", "r4", "r5", "r6"])
        #expect(coloring.nodeColors[9] == "#DDDDDD")
    }

    @Test func nodeAreaFollowsTheMetric() {
        // Values 0, 25, 100: positions 0, 0.25, 1; square roots 0, 0.5, 1; diameters between
        // 0.14 and 0.62 in: 0.14, 0.38, 0.62.
        let sizing = NodeSizing(metric: NodeMetric(name: "m", values: [0, 25, 100]), nodeCount: 3)
        #expect(sizing.diameters.map { ($0 * 1000).rounded() / 1000 } == [0.14, 0.38, 0.62])
        let flat = NodeSizing(metric: NodeMetric(name: "m", values: [5, 5, .nan]), nodeCount: 3)
        #expect(flat.nonFinite == 1)
        #expect(flat.diameters[0] == flat.diameters[1] && flat.diameters[2] < flat.diameters[0])
    }

    @Test func colocatedNodesAreSpreadAndMissingOnesPlacedBelow() {
        let p = GeographicProjection(latitudes: [36.0, 36.0, 36.0, 35.0, nil], longitudes: [128.0, 128.0, 128.0, 129.0, nil],
                                     diameters: [0.2, 0.2, 0.2, 0.2, 0.2], projection: .korea2000Unified)
        let ring = p.positions[0..<3]
        #expect(Set(ring.map { "\($0.x),\($0.y)" }).count == 3)
        // The ring is centred on the shared coordinate: 36°N 128°E is northing 1,778,249.0106 m
        // in EPSG:5179 (PROJ 9.5.1 via pyproj), at 1.7 pt per km.
        let meanY: Double = ring.map(\.y).reduce(0, +) / 3
        #expect(abs(meanY - 1_778_249.0106 * 0.0017) < 1e-3)
        #expect(p.colocated.count == 1 && p.colocated[0].nodes == [0, 1, 2])
        #expect(abs(p.colocated[0].point.x - 1_045_063.9896 * 0.0017) < 1e-3)
        // North is up: the node at 35° lies below the ring.
        #expect(p.positions[3].y < ring.map(\.y).min()!)
        #expect(p.unplaced == 1)
        #expect(p.positions[4].y < p.positions[3].y)
    }

    @Test func aRingTurnsItsLeaderLinesAwayFromANodeBesideItsPoint() {
        // Three nodes 3 pt wide share the point (0, 0) on a ring of radius 2.3 pt (the scaled
        // down map of a journal column); another node 1.5 pt in radius stands 2.8 pt above the
        // point. Unturned, the first leader runs straight up through it. Turned, every leader
        // (a segment from the point to a member) keeps more than 1.5 pt from (0, 2.8): worked
        // out here as the distance from a point to a segment.
        let diameters = [3.0 / 72, 3.0 / 72, 3.0 / 72]
        let other = (centre: (x: 0.0, y: 2.8), radius: 1.5)
        func distance(to p: (x: Double, y: Double)) -> Double {
            let t = max(0, min(1, (other.centre.x * p.x + other.centre.y * p.y) / (p.x * p.x + p.y * p.y)))
            return ((other.centre.x - t * p.x) * (other.centre.x - t * p.x) + (other.centre.y - t * p.y) * (other.centre.y - t * p.y)).squareRoot()
        }
        let plain = GeographicProjection.ring(around: (0, 0), [0, 1, 2], diameters: diameters, minimumRadius: 2.3)
        #expect(plain.map(distance(to:)).min()! < other.radius)
        let turned = GeographicProjection.ring(around: (0, 0), [0, 1, 2], diameters: diameters, minimumRadius: 2.3, clearing: [other])
        #expect(turned.map(distance(to:)).min()! > other.radius)
        #expect(turned.allSatisfy { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 2.3) < 1e-9 || ($0.x * $0.x + $0.y * $0.y).squareRoot() > 2.3 })
    }

    @Test func edgeKindsKeepTheirStyleWhateverTheOrder() {
        let given = ["value-chain": EdgeStyle(color: "#D55E00", line: .dotted, width: 2, caption: "chain")]
        let a = EdgeStyle.assign(["zeta", "value-chain", "alpha"], given: given)
        let b = EdgeStyle.assign(["alpha", "zeta", "value-chain"], given: given)
        #expect(a == b)
        #expect(a["value-chain"] == given["value-chain"])
        // Kinds without a given style: the fallbacks in sorted order of name, captioned by name.
        #expect(a["alpha"]?.line == .solid && a["alpha"]?.color == "#555555" && a["alpha"]?.caption == "alpha")
        #expect(a["zeta"]?.line == .dashed && a["zeta"]?.color == "#332288")
    }

    @Test func aStyleWithoutAHexColourIsRefused() {
        var style = DrawingStyle(layout: .dot)
        style.edgeStyles = ["anchor-link": EdgeStyle(color: "red\"; x [image=\"/etc/passwd", line: .solid, width: 1, caption: "x")]
        #expect(throws: GraphError.self) { try GraphDrawing(graph: Samples.ring(10), style: style) }
    }

    @Test func edgeLabelsComeFromTheAttributeNamedForTheKind() throws {
        var style = Samples.hostileStyle()
        style.edgeLabels = [:]
        #expect(!(try GraphDrawing(graph: Samples.hostile(), style: style).dot.contains("전장부품·모듈")))
        style.edgeLabels = ["value-chain": "product"]
        #expect(try GraphDrawing(graph: Samples.hostile(), style: style).dot.contains("label=\"전장부품·모듈\""))
    }

    @Test func aKoreanLegendSpeaksKoreanThroughout() throws {
        var style = Samples.hostileStyle()
        style.legendLanguage = .ko
        style.edgeStyles = Samples.kindStyles(korean: true)
        style.colorTitle = "시·도"
        style.labelLimit = 3
        let dot = try GraphDrawing(graph: Samples.hostile(), style: style).dot
        // The hostile sample: 13 nodes, 11 directed edges, colour by region, area by degree.
        for text in ["노드 13개 · 방향 연계 11개 · 배치 dot", "색: 시·도", "<B>크기</B>", "노드 면적 ∝ degree (0 – 3)",
                     "<B>연계 종류</B>", "거점 → 연계 단지  (4)", "가치사슬 (공급 → 수요)  (2)", "공동 개발  (1)",
                     "조정 (기관 → 권역)  (1)", "광역권 간 협력  (1)", "관리 (기관 → 단지)  (1)", "odd kind &quot;x&quot;  (1)",
                     "이름 표시: 노드 13개 중 degree 상위 3개"] {
            #expect(dot.contains(text), "\(text)")
        }
        for english in ["Colour:", "<B>Size</B>", "<B>Linkages</B>", "nodes ·", "Labels on", "value chain"] {
            #expect(!dot.contains(english), "\(english)")
        }
    }

    @Test func defaultLayoutOfAGraph() {
        // The ring of 200 has 220 edges: no forest, beyond dot's size.
        #expect(LayoutEngine.automatic(for: Samples.ring(10)) == .dot)
        #expect(LayoutEngine.automatic(for: Samples.ring(200)) == .sfdp)
        #expect(LayoutEngine.automatic(for: Samples.ring(200), hubsAndSpokes: true) == .neato)
        var path = GraphBuilder(directed: true)
        for i in 1..<400 { path.addEdge("v\(i - 1)", "v\(i)") }
        #expect(LayoutEngine.automatic(for: path.build()) == .dot)
        // A doubled edge makes it no forest.
        path.addEdge("v0", "v1")
        #expect(LayoutEngine.automatic(for: path.build()) == .sfdp)
    }

    @Test func defaultLayoutFollowsSizeAndShape() {
        #expect(LayoutEngine.automatic(nodeCount: 40, edgeCount: 80, isForest: false, wantsClusters: false) == .dot)
        #expect(LayoutEngine.automatic(nodeCount: 400, edgeCount: 399, isForest: true, wantsClusters: false) == .dot)
        // Clusters: dot (deterministic, draws the boxes) up to 150 nodes and 300 edges, never
        // fdp (a different drawing in each run on Graphviz 2.42).
        #expect(LayoutEngine.automatic(nodeCount: 119, edgeCount: 121, isForest: false, wantsClusters: true) == .dot)
        #expect(LayoutEngine.automatic(nodeCount: 200, edgeCount: 600, isForest: false, wantsClusters: true) == .sfdp)
        #expect(LayoutEngine.automatic(nodeCount: 200, edgeCount: 600, isForest: false, wantsClusters: false) == .sfdp)
        #expect(LayoutEngine.automatic(nodeCount: 50_000, edgeCount: 49_999, isForest: true, wantsClusters: true) == .sfdp)
    }

    @Test func formatsFollowTheExtension() {
        #expect(RenderFormat(fileName: "a/b.SVG") == .svg)
        #expect(RenderFormat(fileName: "x.gv") == .dot)
        #expect(RenderFormat(fileName: "x.png")?.device == "png:cairo")
        #expect(RenderFormat(fileName: "x.pdf")?.device == "pdf:cairo")
        #expect(RenderFormat(fileName: "x.ps") == nil)
        #expect(RenderFormat(fileName: "dir.svg/file") == nil)
    }

    @Test func hangulWithoutAKoreanFontIsALoudWarning() {
        let none = FontCoverage(requested: "NanumGothic", resolvedFamily: "DejaVu Sans", file: nil,
                                resolvedCoversHangul: false, hangulFamilies: [])
        #expect(none.warning(hasHangul: true)?.contains("NO KOREAN FONT") == true)
        #expect(none.warning(hasHangul: false) == nil)
        let fallback = FontCoverage(requested: "Arial", resolvedFamily: "Liberation Sans", file: nil,
                                    resolvedCoversHangul: false, hangulFamilies: ["NanumGothic"])
        #expect(fallback.warning(hasHangul: true)?.contains("NanumGothic") == true)
        let fine = FontCoverage(requested: "NanumGothic", resolvedFamily: "NanumGothic", file: nil,
                                resolvedCoversHangul: true, hangulFamilies: ["NanumGothic"])
        #expect(fine.warning(hasHangul: true) == nil)
    }

    @Test func fontconfigFindsTheDefaultKoreanFont() {
        let font = FontCoverage.check("NanumGothic")
        #expect(font.resolvedFamily == "NanumGothic")
        #expect(font.resolvedCoversHangul)
        #expect(font.hangulFamilies.contains("NanumGothic"))
    }
}

@Suite struct GraphDrawingTests {
    @Test func unknownAttributesAndWrongSizesAreErrors() {
        var style = DrawingStyle(layout: .dot)
        style.colorBy = "nope"
        #expect(throws: GraphError.self) { _ = try GraphDrawing(graph: Samples.ring(5), style: style) }
        style = DrawingStyle(layout: .dot)
        style.nodeSizes = NodeMetric(name: "m", values: [1, 2])
        #expect(throws: GraphError.self) { _ = try GraphDrawing(graph: Samples.ring(5), style: style) }
        style = DrawingStyle(layout: .dot)
        style.geographic = true
        #expect(throws: GraphError.self) { _ = try GraphDrawing(graph: Samples.ring(5), style: style) }
    }

    @Test func largeGraphsLabelOnlyTheTopNodes() throws {
        var style = DrawingStyle(layout: .sfdp)
        style.nodeSizes = NodeMetric(name: "rank", values: (0..<300).map(Double.init))
        let drawing = try GraphDrawing(graph: Samples.ring(300), style: style)
        #expect(drawing.labelledNodeCount == DrawingStyle.automaticLabelCount)
        // The labelled nodes are the 60 largest: v240…v299.
        let labelled = drawing.document.nodes.indices.filter { drawing.document.nodes[$0].attributes[.label] != nil }
        #expect(labelled == Array(240..<300))
        style.labelLimit = 5
        #expect(try GraphDrawing(graph: Samples.ring(300), style: style).labelledNodeCount == 5)
    }

    @Test func clustersWithAnEngineThatIgnoresThemWarn() throws {
        var style = Samples.hostileStyle(layout: .sfdp)
        style.title = nil
        let drawing = try GraphDrawing(graph: Samples.hostile(), style: style)
        #expect(drawing.warnings.contains { $0.contains("does not draw cluster boxes") })
        #expect(drawing.hasHangul)
    }

    @Test func labelsShowTheChosenName() throws {
        var b = GraphBuilder(directed: false)
        let a = b.addNode("gumi"), c = b.addNode("bare")
        try b.setNodeAttribute("name_ko", node: a, .string("구미"))
        try b.setNodeAttribute("name_en", node: a, .string("Gumi"))
        _ = b.addEdge(a, c)
        let graph = b.build()
        func labels(_ source: DrawingStyle.NodeLabels) throws -> [String] {
            var style = DrawingStyle(layout: .dot)
            style.labels = source
            return try GraphDrawing(graph: graph, style: style).document.nodes.map { node in
                guard case .label(.text(let text))? = node.attributes[.label] else { return "" }
                return String(text.split(separator: "\n").last ?? "")
            }
        }
        // A node without the column falls back to its id.
        #expect(try labels(.korean) == ["구미", "bare"])
        #expect(try labels(.english) == ["Gumi", "bare"])
        #expect(try labels(.id) == ["gumi", "bare"])
    }

    @Test func anEmptyGraphStillRenders() throws {
        let drawing = try GraphDrawing(graph: GraphBuilder(directed: false).build(), style: DrawingStyle(layout: .dot))
        let svg = try GraphvizRenderer().render(dot: drawing.dot, layout: .dot, format: .svg)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("0 nodes"))
    }

    @Test func seedIsWrittenForRandomisedEnginesOnly() throws {
        var style = DrawingStyle(layout: .sfdp)
        style.seed = 7
        #expect(try GraphDrawing(graph: Samples.ring(5), style: style).document.graphAttributes[.start] == .integer(7))
        style.layout = .dot
        #expect(try GraphDrawing(graph: Samples.ring(5), style: style).document.graphAttributes[.start] == nil)
    }
}
