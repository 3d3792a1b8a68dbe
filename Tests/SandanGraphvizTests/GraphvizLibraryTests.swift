import Foundation
import SandanTestSupport
import Testing
import SandanGraphviz

/// The linked libgvc is the one the `dot` program reports.
@Suite struct GraphvizLibraryTests {
    @Test func versionMatchesTheDotProgram() throws {
        let text = try runTool(["dot", "-V"]).stderr
        #expect(text.contains("version \(GraphvizLibrary.version)"))
    }
}
