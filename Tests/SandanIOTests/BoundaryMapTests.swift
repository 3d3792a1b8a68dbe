import Foundation
import SandanTestSupport
@testable import SandanIO
import Testing

/// Boundary layers: the GeoJSON reader, point-in-polygon, and the bundled `Graphs/boundaries/`.
@Suite struct BoundaryMapTests {
    /// A 10 × 10 square with a 2 × 2 hole in its middle ("A"), and two unit squares far apart
    /// as one MultiPolygon ("B").
    static let sample = """
    {"type":"FeatureCollection","attribution":"test data","features":[
    {"type":"Feature","properties":{"code":"1","name":"A","short":"a"},"geometry":{"type":"Polygon","coordinates":[
      [[0,0],[10,0],[10,10],[0,10],[0,0]],
      [[4,4],[4,6],[6,6],[6,4],[4,4]]]}},
    {"type":"Feature","properties":{"code":2,"name":"B"},"geometry":{"type":"MultiPolygon","coordinates":[
      [[[20,0],[21,0],[21,1],[20,1],[20,0]]],
      [[[30,5],[31,5],[31,6],[30,6],[30,5]]]]}}
    ]}
    """

    @Test func readsRegionsPropertiesAndAttribution() throws {
        let map = try BoundaryMap.parse(Self.sample, file: "sample.geojson")
        #expect(map.attribution == "test data")
        #expect(map.regions.map(\.code) == ["1", "2"])
        #expect(map.regions[0].properties == ["short": "a"])
        #expect(map.regions[0].polygons[0].rings.count == 2)
        #expect(map.regions[1].polygons.count == 2)
        #expect(map.region(named: "a") == 0)
        #expect(map.region(named: "B") == 1)
        #expect(map.region(named: "2") == 1)
        #expect(map.region(named: "C") == nil)
    }

    /// Hand-worked: inside the square, in its hole, outside it; in each of B's parts and
    /// between them; on the far side of a vertex's horizontal line.
    @Test func pointInPolygonHonoursHolesAndParts() throws {
        let map = try BoundaryMap.parse(Self.sample, file: "sample.geojson")
        #expect(map.regions(containing: 1, longitude: 1) == [0])
        #expect(map.regions(containing: 9.5, longitude: 5) == [0])
        #expect(map.regions(containing: 5, longitude: 5) == [])
        #expect(map.regions(containing: 5, longitude: 11) == [])
        #expect(map.regions(containing: 0.5, longitude: 20.5) == [1])
        #expect(map.regions(containing: 5.5, longitude: 30.5) == [1])
        #expect(map.regions(containing: 3, longitude: 25) == [])
        #expect(map.regions(containing: 6, longitude: 2) == [0])
    }

