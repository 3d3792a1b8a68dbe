import Foundation
import SandanGraph

/// A dataset folder in the schema of `Graphs/`: `complexes.csv` (nodes) and `linkages.csv`
/// (edges), read strictly: only the schema's columns, every linkage end declared.
public enum DatasetFolder {
    /// The node table's file name.
    public static let nodesFile = "complexes.csv"
    /// The edge table's file name.
    public static let edgesFile = "linkages.csv"
    /// Columns `complexes.csv` may have.
    public static let nodeColumns: Set<String> = [
        "id", "name_ko", "name_en", "kind", "type", "region", "macro_region", "firms", "output_krw_100m",
        "employment", "figures_year", "industries", "smart", "anchor_since", "lat", "lon", "coords", "citation",
        "sigungu",
    ]
    /// Columns `linkages.csv` may have.
    public static let edgeColumns: Set<String> = [
        "source", "target", "kind", "programme", "year", "industry", "product", "weight", "note", "citation",
    ]

    /// Whether `path` is a folder holding both tables.
    public static func isDataset(_ path: String) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: (path as NSString).appendingPathComponent(nodesFile))
            && fm.fileExists(atPath: (path as NSString).appendingPathComponent(edgesFile))
    }

    /// Reads the dataset in folder `path`.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        guard isDataset(path) else {
            throw InputError(file: path, "a graph folder must hold \(nodesFile) and \(edgesFile)")
        }
        return try CSVFormat.read(edgesAt: (path as NSString).appendingPathComponent(edgesFile),
                                  nodesAt: (path as NSString).appendingPathComponent(nodesFile),
                                  options: options, knownColumns: (nodeColumns, edgeColumns))
    }
}
