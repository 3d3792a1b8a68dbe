import Foundation

/// How a map turns latitude and longitude into drawing points (1.7 pt per km, y up).
///
/// - ``korea2000Unified``: **EPSG:5179** (``TransverseMercator/korea2000Unified``), the
///   projection of Korea's national maps, for data within 30° of longitude of its central
///   meridian 127.5°E (from Myanmar to the Pacific east of Japan): every Korean dataset.
/// - ``equirectangular(referenceLatitude:)``: x = λ · cos φ₀, y = φ (in km of arc on a sphere
///   of radius 6,371.0088 km), φ₀ the mean latitude of the nodes; for data elsewhere, where
///   a transverse Mercator centred on Korea would distort badly or fail (it is undefined 90°
///   from its central meridian). Accurate to a few per cent across a country, not a continent.
///
/// ``choose(latitudes:longitudes:)`` picks one from the nodes' coordinates, so the same data
/// always get the same projection; the legend names it.
enum MapProjection: Equatable {
    case korea2000Unified
    case equirectangular(referenceLatitude: Double)

    /// Scale of the map: points per metre of projected distance (1.7 pt per km).
    static let pointsPerMetre = 1.7 / 1000

    /// The widest longitude range around 127.5°E for which EPSG:5179 is used.
    static let koreanLongitudes = 97.5...157.5

    /// EPSG:5179 when every coordinate (pairs of finite degrees in range) lies within
    /// ``koreanLongitudes``, else equirectangular around their mean latitude. O(n).
    static func choose(latitudes: [Double?], longitudes: [Double?]) -> MapProjection {
        let points = zip(latitudes, longitudes).compactMap { lat, lon -> (Double, Double)? in
            guard let lat, let lon, lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 else { return nil }
            return (lat, lon)
        }
        if points.allSatisfy({ koreanLongitudes.contains($0.1) && abs($0.0) < 84 }) { return .korea2000Unified }
        return .equirectangular(referenceLatitude: points.map(\.0).reduce(0, +) / Double(points.count))
    }

    /// The drawing position, in points, of a point given in degrees.
    func place(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        switch self {
        case .korea2000Unified:
            let p = TransverseMercator.korea2000Unified.project(latitude: latitude, longitude: longitude)
            return (p.x * Self.pointsPerMetre, p.y * Self.pointsPerMetre)
        case .equirectangular(let phi0):
            let metresPerDegree = 6_371_008.8 * Double.pi / 180
            return (longitude * cos(phi0 * .pi / 180) * metresPerDegree * Self.pointsPerMetre,
                    latitude * metresPerDegree * Self.pointsPerMetre)
        }
    }

    /// The projection's name in the legend.
    var name: String {
        switch self {
        case .korea2000Unified: "EPSG:5179"
        case .equirectangular(let phi0): String(format: "equirectangular, φ₀ = %.1f°", phi0)
        }
    }
}
