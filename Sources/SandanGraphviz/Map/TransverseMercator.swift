import Foundation

/// The transverse Mercator projection of an ellipsoid, forward only: latitude and longitude in
/// degrees to easting and northing in metres.
///
/// Sandan's maps use ``korea2000Unified``, **EPSG:5179** (Korea 2000 / Unified CS: GRS80,
/// origin 38°N 127.5°E, scale 0.9996, false easting 1,000,000 m, false northing
/// 2,000,000 m), the projection of Korea's national base maps. Its scale factor lies between
/// 0.9996 (on the central meridian) and 1.0007 over the mainland, Jeju and Ulleung, and
/// reaches 1.0014 at Dokdo, 4.4° east of it (PROJ's `get_factors`), so distances read on the
/// map (the scale bar) hold to 0.1 % nearly everywhere on it.
///
/// The formulas are Krüger's series in the third flattening n, to n⁴ (Karney, "Transverse
/// Mercator with an accuracy of a few nanometers", *J. Geodesy* 85, 2011,
/// doi:10.1007/s00190-011-0445-3, eqs. 7–11, 35), accurate to well under a millimetre within a
/// few thousand kilometres of the central meridian. Checked against PROJ 9.5.1 (pyproj 3.7.2,
/// `Scripts/fixtures/projection.py`).
///
/// Complexity: O(1) per point.
struct TransverseMercator: Sendable {
    /// Semi-major axis, metres.
    let a: Double
    /// Flattening.
    let f: Double
    /// Latitude and longitude of the origin, degrees.
    let latitudeOrigin: Double, centralMeridian: Double
    /// Scale factor on the central meridian.
    let scale: Double
    /// False easting and northing, metres.
    let falseEasting: Double, falseNorthing: Double

    /// EPSG:5179, Korea 2000 / Unified CS.
    static let korea2000Unified = TransverseMercator(a: 6_378_137, f: 1 / 298.257222101, latitudeOrigin: 38,
                                                     centralMeridian: 127.5, scale: 0.9996,
                                                     falseEasting: 1_000_000, falseNorthing: 2_000_000)

    /// (easting, northing) in metres of a point given in degrees.
    func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        let (xi, eta) = krueger(latitude: latitude, longitude: longitude)
        let (xi0, _) = krueger(latitude: latitudeOrigin, longitude: centralMeridian)
        return (falseEasting + scale * rectifyingRadius * eta, falseNorthing + scale * rectifyingRadius * (xi - xi0))
    }

    /// The third flattening n = f / (2 − f).
    private var n: Double { f / (2 - f) }

    /// The rectifying radius A = a / (1 + n) · (1 + n²/4 + n⁴/64).
    private var rectifyingRadius: Double {
        let n2 = n * n
        return a / (1 + n) * (1 + n2 / 4 + n2 * n2 / 64)
    }

    /// Krüger's ξ and η (in units of A): the conformal sphere's transverse Mercator
    /// coordinates (ξ′, η′) corrected by the series Σ αⱼ sin 2jξ′ cosh 2jη′ and
    /// Σ αⱼ cos 2jξ′ sinh 2jη′.
    private func krueger(latitude: Double, longitude: Double) -> (xi: Double, eta: Double) {
        let phi = latitude * .pi / 180
        let lambda = (longitude - centralMeridian) * .pi / 180
        let e = (f * (2 - f)).squareRoot()
        // Conformal latitude, as its tangent τ′ (Karney eq. 7).
        let t = sinh(atanh(sin(phi)) - e * atanh(e * sin(phi)))
        let xiPrime = atan2(t, cos(lambda))
        let etaPrime = asinh(sin(lambda) / (t * t + cos(lambda) * cos(lambda)).squareRoot())
        let n = self.n, n2 = n * n, n3 = n2 * n, n4 = n3 * n
        let alpha = [n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180,
                     13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440,
                     61 * n3 / 240 - 103 * n4 / 140,
                     49561 * n4 / 161280]
        var xi = xiPrime, eta = etaPrime
        for (j, coefficient) in alpha.enumerated() {
            let k = 2 * Double(j + 1)
            xi += coefficient * sin(k * xiPrime) * cosh(k * etaPrime)
            eta += coefficient * cos(k * xiPrime) * sinh(k * etaPrime)
        }
        return (xi, eta)
    }
}
