import Foundation
import Testing
import SandanGraphviz

/// The linked libgvc is the one the `dot` program reports.
@Suite struct GraphvizLibraryTests {
    @Test func versionMatchesTheDotProgram() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-V"]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("version \(GraphvizLibrary.version)"))
    }
}
