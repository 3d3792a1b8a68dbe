import Foundation

/// The package root: the first folder above this file holding `Package.swift`. Tests read the
/// bundled network (`Graphs/`), fixtures (`Tests/Fixtures/`) and scripts (`Scripts/`) from it,
/// so they run the same from any working directory.
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        precondition(url.path != "/", "no Package.swift above \(#filePath)")
        url.deleteLastPathComponent()
    }
    return url
}()

/// The folder of the recorded test fixtures, `Tests/Fixtures/`.
public var fixturesFolder: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }
