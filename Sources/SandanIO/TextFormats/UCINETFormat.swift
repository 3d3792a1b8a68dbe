import Foundation
import SandanGraph

/// UCINET's DL format (`.dl`), one-mode networks with labels (Borgatti, Everett & Freeman,
/// *UCINET for Windows*, 2002, the "DL" chapter; igraph's `igraph_read_graph_dl` reads the same).
///
/// **Reading.** A header `DL N=n [FORMAT=EDGELIST1|FULLMATRIX]` (keywords in any case, `=`
/// with or without spaces; FULLMATRIX when absent), then optionally `LABELS:` with n labels
/// (separated by commas, spaces or line breaks; `"…"` quotes one with spaces) or
/// `LABELS EMBEDDED`, then `DATA:`. EDGELIST1 rows are `i j [weight]` with 1-based numbers (or
/// labels, when embedded); FULLMATRIX is n rows of n values (a first row of column labels and
/// a label before each row when embedded), each non-zero value an edge of that weight (a
/// symmetric matrix gives one undirected edge per pair). Ids are the labels, else the numbers
/// 1…n. Undirected unless ``ReadOptions/directed`` says so or a full matrix is not symmetric.
/// Weights (other than all 1) become the edge attribute `weight`. Two-mode data (`NR`, `NC`),
/// several matrices (`NM`) and the other formats are refused.
///
/// **Writing** (``write(_:file:layout:)``): EDGELIST1 (what ``GraphFile`` writes) or
/// FULLMATRIX, with `LABELS:` holding the ids (quoted when they hold a space or comma) and the
/// `weight` attribute as the value (1 without one). DL holds no kinds or other attributes.
/// igraph's DL reader takes no quoted labels: ids with spaces or commas are for UCINET.
///
/// Complexity: O(bytes) to read an edge list, O(n²) for a full matrix; O(n + m) to write an
/// edge list, O(n²) a matrix.
public enum UCINETFormat {
    /// The data layouts read and written.
    public enum Layout: String, Sendable, CaseIterable {
        case edgeList = "edgelist1"
        case fullMatrix = "fullmatrix"
    }

    /// A word of the file and where it starts.
    struct Token {
        var text: String
        var line: Int
        var column: Int
    }

