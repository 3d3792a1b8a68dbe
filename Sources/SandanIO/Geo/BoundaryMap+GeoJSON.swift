extension BoundaryMap {
    /// Reads a boundary layer from a GeoJSON file (RFC 7946), as `Scripts/data/boundaries.py`
    /// writes them.
    ///
    /// The file is a `FeatureCollection`; each feature a region whose geometry is a `Polygon`
    /// or `MultiPolygon` (positions `[lon, lat]`, extra values such as altitude ignored) and
    /// whose `properties` hold `code` and `name` (strings or integers) and any other text
    /// properties (kept in ``BoundaryRegion/properties``). The collection's foreign member
    /// `attribution`, when present, becomes ``attribution``.
    ///
    /// - Throws: ``InputError`` with the file, line and column of the first problem: not JSON,
    ///   not a feature collection, a feature without `code` or `name`, another geometry
    ///   type, a ring of fewer than four positions, a position out of −180…180 × −90…90.
    ///
    /// Complexity: O(bytes) time and memory.
    public static func read(path: String) throws(InputError) -> BoundaryMap {
        try parse(TextDecoding.readText(at: path), file: path)
    }

    /// Parses a boundary layer from GeoJSON text (see ``read(path:)``); `file` names it in
    /// errors.
    public static func parse(_ text: String, file: String) throws(InputError) -> BoundaryMap {
        let root = try JSONParser.parse(text, file: file)
        func fail(_ node: JSONNode, _ message: String) -> InputError {
            InputError(file: file, line: node.line, column: node.column, message)
        }
        guard case .string("FeatureCollection")? = root["type"]?.value, case .array(let features)? = root["features"]?.value else {
            throw fail(root, "a boundary file is a GeoJSON FeatureCollection with a 'features' array")
        }
        var attribution: String?
        if let node = root["attribution"] {
            guard case .string(let text) = node.value else { throw fail(node, "'attribution' must be a string") }
            attribution = text
        }
        var regions: [BoundaryRegion] = []
        regions.reserveCapacity(features.count)
        for feature in features {
            guard let properties = feature["properties"], case .object(let members) = properties.value else {
                throw fail(feature, "a feature without 'properties'")
            }
            var texts: [String: String] = [:]
            for (key, value) in members {
                switch value.value {
                case .string(let s): texts[key] = s
                case .integer(let i): texts[key] = String(i)
                default: continue
                }
            }
            guard let code = texts.removeValue(forKey: "code"), let name = texts.removeValue(forKey: "name") else {
                throw fail(properties, "a region needs the properties 'code' and 'name'")
            }
            guard let geometry = feature["geometry"] else { throw fail(feature, "region \(name) has no 'geometry'") }
            regions.append(BoundaryRegion(code: code, name: name, properties: texts,
                                          polygons: try polygons(of: geometry, fail: fail)))
        }
        return BoundaryMap(regions: regions, attribution: attribution)
    }

    /// The polygons of a `Polygon` or `MultiPolygon` geometry.
    private static func polygons(of geometry: JSONNode, fail: (JSONNode, String) -> InputError) throws(InputError) -> [BoundaryPolygon] {
        guard case .string(let type)? = geometry["type"]?.value, let coordinates = geometry["coordinates"] else {
            throw fail(geometry, "a geometry needs 'type' and 'coordinates'")
        }
        switch type {
        case "Polygon":
            return [try polygon(coordinates, fail: fail)]
        case "MultiPolygon":
            guard case .array(let items) = coordinates.value else { throw fail(coordinates, "MultiPolygon coordinates must be an array of polygons") }
            var result: [BoundaryPolygon] = []
            for item in items { result.append(try polygon(item, fail: fail)) }
            return result
        default:
            throw fail(geometry, "geometry type '\(type)' is not a Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ node: JSONNode, fail: (JSONNode, String) -> InputError) throws(InputError) -> BoundaryPolygon {
        guard case .array(let ringNodes) = node.value, !ringNodes.isEmpty else {
            throw fail(node, "a polygon is a non-empty array of rings")
        }
        var rings: [[Double]] = []
        for ringNode in ringNodes {
            guard case .array(let positions) = ringNode.value, positions.count >= 4 else {
                throw fail(ringNode, "a ring is an array of at least four positions")
            }
            var ring: [Double] = []
            ring.reserveCapacity(2 * positions.count)
            for position in positions {
                guard case .array(let values) = position.value, values.count >= 2,
                      let lon = number(values[0]), let lat = number(values[1]) else {
                    throw fail(position, "a position is [longitude, latitude] in numbers")
                }
                guard abs(lon) <= 180, abs(lat) <= 90 else {
                    throw fail(position, "position [\(lon), \(lat)] is out of range (longitude −180…180, latitude −90…90)")
                }
                ring.append(lon)
                ring.append(lat)
            }
            rings.append(ring)
        }
        return BoundaryPolygon(rings: rings)
    }

    private static func number(_ node: JSONNode) -> Double? {
        switch node.value {
        case .integer(let i): Double(i)
        case .double(let x): x
        default: nil
        }
    }
}
