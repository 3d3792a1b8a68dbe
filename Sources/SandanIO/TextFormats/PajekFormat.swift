import Foundation
import SandanGraph

/// Pajek `.net` networks: `*Vertices N`, then `k "label"` lines, then `*Arcs` (directed) or
/// `*Edges` (undirected) sections of `u v [weight] [parameters]` lines.
///
/// **Reading.** Lines end with LF, CRLF or a lone CR (old Mac files). A vertex's label (quoted,
/// or one unquoted word) is its Sandan id; a vertex without a line, or without a label, is
/// called by its number. Coordinates and drawing parameters on vertex lines are ignored.
///
/// On an arc or edge line, a third number is the edge attribute `weight` (a finite decimal
/// number; `nan` or `inf` is an error). Then come the line parameters of Pajek's manual
/// (keywords in any letter case), each with one value, stored under the names igraph's
/// `read_graph(format="pajek")` gives them so that the two agree:
///
/// | keyword | attribute | | keyword | attribute |
/// |---|---|---|---|---|
/// | `w` | `edgewidth` (number) | | `c` | `color` |
/// | `s` | `arrowsize` (number) | | `p` | `linepattern` |
/// | `h1`, `h2` | `hook1`, `hook2` | | `a` | `arrowtype` |
/// | `a1`, `a2` | `angle1`, `angle2` | | `lc` | `labelcolor` |
/// | `k1`, `k2` | `velocity1`, `velocity2` | | `font` | `font` |
/// | `ap`, `lp` | `arrowpos`, `labelpos` | | `l` | the edge's **kind** |
/// | `lr`, `lphi`, `la` | `labelangle`, `labelangle2`, `labeldegree` | | `kind` | the edge's kind |
/// | `fos` | `fontsize` | | | |
///
/// Numeric keywords need a finite number (an error at the value otherwise). `l` (Pajek's
/// line label) is the kind, so that a Sandan file reads back; igraph calls it `label`. Any
/// other `name value` pair (a name starting with a letter, as NetworkX's `write_pajek` writes
/// attributes) becomes a string attribute `name`. Fields that are neither (the positional
/// numbers of old files, a name without a value) are skipped, with one warning for the file
/// naming the first such line and counting them.
///
/// A time interval list (`[1]`, `[1-3]`, `[5-*]`, `[1-3,7,9-*]`, Pajek's temporal networks) on
/// a vertex line (after the label) or an arc or edge line is kept, as written, in the string
/// attribute `time` of the node or edge.
///
/// **Direction follows the lines, not the section headers**: the graph is directed when it has
/// at least one arc (an `*Arcs` or `*Arcslist` line, a non-zero one-mode `*Matrix` entry),
/// undirected when all its lines are edges. Pajek's own datasets often carry an empty `*Arcs`
/// header before their `*Edges`: such a network is undirected. A network with no lines at all is
/// directed when its only line headers are `*Arcs`, `*Arcslist` or `*Matrix`. When arcs and
/// edges mix, each edge is read as two opposite arcs, with a warning.
///
/// `*Arcslist`/`*Edgeslist` (`u v1 v2 …`) and `*Matrix` (N rows of N numbers, directed,
/// non-zero entries become weighted arcs) are read too. **Two-mode networks**
/// (`*Vertices N M`: the first M vertices are the first mode) get the integer node attribute
/// `mode`, 1 or 2 (igraph's boolean `type` is `mode == 2`); their `*Matrix` has M rows of N − M
/// numbers, entry (i, j) an undirected edge between vertex i and vertex M + j; a line inside
/// one mode is kept, with a warning (igraph warns too).
///
/// Lines starting with `%` are comments; `*Network` names are ignored; project sections
/// (`*Partition`, `*Vector`, …) end the network, with a warning. Errors with line and column:
/// a missing or malformed `*Vertices` count, a second mode larger than N, more vertices than
/// the file size allows (``maximumVertices(forFileSize:)``), a vertex number outside `1…N` or
/// listed twice, two vertices with the same label, an unterminated quote or interval, a bad
/// weight or numeric parameter, a malformed time interval.
///
/// **Writing**: `*Vertices N` and one line per vertex with its id as the quoted label, then one
/// `*Arcs` or `*Edges` section (NetworkX's `read_pajek` reads only one section), each line
/// `u v` followed, when the graph has weights or kinds, by the weight and `l "kind"`. The
/// weight comes first on a line (NetworkX reads it by position), so an edge without one is
/// written with weight 1. Pajek has nowhere else to put attributes, so other node and edge
/// attributes are not written; ``losses(of:file:)`` says what is lost. Ids holding `"` or a
/// line break cannot be written.
///
/// Complexity: O(bytes + N) time and memory.
public enum PajekFormat {
    /// The largest `*Vertices` count accepted for a file of `bytes` bytes: 100,000 plus 4 per
    /// byte (a vertex needs no line of its own, but a file that declares a billion vertices in
    /// a few bytes is a mistake or an attack on memory).
    public static func maximumVertices(forFileSize bytes: Int) -> Int {
        min(Int(Int32.max) - 1, 100_000 + 4 * bytes)
    }