    /// Splits `text` into words at whitespace, commas and `=` (kept as a word), `"…"` quoting.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var line = 1, column = 0
        var current: Token?
        var quoted = false
        for character in text {
            column += 1
            if quoted {
                if character == "\"" { quoted = false } else { current?.text.append(character) }
            } else if character == "\"" {
                current = current ?? Token(text: "", line: line, column: column)
                quoted = true
            } else if character.isWhitespace || character == "," || character == "=" {
                if let token = current { tokens.append(token); current = nil }
                if character == "=" { tokens.append(Token(text: "=", line: line, column: column)) }
            } else {
                if current == nil { current = Token(text: "", line: line, column: column) }
                current?.text.append(character)
            }
            if character.isNewline { line += 1; column = 0 }
        }
        if let token = current { tokens.append(token) }
        return tokens
    }

    /// Reads DL text from `file`.
    /// - Throws: ``InputError`` at the token that is wrong.
    public static func read(_ text: String, file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        var words = tokens(text)[...]
        func fail(_ token: Token?, _ message: String) -> InputError {
            InputError(file: file, line: token?.line ?? 1, column: token?.column ?? 1, message)
        }
        guard let dl = words.popFirst(), dl.text.lowercased() == "dl" else { throw fail(words.first, "a DL file begins with 'DL'") }
        var n: Int?, layout = Layout.fullMatrix, labels: [String]?, embedded = false
        func value(after key: Token) throws(InputError) -> Token {
            if words.first?.text == "=" { words.removeFirst() }
            guard let value = words.popFirst() else { throw fail(key, "'\(key.text)' needs a value") }
            return value
        }
        header: while let word = words.popFirst() {
            switch word.text.lowercased() {
            case "n":
                let count = try value(after: word)
                guard let parsed = Int(count.text), parsed >= 0 else { throw fail(count, "N must be a number of nodes, not '\(count.text)'") }
                n = parsed
            case "format":
                let name = try value(after: word)
                guard let chosen = Layout(rawValue: name.text.lowercased()) else {
                    throw fail(name, "format '\(name.text)' is not read (EDGELIST1 and FULLMATRIX are)")
                }
                layout = chosen
            case "nr", "nc", "nm":
                throw fail(word, "two-mode and multiple-matrix DL files are not read")
            case "row", "col":
                continue
            case "labels", "labels:":
                if words.first.map({ ["embedded", "embedded:"].contains($0.text.lowercased()) }) == true {
                    words.removeFirst()
                    embedded = true
                    continue
                }
                if words.first?.text == ":" { words.removeFirst() }
                var list: [String] = []
                while let label = words.first, label.text.lowercased() != "data:", list.count < (n ?? .max) {
                    list.append(words.removeFirst().text)
                }
                labels = list
            case "data:", "data":
                if word.text.lowercased() == "data", words.first?.text == ":" { words.removeFirst() }
                break header
            case "diagonal", "present", "absent":
                _ = try value(after: word)
            default:
                throw fail(word, "unexpected '\(word.text)' in the DL header")
            }
        }
        guard let n else { throw fail(dl, "the DL header needs N=") }
        if let labels, labels.count != n { throw fail(dl, "\(labels.count) labels for N=\(n) nodes") }
        var ids = labels ?? (embedded ? [] : (0..<n).map { String($0 + 1) })
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted { throw fail(dl, "duplicate label '\(id)'") }

        var entries: [(Int, Int, Double)] = []
        func node(_ token: Token) throws(InputError) -> Int {
            if embedded {
                if let index = ids.firstIndex(of: token.text) { return index }
                guard labels == nil, ids.count < n else { throw fail(token, "'\(token.text)' is not one of the N=\(n) labels") }
                ids.append(token.text)
                return ids.count - 1
            }
            guard let number = Int(token.text), (1...n).contains(number) else { throw fail(token, "'\(token.text)' is not a node number 1–\(n)") }
            return number - 1
        }
        func number(_ token: Token) throws(InputError) -> Double {
            guard let value = NumberParsing.finiteDouble(token.text) else { throw fail(token, "'\(token.text)' is not a finite number") }
            return value
        }
        switch layout {
        case .edgeList:
            var rows: [Int: [Token]] = [:]
            for word in words { rows[word.line, default: []].append(word) }
            for line in rows.keys.sorted() {
                let row = rows[line]!
                guard row.count == 2 || row.count == 3 else { throw fail(row[0], "an EDGELIST1 row is 'i j [weight]'") }
                entries.append((try node(row[0]), try node(row[1]), row.count == 3 ? try number(row[2]) : 1))
            }
        case .fullMatrix:
            func next() throws(InputError) -> Token {
                guard let word = words.popFirst() else { throw fail(nil, "the matrix ends early (N=\(n))") }
                return word
            }
            var columns: [Int] = Array(0..<n)
            if embedded { columns = try (0..<n).map { _ throws(InputError) in try node(try next()) } }
            for i in 0..<n {
                let row = embedded ? try node(try next()) : i
                for j in columns {
                    let value = try number(try next())
                    if value != 0 { entries.append((row, j, value)) }
                }
            }
            if let extra = words.first { throw fail(extra, "more values than an N=\(n) matrix holds") }
        }
        let symmetric = layout == .fullMatrix && Set(entries.map { "\($0.0) \($0.1) \($0.2)" }) == Set(entries.map { "\($0.1) \($0.0) \($0.2)" })
        let directed = options.directed ?? (layout == .fullMatrix && !symmetric)
        if layout == .fullMatrix && !directed { entries = entries.filter { $0.0 <= $0.1 } }
        var builder = GraphBuilder(directed: directed)
        for id in ids { builder.addNode(id) }
        for (u, v, _) in entries { builder.addEdge(u, v) }
        if entries.contains(where: { $0.2 != 1 }) { builder.setEdgeColumn("weight", .double(entries.map(\.2))) }
        return LoadedGraph(graph: builder.build())
    }

    /// What a DL file does not carry of `graph`, one warning each: edge kinds, node attributes,
    /// edge attributes other than a numeric `weight` (missing weights are written as 1), and
    /// parallel edges, whose rows read back as separate edges only in EDGELIST1.
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let at = SourceLocation(file: file)
        if graph.kinds != [""] { warnings.append(Diagnostic(at, "UCINET DL keeps no edge kinds; not written: \(graph.kinds.filter { !$0.isEmpty }.joined(separator: ", "))")) }
        if !graph.nodeAttributes.names.isEmpty {
            warnings.append(Diagnostic(at, "UCINET DL keeps no node attributes; not written: \(graph.nodeAttributes.names.joined(separator: ", "))"))
        }
        let weight = graph.edgeAttributes["weight"].flatMap { $0.type == .integer || $0.type == .double ? $0 : nil }
        let dropped = graph.edgeAttributes.names.filter { !($0 == "weight" && weight != nil) }
        if !dropped.isEmpty { warnings.append(Diagnostic(at, "UCINET DL keeps only an edge's weight; not written: \(dropped.joined(separator: ", "))")) }
        if let weight {
            let missing = (0..<graph.edgeCount).count(where: { weight[$0] == nil })
            if missing > 0 { warnings.append(Diagnostic(at, "\(missing) edge\(missing == 1 ? " has" : "s have") no weight; written with weight 1")) }
        }
        return warnings
    }

    /// The most nodes written as a full matrix: n² cells (4 million here, about 8 MB of text
    /// and 32 MB while writing); larger graphs are written as an edge list.
    public static let maximumMatrixNodes = 2_000

    /// `graph` as DL in `layout`.
    /// - Throws: ``OutputError`` when a full matrix cannot hold the graph (parallel edges) or
    ///   would have more than ``maximumMatrixNodes`` rows.
    public static func write(_ graph: Graph, file: String, layout: Layout = .edgeList) throws(OutputError) -> Data {
        if layout == .fullMatrix && graph.nodeCount > maximumMatrixNodes {
            throw OutputError(file: file, "a full matrix of \(graph.nodeCount) nodes would have \(graph.nodeCount * graph.nodeCount) cells; "
                + "FULLMATRIX is written for at most \(maximumMatrixNodes) nodes: write this graph as EDGELIST1 (--dl-layout edgelist1)")
        }
        let weights = graph.edgeAttributes["weight"]
        func weight(_ e: Int) -> Double { weights?[e]?.numericValue ?? 1 }
        func label(_ id: String) -> String { id.contains { $0 == " " || $0 == "," || $0 == "\"" || $0.isNewline } ? "\"\(id.replacingOccurrences(of: "\"", with: "'"))\"" : id }
        var out = "DL N=\(graph.nodeCount)\nFORMAT = \(layout.rawValue.uppercased())\nLABELS:\n"
        out += graph.ids.all.map(label).joined(separator: ",\n") + "\nDATA:\n"
        let number = NumberParsing.plain
        switch layout {
        case .edgeList:
            for e in 0..<graph.edgeCount { out += "\(graph.source(of: e) + 1) \(graph.target(of: e) + 1) \(number(weight(e)))\n" }
        case .fullMatrix:
            var matrix = [Double](repeating: 0, count: graph.nodeCount * graph.nodeCount)
            for e in 0..<graph.edgeCount {
                let (u, v) = (graph.source(of: e), graph.target(of: e))
                guard matrix[u * graph.nodeCount + v] == 0 else {
                    throw OutputError(file: file, "a full matrix holds one value per pair; '\(graph.ids[u])'–'\(graph.ids[v])' has parallel edges")
                }
                matrix[u * graph.nodeCount + v] = weight(e)
                if !graph.isDirected { matrix[v * graph.nodeCount + u] = weight(e) }
            }
            for u in 0..<graph.nodeCount {
                out += (0..<graph.nodeCount).map { number(matrix[u * graph.nodeCount + $0]) }.joined(separator: " ") + "\n"
            }
        }
        return Data(out.utf8)
    }
}
