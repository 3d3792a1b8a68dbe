import Foundation
import SandanIO

/// A layer of administrative outlines to draw under a map (``DrawingStyle/mapOutlines``).
public struct MapOutlineLayer: Sendable {
    /// How strongly the layer's lines are drawn.
    public enum Weight: Sendable {
        /// Dark grey, 0.9 pt (provinces).
        case major
        /// Light grey, 0.4 pt (districts under provinces).
        case minor
    }

    /// The regions to outline.
    public var map: BoundaryMap
    /// The layer's name, the second class of its lines in SVG (`class="edge boundary <name>"`).
    /// Letters, digits and hyphens; anything else becomes a hyphen.
    public var name: String
    public var weight: Weight

    public init(map: BoundaryMap, name: String, weight: Weight) {
        self.map = map
        self.name = name
        self.weight = weight
    }
}

/// What a map draws besides the network: the outlines of ``DrawingStyle/mapOutlines``, the
/// leader lines of co-located nodes and a scale bar. Pure Swift; it adds DOT statements.
///
/// **How outlines reach every format.** Graphviz has no polygon primitive for arbitrary
/// shapes, so each ring becomes a chain of *edges whose `pos` is given*: the layout engine
/// `nop2` (`neato -n2`) keeps an edge's given spline and routes only edges without one. A
/// polyline P₀…Pₘ is the cubic B-spline `P₀ P₀ P₁ P₁ P₁ P₂ P₂ …` (each segment a Bézier curve
/// whose control points sit on its ends, i.e. straight). A ring is cut into pieces of at most
/// ``segmentsPerEdge`` segments (a quoted DOT string must stay under 16 KB, FIELD_NOTES §1),
/// each piece one edge between two invisible, zero-size, pinned nodes at its ends. SVG, PNG
/// and PDF then draw the same lines, under the network (edges are drawn first, these before
/// the network's, with `outputorder=edgesfirst`). In SVG each piece is a
/// `<g class="edge boundary <layer> <layer>_<code>">` (`boundary sido sido_47` for 경북; an
/// underscore, since Graphviz writes a hyphen in SVG as `&#45;`), for style sheets and tests.
/// Rings are drawn per region, so a border between two regions is drawn twice, on the same
/// points (the boundary data share their border vertices).
///
/// **Leader lines.** Each point shared by several nodes (``GeographicProjection/colocated``)
/// gets a small dark dot at the true point (class `leader`) and a thin line to each of the
/// nodes spread around it (class `leader`).
///
/// **Scale bar.** A bar of 10, 20, 50, 100 or 200 km (the largest at most a fifth of the map's
/// width) at the map's lower right, labelled, class `scalebar`. Its length is in projected
/// metres, true to 0.1 % across Korea but Dokdo (0.14 %) in EPSG:5179 (``TransverseMercator``); with the
/// equirectangular fallback, true along the reference latitude only.
///
/// Complexity: O(vertices of the outlines + n).
struct MapOverlay {
    /// The most segments in one outline edge: 150 segments write at most 451 points of at
    /// most 21 bytes, well under Graphviz's 16 KB limit on a quoted string.
    static let segmentsPerEdge = 150

    /// Each ring of each layer, projected to points, with its region's code.
    private let rings: [(layer: Int, code: String, points: [(x: Double, y: Double)])]
    private let layers: [MapOutlineLayer]

    /// The lowest y of the outlines, nil without outlines.
    var floor: Double? { rings.lazy.flatMap(\.points).map(\.y).min() }

    /// The names of the layers left out because no node lies within their bounding box (a
    /// map of data elsewhere, under outlines of Korea, would shrink the data to a dot).
    let omitted: [String]

