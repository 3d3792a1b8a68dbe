import Foundation
import Testing
import SandanGraph
import SandanIO
import SandanClusters

/// The one table of the 17 시·도: names, codes, former names, and the forms the validator and
/// the loader accept.
@Suite struct RegionTests {
    /// The 17 short forms and their 5+2 regions, written out by hand from Graphs/README.md.
    @Test func seventeenProvincesInFiveAndTwoRegions() {
        #expect(Region.provinceTable.count == 17)
        #expect(Set(Region.provinceTable.map(\.code)).count == 17)
        let byRegion = Dictionary(grouping: Region.provinceTable, by: \.macroRegion).mapValues { Set($0.map(\.short)) }
        #expect(byRegion == ["수도권": ["서울", "인천", "경기"], "충청권": ["대전", "세종", "충북", "충남"],
                             "호남권": ["광주", "전북", "전남"], "대경권": ["대구", "경북"], "동남권": ["부산", "울산", "경남"],
                             "강원권": ["강원"], "제주권": ["제주"]])
    }

    @Test func everyFormNormalisesToTheShortForm() {
        let cases: [(String, String?)] = [
            ("서울특별시", "서울"), ("서울", "서울"), ("11", "서울"), ("Seoul", "서울"), ("SEOUL", "서울"),
            ("강원특별자치도", "강원"), ("강원도", "강원"), ("42", "강원"), ("51", "강원"),
            ("전북특별자치도", "전북"), ("전라북도", "전북"), ("45", "전북"), ("52", "전북"),
            ("제주도", "제주"), ("제주특별자치도", "제주"), ("세종특별자치시", "세종"), (" 경상남도 ", "경남"),
            ("서울특별시".decomposedStringWithCanonicalMapping, "서울"),
            ("서울시", nil), ("", nil), ("수도권", nil),
        ]
        for (input, expected) in cases { #expect(Region.normalise(input) == expected, "\(input)") }
        #expect(Region.province(named: "강원도")?.former.first?.until == "2023-06-11")
        #expect(Region.province(named: "전라북도")?.former.first?.until == "2024-01-18")
    }

    @Test func graphsGetShortForms() throws {
        let graph = try TestGraphs.make(nodes: [("a", ["region": .string("서울특별시")]), ("b", ["region": .string("강원도")]),
                                                ("c", ["region": .string("X")]), ("d", [:])])
        let normalised = Region.normalisingRegions(in: graph)
        #expect((0..<4).map { normalised.nodeAttributes[Region.attribute]?[$0]?.description } == ["서울", "강원", "X", nil])
        let plain = try TestGraphs.edges([("a", "b")])
        #expect(Region.normalisingRegions(in: plain).nodeAttributes[Region.attribute] == nil)
    }

    /// A copy of Graphs/ with official, former and English names and a code in `region`: valid.
    @Test func theValidatorAcceptsEveryForm() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        let nodes = DatasetSchema.folder.nodesFile
        _ = copy.set(nodes, line: copy.line(nodes, startingWith: ["maegok"]), "region", to: "울산광역시")
        _ = copy.set(nodes, line: copy.line(nodes, startingWith: ["hupyeong"]), "region", to: "강원특별자치도")
        _ = copy.set(nodes, line: copy.line(nodes, startingWith: ["gunsan"]), "region", to: "전라북도")
        _ = copy.set(nodes, line: copy.line(nodes, startingWith: ["gumi"]), "region", to: "47")
        _ = copy.set(nodes, line: copy.line(nodes, startingWith: ["seongseo"]), "region", to: "Daegu")
        let designations = "designations.csv"
        _ = copy.set(designations, line: copy.line(designations, startingWith: ["competitiveness-candidate-2024", "2024", "강원"]),
                     "region", to: "강원도")
        try copy.write()
        let report = DatasetValidator().validate(folder: copy.folder.path)
        #expect(report.problems.map(\.description) == [])
    }
}
