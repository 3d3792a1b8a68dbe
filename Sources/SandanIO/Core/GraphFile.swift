import Foundation
import SandanGraph

/// Reading and writing graph files in any supported format, chosen from the path.
public enum GraphFile {
    /// Reads the graph at `path` (a file, or a dataset folder). The encoding of a text file is
    /// resolved first (``TextDecoding/resolve(_:file:requested:)``); when it was detected and
    /// is not UTF-8, a note saying so leads the warnings. An edge-list file (`.txt`, `.tsv`, …)
    /// in UTF-16 is Excel's "Unicode text" and is read as a table (``CSVFormat``).
    /// Column options (``ReadOptions/columns``, ``ReadOptions/nodesPath``) apply to tables only.
    /// The tables of a CSV graph or a dataset folder are read under the folder's shared
    /// `FolderLock`, so that a concurrent ``write(_:to:sparing:options:)`` is seen whole or not at all.
    /// Every file is read within ``ReadOptions/limits``.
    /// - Throws: ``InputError`` with the location of the first problem.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let format = try GraphFormat.of(path: path)
        if options.sheet != nil && format != .xlsx { throw InputError(file: path, "--sheet applies to .xlsx workbooks; this file is not one") }
        switch format {
        case .dataset:
            if options.nodesPath != nil { throw InputError(file: path, "--nodes applies to a CSV edge table, not to a dataset folder") }
            return try FolderLock.holding(path, exclusive: false) { () throws(InputError) in
                guard let folder = options.folder else {
                    throw InputError(file: path, "is a folder; give a graph file, or a folder in a known table layout")
                }
                return try folder.read(path: path, options: options)
            }
        case .csv, .xlsx:
            return try FolderLock.holding(StagedFile.folder(of: path), exclusive: false) { () throws(InputError) in
                try CSVFormat.read(path: path, options: options)
            }
        default:
            let bytes = try TextDecoding.readBytes(at: path, limits: options.limits)
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

    /// Writes `graph` to `path` in the format of its extension, atomically (``AtomicFile``). A
    /// CSV edge table gets its node table beside it (`X.nodes.csv`) when the graph has node
    /// attributes or isolated nodes, or when another node table the reader would pair with it
    /// (`nodes.csv` beside `edges.csv`, `complexes.csv` beside `linkages.csv`) is there;
    /// otherwise a node table left there by an earlier write is removed, in the same step, so
    /// that reading `X.csv` back gives this graph.
    /// - Parameters:
    ///   - graph: the graph to write.
    ///   - path: the file; its extension picks the format.
    ///   - sparing: files that must not be replaced (the command's inputs).
    ///   - options: what the format writes beyond the graph (GEXF's node visuals, DL's layout).
    /// - Returns: what the format could not carry, one warning each (empty when the file reads
    ///   back as the same graph: see each format's `losses(of:file:)`).
    /// - Throws: ``OutputError`` when the format cannot hold the graph (a NUL character in a text
    ///   format, `NULCheck`; a DL full matrix too large or with parallel edges) or the file
    ///   cannot be written.
    @discardableResult
    public static func write(_ graph: Graph, to path: String, sparing: Set<FileIdentity> = [],
                             options: WriteOptions = WriteOptions()) throws(OutputError) -> [Diagnostic] {
        let format: GraphFormat
        do {
            format = try GraphFormat.of(extensionOf: path)
        } catch {
            throw OutputError(file: path, error.message)
        }
        try writeFile(graph, to: path, format: format, sparing: sparing, options: options)
        return losses(of: graph, in: format, file: path)
    }

    /// What writing `graph` as `format` to `file` does not carry, one warning each. GraphML
    /// and JSON carry everything a Sandan graph holds.
    public static func losses(of graph: Graph, in format: GraphFormat, file: String) -> [Diagnostic] {
        switch format {
        case .edgeList: EdgeListFormat.losses(of: graph, file: file)
        case .csv: CSVFormat.losses(of: graph, file: file)
        case .gml: GMLFormat.losses(of: graph, file: file)
        case .pajek: PajekFormat.losses(of: graph, file: file)
        case .dot: DOTWriter.losses(of: graph, file: file)
        case .gexf: GEXFFormat.losses(of: graph, file: file)
        case .ucinet: UCINETFormat.losses(of: graph, file: file)
        case .graphml, .json, .dataset, .xlsx: []
        }
    }

    private static func writeFile(_ graph: Graph, to path: String, format: GraphFormat, sparing: Set<FileIdentity>,
                                  options: WriteOptions) throws(OutputError) {
        if let name = format.nulFreeName { try NULCheck.refuse(graph, file: path, format: name) }
        let data: Data
        switch format {
        case .edgeList:
            data = try EdgeListFormat.write(graph, file: path)
        case .csv:
            // Another table the reader would pair with X.csv (nodes.csv beside edges.csv, …) is
            // outranked by writing X.nodes.csv.
            let otherTable = CSVFormat.nodeTableCandidates(of: path).dropFirst().contains { FileManager.default.fileExists(atPath: $0) }
            let (edges, nodes) = CSVFormat.write(graph, nodeTable: otherTable)
            try AtomicFile.writeSet([(path, edges), (nodesPath(for: path), nodes)], sparing: sparing)
            return
        case .json:
            data = NodeLinkJSON.write(graph)
        case .graphml:
            data = try GraphMLFormat.write(graph, file: path)
        case .gexf:
            data = try GEXFFormat.write(graph, file: path, visuals: options.nodeVisuals)
        case .gml:
            data = try GMLFormat.write(graph, file: path)
        case .pajek:
            data = try PajekFormat.write(graph, file: path)
        case .dot:
            data = try DOTWriter.write(graph, file: path)
        case .ucinet:
            data = try UCINETFormat.write(graph, file: path, layout: options.dlLayout)
        case .xlsx:
            throw OutputError(file: path, "writing a graph as .xlsx is not supported; write a .csv edge table (Excel opens it)")
        case .dataset:
            throw OutputError(file: path, "writing a dataset folder is not supported; write a .csv edge table (its node table is written beside it)")
        }
        try AtomicFile.write(data, to: path, sparing: sparing)
    }

    /// The files ``read(path:options:)`` reads for `path`: the file itself; a CSV edge table's
    /// node table when there is one; the two tables of a folder in layout `folder`.
    public static func filesRead(path: String, folder: TableFolder?) -> [String] {
        switch try? GraphFormat.of(path: path) {
        case .dataset:
            return folder?.tables(in: path) ?? [path]
        case .csv:
            return [path] + [CSVFormat.siblingNodeTable(of: path)].compactMap { $0 }
        default:
            return [path]
        }
    }

    /// The node table written beside the edge table `path`.
    public static func nodesPath(for path: String) -> String {
        ((path as NSString).deletingPathExtension) + ".nodes.csv"
    }
}

extension GraphFormat {
    /// The format's name when its files cannot carry a NUL character and no writer of its own
    /// refuses one (see ``NULCheck``); nil for JSON (escaped) and the XML formats (refused by
    /// ``XMLOutput``).
    var nulFreeName: String? {
        switch self {
        case .csv: "CSV"
        case .edgeList: "an edge list"
        case .pajek: "Pajek"
        case .dot: "DOT"
        case .gml: "GML"
        case .ucinet: "UCINET DL"
        case .json, .graphml, .gexf, .dataset, .xlsx: nil
        }
    }
}