    /// - Parameters:
    ///   - layers: the outline layers, bottom first.
    ///   - projection: the map's projection.
    ///   - latitudes, longitudes: the nodes' coordinates (nil where unknown).
    init(layers: [MapOutlineLayer], projection: MapProjection, latitudes: [Double?], longitudes: [Double?]) {
        let nodes = zip(latitudes, longitudes).compactMap { lat, lon in lat.flatMap { a in lon.map { (a, $0) } } }
        let covering = layers.filter { layer in
            let polygons = layer.map.regions.flatMap(\.polygons)
            guard let minLat = polygons.map(\.minLatitude).min(), let maxLat = polygons.map(\.maxLatitude).max(),
                  let minLon = polygons.map(\.minLongitude).min(), let maxLon = polygons.map(\.maxLongitude).max() else { return false }
            return nodes.contains { (minLat...maxLat).contains($0.0) && (minLon...maxLon).contains($0.1) }
        }
        omitted = layers.filter { layer in !covering.contains { $0.name == layer.name } }.map(\.name)
        self.layers = covering
        var rings: [(layer: Int, code: String, points: [(x: Double, y: Double)])] = []
        for (l, layer) in covering.enumerated() {
            for region in layer.map.regions {
                for polygon in region.polygons {
                    for ring in polygon.rings {
                        let points = stride(from: 0, to: ring.count, by: 2).map { i in
                            projection.place(latitude: ring[i + 1], longitude: ring[i])
                        }
                        if points.count >= 2 { rings.append((l, region.code, points)) }
                    }
                }
            }
        }
        self.rings = rings
    }

    /// The attributions the layers' data ask for, each once, in layer order.
    var attributions: [String] {
        var seen = Set<String>()
        return layers.compactMap(\.map.attribution).filter { seen.insert($0).inserted }
    }

    /// The outlines' points and the nodes' positions in layout coordinates: what a canvas
    /// must hold in full (``CanvasComposition``). O(vertices + n).
    func extent(_ projection: GeographicProjection) -> [(x: Double, y: Double)] {
        rings.flatMap(\.points) + projection.placedPositions
    }

    /// Appends the overlay's nodes to `document` and puts its edges before the network's.
    ///
    /// - Parameters:
    ///   - transform: where layout coordinates go (a ``Canvas`` scales and shifts them, with one
    ///     scale for both axes); the nodes of `document` must already stand there.
    ///   - textPoints: the scale bar's label size in points.
    ///   - ownsLeaders: whether each leader line's class names the node it ties
    ///     (`leader of-n<i>`, as a label's leader line on a canvas does), so that a measure can
    ///     tell which node and label it may touch.
    func add(to document: inout DOTDocument, projection: GeographicProjection, transform: CanvasTransform = .identity,
             textPoints: Double = 12, ownsLeaders: Bool = false) {
        var nodes: [DOTNode] = []
        var edges: [DOTEdge] = []
        var nodeAt: [String: Int] = [:]
        let base = document.nodes.count
        func anchor(_ p: (x: Double, y: Double)) -> Int {
            let key = Self.coordinate(p)
            if let index = nodeAt[key] { return index }
            let index = base + nodes.count
            nodes.append(DOTNode(attributes: [.shape: .string("point"), .style: .string("invis"), .width: .number(0.01),
                                              .height: .number(0.01), .pos: .point(x: p.x, y: p.y, pinned: true)]))
            nodeAt[key] = index
            return index
        }
        for (l, code, layoutPoints) in rings {
            let layer = layers[l]
            let name = Self.className(layer.name)
            let points = layoutPoints.map(transform.apply)
            let attributes: DOTAttributes = [
                .class: .string("boundary \(name) \(name)_\(Self.className(code))"), .dir: .string("none"),
                .color: .string(layer.weight == .major ? "#8C8C8C" : "#CDCDCD"),
                .penwidth: .number(layer.weight == .major ? 0.9 : 0.4),
            ]
            var start = 0
            while start < points.count - 1 {
                let end = min(start + Self.segmentsPerEdge, points.count - 1)
                var a = attributes
                a[.pos] = .string(Self.spline(points[start...end]))
                edges.append(DOTEdge(tail: anchor(points[start]), head: anchor(points[end]), attributes: a))
                start = end
            }
        }
        // The dot at a shared point: 0.04 in, shrinking with a map scaled down onto a canvas (to
        // 0.025 in, under the smallest node's 0.04 in, so that it never passes for a node).
        let dotSize = max(0.04 * min(transform.scaleX, 1), 0.025)
        for group in projection.colocated {
            let dot = base + nodes.count
            let point = transform.apply(group.point)
            nodes.append(DOTNode(attributes: [.shape: .string("point"), .style: .string("filled"), .class: .string("leader"),
                                              .width: .number(dotSize), .height: .number(dotSize), .color: .string("#444444"),
                                              .fillcolor: .string("#444444"),
                                              .pos: .point(x: point.x, y: point.y, pinned: true)]))
            for v in group.nodes {
                edges.append(DOTEdge(tail: dot, head: v, attributes: [.class: .string(ownsLeaders ? "leader of-n\(v)" : "leader"),
                                                                      .dir: .string("none"),
                                                                      .color: .string("#666666"), .penwidth: .number(0.6)]))
            }
        }
        if let bar = scaleBar(projection, transform: transform) {
            let left = anchor(bar.left), right = anchor(bar.right)
            edges.append(DOTEdge(tail: left, head: right, attributes: [
                .class: .string("scalebar"), .dir: .string("none"), .color: .string("#333333"), .penwidth: .number(2),
                .pos: .string(Self.spline([bar.left, bar.right][...])),
            ]))
            let centre = bar.labelCentre(textPoints: textPoints)
            nodes.append(DOTNode(attributes: [.shape: .string("plaintext"), .style: .string("solid"), .fixedsize: .bool(false),
                                              .class: .string("scalebar"), .label: .label(.text("\(bar.kilometres) km")),
                                              .fontsize: .number(textPoints), .width: .number(0.01), .height: .number(0.01),
                                              .pos: .point(x: centre.x, y: centre.y, pinned: true)]))
        }
        document.nodes += nodes
        document.edges = edges + document.edges
    }

