import Foundation
import SandanGraph

/// Reading and writing graph files in any supported format, chosen from the path.
public enum GraphFile {
    /// Reads the graph at `path` (a file, or a dataset folder).
    /// - Throws: ``InputError`` with the location of the first problem.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let format = try GraphFormat.of(path: path)
        switch format {
        case .dataset:
            return try DatasetFolder.read(path: path, options: options)
        case .edgeList:
            return try EdgeListFormat.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        case .csv:
            return try CSVFormat.read(path: path, options: options)
        case .json:
            return try NodeLinkJSON.read(try TextDecoding.readText(at: path, encoding: options.encoding, limits: options.limits), file: path, options: options)
        case .graphml:
            return try GraphMLFormat.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        case .gexf:
            return try GEXFFormat.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        case .gml:
            return try GMLFormat.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        case .pajek:
            return try PajekFormat.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        case .dot:
            return try DOTReader.read(try TextDecoding.readBytes(at: path, limits: options.limits), file: path, options: options)
        }
    }

    /// Writes `graph` to `path` in the format of its extension, atomically. A CSV edge table
    /// gets its node table beside it (`X.nodes.csv`) when the graph has node attributes or
    /// isolated nodes.
    /// - Throws: ``InputError`` when the format cannot hold the graph or the file cannot be written.
    public static func write(_ graph: Graph, to path: String) throws(InputError) {
        let format = try GraphFormat.of(extensionOf: path)
        switch format {
        case .edgeList:
            try AtomicFile.write(try EdgeListFormat.write(graph, file: path), to: path)
        case .csv:
            let (edges, nodes) = CSVFormat.write(graph)
            var files = [(path: path, data: edges)]
            if let nodes { files.append((nodesPath(for: path), nodes)) }
            try AtomicFile.writeAll(files)
        case .json:
            try AtomicFile.write(NodeLinkJSON.write(graph), to: path)
        case .graphml:
            try AtomicFile.write(try GraphMLFormat.write(graph, file: path), to: path)
        case .gexf:
            try AtomicFile.write(try GEXFFormat.write(graph, file: path), to: path)
        case .gml:
            try AtomicFile.write(try GMLFormat.write(graph, file: path), to: path)
        case .pajek:
            try AtomicFile.write(try PajekFormat.write(graph, file: path), to: path)
        case .dot:
            try AtomicFile.write(try DOTWriter.write(graph, file: path), to: path)
        case .dataset:
            throw InputError(file: path, "writing a dataset folder is not supported; write a .csv edge table (its node table is written beside it)")
        }
    }

    /// The node table written beside the edge table `path`.
    public static func nodesPath(for path: String) -> String {
        ((path as NSString).deletingPathExtension) + ".nodes.csv"
    }
}
