import Foundation
import SandanGraph
import SandanIO
@testable import SandanGraphviz
import Testing

/// Maps: the EPSG:5179 projection, the outlines drawn as pinned edges, leader lines and the
/// scale bar.
@Suite struct MapTests {
    /// EPSG:5179 as PROJ 9.5.1 computes it (`Scripts/fixtures/projection.py`, pyproj 3.7.2):
    /// latitude, longitude, easting, northing.
    static let proj: [(Double, Double, Double, Double)] = [
        (38.0, 127.5, 1000000.0000, 2000000.0000),
        (37.5665, 126.978, 953901.1653, 1952032.0810),
        (36.1195, 128.3445, 1075998.6292, 1791718.0296),
        (33.4996, 126.5312, 910010.5457, 1501279.7889),
        (37.4844, 130.9057, 1301139.0798, 1948245.7291),
        (37.2426, 131.8647, 1387217.4840, 1924906.0351),
        (37.97, 124.7, 754043.3590, 2000370.6666),
        (35.5384, 129.3114, 1164212.2068, 1728446.3021),
    ]

    @Test func transverseMercatorMatchesPROJToAMillimetre() {
        for (lat, lon, x, y) in Self.proj {
            let p = TransverseMercator.korea2000Unified.project(latitude: lat, longitude: lon)
            #expect(abs(p.x - x) < 0.001 && abs(p.y - y) < 0.001, "\(lat), \(lon): \(p) vs \(x), \(y)")
        }
    }

    /// Hand-worked: the polyline (0,0) → (1,2) → (3,4) as straight Bézier segments.
    @Test func splineDrawsStraightSegments() {
        #expect(MapOverlay.spline([(0, 0), (1, 2), (3, 4)][...])
                == "0.00,0.00 0.00,0.00 1.00,2.00 1.00,2.00 1.00,2.00 3.00,4.00 3.00,4.00")
        #expect(MapOverlay.className("시·도 layer_1") == "----layer-1")
    }

    /// A square ring around the sample's points, 400 segments long.
    static func squareLayer(segments: Int = 400) -> MapOutlineLayer {
        var ring: [Double] = []
        let side = segments / 4
        for i in 0..<side { ring += [126 + 4 * Double(i) / Double(side), 34] }
        for i in 0..<side { ring += [130, 34 + 4 * Double(i) / Double(side)] }
        for i in 0..<side { ring += [130 - 4 * Double(i) / Double(side), 38] }
        for i in 0..<side { ring += [126, 38 - 4 * Double(i) / Double(side)] }
        ring += [126, 34]
        let region = BoundaryRegion(code: "1", name: "square", polygons: [BoundaryPolygon(rings: [ring])])
        return MapOutlineLayer(map: BoundaryMap(regions: [region], attribution: "square data"), name: "sido", weight: .major)
    }

    static func mapStyle(_ layers: [MapOutlineLayer]) -> DrawingStyle {
        var style = DrawingStyle(layout: .sfdp)
        style.geographic = true
        style.mapOutlines = layers
        return style
    }

    /// 400 segments at 150 per edge: 3 outline edges, before the network's 4; one leader dot
    /// for 구미 and its office (which share a point) with a line to each; the attribution in the
    /// legend.
    @Test func outlinesLeadersAndScaleBarAreDOTStatements() throws {
        let graph = Samples.geographic()
        let drawing = try GraphDrawing(graph: graph, style: Self.mapStyle([Self.squareLayer()]))
        #expect(drawing.layout == .pinned)
        let edges = drawing.document.edges
        let classes = edges.map { e -> String in
            if case .string(let c)? = e.attributes[.class] { return c } else { return "" }
        }
        #expect(classes == Array(repeating: "boundary sido sido_1", count: 3) + ["leader", "leader", "scalebar"] + Array(repeating: "", count: 4))
        let dot = drawing.dot
        #expect(dot.contains("square data"))
        #expect(dot.components(separatedBy: "class=\"leader\"").count - 1 == 3)
        // The square is 4° of longitude at 34–38°N, about 350 km wide: a 50 km bar (at most a
        // fifth), 50 km × 1.7 pt/km = 85 pt long.
        let bar = try #require(edges.first { $0.attributes[.class] == .string("scalebar") })
        guard case .string(let pos)? = bar.attributes[.pos] else { Issue.record("no bar pos"); return }
        let xs = pos.split(separator: " ").map { Double($0.split(separator: ",")[0])! }
        #expect(abs(xs.max()! - xs.min()! - 85) < 0.01)
        #expect(dot.contains("label=\"50 km\""))
    }

    /// Rendered: the outline pieces are SVG groups with the class `boundary`, and PNG and PDF
    /// render too.
    @Test func outlinesRenderInEveryFormat() throws {
        let drawing = try GraphDrawing(graph: Samples.geographic(), style: Self.mapStyle([Self.squareLayer()]))
        let renderer = try GraphvizRenderer()
        let svg = String(decoding: try renderer.render(dot: drawing.dot, layout: drawing.layout, format: .svg).data, as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"edge boundary sido sido_1\"").count - 1 == 3)
        #expect(svg.contains("class=\"edge scalebar\"") && svg.contains("class=\"edge leader\""))
        for format in [RenderFormat.png, .pdf] {
            let data = try renderer.render(dot: drawing.dot, layout: drawing.layout, format: format).data
            #expect(data.count > 1000, "\(format)")
        }
    }

    /// Without outlines the map keeps its nodes, leader lines and scale bar; with no layer
    /// the DOT has no `boundary`.
    @Test func noLayersNoOutlines() throws {
        let drawing = try GraphDrawing(graph: Samples.geographic(), style: Self.mapStyle([]))
        #expect(!drawing.dot.contains("boundary"))
        #expect(drawing.dot.contains("class=\"leader\""))
    }

    /// Data far from Korea get the equirectangular fallback (EPSG:5179 is undefined 90° from
    /// 127.5°E): hand-worked, 1° of longitude on the equator is 6,371,008.8 m · π/180 =
    /// 111,194.93 m, 189.03 pt at 1.7 pt/km. Korea's outlines are left out with a warning, and
    /// the drawing still renders.
    @Test func dataElsewhereGetTheEquirectangularFallbackWithoutKoreasOutlines() throws {
        #expect(MapProjection.choose(latitudes: [36, 37, nil], longitudes: [127, 129, nil]) == .korea2000Unified)
        let elsewhere = MapProjection.choose(latitudes: [40, 50], longitudes: [-74, 0])
        #expect(elsewhere == .equirectangular(referenceLatitude: 45))
        let p = MapProjection.equirectangular(referenceLatitude: 0).place(latitude: 0, longitude: 1)
        #expect(abs(p.x - 189.0314) < 1e-3 && p.y == 0)

        var b = GraphBuilder(directed: false)
        for (id, lat, lon) in [("nyc", 40.7, -74.0), ("london", 51.5, -0.1)] {
            let v = b.addNode(id)
            try b.setNodeAttribute("lat", node: v, .double(lat))
            try b.setNodeAttribute("lon", node: v, .double(lon))
        }
        _ = b.addEdge(0, 1, kind: "x")
        let drawing = try GraphDrawing(graph: b.build(), style: Self.mapStyle([Self.squareLayer()]))
        #expect(drawing.warnings.contains("no node lies within the sido outlines; they are left out of the map"))
        #expect(!drawing.dot.contains("boundary"))
        #expect(drawing.dot.contains("equirectangular, φ₀ = 46.1°"))
        let svg = try GraphvizRenderer().render(dot: drawing.dot, layout: drawing.layout, format: .svg)
        #expect(!SVGText.parse(svg.data).failed)
    }
}

