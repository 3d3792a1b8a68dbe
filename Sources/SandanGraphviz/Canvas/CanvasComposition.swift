/// Turns a laid-out drawing into the final one on its ``Canvas``: positions scaled into the
/// canvas (text never scaled), the legend beside the network on a landscape canvas and below
/// it on a portrait one, labels placed by ``LabelPlacement``, all pinned for `neato -n`.
///
/// The final DOT has no graph label; clusters keep the boxes the layout gave them (`bb`, scaled
/// with the nodes); each label is a node of its own (shape `none`, SVG class `label of-n<i>`
/// naming its node, `label of-c<k>` its cluster or `label of-e<k>` its edge; a label away
/// from its node has a leader line, an edge of class `leader of-n<i>`), the legend a node of class `legend`, and
/// two invisible points at the canvas's corners make the bounding box exactly the canvas, so
/// that with `pad=0` and `margin=0` Graphviz scales nothing: a 7 pt label is 7 pt on the page.
/// A map's overlay (``MapOverlay``: outlines of class `boundary`, leader lines, scale bar) comes
/// last, through the same ``CanvasTransform`` as the nodes, one scale for both axes.
enum CanvasComposition {
    /// The share of the canvas the legend may take (its width beside, its height below).
    static let legendShare = 0.25

    /// How many columns the legend needs to stay within its share of the canvas, from its
    /// estimated height (below the drawing: a quarter of the height; beside it: the whole
    /// height), at most two beside the drawing and one per 80 pt of width below it. O(entries).
    static func legendColumns(_ legend: Legend, canvas: Canvas) -> Int {
        let (w, h) = canvas.points
        let room = (canvas.isLandscape ? h : h * legendShare) - 2 * canvas.marginPoints
        let columns = Int((legend.estimatedHeight / max(room, 1)).rounded(.up))
        return max(1, min(columns, canvas.isLandscape ? 2 : Int(w / 80)))
    }

    /// The result: the final document, which nodes got a label, and what the user should know.
    struct Result {
        var document: DOTDocument
        /// For each extra node after the graph's own (node labels, edge labels, the legend, the
        /// two frame points, a map's overlay), the graph node it belongs to (nil for the others).
        var extraOwners: [Int?]
        var labelled: Int
        var warnings: [String]
        /// How layout coordinates (points, y up) became canvas coordinates: what anything
        /// drawn in layout coordinates besides the nodes (a map's outlines) must go through.
        var transform: CanvasTransform
        /// Whether the legend was asked inside but does not fit the canvas at its size in
        /// points, so that the network took the whole canvas.
        var legendLeftOut: Bool
    }

