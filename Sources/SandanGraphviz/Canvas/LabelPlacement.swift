import Foundation

/// Places labels (of nodes, and of edges at their middles) on a finished drawing so that no
/// label overlaps another label, a node (its own included) or an edge (its own included), and
/// none leaves the frame or enters the legend (nor, for a node's label, another cluster's box).
///
/// Greedy, in order of importance: each label tries a fixed list of spots around its node
/// (below, right, above, left, the four diagonals, then rings farther out, joined to the node
/// by a leader line) and
/// takes the first free one; a label with no free spot is dropped, so what is left out is
/// always the least important. Edges are straight segments between node centres (the final
/// drawing draws them so, `splines=false`). This is the fixed-position model of Christensen,
/// Marks & Shieber (1995), "An empirical study of algorithms for point-feature label
/// placement", ACM TOG 14(3), doi:10.1145/212332.212334, with its greedy algorithm.
///
/// Complexity: O(L · c · (n + m + L)) for L labels, c = 176 spots, n nodes and m edges.
struct LabelPlacement {
    struct Rect {
        var minX: Double, minY: Double, maxX: Double, maxY: Double
        init(centre: (x: Double, y: Double), width: Double, height: Double) {
            (minX, maxX, minY, maxY) = (centre.x - width / 2, centre.x + width / 2, centre.y - height / 2, centre.y + height / 2)
        }
        init(minX: Double, minY: Double, maxX: Double, maxY: Double) { (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY) }
        func intersects(_ o: Rect) -> Bool { minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY }
        func contains(_ o: Rect) -> Bool { o.minX >= minX && o.maxX <= maxX && o.minY >= minY && o.maxY <= maxY }
        func padded(_ d: Double) -> Rect { Rect(minX: minX - d, minY: minY - d, maxX: maxX + d, maxY: maxY + d) }

        /// Whether the disc of radius `r` around `c` meets the rectangle.
        func meets(disc c: (x: Double, y: Double), radius r: Double) -> Bool {
            let dx = c.x - min(max(c.x, minX), maxX), dy = c.y - min(max(c.y, minY), maxY)
            return dx * dx + dy * dy < r * r
        }

        /// Whether the segment from `a` to `b` passes through the rectangle (Liang–Barsky clipping).
        func meets(segment a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Bool {
            var t0 = 0.0, t1 = 1.0
            let dx = b.x - a.x, dy = b.y - a.y
            for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
                if p == 0 {
                    if q < 0 { return false }
                } else {
                    let t = q / p
                    if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                    if t0 > t1 { return false }
                }
            }
            return true
        }
    }

    /// The nodes: centres and radii in points.
    var centres: [(x: Double, y: Double)]
    var radii: [Double]
    /// A straight piece of an edge, in points.
    struct Segment { var a: (x: Double, y: Double), b: (x: Double, y: Double) }

    /// The edges, as the segments they are drawn on (see ``CanvasComposition/segments(_:_:)``).
    var segments: [Segment]
    /// Where labels may go.
    var frame: Rect
    /// Where they may not (the legend).
    var forbidden: [Rect]
    /// Space kept between a label and anything else, in points.
    var gap = 1.5

    /// A label to place: its text box, and the point (a node's centre, an edge's middle) and
    /// radius it sits around.
    struct Item {
        var anchor: (x: Double, y: Double)
        var radius: Double
        var box: MeasuredLayout.TextBox
        /// Areas this label in particular must keep out of (the boxes of clusters other than
        /// its node's).
        var avoid: [Rect] = []
    }

    /// Where an item's label went: its centre, and whether it is away from its anchor (on an
    /// outer ring), so that a leader line must join them.
    struct Placement {
        var centre: (x: Double, y: Double)
        var needsLeader: Bool
    }

