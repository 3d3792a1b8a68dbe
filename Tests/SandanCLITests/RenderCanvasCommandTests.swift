import Foundation
import SandanTestSupport
import Testing

/// `sandan render --canvas`, `--view hub-spoke` and their usage errors, through the binary.
/// Sizes come from the paper (A4 is 210 × 297 mm: 2480 × 3508 px at 300 dpi, 11,811 px/m; a
/// 16:9 slide is 13.333 × 7.5 in: 960 × 540 pt), not from Sandan.
@Suite struct RenderCanvasCommandTests {
    @Test func a4PNGHasItsPixelsAndItsResolution() throws {
        let folder = TemporaryFolder()
        let out = folder.url("a4.png").path
        let run = try CLIRunner.run(["render", "Graphs", "-o", out, "--canvas", "a4", "--dpi", "300", "--color-by", "region"])
        #expect(run.status == 0, "\(run.stderr)")
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        func u32(_ i: Int) -> Int { Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3]) }
        #expect(abs(u32(16) - 2480) <= 1 && abs(u32(20) - 3508) <= 1)
        // The chunk after IHDR: pHYs, 11811 px/m both ways, unit 1 (metre).
        #expect(Array(png[37..<41]) == Array("pHYs".utf8))
        #expect(u32(41) == 11811 && u32(45) == 11811 && png[49] == 1)
    }

    @Test func hubSpokeViewFitsASlide() throws {
        let folder = TemporaryFolder()
        let out = folder.url("hubs.svg").path
        let run = try CLIRunner.run(["render", "--view", "hub-spoke", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("<svg width=\"960pt\" height=\"540pt\""))
        // Only industrial linkages: no management or coordination edge in the legend.
        #expect(svg.contains("anchor → linked") && !svg.contains("management (agency") && !svg.contains("coordination (agency"))
    }

    @Test func badCanvasOptionsAreUsageErrors() throws {
        let folder = TemporaryFolder()
        let out = folder.url("x.svg").path
        let poster = try CLIRunner.run(["render", "Graphs", "-o", out, "--canvas", "poster"])
        #expect(poster.status == 2 && poster.stderr.contains("cannot read the canvas 'poster'"), "\(poster.stderr)")
        let dpi = try CLIRunner.run(["render", "Graphs", "-o", out, "--dpi", "300"])
        #expect(dpi.status == 2 && dpi.stderr.contains("--dpi and --legend-file need --canvas"), "\(dpi.stderr)")
        let legend = try CLIRunner.run(["render", "Graphs", "-o", out, "--canvas", "a4", "--legend-file", "legend.png"])
        #expect(legend.status == 2 && legend.stderr.contains("--legend-file must end in .svg"), "\(legend.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func helpListsTheProgrammes() throws {
        let run = try CLIRunner.run(["render", "--help"])
        for programme in ["competitiveness-district", "overhaul-2020", "competitiveness-candidate-2024", "wide-area-2010", "agency-reorg"] {
            #expect(run.stdout.contains(programme), "\(programme)")
        }
    }
}
