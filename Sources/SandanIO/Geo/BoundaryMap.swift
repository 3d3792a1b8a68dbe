import Foundation

/// Administrative regions as polygons in longitude/latitude (WGS 84, degrees): one layer of
/// a boundary file such as `Graphs/boundaries/sido.geojson` (see ``BoundaryMap/read(path:)``).
///
/// The drawing takes the rings to outline a map; the validator asks which region holds a
/// point (``regions(containing:longitude:)``).
public struct BoundaryMap: Sendable {
    /// The regions, in file order.
    public var regions: [BoundaryRegion]
    /// The attribution the data's licence asks for (the file's `attribution` member), if any.
    public var attribution: String?

    public init(regions: [BoundaryRegion], attribution: String? = nil) {
        self.regions = regions
        self.attribution = attribution
    }

    /// The indices of the regions whose area holds the point (normally one; none in the sea,
    /// two where simplified neighbours overlap slightly).
    ///
    /// Complexity: O(total vertices) in the worst case; each region's bounding box is tested
    /// first, so in practice O(vertices of the few regions whose box holds the point).
    public func regions(containing latitude: Double, longitude: Double) -> [Int] {
        regions.indices.filter { regions[$0].contains(latitude: latitude, longitude: longitude) }
    }

    /// The index of the region whose code, name or any property value equals `name`, if
    /// exactly one does (`경북`, `경상북도` or `47` find the same 시·도).
    /// O(regions × properties).
    public func region(named name: String) -> Int? {
        let matches = regions.indices.filter { i in
            regions[i].code == name || regions[i].name == name || regions[i].properties.values.contains(name)
        }
        return matches.count == 1 ? matches[0] : nil
    }
}

/// One region: its code and name, its other properties, and its area as polygons.
public struct BoundaryRegion: Sendable {
    /// The administrative code (`47` for 경상북도, `47190` for 구미시).
    public var code: String
    /// The name (`경상북도`).
    public var name: String
    /// Other text properties of the file (`short`: `경북`; `sido`: `47`).
    public var properties: [String: String]
    /// The polygons making up the region (an island each, for instance).
    public var polygons: [BoundaryPolygon]

    public init(code: String, name: String, properties: [String: String] = [:], polygons: [BoundaryPolygon]) {
        self.code = code
        self.name = name
        self.properties = properties
        self.polygons = polygons
    }

    /// Whether the point lies inside one of the region's polygons. O(vertices).
    public func contains(latitude: Double, longitude: Double) -> Bool {
        polygons.contains { $0.contains(latitude: latitude, longitude: longitude) }
    }

    /// The distance in km from the point to the nearest edge of the region's rings (its
    /// outline, islands and holes included).
    ///
    /// Measured on the plane tangent at the point: x = Δλ · cos φ · R, y = Δφ · R with R the
    /// IUGG mean Earth radius (6,371.0088 km, as Sandan's proximity distances use),
    /// the point-to-segment distance of each edge. Within the few kilometres it is used for
    /// (a border tolerance) it differs from the geodesic distance by well under 1 %.
    ///
    /// Complexity: O(vertices).
    public func distanceKm(latitude: Double, longitude: Double) -> Double {
        let radius = 6371.0088 * Double.pi / 180
        let xScale = cos(latitude * .pi / 180) * radius
        var best = Double.infinity
        for polygon in polygons {
            for ring in polygon.rings {
                ring.withUnsafeBufferPointer { p in
                    var i = 0
                    while i + 3 < p.count {
                        let ax = (p[i] - longitude) * xScale, ay = (p[i + 1] - latitude) * radius
                        let bx = (p[i + 2] - longitude) * xScale, by = (p[i + 3] - latitude) * radius
                        let dx = bx - ax, dy = by - ay
                        let length2 = dx * dx + dy * dy
                        let t = length2 > 0 ? min(max(-(ax * dx + ay * dy) / length2, 0), 1) : 0
                        let cx = ax + t * dx, cy = ay + t * dy
                        best = min(best, (cx * cx + cy * cy).squareRoot())
                        i += 2
                    }
                }
            }
        }
        return best
    }
}

/// A polygon: an outer ring and any holes, each a closed ring of positions.
///
/// Rings are stored flat, `[lon₀, lat₀, lon₁, lat₁, …]`, last position equal to the first
/// (as GeoJSON writes them), which keeps a country's outline in a few contiguous arrays.
public struct BoundaryPolygon: Sendable {
    /// The rings, the outer one first, each `[lon, lat, lon, lat, …]`.
    public let rings: [[Double]]
    /// The bounding box of the outer ring.
    public let minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double

    /// - Precondition: at least one ring, each with an even number of values.
    public init(rings: [[Double]]) {
        precondition(!rings.isEmpty && rings.allSatisfy { $0.count % 2 == 0 }, "a polygon needs rings of lon/lat pairs")
        self.rings = rings
        let outer = rings[0]
        let longitudes = stride(from: 0, to: outer.count, by: 2).map { outer[$0] }
        let latitudes = stride(from: 1, to: outer.count, by: 2).map { outer[$0] }
        minLongitude = longitudes.min() ?? 0
        maxLongitude = longitudes.max() ?? 0
        minLatitude = latitudes.min() ?? 0
        maxLatitude = latitudes.max() ?? 0
    }

    /// Whether the point lies inside the outer ring and outside every hole.
    ///
    /// The even–odd (crossing-number) rule on the plane of longitude and latitude: a
    /// horizontal ray from the point crosses the rings' edges an odd number of times iff the
    /// point is inside (W. R. Franklin's PNPOLY; Haines, "Point in polygon strategies",
    /// *Graphics Gems IV*, 1994). Edges are straight in lon/lat, as GeoJSON defines them
    /// (RFC 7946 §3.1.1). A point exactly on an edge may count as inside or outside.
    ///
    /// Complexity: O(vertices), after an O(1) bounding-box test.
    public func contains(latitude y: Double, longitude x: Double) -> Bool {
        guard x >= minLongitude, x <= maxLongitude, y >= minLatitude, y <= maxLatitude else { return false }
        var inside = false
        for ring in rings {
            ring.withUnsafeBufferPointer { p in
                let count = p.count / 2
                guard count >= 3 else { return }
                var j = count - 1
                for i in 0..<count {
                    let xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1]
                    if (yi > y) != (yj > y), x < (xj - xi) * (y - yi) / (yj - yi) + xi { inside.toggle() }
                    j = i
                }
            }
        }
        return inside
    }
}
