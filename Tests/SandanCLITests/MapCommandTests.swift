import Foundation
import SandanTestSupport
import Testing

/// `sandan render --geo`: outlines of the bundled boundaries under the network.
@Suite struct MapCommandTests {
    static func svg(_ arguments: [String]) throws -> String {
        let folder = TemporaryFolder()
        let out = folder.url("map.svg").path
        let run = try CLIRunner.run(["render", "-o", out, "--geo"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The region codes of the outline pieces of `layer`: `class="edge boundary sido sido_47"` → 47.
    static func codes(_ layer: String, in text: String) -> Set<String> {
        let marker = "class=\"edge boundary \(layer) \(layer)_"
        return Set(text.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" }) })
    }

    /// The 시·도 by default (each of the 17 codes of Graphs/boundaries/README.md has pieces);
    /// the 253 시·군·구 under them on request; none with `none`. Every outline piece is an SVG
    /// group of class `boundary`; the attribution is in the legend.
    @Test func outlinesFollowTheBoundariesOption() throws {
        let provinces = try Self.svg([])
        #expect(Self.codes("sido", in: provinces) == ["11", "26", "27", "28", "29", "30", "31", "36", "41", "42", "43", "44", "45",
                                                         "46", "47", "48", "50"])
        #expect(Self.count("boundary sigungu", in: provinces) == 0)
        #expect(provinces.contains("국토지리정보원"))
        #expect(provinces.contains("class=\"edge scalebar\"") && provinces.contains("100 km"))
        let districts = try Self.svg(["--boundaries", "sigungu"])
        #expect(Self.codes("sigungu", in: districts).count == 253)
        #expect(Self.count("class=\"edge boundary sido ", in: districts) == Self.count("class=\"edge boundary sido ", in: provinces))
        let none = try Self.svg(["--boundaries", "none"])
        #expect(!none.contains("boundary"))
    }

    @Test func boundariesWithoutGeoIsBadUsage() throws {
        let dir = TemporaryFolder()
        let run = try CLIRunner.run(["render", "-o", dir.url("m.svg").path, "--boundaries", "sigungu"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("add --geo"), "\(run.stderr)")
    }

    @Test func aMissingBoundariesFolderIsAnError() throws {
        let dir = TemporaryFolder()
        let run = try CLIRunner.run(["render", "-o", dir.url("m.svg").path, "--geo",
                                     "--boundaries-folder", dir.url("nowhere").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nowhere/sido.geojson: no such file"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.url("m.svg").path))
    }

    /// `sandan validate` checks coordinates against the dataset's own `boundaries/`: the
    /// bundled data pass; 구미 moved to the sea off Busan (35.0, 129.3) is reported at its
    /// `lat` cell (line 2 of a two-row table, column 24), exit status 1.
    @Test func validateChecksCoordinatesAgainstTheProvinces() throws {
        #expect(try CLIRunner.run(["validate"]).status == 0)
        let dir = TemporaryFolder()
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Graphs/boundaries"),
                                         to: dir.url("boundaries"))
        let seed = "000_5c4ffd1b9c21ec6c.txt"
        try """
        id,name_ko,kind,region,macro_region,lat,lon,coords,citation
        gumi,구미,complex,경북,대경권,35.0,129.3,approx-city,\(seed)
        ulsan,울산,complex,울산,동남권,35.5384,129.3114,approx-city,\(seed)

        """.write(to: dir.url("complexes.csv"), atomically: true, encoding: .utf8)
        try """
        source,target,kind,programme,year,citation
        gumi,ulsan,cross-region,wide-area-2010,2010,\(seed)

        """.write(to: dir.url("linkages.csv"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["validate", dir.path])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix(dir.url("complexes.csv").path + ":2:24: lat/lon 35.0, 129.3 lie outside 경북, "), "\(run.stdout)")
        #expect(run.stdout.split(separator: "\n").count == 1, "\(run.stdout)")
    }
}

/// `sandan render --geo --canvas`: the map on every canvas, in every format, at the paper's
/// size (A4 is 210 × 297 mm: 595.28 × 841.89 pt, 827 × 1169 px at 100 dpi; a slide 960 × 540 pt;
/// a column 252 × 360 pt), with its province outlines.
@Suite struct MapCanvasCommandTests {
    @Test func mapFitsEveryCanvas() throws {
        let dir = TemporaryFolder()
        for (canvas, size) in [("a4", "595pt\" height=\"842pt"), ("a4-landscape", "842pt\" height=\"595pt"),
                               ("slide", "960pt\" height=\"540pt"), ("column", "252pt\" height=\"360pt")] {
            let out = dir.url("\(canvas).svg").path
            let run = try CLIRunner.run(["render", "-o", out, "--geo", "--canvas", canvas, "--color-by", "region", "--size-by", "degree"])
            #expect(run.status == 0, "\(canvas): \(run.stderr)")
            let svg = try String(contentsOfFile: out, encoding: .utf8)
            #expect(svg.contains("<svg width=\"\(size)\""), "\(canvas)")
            #expect(MapCommandTests.codes("sido", in: svg).count == 17, "\(canvas)")
            #expect(svg.contains("class=\"edge scalebar\"") && svg.contains("class=\"node label of"), "\(canvas)")
        }
    }

    @Test func mapOnA4InPNGAndPDF() throws {
        let dir = TemporaryFolder()
        let png = dir.url("m.png").path
        let run = try CLIRunner.run(["render", "-o", png, "--geo", "--canvas", "a4", "--dpi", "100", "--color-by", "region", "--size-by", "degree"])
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)))
        func u32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
        #expect(abs(u32(16) - 827) <= 1 && abs(u32(20) - 1169) <= 1)
        let pdf = dir.url("m.pdf").path
        let runPDF = try CLIRunner.run(["render", "-o", pdf, "--geo", "--canvas", "a4"])
        #expect(runPDF.status == 0, "\(runPDF.stderr)")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 595 842 ]"), "\(text.prefix(2000))")
    }
}