    /// The placement of each item's label, in the order given (most important first), or nil
    /// when no spot was free. A label on an outer ring also needs its leader (a straight line
    /// from the anchor towards the label's centre) to miss every other label and every node
    /// but its own; leaders already drawn are obstacles for later labels.
    func place(_ items: [Item]) -> [Placement?] {
        var placed: [Rect] = []
        var leaders: [Segment] = []
        return items.enumerated().map { index, item in
            for (k, spot) in spots(item, far: index < Self.farLabels).enumerated() {
                let rect = Rect(centre: spot, width: item.box.width, height: item.box.height)
                let guarded = rect.padded(gap)
                guard frame.contains(rect), !forbidden.contains(where: guarded.intersects), !item.avoid.contains(where: guarded.intersects),
                      !placed.contains(where: guarded.intersects),
                      !centres.indices.contains(where: { guarded.meets(disc: centres[$0], radius: radii[$0]) }),
                      !segments.contains(where: { guarded.meets(segment: $0.a, $0.b) }),
                      !leaders.contains(where: { guarded.meets(segment: $0.a, $0.b) })
                else { continue }
                let needsLeader = k >= Self.touchingSpots
                if needsLeader {
                    // Graphviz draws it towards the label's centre, clipped at the label's box.
                    let leader = Segment(a: item.anchor, b: spot)
                    guard !placed.contains(where: { $0.padded(gap).meets(segment: leader.a, leader.b) }),
                          !centres.indices.contains(where: { v in
                              (centres[v].x != item.anchor.x || centres[v].y != item.anchor.y)
                                  && Self.segment(leader, meetsDisc: centres[v], radius: radii[v] + gap)
                          })
                    else { continue }
                    leaders.append(leader)
                }
                placed.append(rect)
                return Placement(centre: spot, needsLeader: needsLeader)
            }
            return nil
        }
    }

    /// How many of the spots touch their anchor (the rest need a leader).
    static let touchingSpots = 8
    /// How many of the most important labels may also go on the two farthest rings (a long
    /// leader is worth it for a hub, not for a small node).
    static let farLabels = 5

    /// Whether segment `s` passes within `radius` of `c`. O(1).
    static func segment(_ s: Segment, meetsDisc c: (x: Double, y: Double), radius: Double) -> Bool {
        let (dx, dy) = (s.b.x - s.a.x, s.b.y - s.a.y)
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? min(max(((c.x - s.a.x) * dx + (c.y - s.a.y) * dy) / length2, 0), 1) : 0
        let (px, py) = (s.a.x + t * dx - c.x, s.a.y + t * dy - c.y)
        return px * px + py * py < radius * radius
    }

    /// The spots tried for an item's label, in order of preference: touching the node below,
    /// right, above, left and at the four diagonals; then at 24 directions on seven rings
    /// farther out (up to 13 font sizes away; the two farthest only when `far`), which finds the
    /// gaps between the edges of a star (a hub's label may end up far out, joined by its leader).
    func spots(_ item: Item, far: Bool = true) -> [(x: Double, y: Double)] {
        let (x, y) = item.anchor
        let box = item.box
        let (w, h) = (box.width / 2, box.height / 2)
        let r = item.radius + 2 * gap
        let d = r * 0.72
        var out: [(x: Double, y: Double)] = [
            (x, y - r - h), (x + r + w, y), (x, y + r + h), (x - r - w, y),
            (x + d + w, y - d - h), (x - d - w, y - d - h), (x + d + w, y + d + h), (x - d - w, y + d + h),
        ]
        for extra in (far ? [0.8, 1.8, 3.0, 4.5, 6.5, 9, 13] : [0.8, 1.8, 3.0, 4.5, 6.5]).map({ $0 * box.fontSize }) {
            for k in 0..<24 {
                let angle = -Double.pi / 2 + Double(k) * Double.pi / 12
                let (c, s) = (cos(angle), sin(angle))
                // The box's nearest point to the node lies `r + extra` away along the direction.
                out.append((x + c * (r + extra) + (c >= 0 ? w : -w) * min(abs(c) * 2, 1),
                            y + s * (r + extra) + (s >= 0 ? h : -h) * min(abs(s) * 2, 1)))
            }
        }
        return out
    }
}