    /// A scale bar: its ends and its length in km.
    struct ScaleBar {
        var left: (x: Double, y: Double), right: (x: Double, y: Double)
        var kilometres: Int

        /// Where its label's centre goes: under the bar, a line of `textPoints` apart.
        func labelCentre(textPoints: Double) -> (x: Double, y: Double) {
            ((left.x + right.x) / 2, left.y - textPoints)
        }

        /// What the bar and its label cover, with the label as wide as "200 km" at most
        /// (0.6 em a character), for a label placement to keep clear of. O(1).
        func box(textPoints: Double) -> LabelPlacement.Rect {
            let centre = labelCentre(textPoints: textPoints)
            let half = max((right.x - left.x) / 2, 3.6 * textPoints / 2 + 2)
            return LabelPlacement.Rect(minX: centre.x - half, minY: centre.y - textPoints * 0.7,
                                       maxX: centre.x + half, maxY: left.y + 2)
        }
    }

    /// The map's scale bar where `transform` puts the map (its scale, equal on both axes,
    /// enters the bar's length, so the km it is labelled with stay true). O(vertices + n).
    func scaleBar(_ projection: GeographicProjection, transform: CanvasTransform = .identity) -> ScaleBar? {
        Self.scaleBar(extent(projection).map(transform.apply), pointsPerMetre: MapProjection.pointsPerMetre * transform.scaleX)
    }

    /// The scale bar for a map spanning `points` at `pointsPerMetre`: its ends (lower right,
    /// 20 pt inside the extent) and its length in km — 10, 20, 50, 100 or 200 km, the largest
    /// at most a fifth of the map's width — or nil for an empty or degenerate map.
    static func scaleBar(_ points: [(x: Double, y: Double)], pointsPerMetre: Double = MapProjection.pointsPerMetre) -> ScaleBar? {
        guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
              maxX > minX, pointsPerMetre > 0 else { return nil }
        let widthKm = (maxX - minX) / pointsPerMetre / 1000
        guard let km = [200, 100, 50, 20, 10].first(where: { Double($0) <= widthKm / 5 }) else { return nil }
        let length = Double(km) * 1000 * pointsPerMetre
        let y = minY + 20
        return ScaleBar(left: (maxX - 20 - length, y), right: (maxX - 20, y), kilometres: km)
    }

    /// The B-spline `P₀ P₀ P₁ P₁ P₁ P₂ P₂ …` that draws the polyline through `points` with
    /// straight segments, as a DOT `pos` value (coordinates to 0.01 pt).
    static func spline(_ points: ArraySlice<(x: Double, y: Double)>) -> String {
        var out = ""
        out.reserveCapacity(points.count * 3 * 18)
        var previous: String?
        for p in points {
            let text = coordinate(p)
            if let previous { out += " " + previous + " " + text + " " + text } else { out = text }
            previous = text
        }
        return out
    }

    /// `x,y` to 0.01 pt, locale-independent.
    static func coordinate(_ p: (x: Double, y: Double)) -> String {
        String(format: "%.2f,%.2f", p.x, p.y)
    }

    /// `name` with anything but ASCII letters, digits and hyphens replaced by hyphens.
    static func className(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }
}
