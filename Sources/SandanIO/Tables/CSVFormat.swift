import Foundation
import SandanGraph

/// CSV edge tables with a header, and their node tables.
///
/// Columns have roles (``TableColumnRole``): the edge table needs a source and a target, and
/// may have a kind and a year; the node table needs an id (else its name column is the id) and
/// may have a name, region, latitude and longitude. A role's column is found by a name the user
/// gives (``ReadOptions/columns``) or by a recognised header (`source`/`from`/`출발단지`, …,
/// see ``TableColumnRole/recognisedNames``), and takes the role's attribute name (`year`,
/// `name_ko`, `region`, `lat`, `lon`), so that Korean headers work as they are. A `weight`
/// column must hold finite decimal numbers; every other column becomes an edge or node
/// attribute under its own name, with an inferred type (integer, double, bool, string). When a
/// node table is given it is strict: an edge to an id it does not declare is an error. Every
/// row must have as many fields as the header. Fields are separated by commas, or by tabs when
/// the header line has tabs and no comma (Excel's "Unicode text"). An edge table with a header
/// and no rows is a graph without edges when a node table is beside it (Sandan writes a graph
/// without edges so), an error otherwise.
///
/// The node table is ``ReadOptions/nodesPath`` when given; else the sibling of `X.csv`:
/// `X.nodes.csv`, or `nodes.csv` beside `edges.csv`, or `complexes.csv` beside `linkages.csv`.
/// Undirected unless ``ReadOptions/directed`` says so.
///
/// Complexity: O(bytes).
public enum CSVFormat {
    /// Reads the edge table at `path`, with its sibling node table when one exists.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        return try read(edgesAt: path, nodesAt: options.nodesPath ?? siblingNodeTable(of: path), options: options)
    }

    /// Reads the edge table at `edgesPath` and, when given, the node table at `nodesPath`.
    /// `knownColumns` (when given) lists the only columns each table may have.
    public static func read(edgesAt edgesPath: String, nodesAt nodesPath: String?, options: ReadOptions = ReadOptions(),
                            knownColumns: (nodes: Set<String>, edges: Set<String>)? = nil) throws(InputError) -> LoadedGraph {
        var notes: [Diagnostic] = []
        let nodes = try nodesPath.map { (path) throws(InputError) in
            try Table(path: path, sheet: nil, options: options, known: knownColumns?.nodes, notes: &notes)
        }
        let edges = try Table(path: edgesPath, sheet: options.sheet, options: options, known: knownColumns?.edges, notes: &notes)
        var loaded = try read(edges: edges, nodes: nodes, options: options)
        loaded.warnings.insert(contentsOf: notes, at: 0)
        return loaded
    }

    /// Reads a lone edge table from `bytes` (the content of `file`), without a node table.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let table = try Table(text: try TextDecoding.decode(bytes, file: file, encoding: options.encoding), file: file, known: nil)
        return try read(edges: table, nodes: nil, options: options)
    }

    static func read(edges table: Table, nodes: Table?, options: ReadOptions) throws(InputError) -> LoadedGraph {
        var builder = GraphBuilder(directed: options.directed ?? false)
        var warnings: [Diagnostic] = []
        let nodeFile = (nodes?.file as NSString?)?.lastPathComponent
        if let table = nodes {
            let roles = try table.columns(for: TableColumnRole.allCases.filter(\.isNodeRole), mapping: options.columns)
            guard let idColumn = roles[.id] ?? roles[.name] else { throw table.missing(.id, mapping: options.columns) }
            let names = try table.attributeNames(roles)
            for row in table.rows {
                let id = row.fields[idColumn]
                let location = table.location(row, idColumn)
                guard !id.isEmpty else { throw InputError(location, "empty node id") }
                let before = builder.nodeCount
                builder.addNode(id)
                guard builder.nodeCount > before else { throw InputError(location, "duplicate node id \(IdentifierCheck.quoted(id))") }
                if let w = IdentifierCheck.warning(for: id, at: location) { warnings.append(w) }
            }
            for (c, name) in names.enumerated() where c != roles[.id] {
                builder.setNodeColumn(name, ColumnInference.column(table.rows.map { $0.fields[c] }))
            }
        }
        if table.rows.isEmpty, nodes == nil {
            throw InputError(file: table.file, line: table.headerRecord.line,
                             "the table has a header but no rows, and no node table beside it: the graph would be empty")
        }
        let roles = try table.columns(for: TableColumnRole.allCases.filter { !$0.isNodeRole }, mapping: options.columns)
        guard let s = roles[.source] else { throw table.missing(.source, mapping: options.columns) }
        guard let t = roles[.target] else { throw table.missing(.target, mapping: options.columns) }
        let kindColumn = roles[.kind]
        let names = try table.attributeNames(roles)
        let weightColumn = names.firstIndex { $0.lowercased() == "weight" }
        builder.reserveEdges(table.rows.count)
        for row in table.rows {
            var ends: [Int] = []
            for c in [s, t] {
                let id = row.fields[c]
                let location = table.location(row, c)
                guard !id.isEmpty else { throw InputError(location, "empty node id") }
                if let existing = builder.index(of: id) {
                    ends.append(existing)
                } else if let nodeFile {
                    throw InputError(location, "\(IdentifierCheck.quoted(id)) is not declared in \(nodeFile)")
                } else {
                    if let w = IdentifierCheck.warning(for: id, at: location) { warnings.append(w) }
                    ends.append(builder.addNode(id))
                }
            }
            builder.addEdge(ends[0], ends[1], kind: kindColumn.map { row.fields[$0] } ?? "")
            if let weightColumn, !row.fields[weightColumn].isEmpty, NumberParsing.finiteDouble(row.fields[weightColumn]) == nil {
                throw InputError(table.location(row, weightColumn), "bad weight: " + NumberParsing.reason(row.fields[weightColumn]))
            }
        }
        for (c, name) in names.enumerated() where c != s && c != t && c != kindColumn {
            let cells = table.rows.map { $0.fields[c] }
            builder.setEdgeColumn(name, c == weightColumn ? .double(cells.map { NumberParsing.finiteDouble($0) }) : ColumnInference.column(cells))
        }
        return LoadedGraph(graph: builder.build(), warnings: warnings)
    }

    /// The node table that belongs with the edge table at `path`, if one exists.
    public static func siblingNodeTable(of path: String) -> String? {
        nodeTableCandidates(of: path).first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The names a node table of the edge table at `path` may have, in the reader's order of
    /// preference: `X.nodes.csv` (the name ``GraphFile`` writes) first, then `complexes.csv`
    /// beside `linkages.csv`, `nodes.csv` beside `edges.csv` (any stem with "edges").
    static func nodeTableCandidates(of path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        var candidates = [stem + ".nodes.csv"]
        if stem == "linkages" { candidates.append("complexes.csv") }
        if stem.contains("edges") { candidates.append(stem.replacingOccurrences(of: "edges", with: "nodes") + ".csv") }
        return candidates.map { folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }.filter { $0 != path }
    }

    /// The edge table of `graph` (`source,target[,kind],attributes…`) and, when the graph has
    /// node attributes or isolated nodes, no nodes, nodes in an order other than the one the
    /// edges name them in, or `nodeTable` is set, its node table (`id,attributes…`).
    public static func write(_ graph: Graph, nodeTable: Bool = false) -> (edges: Data, nodes: Data?) {
        let hasKinds = graph.kinds != [""]
        var header = ["source", "target"] + (hasKinds ? ["kind"] : [])
        header += graph.edgeAttributes.names
        var out = header.map(CSVParser.escape).joined(separator: ",") + "\n"
        for e in 0..<graph.edgeCount {
            var row = [graph.ids[graph.source(of: e)], graph.ids[graph.target(of: e)]]
            if hasKinds { row.append(graph.kind(of: e)) }
            for name in graph.edgeAttributes.names { row.append(graph.edgeAttributes.value(name, at: e)?.description ?? "") }
            out += row.map(CSVParser.escape).joined(separator: ",") + "\n"
        }
        let isolated = (0..<graph.nodeCount).contains { graph.degree($0) == 0 }
        guard nodeTable || !graph.nodeAttributes.names.isEmpty || isolated || graph.nodeCount == 0 || !graph.firstAppearanceKeepsOrder else {
            return (Data(out.utf8), nil)
        }
        var nodes = (["id"] + graph.nodeAttributes.names).map(CSVParser.escape).joined(separator: ",") + "\n"
        for v in 0..<graph.nodeCount {
            let row = [graph.ids[v]] + graph.nodeAttributes.names.map { graph.nodeAttributes.value($0, at: v)?.description ?? "" }
            nodes += row.map(CSVParser.escape).joined(separator: ",") + "\n"
        }
        return (Data(out.utf8), Data(nodes.utf8))
    }

    /// What `write(_:)` does not carry for `graph`, one warning each: the direction (a CSV
    /// table is read undirected unless told), attribute columns whose text reads back as another
    /// type or with missing values (see `ColumnInference/columnsChangedByText(_:)`), and a
    /// `weight` column that is not numeric (the reader requires numbers there).
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        let location = SourceLocation(file: file)
        var warnings: [Diagnostic] = []
        if graph.isDirected {
            warnings.append(Diagnostic(location, "a CSV table does not record direction: read it back with --directed"))
        }
        let nodeColumns = ColumnInference.columnsChangedByText(graph.nodeAttributes)
        var edgeColumns = ColumnInference.columnsChangedByText(graph.edgeAttributes).filter { $0 != "weight" }
        if let weight = graph.edgeAttributes["weight"], weight.type != .double { edgeColumns.append("weight") }
        for (what, names) in [("node", nodeColumns), ("edge", edgeColumns)] where !names.isEmpty {
            warnings.append(Diagnostic(location, "as CSV text, the \(what) attribute\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")) will not read back as \(names.count == 1 ? "it is" : "they are") (another type, or missing values)"))
        }
        return warnings
    }

    /// A parsed CSV table: header and rows, every row as wide as the header.
    struct Table {
        let file: String
        let header: [String]
        let headerRecord: CSVRecord
        let rows: [CSVRecord]

        init(text: String, file path: String, known: Set<String>?) throws(InputError) {
            try self.init(records: try CSVParser.parse(text, file: path, separator: CSVParser.separator(of: text)), file: path, known: known)
        }

        /// The table in the file at `path`: a sheet of an `.xlsx` workbook (`sheet`, else the
        /// first), or CSV text in the encoding of `options` (a note on a detected one joins `notes`).
        init(path: String, sheet: String?, options: ReadOptions, known: Set<String>?, notes: inout [Diagnostic]) throws(InputError) {
            if (path as NSString).pathExtension.lowercased() == "xlsx" {
                try self.init(records: try XLSXReader.records(path: path, sheet: sheet, limits: options.limits), file: path, known: known)
            } else {
                try self.init(text: try TextDecoding.readText(at: path, encoding: options.encoding, limits: options.limits, notes: &notes),
                              file: path, known: known)
            }
        }

        /// The table of `records` (the first is the header) read from `path`.
        init(records: [CSVRecord], file path: String, known: Set<String>?) throws(InputError) {
            file = path
            guard let first = records.first else { throw InputError(file: path, "the file holds no header row") }
            headerRecord = first
            header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            var seen = Set<String>()
            for (c, name) in header.enumerated() {
                let location = SourceLocation(file: path, line: first.starts[c].line, column: first.starts[c].column)
                guard !name.isEmpty else { throw InputError(location, "empty column name in the header") }
                guard seen.insert(name.lowercased()).inserted else { throw InputError(location, "duplicate column \(IdentifierCheck.quoted(name))") }
                if let known, !known.contains(name) {
                    throw InputError(location, "unknown column \(IdentifierCheck.quoted(name)) (expected: \(known.sorted().joined(separator: ", ")))")
                }
            }
            rows = Array(records.dropFirst())
            for row in rows where row.fields.count != header.count {
                let c = min(row.fields.count, header.count) - (row.fields.count < header.count ? 1 : 0)
                let start = row.starts[max(0, min(c, row.starts.count - 1))]
                throw InputError(file: path, line: start.line, column: start.column,
                                 "ragged row: \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), but the header has \(header.count)")
            }
        }

        /// The column of each of `roles` present in the header: the one `mapping` names (an
        /// error when absent), else the first recognised name. A column has one role at most.
        /// - Throws: ``InputError`` at the header for a named column that is not there.
        func columns(for roles: [TableColumnRole], mapping: ColumnMapping) throws(InputError) -> [TableColumnRole: Int] {
            var found: [TableColumnRole: Int] = [:]
            var taken = Set<Int>()
            for role in roles {
                if let name = mapping[role] {
                    guard let c = header.firstIndex(of: name) ?? header.firstIndex(where: { TableColumnRole.fold($0) == TableColumnRole.fold(name) })
                    else {
                        throw InputError(file: file, line: headerRecord.line, column: 1,
                                         "no column '\(name)' (\(role.option))" + NameSuggestion.didYouMean(name, among: header)
                                             + "; columns found: \(header.joined(separator: ", "))")
                    }
                    found[role] = c
                    taken.insert(c)
                }
            }
            for role in roles where mapping[role] == nil {
                let folded = header.map(TableColumnRole.fold)
                for name in role.recognisedNames {
                    if let c = folded.indices.first(where: { folded[$0] == TableColumnRole.fold(name) && !taken.contains($0) }) {
                        found[role] = c
                        taken.insert(c)
                        break
                    }
                }
            }
            return found
        }

        /// The error for a table without a column for `role`: the columns found and the option
        /// that names one.
        func missing(_ role: TableColumnRole, mapping: ColumnMapping) -> InputError {
            let what = role.isNodeRole ? "node \(role.rawValue)" : "edge \(role.rawValue)"
            let recognised = role.recognisedNames.joined(separator: ", ")
            return InputError(file: file, line: headerRecord.line, column: 1,
                              "no \(what) column (columns found: \(header.joined(separator: ", "))); name it with \(role.option) COLUMN "
                                  + "(recognised without it: \(recognised))")
        }

        /// The attribute name of each column: a role's column takes the role's name, the
        /// others keep theirs.
        /// - Throws: ``InputError`` when a role's name is already another column's.
        func attributeNames(_ roles: [TableColumnRole: Int]) throws(InputError) -> [String] {
            var names = header
            for (role, c) in roles.sorted(by: { $0.value < $1.value }) where role != .source && role != .target && role != .kind {
                let name = role.attributeName(header: header[c], cells: rows.map { $0.fields[c] })
                if let other = header.indices.first(where: { $0 != c && header[$0].lowercased() == name.lowercased() }) {
                    throw InputError(file: file, line: headerRecord.line, column: headerRecord.starts[other].column,
                                     "column '\(header[c])' is read as \(role.rawValue), and the table has a '\(header[other])' column too; "
                                         + "rename one, or name the one to use with \(role.option)")
                }
                names[c] = name
            }
            return names
        }

        func location(_ row: CSVRecord, _ c: Int) -> SourceLocation {
            SourceLocation(file: file, line: row.starts[c].line, column: row.starts[c].column)
        }
    }
}