/// Maps on a canvas: the overlay goes without the layout pass and comes, scaled, into the final
/// drawing.
@Suite struct MapCanvasTests {
    /// Hand-worked: 1,000 pt of map at half of 1.7 pt/km (0.85 pt/km) span 1,176 km; the
    /// largest bar at most a fifth of that (235 km) is 200 km, 200 × 0.85 = 170 pt long, its
    /// right end 20 pt inside the extent, 20 pt above its bottom.
    @Test func scaleBarFollowsTheScale() throws {
        let bar = try #require(MapOverlay.scaleBar([(0, 0), (1000, 500)], pointsPerMetre: 0.85 / 1000))
        #expect(bar.kilometres == 200)
        #expect(abs(bar.right.x - 980) < 1e-9 && abs(bar.right.x - bar.left.x - 170) < 1e-9 && bar.left.y == 20)
    }

    /// The x coordinates of every path of the SVG groups whose class starts with `marker`.
    static func xs(_ svg: String, _ marker: String) -> [Double] {
        svg.components(separatedBy: "class=\"\(marker)").dropFirst().flatMap { group -> [Double] in
            let body = group.components(separatedBy: "</g>")[0]
            guard let d = body.components(separatedBy: " d=\"").dropFirst().first?.prefix(while: { $0 != "\"" }) else { return [] }
            return d.split(whereSeparator: { " MC".contains($0) }).compactMap { Double($0.split(separator: ",")[0]) }
        }
    }

    /// A 6 × 6 in canvas: exactly 432 pt square, the three outline pieces (class `boundary`) in
    /// it, and a scale bar that shrank with the outlines (its km stay true).
    @Test func overlayIsScaledIntoTheCanvas() throws {
        var style = MapTests.mapStyle([MapTests.squareLayer()])
        let free = try GraphDrawing(graph: Samples.geographic(), style: style)
        style.canvas = try Canvas(parsing: "6x6in")
        style.format = .svg
        let drawing = try GraphDrawing(graph: Samples.geographic(), style: style)
        #expect(!drawing.dot.contains("boundary") && !drawing.dot.contains("scalebar"))
        let output = try CanvasRendering(renderer: GraphvizRenderer()).render(drawing, format: .svg, legendInside: false)
        let svg = String(decoding: output.data, as: UTF8.self)
        #expect(svg.contains("<svg width=\"432pt\" height=\"432pt\""))
        #expect(svg.components(separatedBy: "class=\"edge boundary sido sido_1\"").count - 1 == 3)
        // The square's width before (DOT pos, layout points) and after (SVG, canvas points).
        let before = free.document.edges.compactMap { e -> [Double]? in
            guard e.attributes[.class] == .string("boundary sido sido_1"), case .string(let pos)? = e.attributes[.pos] else { return nil }
            return pos.split(separator: " ").map { Double($0.split(separator: ",")[0])! }
        }.flatMap { $0 }
        let after = Self.xs(svg, "edge boundary sido")
        let bar = Self.xs(svg, "edge scalebar")
        let scale = (after.max()! - after.min()!) / (before.max()! - before.min()!)
        #expect(scale < 1 && after.min()! >= 0 && after.max()! <= 432)
        let km = try #require(svg.components(separatedBy: " km</text>").first?.split(separator: ">").last.flatMap { Double($0) })
        #expect(abs(bar.max()! - bar.min()! - km * 1.7 * scale) < 0.05, "\(bar) \(km) \(scale)")
    }
}
