import SandanIO

/// The check of coordinates against administrative boundaries (``DatasetValidator/provinces``,
/// ``DatasetValidator/districts``).
extension ValidationRun {
    /// Reports a row whose `lat`/`lon` lie outside its `region` (and outside its `sigungu`,
    /// when the row names one and district boundaries are given), at the `lat` cell. Rows
    /// whose coordinates or region are themselves wrong are left to the other checks.
    ///
    /// A point within ``DatasetValidator/borderToleranceKm`` of its region counts as inside:
    /// simplified outlines lie within about a kilometre of the true border.
    ///
    /// A `sigungu` matches the districts of the row's 시·도 (the layer's `sido` property holds
    /// the 시·도 code) by code, by name, or as the start of their names (`수원시` names the four
    /// districts 수원시장안구 … of the boundary data).
    ///
    /// Complexity: O(vertices of the regions compared), after bounding-box tests.
    mutating func checkPlace(_ table: LooseTable, _ row: CSVRecord) {
        guard let provinces = validator.provinces,
              let latCell = table.cell(row, "lat"), let lonCell = table.cell(row, "lon"),
              let lat = NumberParsing.finiteDouble(latCell.text), let lon = NumberParsing.finiteDouble(lonCell.text),
              abs(lat) <= 90, abs(lon) <= 180,
              let region = table.cell(row, Region.attribute), Region.macroRegionOf[region.text] != nil else { return }
        guard let province = provinces.region(named: region.text) else {
            report(region.location, "region \(region.text) has no outline in the boundary data")
            return
        }
        if let problem = Self.outside(provinces, [province], latitude: lat, longitude: lon, named: region.text, level: "시·도") {
            report(latCell.location, problem)
        }
        guard let districts = validator.districts, let cell = table.cell(row, "sigungu"), !cell.text.isEmpty else { return }
        let code = provinces.regions[province].code
        let inProvince = districts.regions.indices.filter { districts.regions[$0].properties["sido"] == code }
        let named = inProvince.filter { i in
            let d = districts.regions[i]
            return d.code == cell.text || d.name == cell.text || d.name.hasPrefix(cell.text)
        }
        guard !named.isEmpty else {
            let known = inProvince.map { districts.regions[$0].name }
            report(cell.location, unknownValue("시·군·구 of \(region.text)", cell.text, known))
            return
        }
        if let problem = Self.outside(districts, named, latitude: lat, longitude: lon, named: cell.text, level: "시·군·구") {
            report(latCell.location, problem)
        }
    }

    /// Nil when the point lies in one of `candidates` of `map` or within the border
    /// tolerance of one; else what is wrong, naming where the point lies instead.
    static func outside(_ map: BoundaryMap, _ candidates: [Int], latitude: Double, longitude: Double,
                        named name: String, level: String) -> String? {
        if candidates.contains(where: { map.regions[$0].contains(latitude: latitude, longitude: longitude) }) { return nil }
        let distance = candidates.map { map.regions[$0].distanceKm(latitude: latitude, longitude: longitude) }.min() ?? .infinity
        if distance <= DatasetValidator.borderToleranceKm { return nil }
        let actual = map.regions(containing: latitude, longitude: longitude).map { map.regions[$0].name }
        let there = actual.isEmpty ? "in no \(level) (at sea?)" : "in \(actual.joined(separator: ", "))"
        return "lat/lon \(latitude), \(longitude) lie outside \(name), \(Int(distance.rounded())) km from it, \(there)"
    }
}
