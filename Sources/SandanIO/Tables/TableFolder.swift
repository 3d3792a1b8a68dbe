import Foundation
import SandanGraph

/// The layout of a folder that holds a graph as two CSV tables under fixed names — a node table
/// and an edge table — read strictly: only the layout's columns, every edge end declared.
///
/// SandanIO knows no layout of its own: the domain gives one (`DatasetSchema.folder` of
/// SandanClusters is the layout of `Graphs/`), and ``GraphFile/read(path:options:)`` reads a
/// folder with the layout in ``ReadOptions/folder``.
public struct TableFolder: Sendable, Equatable {
    /// The node table's file name.
    public let nodesFile: String
    /// The edge table's file name.
    public let edgesFile: String
    /// Columns the node table may have.
    public let nodeColumns: Set<String>
    /// Columns the edge table may have.
    public let edgeColumns: Set<String>

    public init(nodesFile: String, edgesFile: String, nodeColumns: Set<String>, edgeColumns: Set<String>) {
        self.nodesFile = nodesFile
        self.edgesFile = edgesFile
        self.nodeColumns = nodeColumns
        self.edgeColumns = edgeColumns
    }

    /// The paths of the two tables in folder `path`, nodes first.
    public func tables(in path: String) -> [String] {
        [nodesFile, edgesFile].map { (path as NSString).appendingPathComponent($0) }
    }

    /// Whether folder `path` holds both tables.
    public func holdsTables(at path: String) -> Bool {
        tables(in: path).allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads the graph in folder `path`. O(size of the tables).
    /// - Throws: ``InputError`` when a table is missing, or with the location of the first problem in one.
    func read(path: String, options: ReadOptions) throws(InputError) -> LoadedGraph {
        guard holdsTables(at: path) else {
            throw InputError(file: path, "a graph folder must hold \(nodesFile) and \(edgesFile)")
        }
        let paths = tables(in: path)
        return try CSVFormat.read(edgesAt: paths[1], nodesAt: paths[0], options: options,
                                  knownColumns: (nodeColumns, edgeColumns))
    }
}
