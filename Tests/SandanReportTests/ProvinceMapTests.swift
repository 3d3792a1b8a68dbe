import Foundation
import Testing
import SandanClusters
import SandanGraph
import SandanGraphviz
import SandanIO
@testable import SandanReport

/// The report's province diagram: a map over the 시·도 outlines when the report has them, an
/// abstract diagram without.
@Suite struct ProvinceMapTests {
    /// The distinct 시·도 codes outlined in the report's province figure.
    static func outlinedProvinces(_ document: ReportDocument) throws -> Set<String> {
        let html = HTMLReportWriter.html(document)
        let start = try #require(html.range(of: "<figure id=\"fig-regions"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        let figure = String(html[start.lowerBound..<end.lowerBound])
        var codes: Set<String> = []
        var rest = figure[...]
        while let hit = rest.range(of: "class=\"edge boundary sido sido_") {
            codes.insert(String(rest[hit.upperBound...].prefix { $0.isNumber }))
            rest = rest[hit.upperBound...]
        }
        return codes
    }

    @Test func theProvinceDiagramIsAMapWithTheOutlines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let provinces = try BoundaryMap.read(path: root.appendingPathComponent("Graphs/boundaries/sido.geojson").path)
        let graph = try BundledNetwork.graph()
        let options = NetworkReportOptions(language: .ko, source: "Graphs/", sandanVersion: "0.1.0",
                                           renderer: NetworkReportTests.renderer, graphvizVersion: "2.43.0",
                                           provinceOutlines: MapOutlineLayer(map: provinces, name: "sido", weight: .major))
        let map = try NetworkReport.document(for: graph, options: options).document
        // Every one of the 17 시·도 of the file (codes 11 … 52) is outlined.
        #expect(try Self.outlinedProvinces(map) == Set(provinces.regions.map(\.code)))
        let html = HTMLReportWriter.html(map)
        // The legend, with the boundary data's attribution, fits beside the map (both layers).
        #expect(html.contains("행정구역 경계: 국토지리정보원"))
        let abstract = try NetworkReportTests.report(graph, diagrams: true)
        #expect(try Self.outlinedProvinces(abstract).isEmpty)
    }
}
