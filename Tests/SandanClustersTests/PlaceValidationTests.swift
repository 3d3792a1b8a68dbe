import Foundation
import SandanTestSupport
import Testing
import SandanIO
@testable import SandanClusters

/// The validator's check of coordinates against the boundaries of `Graphs/boundaries/`.
@Suite struct PlaceValidationTests {
    static let boundaries = TestGraphs.graphs.appendingPathComponent("boundaries")

    static func validator() throws -> DatasetValidator {
        DatasetValidator(provinces: try BoundaryMap.read(path: boundaries.appendingPathComponent("sido.geojson").path),
                         districts: try BoundaryMap.read(path: boundaries.appendingPathComponent("sigungu.geojson").path))
    }

    @Test func theBundledDatasetLiesInItsProvinces() throws {
        let report = try Self.validator().validate(folder: TestGraphs.graphs.path)
        #expect(report.problems.map(\.description) == [])
    }

    /// 구미 moved to 창원's point (in 경남) and 사상 to the sea off Busan: each reported at its
    /// `lat` cell, naming where the point lies. The distances are shapely's, from the point to
    /// the province's polygon on the same tangent plane (38.4 and 19.5 km).
    @Test func aPointOutsideItsProvinceIsReportedAtItsCell() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        let nodes = DatasetSchema.folder.nodesFile
        let gumi = copy.line(nodes, startingWith: ["gumi"])
        let gumiCell = copy.set(nodes, line: gumi, "lat", to: "35.2280")
        _ = copy.set(nodes, line: gumi, "lon", to: "128.6811")
        let sasang = copy.line(nodes, startingWith: ["sasang"])
        let sasangCell = copy.set(nodes, line: sasang, "lat", to: "35.0")
        _ = copy.set(nodes, line: sasang, "lon", to: "129.3")
        try copy.write()
        let problems = try Self.validator().validate(folder: copy.folder.path).problems
        #expect(problems.map(\.description) == [
            "\(copy.path(nodes)):\(gumi):\(gumiCell.column): lat/lon 35.228, 128.6811 lie outside 경북, 38 km from it, in 경상남도",
            "\(copy.path(nodes)):\(sasang):\(sasangCell.column): lat/lon 35.0, 129.3 lie outside 부산, 19 km from it, in no 시·도 (at sea?)",
        ].sorted())
    }

    /// Hand-worked tolerance on a unit square: 0.005° north of its edge is 0.556 km
    /// (0.005 × 6371.0088 × π/180), inside the 1 km tolerance; 0.02° is 2.22 km, reported.
    @Test func theBorderToleranceIsOneKilometre() {
        let square = BoundaryRegion(code: "1", name: "square", polygons: [BoundaryPolygon(rings: [[0, 0, 1, 0, 1, 1, 0, 1, 0, 0]])])
        let map = BoundaryMap(regions: [square])
        #expect(abs(square.distanceKm(latitude: 1.005, longitude: 0.5) - 0.005 * 6371.0088 * .pi / 180) < 1e-9)
        #expect(ValidationRun.outside(map, [0], latitude: 0.5, longitude: 0.5, named: "square", level: "시·도") == nil)
        #expect(ValidationRun.outside(map, [0], latitude: 1.005, longitude: 0.5, named: "square", level: "시·도") == nil)
        #expect(ValidationRun.outside(map, [0], latitude: 1.02, longitude: 0.5, named: "square", level: "시·도")
                == "lat/lon 1.02, 0.5 lie outside square, 2 km from it, in no 시·도 (at sea?)")
    }

    /// The optional `sigungu` column: a district matched by name, one by the start of its
    /// districts' names (수원시 → 수원시장안구 …), a point in the wrong district, and a name
    /// the 시·도 does not have.
    @Test func districtsAreCheckedWhereTheTableNamesThem() throws {
        let folder = TemporaryFolder()
        let seed = "000_5c4ffd1b9c21ec6c.txt"
        try """
        id,name_ko,kind,region,macro_region,lat,lon,coords,sigungu,citation
        gumi,구미,complex,경북,대경권,36.1195,128.3446,approx-city,구미시,\(seed)
        suwon,수원,complex,경기,수도권,37.2636,127.0286,approx-city,수원시,\(seed)
        gimcheon,김천,complex,경북,대경권,36.1195,128.3446,approx-city,김천시,\(seed)
        nowhere,어딘가,complex,경북,대경권,36.1195,128.3446,approx-city,없는군,\(seed)

        """.write(to: folder.url("complexes.csv"), atomically: true, encoding: .utf8)
        try """
        source,target,kind,programme,year,citation
        gumi,suwon,cross-region,wide-area-2010,2010,\(seed)

        """.write(to: folder.url("linkages.csv"), atomically: true, encoding: .utf8)
        let problems = try Self.validator().validate(folder: folder.path).problems.map {
            "\($0.location.line!):\($0.location.column!): \($0.message)"
        }
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.hasPrefix("4:28: lat/lon 36.1195, 128.3446 lie outside 김천시, ") == true, "\(problems)")
        #expect(problems.first?.hasSuffix(" km from it, in 구미시") == true, "\(problems)")
        #expect(problems.last?.hasPrefix("5:57: unknown 시·군·구 of 경북 '없는군' (known: ") == true, "\(problems)")
    }
}
