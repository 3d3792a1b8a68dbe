import Foundation
import SandanTestSupport
import Testing
import SandanIO
import SandanGraph
@testable import SandanClusters

/// The validator on the bundled dataset and on broken copies of it.
@Suite struct DatasetValidatorTests {
    @Test func theBundledDatasetPasses() {
        let report = DatasetValidator().validate(folder: TestGraphs.graphs.path)
        #expect(report.problems.map(\.description) == [])
        #expect(report.isValid)
        // Rows counted with Python's csv module.
        #expect(report.nodeRows == 121)
        #expect(report.edgeRows == 127)
        #expect(report.designationRows == 26)
        #expect(report.participationRows == 23)
        #expect(report.summary.hasPrefix("OK: "))
    }

    /// Every citation names one of the source documents that `Graphs/README.md` lists (data
    /// inside the repository: the documents themselves live outside it).
    @Test func theBundledDatasetCitesOnlyTheListedSources() throws {
        let readme = try String(contentsOf: TestGraphs.graphs.appendingPathComponent("README.md"), encoding: .utf8)
        let listed = Set(readme.matches(of: /\d{3}_[0-9a-f]{16}\.txt/).map { String($0.output) })
        #expect(listed.count == 5)
        let seeds = TemporaryFolder()
        for name in listed { seeds.write(name, "") }
        #expect(DatasetValidator(seedsFolder: seeds.path).validate(folder: TestGraphs.graphs.path).problems.map(\.description) == [])
        // And the check can fail: without the sources, every citation is reported.
        let none = seeds.url("none")
        try FileManager.default.createDirectory(at: none, withIntermediateDirectories: true)
        #expect(!DatasetValidator(seedsFolder: none.path).validate(folder: TestGraphs.graphs.path).isValid)
    }

    /// One problem planted per kind of check in a copy of Graphs/; each must be reported at
    /// its file, line and column, and nothing else (no cascade).
    @Test func everyPlantedProblemIsReportedWithItsLocation() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        let nodes = DatasetSchema.folder.nodesFile, edges = DatasetSchema.folder.edgesFile, designations = "designations.csv"
        var expected: [(file: String, line: Int, column: Int?, message: String)] = []
        func plant(_ file: String, _ line: Int, _ column: String, _ value: String, _ message: String) {
            let at = copy.set(file, line: line, column, to: value)
            expected.append((file, at.line, at.column, message))
        }
        // complexes.csv
        let gumi = copy.tables[nodes]![copy.line(nodes, startingWith: ["gumi"]) - 1]
        let duplicate = copy.append(nodes, gumi)
        expected.append((nodes, duplicate, 1, "duplicate id 'gumi' (first declared on line \(copy.line(nodes, startingWith: ["gumi"])))"))
        plant(nodes, copy.line(nodes, startingWith: ["jeongeup-3"]), "kind", "komplex", "unknown node kind 'komplex'")
        plant(nodes, copy.line(nodes, startingWith: ["gunsan"]), "lat", "95.1", "lat 95.1 is out of range")
        plant(nodes, copy.line(nodes, startingWith: ["seodaegu"]), "citation", "", "empty citation")
        plant(nodes, copy.line(nodes, startingWith: ["hupyeong"]), "firms", "-365", "firms is negative (-365)")
        plant(nodes, copy.line(nodes, startingWith: ["daegu-3"]), "macro_region", "호남권", "macro_region 호남권 does not match region 대구")
        plant(nodes, copy.line(nodes, startingWith: ["daegu-innovation-belt"]), "type", "국가", "a area has no complex type")
        plant(nodes, copy.line(nodes, startingWith: ["sasang"]), "smart", "1899", "smart 1899 is out of range (expected 1960–2035)")
        plant(nodes, copy.line(nodes, startingWith: ["maegok"]), "region", "서울시", "unknown region (시·도) '서울시'")
        // linkages.csv
        plant(edges, copy.line(edges, startingWith: ["myeongji-noksan", "sasang"]), "target", "nowhere", "'nowhere' is not declared in complexes.csv")
        plant(edges, copy.line(edges, startingWith: ["banwol-sihwa", "seongnam"]), "year", "2031",
              "year 2031 is out of range (programme competitiveness-district runs in 2019–2023)")
        plant(edges, copy.line(edges, startingWith: ["changwon", "gimhae-golden-root"]), "kind", "anchor-lnk", "unknown edge kind 'anchor-lnk'")
        plant(edges, copy.line(edges, startingWith: ["gunsan", "saemangeum"]), "programme", "competition", "unknown programme 'competition'")
        plant(edges, copy.line(edges, startingWith: ["gunsan", "iksan-2"]), "weight", "abc", "bad weight: 'abc' is not a decimal number")
        plant(edges, copy.line(edges, startingWith: ["ulsan-mipo", "maegok"]), "weight", "-2", "weight is negative (-2)")
        plant(edges, copy.line(edges, startingWith: ["daejeon", "daedeok-innopolis"]), "citation", "seed.txt", "citation 'seed.txt' does not name a seed file")
        plant(edges, copy.line(edges, startingWith: ["cheongju", "osong"]), "year", "twenty", "year 'twenty' is not an integer year")
        plant(edges, copy.line(edges, startingWith: ["kicox-hq", "kicox-seoul-hq"]), "source", "gumi", "a management edge starts at an organisation, not a complex")
        plant(edges, copy.line(edges, startingWith: ["seongseo", "ulsan-mipo"]), "target", "seongseo", "self-loop: 'seongseo' is linked to itself")
        plant(edges, copy.line(edges, startingWith: ["pohang", "pohang-steel"]), "kind", "proximity", "'proximity' edges are derived")
        let repeated = copy.tables[edges]![copy.line(edges, startingWith: ["daebul", "mokpo-sapjin"]) - 1]
        let repeatLine = copy.append(edges, repeated)
        expected.append((edges, repeatLine, 1, "duplicate linkage (the same as line \(copy.line(edges, startingWith: ["daebul", "mokpo-sapjin"])))"))
        let ragged = copy.append(edges, Array(repeated.prefix(4)))
        expected.append((edges, ragged, copy.column(edges, line: ragged, field: 3), "ragged row: 4 fields, but the header has 10"))
        // designations.csv
        let daejeon = copy.line(designations, startingWith: ["competitiveness-district", "2022", "대전"])
        _ = copy.set(designations, line: daejeon, "region", to: "세종")
        expected.append((designations, daejeon, copy.column(designations, line: daejeon, field: 3), "anchor 'daejeon' lies in 대전, not 세종"))
        try copy.write()

