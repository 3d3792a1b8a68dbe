import Foundation
import SandanGraph
import SandanGraphviz
import SandanIO

/// The explorer's geographic view: each node where `sandan render --geo` puts it (EPSG:5179,
/// nodes sharing a point spread on a ring, nodes without coordinates in a row under the map)
/// and the province outlines under them, in the coordinates of the explorer's picture, so that
/// the page switches views by moving nodes, without a second picture or a new layout.
///
/// Both come from the node and outline statements of a geographic ``GraphDrawing`` (pure Swift,
/// no Graphviz run): a node's pinned `pos`, an outline piece's `pos` spline (straight segments,
/// each point repeated, see `MapOverlay`). Graphviz's y axis points up and SVG's down, so y is
/// negated, as Graphviz does when it writes SVG inside the picture's `g.graph` group.
struct ExplorerMap {
    /// What the page's data holds of the view.
    struct Positions: Encodable {
        /// Each node's centre in the picture's `g.graph` coordinates, to 0.01 pt.
        let x: [Double], y: [Double]
        /// The view's extent, outlines included: min x, min y, max x, max y.
        let box: [Double]
        /// The attribution the outlines' licence asks for, shown with the map.
        let attribution: String?
    }

    let positions: Positions
    /// `<g class="outlines">`: one path per region (class `outline`), drawn under the network
    /// and shown only in the geographic view.
    let outlines: Markup

    /// The view of `graph` over `map`, or nil when the graph has no `lat` and `lon` columns.
    ///
    /// - Parameters:
    ///   - sizes: the node sizes of the picture (rings of nodes sharing a point are spaced by them).
    /// - Complexity: O(n log n + m + vertices of the outlines).
    init?(_ graph: Graph, map: BoundaryMap?, sizes: NodeMetric) {
        guard graph.nodeAttributes["lat"] != nil, graph.nodeAttributes["lon"] != nil else { return nil }
        var style = DrawingStyle(layout: .sfdp)
        style.geographic = true
        style.mapOutlines = map.map { [MapOutlineLayer(map: $0, name: "sido", weight: .major)] } ?? []
        style.nodeSizes = sizes
        style.labelLimit = 0
        style.legend = false
        guard let drawing = try? GraphDrawing(graph: graph, style: style) else { return nil }
        let document = drawing.document
        var x: [Double] = [], y: [Double] = []
        for node in document.nodes.prefix(graph.nodeCount) {
            guard case let .point(x: px, y: py, pinned: _)? = node.attributes[.pos] else { return nil }
            x.append(Self.rounded(px))
            y.append(Self.rounded(-py))
        }
        var paths: [(code: String, d: String)] = []
        var extent = (minX: x.min() ?? 0, minY: y.min() ?? 0, maxX: x.max() ?? 0, maxY: y.max() ?? 0)
        var last: (x: Double, y: Double)?
        for edge in document.edges {
            guard case .string(let classes)? = edge.attributes[.class], classes.hasPrefix("boundary "),
                  case .string(let spline)? = edge.attributes[.pos] else { continue }
            let code = String(classes.split(separator: " ").last ?? "")
            var points: [(x: Double, y: Double)] = []
            for pair in spline.split(separator: " ") {
                let parts = pair.split(separator: ",")
                guard parts.count == 2, let px = Double(parts[0]), let py = Double(parts[1]) else { continue }
                let p = (x: px, y: -py)
                if let previous = points.last, previous == p { continue }
                points.append(p)
                extent = (min(extent.minX, p.x), min(extent.minY, p.y), max(extent.maxX, p.x), max(extent.maxY, p.y))
            }
            guard let first = points.first else { continue }
            // A piece that goes on where the previous piece of the same region ended continues
            // its subpath, so that each ring is one closed path and fills.
            let continues = paths.last?.code == code && last.map { $0 == first } == true
            var d = continues ? "" : "M" + Self.coordinate(first)
            for p in points.dropFirst() { d += "L" + Self.coordinate(p) }
            if continues { paths[paths.count - 1].d += d } else { paths.append((code, d)) }
            last = points.last
        }
        var byRegion: [(code: String, d: String)] = []
        for path in paths {
            if let i = byRegion.firstIndex(where: { $0.code == path.code }) { byRegion[i].d += path.d } else { byRegion.append(path) }
        }
        outlines = .element("g", [.init("class", "outlines")], byRegion.map { region in
            .element("path", [.init("class", "outline " + region.code), .init("d", region.d), .init("fill", "#F3F5F8"),
                              .init("fill-rule", "evenodd"), .init("stroke", "#8C8C8C"), .init("stroke-width", "0.9")])
        })
        positions = Positions(x: x, y: y, box: [extent.minX, extent.minY, extent.maxX, extent.maxY].map(Self.rounded),
                              attribution: map?.attribution)
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// `x,y` to 0.01 pt, locale-independent.
    private static func coordinate(_ p: (x: Double, y: Double)) -> String {
        String(format: "%.2f,%.2f", p.x, p.y)
    }
}
