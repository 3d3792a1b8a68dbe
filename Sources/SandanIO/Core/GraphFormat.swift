import Foundation
import SandanGraph

/// The file formats Sandan reads and writes, chosen from a path's extension.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// `source target [weight]` per line, whitespace-separated, `#` comments (`.edges`, `.txt`,
    /// `.edgelist`).
    case edgeList = "edges"
    /// An edge table with a header (`.csv`), with a sibling node table when present.
    case csv
    /// A folder holding `complexes.csv` and `linkages.csv` (the schema of `Graphs/`).
    case dataset
    /// An Excel workbook (`.xlsx`): one sheet read as an edge table, as ``csv`` (read only).
    case xlsx
    /// NetworkX node-link JSON (`.json`).
    case json
    /// GraphML with typed keys (`.graphml`); see ``GraphMLFormat``.
    case graphml
    /// GEXF, Gephi's format (`.gexf`; 1.3 written); see ``GEXFFormat``.
    case gexf
    /// GML as NetworkX and igraph write it (`.gml`); see ``GMLFormat``.
    case gml
    /// Pajek `.net` (also `.pajek`); see ``PajekFormat``.
    case pajek = "net"
    /// UCINET DL (`.dl`); see ``UCINETFormat``.
    case ucinet = "dl"
    /// Graphviz DOT (`.gv`, `.dot`), read through libcgraph; see ``DOTReader`` and ``DOTWriter``.
    case dot

    /// The format of `path`: a folder is a dataset, otherwise the extension decides.
    /// - Throws: ``InputError`` when nothing is at `path`, or for an unknown extension.
    public static func of(path: String) throws(InputError) -> GraphFormat {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, "no such file or folder")
        }
        if isFolder.boolValue { return .dataset }
        return try of(extensionOf: path)
    }

    /// The format named by the extension of `path`, whatever is at `path` now (for outputs).
    /// - Throws: ``InputError`` for an unknown extension.
    public static func of(extensionOf path: String) throws(InputError) -> GraphFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "edges", "txt", "edgelist", "el", "tsv": return .edgeList
        case "csv": return .csv
        case "xlsx": return .xlsx
        case "json": return .json
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "gml": return .gml
        case "net", "pajek": return .pajek
        case "gv", "dot": return .dot
        case "dl": return .ucinet
        default:
            throw InputError(file: path, (ext.isEmpty ? "no file extension to tell the format" : "unknown graph format '.\(ext)'") + "; use one of .edges .txt .csv .xlsx .json .graphml .gexf .gml .net .dl .gv .dot, or a folder with complexes.csv and linkages.csv")
        }
    }
}

/// How to read a graph file.
public struct ReadOptions: Sendable {
    /// Force directed (true) or undirected (false); nil keeps the format's own or its default
    /// (undirected for edge lists and CSV tables).
    public var directed: Bool?
    /// The text encoding of the file.
    public var encoding: TextEncoding
    /// What the file may make the reader use.
    public var limits: InputLimits
    /// The columns of a CSV table's roles, where their headers are not recognised.
    public var columns: ColumnMapping
    /// The node table of a CSV edge table, instead of its sibling (see ``CSVFormat``).
    public var nodesPath: String?
    /// The sheet of an `.xlsx` workbook to read (the first when nil).
    public var sheet: String?
    /// How a folder is read (its two tables' names and columns); nil refuses folders.
    public var folder: TableFolder?

    public init(directed: Bool? = nil, encoding: TextEncoding = .utf8, limits: InputLimits = InputLimits(),
                columns: ColumnMapping = ColumnMapping(), nodesPath: String? = nil, sheet: String? = nil,
                folder: TableFolder? = nil) {
        self.directed = directed
        self.encoding = encoding
        self.limits = limits
        self.columns = columns
        self.nodesPath = nodesPath
        self.sheet = sheet
        self.folder = folder
    }
}

/// How to write a graph file, beyond what the graph holds.
public struct WriteOptions: Sendable {
    /// Each node's colour, size and position (indexed like the graph's nodes), written by GEXF
    /// as `viz:color`, `viz:size` and `viz:position`; other formats ignore it.
    public var nodeVisuals: [NodeVisual]?
    /// The data layout of a UCINET DL file (``UCINETFormat/Layout``).
    public var dlLayout: UCINETFormat.Layout

    public init(nodeVisuals: [NodeVisual]? = nil, dlLayout: UCINETFormat.Layout = .edgeList) {
        self.nodeVisuals = nodeVisuals
        self.dlLayout = dlLayout
    }
}

/// A graph read from a file, and what the reader wants the user to know.
public struct LoadedGraph: Sendable {
    public var graph: Graph
    public var warnings: [Diagnostic]

    public init(graph: Graph, warnings: [Diagnostic] = []) {
        self.graph = graph
        self.warnings = warnings
    }
}