    /// Pajek's numeric line parameters and the attribute names igraph gives them.
    static let numericLineParameters: [String: String] = [
        "w": "edgewidth", "s": "arrowsize", "h1": "hook1", "h2": "hook2", "a1": "angle1", "a2": "angle2",
        "k1": "velocity1", "k2": "velocity2", "ap": "arrowpos", "lp": "labelpos", "lr": "labelangle",
        "lphi": "labelangle2", "la": "labeldegree", "fos": "fontsize",
    ]

    /// Pajek's text line parameters and the attribute names igraph gives them (`l`, the label,
    /// is the edge's kind in Sandan).
    static let textLineParameters: [String: String] = [
        "c": "color", "p": "linepattern", "a": "arrowtype", "lc": "labelcolor", "font": "font",
    ]

    /// Reads a Pajek network from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let text = try TextDecoding.decode(bytes, file: file, encoding: options.encoding)
        var reader = PajekReader(file: file, byteCount: bytes.count, limits: options.limits)
        try reader.read(Array(text.utf8))
        return try reader.finish(forcedDirection: options.directed)
    }

    /// The Pajek text of `graph`.
    /// - Throws: ``OutputError`` naming `file` when an id or kind holds `"` or a line break.
    public static func write(_ graph: Graph, file: String) throws(OutputError) -> Data {
        func quoted(_ text: String, _ what: String) throws(OutputError) -> String {
            if text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                throw OutputError(file: file, "\(what) \(IdentifierCheck.escaped(text)) holds a quote or a line break, which Pajek cannot carry; write .graphml or .json instead")
            }
            return "\"" + text + "\""
        }
        let hasKinds = graph.kinds != [""]
        let weight = numericWeight(graph)
        var out = "*Vertices \(graph.nodeCount)\n"
        for v in 0..<graph.nodeCount { out += "\(v + 1) \(try quoted(graph.ids[v], "id"))\n" }
        out += graph.isDirected ? "*Arcs\n" : "*Edges\n"
        for e in 0..<graph.edgeCount {
            out += "\(graph.source(of: e) + 1) \(graph.target(of: e) + 1)"
            if weight != nil || hasKinds {
                out += " " + AttributeValue.double(weight?[e]?.numericValue ?? 1).description
            }
            if hasKinds, !graph.kind(of: e).isEmpty { out += " l " + (try quoted(graph.kind(of: e), "kind")) }
            out += "\n"
        }
        return Data(out.utf8)
    }

    /// What ``write(_:file:)`` does not carry for `graph`, one warning each: node attributes,
    /// edge attributes other than a numeric `weight`, the integer type of a weight (read back as
    /// doubles), and edges without a weight (written with weight 1) when the graph has weights
    /// or kinds.
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let weight = numericWeight(graph)
        if !graph.nodeAttributes.names.isEmpty {
            warnings.append(Diagnostic(SourceLocation(file: file), "Pajek keeps no node attributes; not written: \(graph.nodeAttributes.names.joined(separator: ", "))"))
        }
        let dropped = graph.edgeAttributes.names.filter { !($0 == "weight" && weight != nil) }
        if !dropped.isEmpty {
            warnings.append(Diagnostic(SourceLocation(file: file), "Pajek keeps only the weight and the kind of an edge; not written: \(dropped.joined(separator: ", "))"))
        }
        if weight?.type == .integer {
            warnings.append(Diagnostic(SourceLocation(file: file), "Pajek's weight is read as a decimal number: the integer weights will read back as doubles"))
        }
        if weight != nil || graph.kinds != [""] {
            let missing = (0..<graph.edgeCount).count(where: { weight?[$0] == nil })
            if missing > 0 {
                warnings.append(Diagnostic(SourceLocation(file: file), "\(missing) edge\(missing == 1 ? " has" : "s have") no weight; Pajek puts the weight before the kind, so \(missing == 1 ? "it is" : "they are") written with weight 1"))
            }
        }
        return warnings
    }

    /// The graph's `weight` column when it is numeric (the only weight Pajek writes).
    static func numericWeight(_ graph: Graph) -> AttributeColumn? {
        graph.edgeAttributes["weight"].flatMap { $0.type == .integer || $0.type == .double ? $0 : nil }
    }
}

