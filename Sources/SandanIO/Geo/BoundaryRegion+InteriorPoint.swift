extension BoundaryRegion {
    /// A point well inside the region, where a marker or a label for the whole region goes:
    /// approximately its *pole of inaccessibility*, the interior point farthest from the outline
    /// (islands and holes count as outline: 경기's point lies in 경기, never in 서울 or 인천,
    /// whose outlines are its holes).
    ///
    /// Of a 32 × 32 grid over the bounding box of the region's polygons, the point inside the
    /// region farthest from its outline (``distanceKm(latitude:longitude:)``); then the same on
    /// a 16 × 16 grid over the two cells around it. The answer is within about 1/256 of the
    /// box's side of the best grid point, which is close enough to the true pole for placing a
    /// marker (Garcia-Castellanos & Lombardo, "Poles of inaccessibility: a calculation
    /// algorithm for the remotest places on Earth", *Scottish Geographical Journal* 123(3), 2007,
    /// doi:10.1080/14702540801897809, use the same iterated grid; Mapbox's `polylabel` finds it
    /// to a tolerance with a priority queue instead).
    ///
    /// Returns nil for a region with no polygon, or so thin that no grid point falls inside.
    ///
    /// Complexity: O(1,280 · vertices) point-in-polygon tests and distances.
    public var interiorPoint: (latitude: Double, longitude: Double)? {
        guard let minLon = polygons.map(\.minLongitude).min(), let maxLon = polygons.map(\.maxLongitude).max(),
              let minLat = polygons.map(\.minLatitude).min(), let maxLat = polygons.map(\.maxLatitude).max() else { return nil }
        var best: (latitude: Double, longitude: Double, distance: Double)?
        func search(lat0: Double, lat1: Double, lon0: Double, lon1: Double, steps: Int) {
            for i in 0..<steps {
                for j in 0..<steps {
                    let lat = lat0 + (lat1 - lat0) * (Double(i) + 0.5) / Double(steps)
                    let lon = lon0 + (lon1 - lon0) * (Double(j) + 0.5) / Double(steps)
                    guard contains(latitude: lat, longitude: lon) else { continue }
                    let d = distanceKm(latitude: lat, longitude: lon)
                    if d > best?.distance ?? -1 { best = (lat, lon, d) }
                }
            }
        }
        search(lat0: minLat, lat1: maxLat, lon0: minLon, lon1: maxLon, steps: 32)
        guard let coarse = best else { return nil }
        let (cellLat, cellLon) = ((maxLat - minLat) / 32, (maxLon - minLon) / 32)
        search(lat0: coarse.latitude - cellLat, lat1: coarse.latitude + cellLat,
               lon0: coarse.longitude - cellLon, lon1: coarse.longitude + cellLon, steps: 16)
        return best.map { ($0.latitude, $0.longitude) }
    }
}
