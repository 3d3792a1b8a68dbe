import Foundation

/// Places nodes at their coordinates for a map drawn with `neato -n2`.
///
/// The projection is ``MapProjection/korea2000Unified`` (**EPSG:5179**, Korea 2000 / Unified
/// CS, a transverse Mercator on GRS80) for any data around Korea, else an equirectangular
/// fallback (``MapProjection``), at 1.7 pt per km (Korea with Jeju, Ulleung and Dokdo spans
/// about 15 × 15 inches before any `size` scaling), y up as Graphviz expects. Boundary
/// outlines (``MapOverlay``) go through the same ``projection``, so nodes and outlines agree.
///
/// Nodes sharing a coordinate (the bundled data gives city or town centres, so a complex and
/// an agency office in one place coincide) are spread on a small ring around it, in node
/// order, so none hides another; ``colocated`` keeps each such point and its nodes, for the
/// leader lines that tie them to it. Nodes without coordinates go in a row under the map.
struct GeographicProjection {
    /// How coordinates become points.
    let projection: MapProjection

    /// Position of each node in points (y up, as Graphviz expects).
    let positions: [(x: Double, y: Double)]
    /// Nodes without a usable coordinate.
    let unplaced: Int
    /// The positions of the nodes with coordinates (the map's extent, with the outlines).
    let placedPositions: [(x: Double, y: Double)]
    /// Each point shared by several nodes, with those nodes in index order (they stand on a
    /// ring around it). Sorted by their first node.
    let colocated: [(point: (x: Double, y: Double), nodes: [Int])]

    /// - Parameters:
    ///   - latitudes, longitudes: degrees per node, nil when unknown; values outside
    ///     [−90, 90] × [−180, 180] count as unknown.
    ///   - diameters: node diameters in inches, to size the rings.
    ///   - projection: how coordinates become points (``MapProjection/choose(latitudes:longitudes:)``).
    ///   - floor: the lowest y of anything else on the map (its outlines), so that the row of
    ///     unplaced nodes goes under it too.
    /// Complexity: O(n log n).
    init(latitudes: [Double?], longitudes: [Double?], diameters: [Double], projection: MapProjection, floor: Double? = nil) {
        self.projection = projection
        let n = diameters.count
        func coordinate(_ v: Int) -> (Double, Double)? {
            guard let lat = latitudes[v], let lon = longitudes[v], lat.isFinite, lon.isFinite,
                  abs(lat) <= 90, abs(lon) <= 180 else { return nil }
            return (lat, lon)
        }
        let known = (0..<n).compactMap { v in coordinate(v).map { (v, $0) } }
        var result = [(x: Double, y: Double)](repeating: (0, 0), count: n)
        var groups: [[Int]: [Int]] = [:]
        for (v, (lat, lon)) in known {
            let key = [Int((lat * 1e4).rounded()), Int((lon * 1e4).rounded())]
            groups[key, default: []].append(v)
        }
        var colocated: [(point: (x: Double, y: Double), nodes: [Int])] = []
        for (_, members) in groups {
            let (lat, lon) = coordinate(members[0])!
            let centre = projection.place(latitude: lat, longitude: lon)
            guard members.count > 1 else {
                result[members[0]] = centre
                continue
            }
            colocated.append((centre, members))
            for (v, p) in zip(members, Self.ring(around: centre, members, diameters: diameters)) { result[v] = p }
        }
        let placed = Set(known.map(\.0))
        let minX = known.isEmpty ? 0 : known.map { result[$0.0].x }.min()!
        let lowest = (known.map { result[$0.0].y } + (floor.map { [$0] } ?? [])).min() ?? 0
        var column = 0
        for v in 0..<n where !placed.contains(v) {
            result[v] = (minX + Double(column % 20) * 48, lowest - 72 - Double(column / 20) * 48)
            column += 1
        }
        positions = result
        unplaced = n - known.count
        placedPositions = known.map { result[$0.0] }
        self.colocated = colocated.sorted { $0.nodes[0] < $1.nodes[0] }
    }

    /// The positions of `members` on a ring around `centre`, the first at `start` radians
    /// (the top by default), clockwise, at 1.6 diameters from centre to centre along the ring,
    /// and at least `minimumRadius` points from `centre` (the radius a map on a canvas scales
    /// down). O(members).
    static func ring(around centre: (x: Double, y: Double), _ members: [Int], diameters: [Double],
                     minimumRadius: Double = 14, start: Double = .pi / 2) -> [(x: Double, y: Double)] {
        let circumference = members.reduce(0) { $0 + diameters[$1] * 72 * 1.6 }
        let radius = max(circumference / (2 * .pi), minimumRadius)
        return members.indices.map { i in
            let angle = start - 2 * .pi * Double(i) / Double(members.count)
            return (centre.x + radius * cos(angle), centre.y + radius * sin(angle))
        }
    }

    /// The ring of ``ring(around:_:diameters:minimumRadius:start:)`` turned, and if need be
    /// widened, so that its leader lines (from `centre` to each member) miss every other node
    /// (`others`: centres and radii in points), its members keep clear of the `leaders` of
    /// rings already placed, and, as far as the room allows, of the other nodes (1 pt apart):
    /// of 24 turns, from the top, at 1, 1.5, 2, 3 and 4 times the radius, the first with the
    /// fewest clashes (a leader or member on a line counting as many as 1,000 members on
    /// nodes). On a map scaled down onto a small canvas a ring is only a few points wide, and
    /// a node standing just beside the shared point would otherwise sit on a leader line.
    /// O(120 · members · (others + leaders)).
    static func ring(around centre: (x: Double, y: Double), _ members: [Int], diameters: [Double], minimumRadius: Double,
                     clearing others: [(centre: (x: Double, y: Double), radius: Double)],
                     leaders: [LabelPlacement.Segment] = []) -> [(x: Double, y: Double)] {
        func clashes(_ ring: [(x: Double, y: Double)]) -> Int {
            var count = 0
            for (v, p) in zip(members, ring) {
                let r = diameters[v] * 36
                let leader = LabelPlacement.Segment(a: centre, b: p)
                for other in others {
                    let (dx, dy) = (p.x - other.centre.x, p.y - other.centre.y)
                    if (dx * dx + dy * dy).squareRoot() < r + other.radius + 1 { count += 1 }
                    if LabelPlacement.segment(leader, meetsDisc: other.centre, radius: other.radius) { count += 1000 }
                }
                count += 1000 * leaders.filter { LabelPlacement.segment($0, meetsDisc: p, radius: r + 1) }.count
            }
            return count
        }
        let circumference = members.reduce(0.0) { $0 + diameters[$1] * 72 * 1.6 }
        let base = max(circumference / (2 * .pi), minimumRadius)
        var best: (ring: [(x: Double, y: Double)], clashes: Int)?
        for widening in [1.0, 1.5, 2, 3, 4] {
            for k in 0..<24 {
                let start = Double.pi / 2 - Double(k) * Double.pi / 12
                let turned = ring(around: centre, members, diameters: diameters, minimumRadius: base * widening, start: start)
                let count = clashes(turned)
                if count == 0 { return turned }
                if count < best?.clashes ?? .max { best = (turned, count) }
            }
        }
        return best!.ring
    }
}
