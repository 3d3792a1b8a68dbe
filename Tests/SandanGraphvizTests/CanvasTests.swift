import Foundation
import Testing
import SandanGraph
@testable import SandanGraphviz

@Suite struct CanvasTests {
    @Test func namedCanvasesHaveTheirPaperSizes() throws {
        let a4 = try Canvas(parsing: "a4")
        // 210 × 297 mm = 8.2677 × 11.6929 in = 595.28 × 841.89 pt, printed at 300 dpi.
        #expect(abs(a4.width - 8.26772) < 1e-4 && abs(a4.height - 11.69291) < 1e-4)
        #expect(a4.dpi == 300 && a4.isPrint && !a4.isLandscape)
        let slide = try Canvas(parsing: "SLIDE")
        #expect(slide.points.width == 13.333 * 72 && slide.points.height == 540)
        #expect(slide.dpi == 192 && !slide.isPrint && slide.isLandscape)
        #expect(try Canvas(parsing: "column").width == 3.5)
        #expect(try Canvas(parsing: "double-column", dpi: 600).dpi == 600)
    }

    @Test func explicitSizesTakeTheirUnit() throws {
        let cm = try Canvas(parsing: "20x15cm")
        #expect(abs(cm.width - 20 / 2.54) < 1e-12 && abs(cm.height - 15 / 2.54) < 1e-12)
        let mm = try Canvas(parsing: "180x120mm")
        #expect(abs(mm.width - 180 / 25.4) < 1e-12)
        // Pixels: the PNG has exactly that many (inches = px / dpi, dpi 96 unless given).
        let px = try Canvas(parsing: "1920x1080px")
        #expect(px.width == 20 && px.height == 11.25 && px.dpi == 96 && !px.isPrint)
        let px2 = try Canvas(parsing: "1920x1080px", dpi: 192)
        #expect(px2.width == 10 && px2.dpi == 192)
        #expect(try Canvas(parsing: "6x4in").width == 6)
    }

    @Test func badCanvasesAreRefusedWithTheChoices() {
        #expect(throws: CanvasError.unreadable("poster")) { try Canvas(parsing: "poster") }
        #expect(throws: CanvasError.unreadable("20x15")) { try Canvas(parsing: "20x15") }
        #expect(throws: CanvasError.unreadable("axbcm")) { try Canvas(parsing: "axbcm") }
        #expect(throws: CanvasError.outOfRange("0.5x3in")) { try Canvas(parsing: "0.5x3in") }
        #expect(throws: CanvasError.badDPI(5)) { try Canvas(parsing: "a4", dpi: 5) }
        #expect(CanvasError.unreadable("poster").description.contains("slide, slide-4x3, a4"))
    }

    @Test func pngGetsAPhysChunkWithItsCRC() {
        // A minimal PNG header: signature, IHDR (13 bytes, CRC left zero), IEND.
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let ihdr: [UInt8] = [0, 0, 0, 13] + Array("IHDR".utf8) + [UInt8](repeating: 1, count: 13) + [0, 0, 0, 0]
        let iend: [UInt8] = [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]
        let png = PNGResolution.recording(dpi: 300, in: signature + ihdr + iend)
        // After IHDR: length 9, "pHYs", 11811 (0x2E23) twice, unit 1 (metre), CRC.
        let chunk = Array(png[33..<54])
        #expect(chunk[0..<8] == [0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73])
        #expect(chunk[8..<17] == [0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1])
        // The CRC is zlib's crc32 of type and data (computed with Python's zlib.crc32).
        #expect(chunk[17..<21] == [0x78, 0xA5, 0x3F, 0x76])
        // Every PNG's IEND chunk carries CRC AE 42 60 82: the CRC-32 of "IEND".
        #expect(PNGResolution.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        // A second call changes nothing.
        #expect(PNGResolution.recording(dpi: 72, in: png) == png)
    }

    @Test func viridisRunsFromPurpleToYellowGreen() {
        #expect(SequentialColoring.color(at: 0) == "#440154")
        // t = 1 is 0.9 of the way: between stops 7 (#AADC32) and 8 (#FDE725) at 0.2, by hand.
        #expect(SequentialColoring.color(at: 1) == "#BBDE2F")
        let coloring = SequentialColoring(metric: NodeMetric(name: "betweenness", values: [0, 0.5, .nan, 1]))
        #expect(coloring.nodeColors[0] == "#440154" && coloring.nodeColors[2] == SequentialColoring.missing)
        #expect(coloring.range?.min == 0 && coloring.range?.max == 1)
    }

    @Test func fixedColoursComeFirstAndAreNotHandedOutTwice() {
        let palette = Palette.okabeIto.fixing(["서울": "#E69F00", "부산": "#123456"], name: "test")
        let values: [String?] = ["대구", "서울", "대구", "광주", nil]
        let coloring = CategoryColoring(attribute: "region", values: values, palette: palette)
        // 서울 keeps its colour (Okabe–Ito's first); 대구 and 광주 get the next free ones.
        #expect(coloring.nodeColors == ["#56B4E9", "#E69F00", "#56B4E9", "#009E73", "#BBBBBB"])
        #expect(coloring.valuesFolded == 0)
    }

    @Test func automaticPaletteHasRoomForEveryProvince() {
        let values: [String?] = (0..<17).map { "p\($0)" }
        let coloring = CategoryColoring(attribute: "region", values: values, palette: .automatic(valueCount: 17))
        #expect(Set(coloring.nodeColors).count == 17 && coloring.otherCount == 0)
        #expect(Palette.automatic(valueCount: 8) == .okabeIto)
    }

