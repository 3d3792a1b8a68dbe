import Foundation

/// Places nodes at their coordinates for a map drawn with `neato -n`.
///
/// The projection is equirectangular around the mean latitude φ₀ (x = λ·cos φ₀, y = φ, in
/// degrees times ``pointsPerDegree``), which is accurate to a few per cent across a country
/// the size of Korea. Nodes sharing a coordinate (the bundled data gives city centres, so a
/// complex and an agency office in one city coincide) are spread on a small ring around it,
/// in node order, so none hides another. Nodes without coordinates go in a row under the map.
struct GeographicProjection {
    /// Scale of the map: points per degree of latitude.
    static let pointsPerDegree = 190.0

    /// Position of each node in points (y up, as Graphviz expects).
    let positions: [(x: Double, y: Double)]
    /// Nodes without a usable coordinate.
    let unplaced: Int

    /// - Parameters:
    ///   - latitudes, longitudes: degrees per node, nil when unknown; values outside
    ///     [−90, 90] × [−180, 180] count as unknown.
    ///   - diameters: node diameters in inches, to size the rings.
    /// Complexity: O(n log n).
    init(latitudes: [Double?], longitudes: [Double?], diameters: [Double]) {
        let n = diameters.count
        func coordinate(_ v: Int) -> (Double, Double)? {
            guard let lat = latitudes[v], let lon = longitudes[v], lat.isFinite, lon.isFinite,
                  abs(lat) <= 90, abs(lon) <= 180 else { return nil }
            return (lat, lon)
        }
        let known = (0..<n).compactMap { v in coordinate(v).map { (v, $0) } }
        let meanLatitude = known.isEmpty ? 0 : known.reduce(0) { $0 + $1.1.0 } / Double(known.count)
        let xScale = cos(meanLatitude * .pi / 180) * Self.pointsPerDegree
        var result = [(x: Double, y: Double)](repeating: (0, 0), count: n)
        var groups: [[Int]: [Int]] = [:]
        for (v, (lat, lon)) in known {
            let key = [Int((lat * 1e4).rounded()), Int((lon * 1e4).rounded())]
            groups[key, default: []].append(v)
        }
        for (_, members) in groups {
            let (lat, lon) = coordinate(members[0])!
            let centre = (x: lon * xScale, y: lat * Self.pointsPerDegree)
            guard members.count > 1 else {
                result[members[0]] = centre
                continue
            }
            let circumference = members.reduce(0) { $0 + diameters[$1] * 72 * 1.6 }
            let radius = max(circumference / (2 * .pi), 14)
            for (i, v) in members.enumerated() {
                let angle = .pi / 2 - 2 * .pi * Double(i) / Double(members.count)
                result[v] = (centre.x + radius * cos(angle), centre.y + radius * sin(angle))
            }
        }
        let placed = Set(known.map(\.0))
        let minX = known.isEmpty ? 0 : known.map { result[$0.0].x }.min()!
        let minY = known.isEmpty ? 0 : known.map { result[$0.0].y }.min()!
        var column = 0
        for v in 0..<n where !placed.contains(v) {
            result[v] = (minX + Double(column % 20) * 48, minY - 72 - Double(column / 20) * 48)
            column += 1
        }
        positions = result
        unplaced = n - known.count
    }
}
