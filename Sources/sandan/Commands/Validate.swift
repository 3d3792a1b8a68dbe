import ArgumentParser
import Foundation
import SandanClusters
import SandanIO

/// `sandan validate`: check a dataset folder and report every problem with file and line.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset: ids, edge ends, kinds, programmes, years, citations, figures, coordinates.",
        discussion: """
        Reports every problem as FILE:LINE:COLUMN: message on standard output (then a count on
        standard error) and exits with status 1 if there is any; otherwise prints one line
        beginning with OK and exits with 0.
        Unlike the strict reader, it goes on after the first problem.
        Each node's lat/lon must lie in its region (시·도), and in its sigungu (시·군·구) where
        the table has that column, by the outlines in boundaries/ (Graphs/boundaries by default),
        with 1 km of tolerance for their simplification.

        Examples:
          sandan validate                        # the bundled Graphs/
          sandan validate my-dataset --seeds ../shared/seeds
        """
    )

    @Argument(help: "A dataset folder holding complexes.csv and linkages.csv (default: the bundled Graphs/).")
    var graph: String?

    @Option(name: .long, help: "A folder of seed documents; every cited file must exist there.")
    var seeds: String?

    @Option(name: .long, help: "Text encoding of the tables: auto (detected), utf8, utf16 or cp949 (euc-kr).")
    var encoding: TextEncoding = .automatic

    @Option(name: .customLong("boundaries-folder"), help: "Folder holding sido.geojson (and optionally sigungu.geojson) to check coordinates against (default: boundaries/ in the dataset, else Graphs/boundaries).")
    var boundariesFolder: String?

    func run() throws {
        let folder = try BundledNetwork.resolve(graph)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(file: folder, "not a dataset folder (a folder holding \(DatasetSchema.folder.nodesFile) and \(DatasetSchema.folder.edgesFile))")
        }
        var validator = DatasetValidator(encoding: encoding, seedsFolder: seeds)
        if let boundaries = BoundaryFiles.folder(boundariesFolder, dataset: folder) {
            validator.provinces = try BoundaryFiles.read(BoundaryFiles.provinces, in: boundaries)
            let districts = (boundaries as NSString).appendingPathComponent(BoundaryFiles.districts)
            if FileManager.default.fileExists(atPath: districts) { validator.districts = try BoundaryMap.read(path: districts) }
        } else {
            warn("coordinates are not checked against the 시·도: no boundary data found (pass --boundaries-folder DIR)")
        }
        let report = validator.validate(folder: folder)
        guard report.isValid else {
            FileHandle.standardOutput.write(Data(report.problems.map { shownLine($0.description) + "\n" }.joined().utf8))
            throw CommandFailure(report.summary)
        }
        FileHandle.standardOutput.write(Data((report.summary + "\n").utf8))
    }
}