        let report = DatasetValidator().validate(folder: copy.folder.path)
        for e in expected {
            let location = SourceLocation(file: copy.path(e.file), line: e.line, column: e.column)
            #expect(report.problems.contains { $0.location == location && $0.message.contains(e.message) },
                    "\(location): \(e.message) — got: \(report.problems.filter { $0.location.file == location.file && $0.location.line == e.line }.map(\.message))")
        }
        #expect(report.problems.count == expected.count, "\(report.problems.map(\.description).joined(separator: "\n"))")
        #expect(!report.isValid)
        // The strict reader stops at the first problem; the validator went on.
        #expect(throws: InputError.self) { try GraphFile.read(path: copy.folder.path, options: ReadOptions(folder: DatasetSchema.folder)) }
    }

    /// The checks of participations.csv, of the anchors' shares in designations.csv and of a
    /// `smart` bound (`<=YEAR`), each planted once in a copy of Graphs/.
    @Test func participationsSharesAndSmartBounds() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        let nodes = DatasetSchema.folder.nodesFile, designations = "designations.csv", participations = "participations.csv"
        var expected: [(file: String, line: Int, column: Int, message: String)] = []
        func plant(_ file: String, _ line: Int, _ column: String, _ value: String, _ message: String) {
            let at = copy.set(file, line: line, column, to: value)
            expected.append((file, at.line, at.column, message))
        }
        plant(nodes, copy.line(nodes, startingWith: ["namdong"]), "smart", "<=20x0", "smart <= '20x0' is not an integer year")
        plant(nodes, copy.line(nodes, startingWith: ["gumi"]), "smart", "<=1899", "smart <= 1899 is out of range")
        let gumi = copy.line(designations, startingWith: ["overhaul-2020", "2020", "경북"])
        plant(designations, gumi, "anchor_output_share_pct", "130", "anchor_output_share_pct 130 is not a percentage (0–100)")
        plant(designations, gumi, "anchor_firms_share_pct", "many", "anchor_firms_share_pct: 'many' is not a decimal number")
        let wonju = copy.line(participations, startingWith: ["cluster-2005", "2005", "강원", "wonju"])
        plant(participations, wonju, "role", "target", "unknown role 'target'")
        plant(participations, wonju, "year", "2011", "year 2011 is out of range (programme cluster-2005 runs in 2005–2009)")
        let onsan = copy.line(participations, startingWith: ["overhaul-2020", "2020", "울산", "onsan"])
        _ = copy.set(participations, line: onsan, "region", to: "부산광역시")
        expected.append((participations, onsan, copy.column(participations, line: onsan, field: 3), "'onsan' lies in 울산, not 부산광역시"))
        let hanam = copy.line(participations, startingWith: ["regeneration", "", "광주", "hanam"])
        plant(participations, hanam, "node", "nowhere", "'nowhere' is not declared in complexes.csv")
        try copy.write()
        let report = DatasetValidator().validate(folder: copy.folder.path)
        for e in expected {
            let location = SourceLocation(file: copy.path(e.file), line: e.line, column: e.column)
            #expect(report.problems.contains { $0.location == location && $0.message.contains(e.message) },
                    "\(location): \(e.message) — got: \(report.problems.map(\.description))")
        }
        #expect(report.problems.count == expected.count, "\(report.problems.map(\.description).joined(separator: "\n"))")
        // The bounds and forms the bundled data uses are valid: <=2020, an empty year, 울산광역시.
        var valid = try DatasetCopy(of: TestGraphs.graphs)
        _ = valid.set(participations, line: valid.line(participations, startingWith: ["overhaul-2020", "2020", "울산", "onsan"]),
                      "region", to: "울산광역시")
        try valid.write()
        #expect(DatasetValidator().validate(folder: valid.folder.path).problems.map(\.description) == [])
    }

    /// Problems come in file order, then line, then column.
    @Test func problemsAreInFileAndLineOrder() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        _ = copy.set("linkages.csv", line: 3, "kind", to: "x")
        _ = copy.set("complexes.csv", line: 5, "kind", to: "x")
        _ = copy.set("complexes.csv", line: 4, "lat", to: "x")
        try copy.write()
        let lines = DatasetValidator().validate(folder: copy.folder.path).problems.map { ($0.location.file as NSString).lastPathComponent + ":\($0.location.line!)" }
        #expect(lines == ["complexes.csv:4", "complexes.csv:5", "linkages.csv:3"])
    }

    /// A file whose quoting is broken yields that one problem; the other files are still checked.
    @Test func brokenQuotingStopsOnlyThatFile() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        _ = copy.set("complexes.csv", line: 6, "kind", to: "x")
        try copy.write()
        let edges = copy.path("linkages.csv")
        var text = try String(contentsOfFile: edges, encoding: .utf8)
        text += "a,\"b,anchor-link\n"
        try text.write(toFile: edges, atomically: true, encoding: .utf8)
        let problems = DatasetValidator().validate(folder: copy.folder.path).problems
        #expect(problems.count == 2)
        #expect(problems.first?.location == SourceLocation(file: copy.path("complexes.csv"), line: 6, column: copy.column("complexes.csv", line: 6, field: 3)))
        #expect(problems.last?.location == SourceLocation(file: edges, line: copy.tables["linkages.csv"]!.count + 1, column: 3))
        #expect(problems.last?.message.contains("unterminated quoted field") == true)
    }

    /// A minimal dataset with header and cell problems the bundled one cannot show. Columns
    /// count from 1 in the written lines (row 3: `somewhere` starts at 28, the citation at 40);
    /// a problem of the row as a whole (figures without a `figures_year` column) is at column 1.
    @Test func headerAndCellChecksOnASmallDataset() throws {
        let folder = TemporaryFolder()
        let seed = "000_5c4ffd1b9c21ec6c.txt"
        try """
        id,kind,colour,lat,lon,coords,firms,type,citation
        Bad_Id,complex,red,35.0,,approx-city,12,국가;시범,\(seed)
        ok,complex,blue,35.0,129.0,somewhere,,,\(seed);

        """.write(to: folder.url("complexes.csv"), atomically: true, encoding: .utf8)
        try """
        source,target,kind,year,citation
        ok,Bad_Id,anchor-link,2021,\(seed)

        """.write(to: folder.url("linkages.csv"), atomically: true, encoding: .utf8)
        let messages = DatasetValidator().validate(folder: folder.path).problems.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line!):\($0.location.column ?? 0): \($0.message)" }
        let expected = [
            "complexes.csv:1:9: unknown column 'colour'",
            "complexes.csv:2:1: id 'Bad_Id' is not an ASCII slug",
            "complexes.csv:2:1: lat and lon must be given together",
            "complexes.csv:2:1: figures are given without their figures_year",
            "complexes.csv:2:41: unknown complex type '시범'",
            "complexes.csv:3:28: unknown coordinate precision 'somewhere'",
            "complexes.csv:3:40: empty item in citation",
            "linkages.csv:1:1: missing column 'programme'",
        ]
        #expect(messages.count == expected.count, "\(messages)")
        for e in expected { #expect(messages.contains { $0.hasPrefix(e) }, "\(e) — got \(messages)") }
    }

    /// anchor_since against designations.csv and the anchor-links, planted in a copy of Graphs/:
    /// dalseong-1 (2019 anchor) without it; gunsan with 2021 though first designated in 2019;
    /// seongnam (never an anchor) with one; the 2023 anchor-link juan-bupyeong → incheon-machinery
    /// dated 2021, before juan-bupyeong's anchor_since 2023; kicox-hq, an organisation, with one
    /// (two problems at that cell).
    @Test func anchorYearsAgreeWithDesignationsAndAnchorLinks() throws {
        var copy = try DatasetCopy(of: TestGraphs.graphs)
        let nodes = DatasetSchema.folder.nodesFile, edges = DatasetSchema.folder.edgesFile, designations = "designations.csv"
        let dalseongDesignation = copy.line(designations, startingWith: ["competitiveness-district", "2019", "대구", "dalseong-1"])
        let gunsanDesignation = copy.line(designations, startingWith: ["competitiveness-district", "2019", "전북", "gunsan"])
        let juan = copy.line(nodes, startingWith: ["juan-bupyeong"])
        var expected: [(file: String, at: (line: Int, column: Int), message: String)] = []
        expected.append((nodes, copy.set(nodes, line: copy.line(nodes, startingWith: ["dalseong-1"]), "anchor_since", to: ""),
                         "'dalseong-1' was first designated anchor in 2019 (designations.csv line \(dalseongDesignation)); set anchor_since to 2019"))
        expected.append((nodes, copy.set(nodes, line: copy.line(nodes, startingWith: ["gunsan"]), "anchor_since", to: "2021"),
                         "anchor_since 2021 is not the year 'gunsan' was first designated anchor, 2019 (designations.csv line \(gunsanDesignation))"))
        expected.append((nodes, copy.set(nodes, line: copy.line(nodes, startingWith: ["seongnam"]), "anchor_since", to: "2021"),
                         "anchor_since is set but 'seongnam' is no anchor in designations.csv"))
        let office = copy.set(nodes, line: copy.line(nodes, startingWith: ["kicox-hq"]), "anchor_since", to: "2010")
        expected.append((nodes, office, "an organisation is never an anchor; leave 'anchor_since' empty"))
        expected.append((nodes, office, "anchor_since is set but 'kicox-hq' is no anchor in designations.csv"))
        expected.append((edges, copy.set(edges, line: copy.line(edges, startingWith: ["juan-bupyeong", "incheon-machinery"]), "year", to: "2021"),
                         "anchor-link of 2021 from 'juan-bupyeong', whose anchor_since is 2023 (complexes.csv line \(juan)): anchor_since is the first year of designation"))
        try copy.write()

        let problems = DatasetValidator().validate(folder: copy.folder.path).problems
        for e in expected {
            let location = SourceLocation(file: copy.path(e.file), line: e.at.line, column: e.at.column)
            #expect(problems.contains { $0.location == location && $0.message == e.message }, "\(location): \(e.message) — got: \(problems.map(\.description))")
        }
        #expect(problems.count == expected.count, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// Without designations.csv only the anchor-links are compared. Columns by hand: in
    /// `o,organisation,20x1,…` the year starts at 16; in `a,c,anchor-link,competitiveness-district,2020,…`
    /// at 42. (A complexes.csv without the column, as in the test above, is not checked at all.)
    @Test func anchorYearsWithoutDesignations() throws {
        let folder = TemporaryFolder()
        let seed = "000_5c4ffd1b9c21ec6c.txt"
        try """
        id,kind,anchor_since,citation
        a,complex,2021,\(seed)
        b,complex,,\(seed)
        c,complex,,\(seed)
        o,organisation,20x1,\(seed)

        """.write(to: folder.url("complexes.csv"), atomically: true, encoding: .utf8)
        try """
        source,target,kind,programme,year,citation
        a,c,anchor-link,competitiveness-district,2020,\(seed)
        b,c,anchor-link,competitiveness-district,2021,\(seed)

        """.write(to: folder.url("linkages.csv"), atomically: true, encoding: .utf8)
        let messages = DatasetValidator().validate(folder: folder.path).problems.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line!):\($0.location.column ?? 0): \($0.message)" }
        #expect(messages == [
            "complexes.csv:5:16: anchor_since '20x1' is not an integer year",
            "complexes.csv:5:16: an organisation is never an anchor; leave 'anchor_since' empty",
            "linkages.csv:2:42: anchor-link of 2020 from 'a', whose anchor_since is 2021 (complexes.csv line 2): anchor_since is the first year of designation",
            "linkages.csv:3:1: 'b' is the anchor of this anchor-link but has no anchor_since in complexes.csv (line 3)",
        ])
    }

    @Test func slugsAndSeedNames() {
        #expect(DatasetSchema.isSlug("banwol-sihwa"))
        #expect(DatasetSchema.isSlug("sacheon-1-2"))
        #expect(!DatasetSchema.isSlug("Banwol"))
        #expect(!DatasetSchema.isSlug("a--b"))
        #expect(!DatasetSchema.isSlug("-a"))
        #expect(!DatasetSchema.isSlug("반월"))
        #expect(DatasetSchema.isSeedFileName("000_5c4ffd1b9c21ec6c.txt"))
        #expect(!DatasetSchema.isSeedFileName("000_5c4ffd1b9c21ec6.txt"))
        #expect(!DatasetSchema.isSeedFileName("000_5C4FFD1B9C21EC6C.txt"))
        #expect(!DatasetSchema.isSeedFileName("000-5c4ffd1b9c21ec6c.txt"))
    }
}
