import Foundation
import SandanTestSupport
import Testing

/// `sandan analyze` tables people can use: name and region next to the id, --with, --sort,
/// --top, --bom.
@Suite struct AnalyzeTableTests {
    /// The path a – b – c – d with Korean names and regions. Betweenness (normalised by
    /// (n−1)(n−2)/2 = 3): b and c each lie on 2 of the 3 pairs not adjacent to them, 2/3;
    /// a and d 0. Degrees 1, 2, 2, 1.
    static func pathTables(in folder: TemporaryFolder) throws -> String {
        try "source,target\na,b\nb,c\nc,d\n".write(to: folder.url("p.csv"), atomically: true, encoding: .utf8)
        try "id,단지명,시도,업종\na,가단지,경북,전자\nb,나단지,\"경남\",기계\nc,다단지,울산,화학\nd,라단지,전북,자동차\n"
            .write(to: folder.url("p.nodes.csv"), atomically: true, encoding: .utf8)
        return folder.url("p.csv").path
    }

    @Test func nameAndRegionFollowTheIdAndSortTopWork() throws {
        let folder = TemporaryFolder()
        let file = try Self.pathTables(in: folder)
        let run = try CLIRunner.run(["analyze", file, "--metric", "degree", "--sort", "betweenness", "--top", "2", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let third = 2.0 / 3.0
        #expect(run.stdout == "id,name_ko,region,degree,betweenness\nb,나단지,경남,2,\(third)\nc,다단지,울산,2,\(third)\n")
        let with = try CLIRunner.run(["analyze", file, "--metric", "degree", "--with", "업종", "--ids-only", "--format", "csv"])
        #expect(with.stdout == "id,업종,degree\na,전자,1\nb,기계,2\nc,화학,2\nd,자동차,1\n")
        let top = try CLIRunner.run(["analyze", file, "--metric", "degree", "--top", "1", "--format", "json"])
        #expect(top.stdout.contains("\"nodes\": [\n  {\"id\": \"b\", \"name_ko\": \"나단지\", \"region\": \"경남\", \"degree\": 2}\n ]}"), "\(top.stdout)")
        let bad = try CLIRunner.run(["analyze", file, "--with", "업조ㅇ"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no attribute '업조ㅇ'"))
    }

    @Test func bomBeginsCSVOnly() throws {
        let folder = TemporaryFolder()
        let file = try Self.pathTables(in: folder)
        let run = try CLIRunner.run(["analyze", file, "--metric", "degree", "--format", "csv", "--bom"])
        #expect(run.status == 0)
        #expect(Array(run.stdout.utf8.prefix(6)) == [0xEF, 0xBB, 0xBF] + Array("id,".utf8))
        #expect(try CLIRunner.run(["analyze", file, "--bom"]).status == 2)
    }
}
