import Foundation
import SandanGraph

/// Pajek `.net` networks: `*Vertices N`, then `k "label"` lines, then `*Arcs` (directed) or
/// `*Edges` (undirected) sections of `u v [weight]` lines.
///
/// **Reading.** A vertex's label (quoted, or one unquoted word) is its Sandan id; a vertex
/// without a line, or without a label, is called by its number. Coordinates and drawing
/// parameters on vertex lines are ignored. On an arc or edge line, a third number is the edge
/// attribute `weight` (a finite decimal number; `nan` or `inf` is an error); then come
/// `key value` pairs: `l` (Pajek's edge label) or `kind` is the edge's kind, any other pair
/// becomes a string edge attribute (as NetworkX's `write_pajek` writes them). A relation
/// header (`*Arcs :2 "supplies"`) gives its label as the kind of the section's edges.
/// `*Arcslist`/`*Edgeslist` (`u v1 v2 …`) and `*Matrix` (N rows of N numbers, directed,
/// non-zero entries become weighted arcs) are read too. The graph is directed when it has any
/// arcs; `*Edges` lines in a directed graph become two opposite arcs (with a warning). Lines
/// starting with `%` are comments; `*Network` names are ignored; project sections
/// (`*Partition`, `*Vector`, …) end the network, with a warning. Errors with line and column:
/// a missing or malformed `*Vertices` count, more vertices than the file size allows
/// (``maximumVertices(forFileSize:)``), a vertex number outside `1…N` or listed twice, two
/// vertices with the same label, an unterminated quote, a bad weight, a parameter without a
/// value.
///
/// **Writing**: `*Vertices N` and one line per vertex with its id as the quoted label, then one
/// `*Arcs` or `*Edges` section (NetworkX's `read_pajek` reads only one section), each line
/// `u v` followed, when the graph has weights or kinds, by the weight (1 when an edge has
/// none) and `l "kind"`. Pajek has nowhere else to put attributes, so other node and edge
/// attributes are not written. Ids holding `"` or a line break cannot be written.
///
/// Complexity: O(bytes + N) time and memory.
public enum PajekFormat {
    /// The largest `*Vertices` count accepted for a file of `bytes` bytes: 100,000 plus 4 per
    /// byte (a vertex needs no line of its own, but a file that declares a billion vertices in
    /// a few bytes is a mistake or an attack on memory).
    public static func maximumVertices(forFileSize bytes: Int) -> Int {
        min(Int(Int32.max) - 1, 100_000 + 4 * bytes)
    }

