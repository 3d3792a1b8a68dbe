import Foundation
import SandanGraph

/// Reading and writing graph files in any supported format, chosen from the path.
public enum GraphFile {
    /// Reads the graph at `path` (a file, or a dataset folder). The encoding of a text file is
    /// resolved first (``TextDecoding/resolve(_:file:requested:)``); when it was detected and
    /// is not UTF-8, a note saying so leads the warnings. An edge-list file (`.txt`, `.tsv`, …)
    /// in UTF-16 is Excel's "Unicode text" and is read as a table (``CSVFormat``).
    /// Column options (``ReadOptions/columns``, ``ReadOptions/nodesPath``) apply to tables only.
    /// - Throws: ``InputError`` with the location of the first problem.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let format = try GraphFormat.of(path: path)
        if options.sheet != nil && format != .xlsx { throw InputError(file: path, "--sheet applies to .xlsx workbooks; this file is not one") }
        switch format {
        case .dataset:
            if options.nodesPath != nil { throw InputError(file: path, "--nodes applies to a CSV edge table, not to a dataset folder") }
            return try DatasetFolder.read(path: path, options: options)
        case .csv, .xlsx:
            return try CSVFormat.read(path: path, options: options)
        default:
            let bytes = try TextDecoding.readBytes(at: path)
            var resolved = options
            // A DOT file that declares Latin-1 is read as such by DOTReader, not detected.
            let latin1DOT = format == .dot && options.encoding == .automatic && DOTReader.declaresLatin1(bytes)
            resolved.encoding = latin1DOT ? .utf8 : try TextDecoding.resolve(bytes[...], file: path, requested: options.encoding)
            if format == .edgeList && resolved.encoding == .utf16 {
                return try CSVFormat.read(edgesAt: path, nodesAt: options.nodesPath, options: options)
            }
            try refuseTableOptions(options, path: path)
            var loaded = try read(consume bytes, format: format, path: path, options: resolved)
            if let note = TextDecoding.note(file: path, requested: options.encoding, resolved: resolved.encoding) {
                loaded.warnings.insert(note, at: 0)
            }
            return loaded
        }
    }

    /// Reads the bytes of a file in `format` (not a table, not a folder).
    private static func read(_ content: consuming [UInt8], format: GraphFormat, path: String, options: ReadOptions) throws(InputError) -> LoadedGraph {
        switch format {
        case .edgeList:
            return try EdgeListFormat.read(content, file: path, options: options)
        case .json:
            return try NodeLinkJSON.read(try TextDecoding.decode(content, file: path, encoding: options.encoding), file: path, options: options)
        case .graphml:
            return try GraphMLFormat.read(content, file: path, options: options)
        case .gexf:
            return try GEXFFormat.read(content, file: path, options: options)
        case .gml:
            return try GMLFormat.read(content, file: path, options: options)
        case .pajek:
            return try PajekFormat.read(content, file: path, options: options)
        case .dot:
            return try DOTReader.read(content, file: path, options: options)
        case .ucinet:
            return try UCINETFormat.read(try TextDecoding.decode(content, file: path, encoding: options.encoding), file: path, options: options)
        case .csv, .dataset, .xlsx:
            preconditionFailure("tables are read by CSVFormat")
        }
    }

    /// Refuses column options for a file that is not a table.
    private static func refuseTableOptions(_ options: ReadOptions, path: String) throws(InputError) {
        if let role = TableColumnRole.allCases.first(where: { options.columns[$0] != nil }) {
            throw InputError(file: path, "\(role.option) applies to CSV tables; this file is not one")
        }
        if options.nodesPath != nil { throw InputError(file: path, "--nodes applies to a CSV edge table; this file is not one") }
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
        case .ucinet:
            try AtomicFile.write(try UCINETFormat.write(graph, file: path), to: path)
        case .xlsx:
            throw InputError(file: path, "writing a graph as .xlsx is not supported; write a .csv edge table (Excel opens it)")
        case .dataset:
            throw InputError(file: path, "writing a dataset folder is not supported; write a .csv edge table (its node table is written beside it)")
        }
    }

    /// The node table written beside the edge table `path`.
    public static func nodesPath(for path: String) -> String {
        ((path as NSString).deletingPathExtension) + ".nodes.csv"
    }
}
