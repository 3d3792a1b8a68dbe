import Foundation
import SandanGraph

/// Writes a graph as plain DOT for data exchange: every id, attribute name and value quoted, the
/// edge kind as the attribute `kind`, no styling (styled DOT for drawing comes from
/// `SandanGraphviz`). ``DOTReader`` reads it back to the same graph, up to DOT having only
/// strings: values come back typed as a CSV column is (see ``DOTReader``).
///
/// Quoting follows cgraph's lexer, which reads `\"` as a quote, `\\` as two backslashes,
/// a backslash before a line break as a line continuation and any other backslash as itself:
/// so `"` is written `\"`, backslashes are written as they are, and a value with an odd run
/// of backslashes before a quote, a line break or its end cannot be written, nor one with a
/// line break between two quotes (see ``quote(_:file:)``). Strings longer than 8,000 bytes are
/// split into `"…" + "…"` pieces (cgraph refuses a single quoted string of 16 KB or more). Ids are always quoted, so
/// that DOT keywords (`node`, `Graph`, `edge`, any case) and ids starting with a digit are safe.
///
/// Complexity: O(n + m + values).
public enum DOTWriter {
    /// What ``write(_:file:)`` does not carry for `graph`: DOT holds only strings, so the
    /// attribute columns whose text reads back as another type or with missing values
    /// (`ColumnInference/columnsChangedByText(_:)`), one warning for nodes and one for edges.
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        [("node", ColumnInference.columnsChangedByText(graph.nodeAttributes)),
         ("edge", ColumnInference.columnsChangedByText(graph.edgeAttributes))].compactMap { what, names in
            names.isEmpty ? nil : Diagnostic(SourceLocation(file: file), "DOT holds only text: the \(what) attribute\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")) will not read back as \(names.count == 1 ? "it is" : "they are") (another type, or missing values)")
        }
    }

    /// The DOT text of `graph`.
    /// - Throws: ``OutputError`` naming `file` when an edge attribute is called `key` (cgraph
    ///   reads it as the edge's name and would merge parallel edges).
    public static func write(_ graph: Graph, file: String) throws(OutputError) -> Data {
        let hasKinds = graph.kinds != [""]
        let edgeNames = graph.edgeAttributes.names.filter { !(hasKinds && $0 == "kind") }
        if edgeNames.contains("key") {
            throw OutputError(file: file, "the edge attribute 'key' cannot be written to DOT, where it names an edge")
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        var out = graph.isDirected ? "digraph {\n" : "graph {\n"
        for v in 0..<graph.nodeCount {
            var fields: [String] = []
            for name in graph.nodeAttributes.names {
                if let value = graph.nodeAttributes.value(name, at: v) { fields.append((try quote(name, file: file)) + "=" + (try quote(value.description, file: file))) }
            }
            out += "  " + (try nodeName(graph.ids[v], file: file)) + (fields.isEmpty ? "" : " [" + fields.joined(separator: ", ") + "]") + ";\n"
        }
        for e in 0..<graph.edgeCount {
            var fields: [String] = []
            if hasKinds, !graph.kind(of: e).isEmpty { fields.append("kind=" + (try quote(graph.kind(of: e), file: file))) }
            for name in edgeNames {
                if let value = graph.edgeAttributes.value(name, at: e) { fields.append((try quote(name, file: file)) + "=" + (try quote(value.description, file: file))) }
            }
            out += "  " + (try nodeName(graph.ids[graph.source(of: e)], file: file)) + arrow + (try nodeName(graph.ids[graph.target(of: e)], file: file))
            out += (fields.isEmpty ? "" : " [" + fields.joined(separator: ", ") + "]") + ";\n"
        }
        out += "}\n"
        return Data(out.utf8)
    }

    /// A node id as a quoted DOT name.
    /// - Throws: ``OutputError`` naming `file` for an id that ``quote(_:file:)`` refuses, or one
    ///   beginning with `%`, which cgraph keeps for its anonymous names and renames on reading.
    static func nodeName(_ id: String, file: String) throws(OutputError) -> String {
        if id.hasPrefix("%") {
            throw OutputError(file: file, "the node id \(IdentifierCheck.escaped(id)) begins with '%', which Graphviz reads as one of its anonymous names and renames; write .graphml or .json instead")
        }
        return try quote(id, file: file)
    }

    /// The longest piece of a quoted string, in bytes.
    static let pieceBytes = 8_000

    /// `text` as a DOT quoted string, split into `"…" + "…"` pieces when long (never next to a
    /// backslash or a line break).
    /// - Throws: ``OutputError`` naming `file` when cgraph's lexer cannot read `text` back: an
    ///   odd run of backslashes before a quote, a line break or the end; or a line break whose
    ///   two neighbours are each a quote or an end of the string (cgraph 2.42 drops it: `"\n"`
    ///   reads as an empty string and `a"⏎"b` as `a""b`; found by fuzzing).
    public static func quote(_ text: String, file: String) throws(OutputError) -> String {
        let scalars = Array(text.unicodeScalars)
        var run = 0
        for k in 0...scalars.count {
            let scalar = k < scalars.count ? scalars[k] : nil
            if scalar == "\\" {
                run += 1
                continue
            }
            if run % 2 == 1, scalar == nil || scalar == "\"" || scalar == "\n" {
                throw OutputError(file: file, "\(IdentifierCheck.escaped(text)) has an odd number of backslashes before a quote, a line break or its end, which DOT cannot carry; write .graphml or .json instead")
            }
            run = 0
            if scalar == "\n", k == 0 || scalars[k - 1] == "\"", k + 1 == scalars.count || scalars[k + 1] == "\"" {
                throw OutputError(file: file, "\(IdentifierCheck.escaped(text)) has a line break between quotes or the ends of the text, which Graphviz drops; write .graphml or .json instead")
            }
        }
        var pieces: [String] = []
        var piece = ""
        var pieceLength = 0
        for scalar in scalars {
            let length = String(scalar).utf8.count
            let last = piece.unicodeScalars.last
            if pieceLength + length > pieceBytes, last != "\\", last != "\n", scalar != "\n" {
                pieces.append(piece)
                piece = ""
                pieceLength = 0
            }
            piece.unicodeScalars.append(scalar)
            pieceLength += length
        }
        pieces.append(piece)
        return pieces.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: " + ")
    }
}