/// The state of one Pajek read.
private struct PajekReader {
    enum Section {
        case none
        case vertices
        case lines(directed: Bool, kind: String)
        case list(directed: Bool, kind: String)
        case matrix(row: Int)
        case ignored
    }

    struct Token {
        var text: Substring
        var column: Int
        var quoted: Bool

        /// Whether the token opens a time interval list (`[1-3,5]`).
        var opensInterval: Bool { !quoted && text.hasPrefix("[") }
    }

    struct Arc {
        var u: Int32
        var v: Int32
        var directed: Bool
        var kind: String
        var weight: Double?
        var attributes: [(String, AttributeValue)]
        var line: Int
    }

    /// Fields of a kind the reader skips, counted for one warning naming the first.
    struct Skipped {
        var count = 0
        var first: SourceLocation?

        mutating func note(_ location: SourceLocation) {
            count += 1
            if first == nil { first = location }
        }
    }

    let file: String
    let limits: InputLimits
    let byteCount: Int
    var vertexCount: Int?
    /// The size of the first mode of a two-mode network (`*Vertices N M`).
    var firstMode: Int?
    var labels: [String?] = []
    var labelLines: [Int] = []
    var nodeTimes: [(Int, String)] = []
    var arcs: [Arc] = []
    var section = Section.none
    var line = 0
    var warnings: [Diagnostic] = []
    /// Whether line headers were seen that announce arcs and edges (used only when no line
    /// is there to say).
    var sawArcHeader = false
    var sawEdgeHeader = false
    var skippedFields = Skipped()

    init(file: String, byteCount: Int, limits: InputLimits) {
        self.limits = limits
        self.file = file
        self.byteCount = byteCount
    }

    func fail(_ column: Int, _ message: String) -> InputError {
        InputError(file: file, line: line, column: column, message)
    }