    /// Reads a Pajek network from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let text = try TextDecoding.decode(bytes, file: file, encoding: options.encoding)
        var reader = PajekReader(file: file, byteCount: bytes.count, limits: options.limits)
        try reader.read(Array(text.utf8))
        return try reader.finish(forcedDirection: options.directed)
    }

    /// The Pajek text of `graph`.
    /// - Throws: ``InputError`` naming `file` when an id or kind holds `"` or a line break.
    public static func write(_ graph: Graph, file: String) throws(InputError) -> Data {
        func quoted(_ text: String, _ what: String) throws(InputError) -> String {
            if text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                throw InputError(file: file, "\(what) \(IdentifierCheck.escaped(text)) holds a quote or a line break, which Pajek cannot carry; write .graphml or .json instead")
            }
            return "\"" + text + "\""
        }
        let hasKinds = graph.kinds != [""]
        let weight = graph.edgeAttributes["weight"].flatMap { $0.type == .integer || $0.type == .double ? $0 : nil }
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
    }

    struct Arc {
        var u: Int32
        var v: Int32
        var directed: Bool
        var kind: String
        var weight: Double?
        var attributes: [(String, String)]
        var line: Int
    }

    let file: String
    let limits: InputLimits
    let byteCount: Int
    var vertexCount: Int?
    var labels: [String?] = []
    var labelLines: [Int] = []
    var arcs: [Arc] = []
    var section = Section.none
    var line = 0
    var warnings: [InputWarning] = []
    var sawArcs = false
    var sawEdges = false

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
            if c == " " || c == "\t" || c == "\r" {
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
                result.append(Token(text: word, column: startColumn))
                i = scalars.index(after: close)
                continue
            }
            var end = i
            while end < scalars.endIndex, scalars[end] != " ", scalars[end] != "\t", scalars[end] != "\r" {
                end = scalars.index(after: end)
                column += 1
            }
            result.append(Token(text: Substring(scalars[i..<end]), column: startColumn))
            i = end
        }
        return result
    }

    mutating func read(_ bytes: [UInt8]) throws(InputError) {
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            line += 1
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            try readLine(text[...])
            start = end + 1
        }
        if case .matrix(let row) = section, row < (vertexCount ?? 0) {
            throw InputError(file: file, line: line, "the *Matrix has \(row) rows, but *Vertices says \(vertexCount ?? 0): the file is truncated")
        }
    }

    mutating func readLine(_ text: Substring) throws(InputError) {
        let words = try tokens(text)
        guard let first = words.first else { return }
        if first.text.hasPrefix("%") { return }
        if case .ignored = section { return }
        if first.text.hasPrefix("*") {
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
            vertexCount = count
            labels = Array(repeating: nil, count: count)
            labelLines = Array(repeating: 0, count: count)
            section = .vertices
        case "*arcs", "*edges", "*arcslist", "*edgeslist":
            guard vertexCount != nil else { throw fail(words[0].column, "\(words[0].text) before *Vertices") }
            let directed = name.hasPrefix("*arcs")
            if directed { sawArcs = true } else { sawEdges = true }
            section = name.hasSuffix("list") ? .list(directed: directed, kind: kind) : .lines(directed: directed, kind: kind)
        case "*matrix":
            guard vertexCount != nil else { throw fail(words[0].column, "*Matrix before *Vertices") }
            sawArcs = true
            section = .matrix(row: 0)
        case "*partition", "*vector", "*permutation", "*cluster", "*hierarchy", "*project":
            warnings.append(InputWarning(SourceLocation(file: file, line: line, column: words[0].column),
                                         "\(words[0].text) and what follows belong to a Pajek project, not a network; ignored"))
            section = .ignored
        default:
            throw fail(words[0].column, "unknown Pajek section \(words[0].text) (expected *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist or *Matrix)")
        }
    }

    /// The 0-based index of the vertex numbered by `token`.
    func vertex(_ token: Token) throws(InputError) -> Int32 {
        let count = vertexCount ?? 0
        guard let k = NumberParsing.integer(token.text) else {
            throw fail(token.column, "'\(token.text)' is not a vertex number")
        }
        guard k >= 1, k <= count else { throw fail(token.column, "vertex \(k) is outside 1…\(count) (*Vertices \(count))") }
        return Int32(k - 1)
    }

    mutating func readVertex(_ words: [Token]) throws(InputError) {
        let v = Int(try vertex(words[0]))
        guard labelLines[v] == 0 else { throw fail(words[0].column, "vertex \(v + 1) is listed twice (first at line \(labelLines[v]))") }
        labelLines[v] = line
        if words.count > 1 {
            guard !words[1].text.isEmpty else { throw fail(words[1].column, "empty vertex label") }
            labels[v] = String(words[1].text)
        }
    }

    mutating func readArc(_ words: [Token], directed: Bool, kind: String) throws(InputError) {
        guard words.count >= 2 else { throw fail(words[0].column, "an arc or edge needs two vertex numbers") }
        var arc = Arc(u: try vertex(words[0]), v: try vertex(words[1]), directed: directed, kind: kind, weight: nil, attributes: [], line: line)
        var k = 2
        if words.count > 2, let first = words[2].text.unicodeScalars.first,
           first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) || Double(words[2].text) != nil {
            guard let w = NumberParsing.finiteDouble(words[2].text) else {
                throw fail(words[2].column, "bad weight: " + NumberParsing.reason(words[2].text))
            }
            arc.weight = w
            k = 3
        }
        while k < words.count {
            guard k + 1 < words.count else { throw fail(words[k].column, "the parameter '\(words[k].text)' has no value") }
            let key = String(words[k].text), value = String(words[k + 1].text)
            if key == "l" || key == "kind" { arc.kind = value } else { arc.attributes.append((key, value)) }
            k += 2
        }
        arcs.append(arc)
    }

    mutating func readMatrixRow(_ words: [Token], row: Int) throws(InputError) {
        let count = vertexCount ?? 0
        guard row < count else { throw fail(words[0].column, "the *Matrix has more rows than *Vertices \(count)") }
        guard words.count == count else {
            throw fail(words[min(words.count, count) - 1].column, "a *Matrix row needs \(count) numbers, found \(words.count)")
        }
        for (column, word) in words.enumerated() {
            guard let w = NumberParsing.finiteDouble(word.text) else {
                throw fail(word.column, "bad matrix entry: " + NumberParsing.reason(word.text))
            }
            if w != 0 {
                arcs.append(Arc(u: Int32(row), v: Int32(column), directed: true, kind: "", weight: w, attributes: [], line: line))
            }
        }
        section = .matrix(row: row + 1)
    }

    mutating func finish(forcedDirection: Bool?) throws(InputError) -> LoadedGraph {
        guard let count = vertexCount else { throw InputError(file: file, "no *Vertices line: not a Pajek network") }
        let directed = forcedDirection ?? sawArcs
        if directed, sawEdges, forcedDirection == nil {
            warnings.append(InputWarning(SourceLocation(file: file), "the network mixes *Arcs and *Edges; each edge is read as two opposite arcs"))
        }
        var builder = GraphBuilder(directed: directed)
        for v in 0..<count {
            let id = labels[v] ?? String(v + 1)
            let before = builder.nodeCount
            builder.addNode(id)
            guard builder.nodeCount > before else {
                throw InputError(file: file, line: labelLines[v] > 0 ? labelLines[v] : nil, "two vertices are called '\(id)'; Sandan ids must be unique")
            }
            if let w = IdentifierCheck.warning(for: id, at: SourceLocation(file: file, line: labelLines[v])) { warnings.append(w) }
        }
        var attributes = AttributeColumnsBuilder()
        builder.reserveEdges(arcs.count)
        func add(_ arc: Arc, _ u: Int32, _ v: Int32) throws(InputError) {
            let e = builder.addEdge(Int(u), Int(v), kind: arc.kind)
            do {
                if let w = arc.weight { try attributes.set("weight", row: e, .double(w)) }
                for (key, value) in arc.attributes { try attributes.set(key, row: e, .string(value)) }
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