    /// Composes the final document. O(L · 176 · (n + m + L)) for the label placement, O(120 · n²) for a map's rings, O(n + m)
    /// otherwise.
    static func compose(_ document: DOTDocument, plan: CanvasPlan, measured: MeasuredLayout, legendInside: Bool) -> Result {
        let canvas = plan.canvas
        let (W, H) = canvas.points
        let m = canvas.marginPoints
        let n = document.nodes.count
        var warnings: [String] = []
        let gap = canvas.labelPoints

        // The legend's box and the plot area.
        var legendBox: LabelPlacement.Rect?
        var plot = LabelPlacement.Rect(minX: m, minY: m, maxX: W - m, maxY: H - m)
        let fits = measured.legend.map { $0.width <= W - 2 * m && $0.height <= (H - 2 * m) * (canvas.isLandscape ? 1 : 0.5) } ?? false
        let legendLeftOut = legendInside && measured.legend != nil && !fits
        if legendInside, fits, let size = measured.legend {
            if canvas.isLandscape {
                legendBox = LabelPlacement.Rect(minX: W - m - size.width, minY: H - m - size.height, maxX: W - m, maxY: H - m)
                plot.maxX = W - m - size.width - gap
                if size.width > W * legendShare { warnings.append(legendWarning(share: size.width / W, canvas: canvas)) }
            } else {
                legendBox = LabelPlacement.Rect(minX: m, minY: m, maxX: m + size.width, maxY: m + size.height)
                plot.minY = m + size.height + gap
                if size.height > H * legendShare { warnings.append(legendWarning(share: size.height / H, canvas: canvas)) }
            }
        }

        // Scale the positions into the plot area, keeping room for a line of label text and
        // the largest node at each side.
        let largest = (plan.diameters.max() ?? 0) * 72
        let inset = largest / 2 + canvas.labelPoints * MeasuredLayout.lineSpacing + 2
        // A map's nodes stand where the projection pinned them (Graphviz's layout pass shifts
        // its output to the origin, which the outlines it never saw do not share), and the map
        // holds its outlines in full, not only the nodes.
        let positions = plan.map?.projection.positions ?? measured.positions
        let clusterCorners: [(x: Double, y: Double)] = measured.clusters.compactMap { $0 }.flatMap { c in
            [(x: c.box.minX, y: c.box.minY), (x: c.box.maxX, y: c.box.maxY)]
        }
        let extent = positions + (plan.map.map { $0.overlay.extent($0.projection) } ?? []) + clusterCorners
        let xs = extent.map(\.x), ys = extent.map(\.y)
        let (x0, x1, y0, y1) = (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
        let room = (w: max(plot.maxX - plot.minX - 2 * inset, 1), h: max(plot.maxY - plot.minY - 2 * inset, 1))
        var sx = x1 > x0 ? room.w / (x1 - x0) : .infinity
        var sy = y1 > y0 ? room.h / (y1 - y0) : .infinity
        if plan.keepsAspect || !sx.isFinite || !sy.isFinite {
            let s = min(sx, sy).isFinite ? min(sx, sy) : 1
            (sx, sy) = (s, s)
        } else {
            // A force layout may be stretched to the canvas's shape, but not beyond 3:1.
            (sx, sy) = (min(sx, 3 * sy), min(sy, 3 * sx))
        }
        let cx = (plot.minX + plot.maxX) / 2 - sx * (x0 + x1) / 2
        let cy = (plot.minY + plot.maxY) / 2 - sy * (y0 + y1) / 2
        let transform = CanvasTransform(scaleX: sx, scaleY: sy, offsetX: cx, offsetY: cy)
        var centres = positions.map(transform.apply)
        let shrink = min(1, min(sx, sy))
        let diameters = plan.diameters.map { max($0 * shrink, 0.04) }
        // A map's co-located nodes go on rings sized anew for the nodes as drawn (the smallest
        // do not shrink, so scaled rings would let them overlap), each turned clear of the
        // other nodes.
        var ringLeaders: [LabelPlacement.Segment] = []
        for group in plan.map?.projection.colocated ?? [] {
            let members = Set(group.nodes)
            let others = centres.indices.filter { !members.contains($0) }.map { (centre: centres[$0], radius: diameters[$0] * 36) }
            let point = transform.apply(group.point)
            let ring = GeographicProjection.ring(around: point, group.nodes, diameters: diameters,
                                                 minimumRadius: 14 * sx, clearing: others, leaders: ringLeaders)
            for (v, p) in zip(group.nodes, ring) { centres[v] = p }
            ringLeaders += ring.map { LabelPlacement.Segment(a: point, b: $0) }
        }

        // Cluster boxes where the layout drew them, scaled with the nodes (an affine map keeps
        // each node inside its box and the boxes apart).
        let boxes: [(rect: LabelPlacement.Rect, label: MeasuredLayout.TextBox?)?] = measured.clusters.map { cluster in
            cluster.map { c in
                let a = transform.apply((x: c.box.minX, y: c.box.minY)), b = transform.apply((x: c.box.maxX, y: c.box.maxY))
                return (rect: LabelPlacement.Rect(minX: a.x, minY: a.y, maxX: b.x, maxY: b.y), label: c.label)
            }
        }
        func otherBoxes(than k: Int?) -> [LabelPlacement.Rect] {
            boxes.indices.compactMap { j in j == k ? nil : boxes[j]?.rect }
        }

        // Place the labels, most important first.
        let order = (0..<n).sorted { plan.ranking[$0] != plan.ranking[$1] ? plan.ranking[$0] > plan.ranking[$1] : $0 < $1 }
        // On a map, labels keep clear of the leader lines of co-located nodes and of the scale
        // bar too (the outlines may run under labels: they are not edges of the graph).
        let mapLeaders = (plan.map?.projection.colocated ?? []).flatMap { group in
            group.nodes.map { LabelPlacement.Segment(a: transform.apply(group.point), b: centres[$0]) }
        }
        let scaleBar = plan.map.flatMap { $0.overlay.scaleBar($0.projection, transform: transform) }
        let placement = LabelPlacement(centres: centres, radii: diameters.map { $0 * 36 },
                                       segments: segments(document.edges, centres) + mapLeaders,
                                       frame: LabelPlacement.Rect(minX: m, minY: m, maxX: W - m, maxY: H - m),
                                       forbidden: (legendBox.map { [$0] } ?? []) + (scaleBar.map { [$0.box(textPoints: canvas.legendPoints)] } ?? []))
        // Cluster labels first, inside their boxes' top left corners; then node labels, most
        // important first, out of other clusters' boxes; then edge labels, at their edges' middles.
        let clusterItems = boxes.indices.compactMap { k -> (Int, LabelPlacement.Item)? in
            guard let box = boxes[k], case .label(.text(let text))? = document.clusters[k].attributes[.label], !text.isEmpty else { return nil }
            let size = canvas.labelPoints
            let width: Double = box.label.map { measuredLabel in measuredLabel.width * size / measuredLabel.fontSize } ?? Double(text.count) * size * 0.9
            let textBox = MeasuredLayout.TextBox(width: width, height: size * MeasuredLayout.lineSpacing, fontSize: size, lines: 1)
            let anchor = (x: box.rect.minX + width / 2 + 3, y: box.rect.maxY - textBox.height / 2 + 1)
            return (k, LabelPlacement.Item(anchor: anchor, radius: 0, box: textBox, avoid: otherBoxes(than: k)))
        }
        let nodeItems = order.compactMap { v in
            measured.labels[v].map { (v, LabelPlacement.Item(anchor: centres[v], radius: diameters[v] * 36, box: $0,
                                                             avoid: otherBoxes(than: document.nodes[v].cluster))) }
        }
        let edgeItems = document.edges.indices.compactMap { e -> (Int, LabelPlacement.Item)? in
            let edge = document.edges[e]
            guard let box = measured.edgeLabels[e], edge.tail != edge.head else { return nil }
            let (a, b) = (centres[edge.tail], centres[edge.head])
            return (e, LabelPlacement.Item(anchor: ((a.x + b.x) / 2, (a.y + b.y) / 2), radius: 0, box: box))
        }
        let placed = placement.place(clusterItems.map(\.1) + nodeItems.map(\.1) + edgeItems.map(\.1))
        let clusterSpots = placed.prefix(clusterItems.count)
        let spots = Array(placed.dropFirst(clusterItems.count))
        let wanted = nodeItems.count

        var out = DOTDocument(isDirected: document.isDirected)
        out.edgeDefaults = document.edgeDefaults
        out.edges = document.edges.map { edge in
            var e = edge
            e.attributes[.label] = nil
            return e
        }
        out.nodeDefaults = document.nodeDefaults
        out.graphAttributes = [.fontname: document.graphAttributes[.fontname] ?? .string("NanumGothic"),
                               .bgcolor: .string("#FFFFFF"), .pad: .number(0), .margin: .number(0),
                               .splines: .string("false"), .outputorder: .string("edgesfirst")]
        if plan.format == .png { out.graphAttributes[.dpi] = .number(canvas.dpi) }
        out.nodes = document.nodes.enumerated().map { v, node in
            var a = node.attributes
            for key in [DOTAttribute.xlabel, .fontsize] { a[key] = nil }
            a[.label] = .label(.text(""))
            a[.fixedsize] = .bool(true)
            a[.width] = .number(diameters[v])
            a[.height] = .number(diameters[v])
            a[.pos] = .point(x: centres[v].x, y: centres[v].y, pinned: true)
            return DOTNode(attributes: a, cluster: node.cluster.flatMap { boxes[$0] == nil ? nil : $0 })
        }
        // Each cluster the layout drew keeps its box (`bb`, which `neato -n` draws as given);
        // its label is a label node of its own.
        out.clusters = document.clusters.indices.map { k in
            var a = document.clusters[k].attributes
            for key in [DOTAttribute.label, .fontsize, .fontcolor, .labeljust, .margin] { a[key] = nil }
            if let box = boxes[k]?.rect {
                a[.bb] = .string([box.minX, box.minY, box.maxX, box.maxY].map(DOTNumber.format).joined(separator: ","))
            }
            return DOTCluster(attributes: a)
        }
        var owners: [Int?] = []
        var leaders: [DOTEdge] = []
        func label(_ text: DOTValue?, _ placement: LabelPlacement.Placement, _ box: MeasuredLayout.TextBox, color: DOTValue?,
                   owner: String, node: Int?) {
            guard case .label(.text(let text))? = text else { return }
            let spot = placement.centre
            if placement.needsLeader, let node {
                // A thin grey line from the node to its label (Graphviz clips it at both shapes).
                leaders.append(DOTEdge(tail: node, head: out.nodes.count, attributes: [
                    .color: .string("#9A9A9A"), .penwidth: .number(0.5), .style: .string("solid"), .dir: .string("none"),
                    .class: .string("leader of-\(owner)")]))
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            var a: DOTAttributes = [.shape: .string("none"), .label: .label(.text(lines)), .fontsize: .number(box.fontSize),
                                    .margin: .number(0), .width: .number(0.01), .height: .number(0.01), .fixedsize: .bool(false),
                                    .pos: .point(x: spot.x, y: spot.y, pinned: true), .class: .string("label of-\(owner)"),
                                    .style: .string("solid")]
            if let color { a[.fontcolor] = color }
            out.nodes.append(DOTNode(attributes: a))
        }
        var clusterLabelsDropped = 0
        for (i, (k, item)) in clusterItems.enumerated() {
            guard let spot = clusterSpots[i] else {
                clusterLabelsDropped += 1
                continue
            }
            label(document.clusters[k].attributes[.label], spot, item.box, color: document.clusters[k].attributes[.fontcolor],
                  owner: "c\(k)", node: nil)
            owners.append(nil)
        }
        if clusterLabelsDropped > 0 {
            warnings.append("\(clusterLabelsDropped) of \(clusterItems.count) cluster labels do not fit on the \(canvas.name) canvas without overlapping and were left out")
        }
        for (i, (v, item)) in nodeItems.enumerated() {
            guard let spot = spots[i] else { continue }
            label(document.nodes[v].attributes[.label], spot, item.box, color: nil, owner: "n\(v)", node: v)
            owners.append(v)
        }
        var edgeLabelsDropped = 0
        for (i, (e, item)) in edgeItems.enumerated() {
            guard let spot = spots[nodeItems.count + i] else {
                edgeLabelsDropped += 1
                continue
            }
            label(document.edges[e].attributes[.label], spot, item.box, color: document.edges[e].attributes[.fontcolor],
                  owner: "e\(e)", node: nil)
            owners.append(nil)
        }
        if edgeLabelsDropped > 0 {
            warnings.append("\(edgeLabelsDropped) of \(edgeItems.count) edge labels do not fit on the \(canvas.name) canvas without overlapping and were left out")
        }
        out.edges += leaders
        let labelled = owners.compactMap { $0 }.count
        if labelled < wanted {
            warnings.append("\(wanted - labelled) of \(wanted) labels do not fit on the \(canvas.name) canvas at "
                + "\(DOTNumber.format(canvas.labelPoints)) pt without overlapping; the least important were left out")
        }
        if let box = legendBox {
            var legend = plan.legend
            legend.labelled = labelled
            out.nodes.append(DOTNode(attributes: [
                .shape: .string("none"), .label: .label(.html(legend.label)), .margin: .number(0),
                .width: .number(0.01), .height: .number(0.01), .fixedsize: .bool(false), .class: .string("legend"),
                .style: .string("solid"),
                .pos: .point(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2, pinned: true)]))
            owners.append(nil)
        }
        // Two invisible points whose boxes (0.01 in wide) just touch the canvas's corners.
        let half = 0.36
        for (x, y) in [(half, half), (W - half, H - half)] {
            out.nodes.append(DOTNode(attributes: [.shape: .string("point"), .style: .string("invis"), .width: .number(0.01),
                                                  .height: .number(0.01), .fixedsize: .bool(true), .label: .label(.text("")),
                                                  .pos: .point(x: x, y: y, pinned: true), .class: .string("frame")]))
            owners.append(nil)
        }
        if let map = plan.map {
            let before = out.nodes.count
            map.overlay.add(to: &out, projection: map.projection, transform: transform, textPoints: canvas.legendPoints, ownsLeaders: true)
            owners += Array(repeating: nil, count: out.nodes.count - before)
        }
        return Result(document: out, extraOwners: owners, labelled: labelled, warnings: warnings, transform: transform,
                      legendLeftOut: legendLeftOut)
    }

    /// The straight segments the final drawing's edges lie on: one per edge between its nodes'
    /// centres; where several edges join the same two nodes Graphviz bows them apart, so the
    /// lens they may fill (up to a third of the edge's length, and at least 6 pt, to either side of its middle) is
    /// covered by paths 3 pt apart. Self-loops are left out. O(m + total length of multi-edges).
    static func segments(_ edges: [DOTEdge], _ centres: [(x: Double, y: Double)]) -> [LabelPlacement.Segment] {
        var multiplicity: [[Int]: Int] = [:]
        for e in edges where e.tail != e.head { multiplicity[[min(e.tail, e.head), max(e.tail, e.head)], default: 0] += 1 }
        var out: [LabelPlacement.Segment] = []
        for (pair, count) in multiplicity.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let (a, b) = (centres[pair[0]], centres[pair[1]])
            out.append(LabelPlacement.Segment(a: a, b: b))
            guard count > 1 else { continue }
            // Paths through the middle offset by up to a third of the length, 3 pt apart, so
            // that no label fits between them.
            // Graphviz bows them at least about 5 pt however close the nodes (seen on maps on a
            // journal column), so the lens is at least 6 pt wide to either side.
            let (mx, my) = ((a.x + b.x) / 2, (a.y + b.y) / 2)
            let length = max(((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot(), 1e-9)
            let reach = max(length / 3, 6) / length
            let (nx, ny) = (-(b.y - a.y) * reach, (b.x - a.x) * reach)
            let steps = max(1, Int((nx * nx + ny * ny).squareRoot() / 3))
            for k in -steps...steps where k != 0 {
                let f = Double(k) / Double(steps)
                let m = (x: mx + f * nx, y: my + f * ny)
                out += [LabelPlacement.Segment(a: a, b: m), LabelPlacement.Segment(a: m, b: b)]
            }
        }
        return out
    }

    static func legendWarning(share: Double, canvas: Canvas) -> String {
        "the legend takes \(Int((share * 100).rounded())) % of the \(canvas.name) canvas's \(canvas.isLandscape ? "width" : "height"); "
            + "--legend-file FILE.svg draws it separately"
    }
}

/// A scale and a shift from layout coordinates to canvas coordinates, both in points, y up.
/// On a map (``CanvasPlan/keepsAspect``) the two scales are equal.
struct CanvasTransform: Sendable, Equatable {
    var scaleX: Double, scaleY: Double, offsetX: Double, offsetY: Double

    /// Leaves every point where it is.
    static let identity = CanvasTransform(scaleX: 1, scaleY: 1, offsetX: 0, offsetY: 0)

    /// The canvas position of layout point `p`. O(1).
    func apply(_ p: (x: Double, y: Double)) -> (x: Double, y: Double) {
        (offsetX + scaleX * p.x, offsetY + scaleY * p.y)
    }
}
