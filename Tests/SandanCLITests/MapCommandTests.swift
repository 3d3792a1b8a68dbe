import Foundation
import Testing

/// `sandan render --geo`: outlines of the bundled boundaries under the network.
@Suite struct MapCommandTests {
    static func svg(_ arguments: [String]) throws -> String {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("map.svg").path
        let run = try CLIRunner.run(["render", "-o", out, "--geo"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The 시·도 by default; the 시·군·구 under them on request; none with `none`. Every
    /// outline piece is an SVG group of class `boundary`; the attribution is in the legend.
    @Test func outlinesFollowTheBoundariesOption() throws {
        let provinces = try Self.svg([])
        #expect(Self.count("class=\"edge boundary sido\"", in: provinces) >= 17)
        #expect(Self.count("boundary sigungu", in: provinces) == 0)
        #expect(provinces.contains("국토지리정보원"))
        #expect(provinces.contains("class=\"edge scalebar\"") && provinces.contains("100 km"))
        let districts = try Self.svg(["--boundaries", "sigungu"])
        #expect(Self.count("class=\"edge boundary sigungu\"", in: districts) >= 253)
        #expect(Self.count("class=\"edge boundary sido\"", in: districts) == Self.count("class=\"edge boundary sido\"", in: provinces))
        let none = try Self.svg(["--boundaries", "none"])
        #expect(!none.contains("boundary"))
    }

    @Test func aMissingBoundariesFolderIsAnError() throws {
        let dir = try CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["render", "-o", dir.appendingPathComponent("m.svg").path, "--geo",
                                     "--boundaries-folder", dir.appendingPathComponent("nowhere").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nowhere/sido.geojson: no such file"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.svg").path))
    }
}