    /// Splits a line into words, a `"…"` word holding spaces. Columns are 1-based scalars.
    func tokens(_ text: Substring) throws(InputError) -> [Token] {
        var result: [Token] = []
        var column = 1
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == " " || c == "\t" {
                i = scalars.index(after: i)
                column += 1
                continue
            }
            let startColumn = column
            if c == "\"" {
                let open = scalars.index(after: i)
                guard let close = scalars[open...].firstIndex(of: "\"") else {
                    throw fail(startColumn, "unterminated quote (it opens here)")
                }
                let word = Substring(scalars[open..<close])
                column += word.unicodeScalars.count + 2
                result.append(Token(text: word, column: startColumn, quoted: true))
                i = scalars.index(after: close)
                continue
            }
            var end = i
            while end < scalars.endIndex, scalars[end] != " ", scalars[end] != "\t" {
                end = scalars.index(after: end)
                column += 1
            }
            result.append(Token(text: Substring(scalars[i..<end]), column: startColumn, quoted: false))
            i = end
        }
        return result
    }

    /// Reads `bytes` line by line; a line ends with LF, CRLF or a lone CR.
    mutating func read(_ bytes: [UInt8]) throws(InputError) {
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            line += 1
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            try readLine(text[...])
            start = end < n && bytes[end] == 0x0D && end + 1 < n && bytes[end + 1] == 0x0A ? end + 2 : end + 1
        }
        if case .matrix(let row) = section, row < matrixRows {
            throw InputError(file: file, line: line, "the *Matrix has \(row) rows, but *Vertices says \(matrixRows): the file is truncated")
        }
    }

    /// The rows of a `*Matrix`: N, or M in a two-mode network.
    var matrixRows: Int { firstMode ?? vertexCount ?? 0 }

    /// The columns of a `*Matrix`: N, or N − M in a two-mode network.
    var matrixColumns: Int { (vertexCount ?? 0) - (firstMode ?? 0) }

    mutating func readLine(_ text: Substring) throws(InputError) {
        let words = try tokens(text)
        guard let first = words.first else { return }
        if !first.quoted, first.text.hasPrefix("%") { return }
        if case .ignored = section { return }
        if !first.quoted, first.text.hasPrefix("*") {
            try startSection(words)
            return
        }
        switch section {
        case .none, .ignored:
            throw fail(first.column, "expected *Vertices before any vertex or edge")
        case .vertices:
            try readVertex(words)
        case .lines(let directed, let kind):
            try readArc(words, directed: directed, kind: kind)
        case .list(let directed, let kind):
            let u = try vertex(words[0])
            for word in words.dropFirst() {
                arcs.append(Arc(u: u, v: try vertex(word), directed: directed, kind: kind, weight: nil, attributes: [], line: line))
            }
        case .matrix(let row):
            try readMatrixRow(words, row: row)
        }
    }

    mutating func startSection(_ words: [Token]) throws(InputError) {
        let name = words[0].text.lowercased()
        var kind = ""
        if words.count > 1, words[1].text.hasPrefix(":") {
            kind = words.count > 2 ? String(words[2].text) : String(words[1].text.dropFirst())
        }
        switch name {
        case "*network":
            return
        case "*vertices":
            try declareVertices(words)
        case "*arcs", "*edges", "*arcslist", "*edgeslist":
            guard vertexCount != nil else { throw fail(words[0].column, "\(words[0].text) before *Vertices") }
            let directed = name.hasPrefix("*arcs")
            if directed { sawArcHeader = true } else { sawEdgeHeader = true }
            section = name.hasSuffix("list") ? .list(directed: directed, kind: kind) : .lines(directed: directed, kind: kind)
        case "*matrix":
            guard vertexCount != nil else { throw fail(words[0].column, "*Matrix before *Vertices") }
            if firstMode == nil { sawArcHeader = true } else { sawEdgeHeader = true }
            section = .matrix(row: 0)
        case "*partition", "*vector", "*permutation", "*cluster", "*hierarchy", "*project":
            warnings.append(Diagnostic(SourceLocation(file: file, line: line, column: words[0].column),
                                         "\(words[0].text) and what follows belong to a Pajek project, not a network; ignored"))
            section = .ignored
        default:
            throw fail(words[0].column, "unknown Pajek section \(words[0].text) (expected *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist or *Matrix)")
        }
    }

    /// `*Vertices N` or, for a two-mode network, `*Vertices N M`.
    mutating func declareVertices(_ words: [Token]) throws(InputError) {
        guard vertexCount == nil else { throw fail(words[0].column, "a second *Vertices section") }
        guard words.count >= 2, let count = NumberParsing.integer(words[1].text), count >= 0 else {
            throw fail(words.count >= 2 ? words[1].column : words[0].column, "*Vertices needs the number of vertices")
        }
        let limit = PajekFormat.maximumVertices(forFileSize: byteCount)
        guard count <= limit else {
            throw fail(words[1].column, "*Vertices \(count) is more than a file of \(byteCount) bytes can describe (at most \(limit))")
        }
        guard count <= limits.nodes else {
            throw fail(words[1].column, "*Vertices \(count) declares more nodes than a file may" + limits.exceeded(.nodes))
        }
        if words.count >= 3 {
            guard let m = NumberParsing.integer(words[2].text), m >= 0, m <= count else {
                throw fail(words[2].column, "the first mode of a two-mode network (*Vertices N M) needs 0 ≤ M ≤ N, not \(IdentifierCheck.quoted(words[2].text))")
            }
            if m > 0 { firstMode = m }
        }
        vertexCount = count
        labels = Array(repeating: nil, count: count)
        labelLines = Array(repeating: 0, count: count)
        section = .vertices
    }

    /// The 0-based index of the vertex numbered by `token`.
    func vertex(_ token: Token) throws(InputError) -> Int32 {
        let count = vertexCount ?? 0
        guard let k = NumberParsing.integer(token.text) else {
            throw fail(token.column, "\(IdentifierCheck.quoted(token.text)) is not a vertex number")
        }
        guard k >= 1, k <= count else { throw fail(token.column, "vertex \(k) is outside 1…\(count) (*Vertices \(count))") }
        return Int32(k - 1)
    }

    mutating func readVertex(_ words: [Token]) throws(InputError) {
        let v = Int(try vertex(words[0]))
        guard labelLines[v] == 0 else { throw fail(words[0].column, "vertex \(v + 1) is listed twice (first at line \(labelLines[v]))") }
        labelLines[v] = line
        var k = 1
        if words.count > 1, !words[1].opensInterval {
            guard !words[1].text.isEmpty else { throw fail(words[1].column, "empty vertex label") }
            labels[v] = String(words[1].text)
            k = 2
        }
        while k < words.count {
            if words[k].opensInterval {
                let (time, next) = try interval(words, from: k)
                nodeTimes.append((v, time))
                k = next
            } else {
                k += 1
            }
        }
    }

    mutating func readArc(_ words: [Token], directed: Bool, kind: String) throws(InputError) {
        guard words.count >= 2 else { throw fail(words[0].column, "an arc or edge needs two vertex numbers") }
        var arc = Arc(u: try vertex(words[0]), v: try vertex(words[1]), directed: directed, kind: kind, weight: nil, attributes: [], line: line)
        var k = 2
        if words.count > 2, !words[2].quoted, let first = words[2].text.unicodeScalars.first,
           first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) || Double(words[2].text) != nil {
            guard let w = NumberParsing.finiteDouble(words[2].text) else {
                throw fail(words[2].column, "bad weight: " + NumberParsing.reason(words[2].text))
            }
            arc.weight = w
            k = 3
        }
        while k < words.count {
            let word = words[k]
            if word.opensInterval {
                let (time, next) = try interval(words, from: k)
                arc.attributes.append(("time", .string(time)))
                k = next
                continue
            }
            let key = word.text.lowercased()
            let hasValue = k + 1 < words.count && !words[k + 1].opensInterval
            guard !word.quoted, hasValue else {
                skippedFields.note(SourceLocation(file: file, line: line, column: word.column))
                k += 1
                continue
            }
            let value = words[k + 1]
            if key == "l" || key == "kind" {
                arc.kind = String(value.text)
            } else if let name = PajekFormat.numericLineParameters[key] {
                guard let number = NumberParsing.finiteDouble(value.text) else {
                    throw fail(value.column, "the Pajek parameter \(IdentifierCheck.quoted(word.text)) (\(name)) needs a number: " + NumberParsing.reason(value.text))
                }
                arc.attributes.append((name, .double(number)))
            } else if let name = PajekFormat.textLineParameters[key] {
                arc.attributes.append((name, .string(String(value.text))))
            } else if let first = word.text.unicodeScalars.first, first.properties.isAlphabetic,
                      !isKeyword(value) {
                arc.attributes.append((String(word.text), .string(String(value.text))))
            } else {
                skippedFields.note(SourceLocation(file: file, line: line, column: word.column))
                k += 1
                continue
            }
            k += 2
        }
        arcs.append(arc)
    }

    /// Whether `token` is one of Pajek's line parameter keywords.
    func isKeyword(_ token: Token) -> Bool {
        guard !token.quoted else { return false }
        let key = token.text.lowercased()
        return key == "l" || PajekFormat.numericLineParameters[key] != nil || PajekFormat.textLineParameters[key] != nil
    }

    /// The time interval list that opens at `words[start]` (it may hold blanks, so span
    /// several words), checked against Pajek's syntax `[a, b-c, d-*]`, and the index after it.
    func interval(_ words: [Token], from start: Int) throws(InputError) -> (String, Int) {
        var text = ""
        var k = start
        while k < words.count {
            text += words[k].text
            k += 1
            if text.hasSuffix("]") { break }
        }
        let column = words[start].column
        guard text.hasSuffix("]") else { throw fail(column, "unterminated time interval \(IdentifierCheck.quoted(text)) (it opens here; close it with ']')") }
        let body = text.dropFirst().dropLast()
        for item in body.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let valid = NumberParsing.finiteDouble(String(ends[0])) != nil
                && (ends.count == 1 || ends[1] == "*" || NumberParsing.finiteDouble(String(ends[1])) != nil)
            guard valid else {
                throw fail(column, "malformed time interval \(IdentifierCheck.quoted(text)): expected times and ranges such as [1], [1-3], [5-*] or [1-3,7]")
            }
        }
        return (text, k)
    }

    mutating func readMatrixRow(_ words: [Token], row: Int) throws(InputError) {
        let rows = matrixRows, columns = matrixColumns
        guard row < rows else { throw fail(words[0].column, "the *Matrix has more rows than \(firstMode == nil ? "*Vertices \(rows)" : "the first mode (\(rows))")") }
        guard words.count == columns else {
            let at = words.count > columns ? words[columns] : words[words.count - 1]
            throw fail(at.column, "a *Matrix row needs \(columns) numbers, found \(words.count)")
        }
        let offset = firstMode ?? 0
        for (column, word) in words.enumerated() {
            guard let w = NumberParsing.finiteDouble(word.text) else {
                throw fail(word.column, "bad matrix entry: " + NumberParsing.reason(word.text))
            }
            if w != 0 {
                arcs.append(Arc(u: Int32(row), v: Int32(offset + column), directed: firstMode == nil, kind: "", weight: w, attributes: [], line: line))
            }
        }
        section = .matrix(row: row + 1)
    }

    mutating func finish(forcedDirection: Bool?) throws(InputError) -> LoadedGraph {
        guard let count = vertexCount else { throw InputError(file: file, "no *Vertices line: not a Pajek network") }
        let hasArcs = arcs.contains { $0.directed }
        let hasEdges = arcs.contains { !$0.directed }
        let directed = forcedDirection ?? (hasArcs || (arcs.isEmpty && sawArcHeader && !sawEdgeHeader))
        if hasArcs, hasEdges, forcedDirection == nil {
            warnings.append(Diagnostic(SourceLocation(file: file), "the network mixes arcs and edges; each edge is read as two opposite arcs"))
        }
        if skippedFields.count > 0, let first = skippedFields.first {
            let fields = skippedFields.count == 1 ? "1 field" : "\(skippedFields.count) fields"
            warnings.append(Diagnostic(first, "\(fields) on arc or edge lines (from here on) \(skippedFields.count == 1 ? "is" : "are") neither a weight nor a Pajek parameter with a value; skipped"))
        }
        var builder = GraphBuilder(directed: directed)
        for v in 0..<count {
            let id = labels[v] ?? String(v + 1)
            let before = builder.nodeCount
            builder.addNode(id)
            guard builder.nodeCount > before else {
                throw InputError(file: file, line: labelLines[v] > 0 ? labelLines[v] : nil, "two vertices are called \(IdentifierCheck.quoted(id)); Sandan ids must be unique")
            }
            if let w = IdentifierCheck.warning(for: id, at: SourceLocation(file: file, line: labelLines[v])) { warnings.append(w) }
        }
        if let firstMode {
            builder.setNodeColumn("mode", .integer((0..<count).map { $0 < firstMode ? 1 : 2 }))
            let inside = arcs.filter { (Int($0.u) < firstMode) == (Int($0.v) < firstMode) }
            if let first = inside.first {
                warnings.append(Diagnostic(SourceLocation(file: file, line: first.line),
                                             "\(inside.count) line\(inside.count == 1 ? " joins" : "s join") two vertices of the same mode in a two-mode network; kept"))
            }
        }
        if !nodeTimes.isEmpty {
            var times = [String?](repeating: nil, count: count)
            for (v, time) in nodeTimes { times[v] = time }
            builder.setNodeColumn("time", .string(times))
        }
        var attributes = AttributeColumnsBuilder()
        builder.reserveEdges(arcs.count)
        func add(_ arc: Arc, _ u: Int32, _ v: Int32) throws(InputError) {
            let e = builder.addEdge(Int(u), Int(v), kind: arc.kind)
            do {
                if let w = arc.weight { try attributes.set("weight", row: e, .double(w)) }
                for (key, value) in arc.attributes { try attributes.set(key, row: e, value) }
            } catch {
                throw InputError(file: file, line: arc.line, error.description)
            }
        }
        for arc in arcs {
            try add(arc, arc.u, arc.v)
            if directed, !arc.directed, forcedDirection == nil, arc.u != arc.v { try add(arc, arc.v, arc.u) }
        }
        try builder.setEdgeColumns(attributes, limits: limits, file: file)
        return LoadedGraph(graph: builder.build(), warnings: warnings)
    }
}