    @Test func problemsAreReportedWithLineAndColumn() {
        let point = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"1","name":"A"},
         "geometry":{"type":"Point","coordinates":[1,2]}}]}
        """
        #expect(throws: InputError(file: "p.geojson", line: 3, column: 13, "geometry type 'Point' is not a Polygon or MultiPolygon")) {
            try BoundaryMap.parse(point, file: "p.geojson")
        }
        let unnamed = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1"},"geometry":null}]}
        """
        #expect(throws: InputError(file: "u.geojson", line: 1, column: 72, "a region needs the properties 'code' and 'name'")) {
            try BoundaryMap.parse(unnamed, file: "u.geojson")
        }
        let outOfRange = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1","name":"A"},
        "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,95],[0,0]]]}}]}
        """
        #expect(throws: InputError(file: "r.geojson", line: 2, column: 58, "position [1.0, 95.0] is out of range (longitude −180…180, latitude −90…90)")) {
            try BoundaryMap.parse(outOfRange, file: "r.geojson")
        }
        #expect(throws: InputError.self) { try BoundaryMap.parse("[1,2]", file: "x.geojson") }
    }

    /// The bundled 시·도: 17 regions with their short names, and places whose province is
    /// known: Seoul City Hall, Gumi, Jeju City, Ulleung, Dokdo, 광주 (an enclave of 전남, so
    /// in 광주 only), the 삼호읍 point of `Graphs/complexes.csv`; the sea off Busan in none.
    @Test func bundledProvincesHoldKnownPlaces() throws {
        let map = try BoundaryMap.read(path: packageRoot.appendingPathComponent("Graphs/boundaries/sido.geojson").path)
        #expect(map.regions.count == 17)
        #expect(map.attribution?.contains("국토지리정보원") == true)
        let places: [(Double, Double, String?)] = [
            (37.5665, 126.9780, "서울"), (36.1195, 128.3446, "경북"), (33.4996, 126.5312, "제주"),
            (37.4844, 130.9057, "경북"), (37.2426, 131.8647, "경북"), (35.1595, 126.8526, "광주"),
            (34.7449, 126.4664, "전남"), (35.0, 129.3, nil),
        ]
        for (lat, lon, short) in places {
            let found = map.regions(containing: lat, longitude: lon).map { map.regions[$0].properties["short"] ?? "?" }
            #expect(found == (short.map { [$0] } ?? []), "\(lat), \(lon)")
        }
        let districts = try BoundaryMap.read(path: packageRoot.appendingPathComponent("Graphs/boundaries/sigungu.geojson").path)
        #expect(districts.regions.count == 253)
        let yeongam = try #require(districts.regions.firstIndex { $0.name == "영암군" })
        #expect(districts.regions(containing: 34.7449, longitude: 126.4664) == [yeongam])
    }

    /// A square's pole of inaccessibility is its centre, 1° (111.2 km on the IUGG sphere) from
    /// every side; a square with a square hole in its middle has it in a corner of the frame.
    @Test func interiorPointOfASquareIsItsCentre() throws {
        let square = BoundaryRegion(code: "1", name: "A", polygons: [BoundaryPolygon(rings: [[0, -1, 2, -1, 2, 1, 0, 1, 0, -1]])])
        let p = try #require(square.interiorPoint)
        #expect(abs(p.latitude) < 0.07 && abs(p.longitude - 1) < 0.07)
        let framed = BoundaryRegion(code: "2", name: "B", polygons: [BoundaryPolygon(rings: [
            [0, -2, 4, -2, 4, 2, 0, 2, 0, -2], [1, -1, 3, -1, 3, 1, 1, 1, 1, -1]])])
        let q = try #require(framed.interiorPoint)
        #expect(!(1...3).contains(q.longitude) || !(-1...1).contains(q.latitude))
        // The frame is 1° wide, but its corners hold larger circles: on the diagonal from the
        // corner (0, −2), the point t° from both sides is √2 (1 − t) from the hole's corner
        // (1, −1); they are equal at t = √2 / (1 + √2) = 0.5858° (65.13 km).
        let t = 2.0.squareRoot() / (1 + 2.0.squareRoot())
        #expect(abs(framed.distanceKm(latitude: q.latitude, longitude: q.longitude) - t * 6371.0088 * .pi / 180) < 1)
    }

    /// Every bundled 시·도's interior point lies in that 시·도 and is about as far from its
    /// outline as the pole shapely 2.2.0 finds (`shapely.ops.polylabel(largest polygon, 0.001)`
    /// on lon/lat, recorded here): at least 85 % of that distance, measured the same way.
    @Test func bundledProvincesHaveInteriorPointsInside() throws {
        let map = try BoundaryMap.read(path: packageRoot.appendingPathComponent("Graphs/boundaries/sido.geojson").path)
        let shapely: [String: (Double, Double)] = [
            "서울": (37.554, 127.015), "경기": (37.365, 127.423), "강원": (37.734, 128.309), "경북": (36.513, 128.88),
            "전남": (35.063, 127.252), "세종": (36.504, 127.278), "제주": (33.381, 126.559), "충남": (36.464, 126.867),
        ]
        for (i, region) in map.regions.enumerated() {
            let short = region.properties["short"] ?? region.name
            let p = try #require(region.interiorPoint, "\(short)")
            #expect(map.regions(containing: p.latitude, longitude: p.longitude) == [i], "\(short): \(p)")
            if let (lat, lon) = shapely[short] {
                let theirs = region.distanceKm(latitude: lat, longitude: lon)
                #expect(region.distanceKm(latitude: p.latitude, longitude: p.longitude) >= 0.85 * theirs, "\(short)")
            }
        }
    }
}
