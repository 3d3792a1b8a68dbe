import ArgumentParser
import Foundation
import SandanGraphviz
import SandanIO

/// Where the administrative boundaries come from: `Graphs/boundaries/` beside the bundled
/// network (see `Graphs/boundaries/README.md`), or a folder given with `--boundaries-folder`.
enum BoundaryFiles {
    /// The 시·도 layer's file name.
    static let provinces = "sido.geojson"
    /// The 시·군·구 layer's file name.
    static let districts = "sigungu.geojson"

    /// The folder holding the layers: `folder` when given, else the first of `boundaries/`
    /// inside `dataset` and `boundaries/` inside the bundled network's folder that holds the
    /// 시·도 layer; nil when none does.
    static func folder(_ folder: String?, dataset: String? = nil) -> String? {
        if let folder { return folder }
        for base in [dataset, BundledNetwork.path()].compactMap({ $0 }) {
            let candidate = (base as NSString).appendingPathComponent("boundaries")
            if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent(provinces)) { return candidate }
        }
        return nil
    }

    /// Reads one layer from `folder`.
    static func read(_ file: String, in folder: String) throws -> BoundaryMap {
        try BoundaryMap.read(path: (folder as NSString).appendingPathComponent(file))
    }

    /// The 시·도 layer beside `dataset` or the bundled network, nil when neither has one (a
    /// map is then drawn without outlines).
    static func provinces(dataset: String?) throws -> BoundaryMap? {
        try folder(nil, dataset: dataset).map { try read(provinces, in: $0) }
    }
}

/// The map options of `sandan render`: which outlines `--geo` draws, and from where.
struct BoundaryOptions: ParsableArguments {
    enum Level: String, ExpressibleByArgument, CaseIterable {
        /// The 17 시·도.
        case sido
        /// The 시·군·구, under the 시·도.
        case sigungu
        /// No outlines.
        case none
    }

    @Option(name: .long, help: "With --geo: outlines drawn under the network: sido (the 17 시·도; the default), sigungu (시·군·구 under the 시·도) or none.")
    var boundaries: Level?

    @Option(name: .customLong("boundaries-folder"), help: "Folder holding sido.geojson and sigungu.geojson (default: Graphs/boundaries).")
    var boundariesFolder: String?

    /// Whether any map option was given (they need `--geo`).
    var isSet: Bool { boundaries != nil || boundariesFolder != nil }

    /// The outline layers for a map, bottom first; none unless `geo`.
    func layers(geo: Bool) throws -> [MapOutlineLayer] {
        let level = boundaries ?? .sido
        guard geo, level != .none else { return [] }
        guard let folder = BoundaryFiles.folder(boundariesFolder) else {
            throw CommandFailure("--geo draws the 시·도 outlines from Graphs/boundaries/, which was not found; "
                + "pass --boundaries-folder DIR, set SANDAN_GRAPHS, or use --boundaries none")
        }
        var layers: [MapOutlineLayer] = []
        if level == .sigungu {
            layers.append(MapOutlineLayer(map: try BoundaryFiles.read(BoundaryFiles.districts, in: folder), name: "sigungu", weight: .minor))
        }
        layers.append(MapOutlineLayer(map: try BoundaryFiles.read(BoundaryFiles.provinces, in: folder), name: "sido", weight: .major))
        return layers
    }
}