    @Test func labelsAvoidEdgesNodesAndEachOther() {
        // Node 0 at the origin with an edge straight down to node 1, node 2 far right.
        let placement = LabelPlacement(
            centres: [(0, 0), (0, -100), (200, 0)], radii: [5, 5, 5],
            segments: [LabelPlacement.Segment(a: (0, 0), b: (0, -100))],
            frame: LabelPlacement.Rect(minX: -300, minY: -300, maxX: 300, maxY: 300), forbidden: [])
        let box = MeasuredLayout.TextBox(width: 40, height: 12, fontSize: 10, lines: 1)
        func item(_ v: Int) -> LabelPlacement.Item { LabelPlacement.Item(anchor: placement.centres[v], radius: 5, box: box) }
        let spots = placement.place([item(0), item(1)])
        // Below node 0 the edge runs: its label goes to the right (second choice) instead.
        let s0 = try! #require(spots[0])
        #expect(s0.centre.x > 20 && s0.centre.y == 0 && !s0.needsLeader)
        // Node 1's first choice (below) is free.
        let s1 = try! #require(spots[1])
        #expect(s1.centre.x == 0 && s1.centre.y < -100 && !s1.needsLeader)
        #expect(spots.count == 2)
        // A frame too small for any spot drops the label.
        var tight = placement
        tight.frame = LabelPlacement.Rect(minX: -10, minY: -10, maxX: 10, maxY: 10)
        #expect(tight.place([item(0)])[0] == nil)
    }
}

@Suite struct MeasuredLayoutTests {
    /// A hand-written excerpt of Graphviz's `-Tjson`: two nodes (one labelled over two lines
    /// after the blank lines that push it under its circle), one labelled edge whose Graphviz
    /// number (`_gvid` 0) is not its index in the document (1), and the graph label's size.
    static let json = """
    {"lwidth": "2.5", "lheight": "1.25", "objects": [
      {"_gvid": 0, "name": "n1", "pos": "10,20", "_ldraw_": [{"op": "F", "size": 8.0, "face": "NanumGothic"},
        {"op": "T", "pt": [0, 0], "align": "c", "width": 0, "text": " "},
        {"op": "T", "pt": [0, 0], "align": "c", "width": 30.5, "text": "구미"},
        {"op": "T", "pt": [0, 0], "align": "c", "width": 42, "text": "국가산업단지"}]},
      {"_gvid": 1, "name": "n0", "pos": "100.5,-3!"}],
     "edges": [{"_gvid": 0, "tail": 0, "head": 1, "label": "부품", "_ldraw_": [
        {"op": "F", "size": 9.0, "face": "NanumGothic"}, {"op": "T", "pt": [0, 0], "align": "c", "width": 18, "text": "부품"}]}]}
    """

    @Test func readsPositionsTextBoxesAndTheLegend() throws {
        let layout = try MeasuredLayout(json: Array(Self.json.utf8), nodeCount: 2,
                                        edges: [(0, 1, nil), (1, 0, "부품")])
        #expect(layout.positions[0] == (100.5, -3) && layout.positions[1] == (10, 20))
        #expect(layout.labels[0] == nil)
        let box = try #require(layout.labels[1])
        // Two non-blank lines of 8 pt: 2 × 8 × 1.2 = 19.2 pt high; as wide as the wider line.
        #expect(box.width == 42 && box.lines == 2 && abs(box.height - 19.2) < 1e-9 && box.fontSize == 8)
        #expect(layout.edgeLabels[0] == nil && layout.edgeLabels[1]?.width == 18)
        #expect(layout.legend?.width == 180 && layout.legend?.height == 90)
    }

    /// A cluster's box and label come from its subgraph object (`cluster_<k>`); a cluster the
    /// engine did not draw (no `bb`, as after neato or sfdp) has none.
    @Test func readsClusterBoxes() throws {
        let json = """
        {"objects": [
          {"_gvid": 0, "name": "cluster_1", "bb": "5,6,150,80", "_ldraw_": [{"op": "F", "size": 13.0, "face": "NanumGothic"},
            {"op": "T", "pt": [20, 70], "align": "l", "width": 26, "text": "수도권"}], "nodes": [2]},
          {"_gvid": 1, "name": "cluster_0", "nodes": [3]},
          {"_gvid": 2, "name": "n0", "pos": "10,20"}, {"_gvid": 3, "name": "n1", "pos": "30,40"}]}
        """
        let layout = try MeasuredLayout(json: Array(json.utf8), nodeCount: 2, edges: [], clusterCount: 2)
        #expect(layout.clusters.count == 2 && layout.clusters[0] == nil)
        let box = try #require(layout.clusters[1])
        #expect(box.box.minX == 5 && box.box.minY == 6 && box.box.maxX == 150 && box.box.maxY == 80)
        #expect(box.label?.width == 26 && box.label?.fontSize == 13)
    }

    @Test func aMissingNodeIsAnError() {
        #expect(throws: RenderError.self) {
            try MeasuredLayout(json: Array(Self.json.utf8), nodeCount: 3, edges: [])
        }
        #expect(throws: RenderError.self) { try MeasuredLayout(json: Array("[1".utf8), nodeCount: 0, edges: []) }
    }
}
