import CGraphviz
import Foundation
import SandanGraph
import SandanGraphvizRuntime

/// Reads Graphviz DOT through libcgraph's own parser (`agmemread`), so that every file Graphviz
/// accepts is read as Graphviz reads it.
///
/// `digraph` is directed, `graph` undirected. Node names are the Sandan ids (NFC), in the order
/// cgraph created them; edges keep the file's order. Every declared node and edge attribute
/// becomes a column (the value a node or edge gets, defaults included; an empty value is
/// missing), typed like a CSV column: integer, double, bool or string, whichever holds every
/// value (so `"007"` reads as the integer 7). The edge attribute `kind` is the edge's kind; a
/// `weight` must be a finite number on every edge that has one. Subgraphs, clusters, ports and
/// graph attributes are not kept; only the first graph of a file is read. A file that is not
/// UTF-8 but declares `charset=latin1` (as Graphviz's own `Latin1.gv` does) is read as Latin-1.
///
/// cgraph is not thread-safe, so everything between `agmemread` and `agclose` runs under
/// `GraphvizLock`. Its messages are captured (not printed); its warnings become
/// ``Diagnostic``s with the line they name, and an error while it reads the first graph fails
/// the read even when it returns a graph (a full parser stack leaves one half read). Graphs left
/// over after the first are read and closed, and its scanner is brought back to its first
/// state, so the next read starts clean.
///
/// Places: cgraph names only a line, so `DOTSourceLocator` finds the column, lexing the text
/// again only when a message needs a place. A file cgraph cannot parse gives its message
/// (`syntax error in line 3 near 'x'`) at the start of the token it names (when that line holds
/// several such tokens, a binary search over prefixes of the text, parsed again, finds which);
/// a message without a token (the text ended) is at the opening of a string or comment that
/// never ends, else at the end of the text. A bad weight is at the value of the first
/// `weight = VALUE` with that value (on an edge, in an `edge […]` default or anywhere else);
/// an empty node name and an id that ``IdentifierCheck`` warns about are at the first mention
/// of the node. A node name beginning with `%` is refused at its first mention: cgraph keeps
/// such names for its anonymous objects and renames the node (`%nix` becomes `%81`, a number
/// that depends on what the process read before; found by fuzzing). Lines and columns are real ones (cgraph's own line count can differ after
/// `# N` lines and quoted strings that span lines); columns count Unicode scalars.
///
/// Before cgraph sees the text, `DOTScreen` checks it against ``ReadOptions/limits`` (edges
/// its statements make, attribute names, string lengths): cgraph has no limits of its own.
///
/// Complexity: O(bytes + (n + m) · attributes), plus a sort of the edges by position. Placing a
/// message costs O(bytes) more, and O(bytes · log k) for a syntax error whose line holds k
/// tokens like the one named.
public enum DOTReader {
    /// Reads DOT from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` for text that is not UTF-8 (or Latin-1, see above), for what
    ///   cgraph refuses, for bad weights, for an empty node name and for one beginning with `%`.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let text = try decode(bytes, file: file, encoding: options.encoding)
        try DOTScreen.check(text, file: file, limits: options.limits)
        let parsed = GraphvizLock.shared.withLock { held in CGraphParse.run(text, held) }
        var warnings: [Diagnostic] = []
        for message in parsed.messages where !message.isError {
            warnings.append(Diagnostic(SourceLocation(file: file, line: message.line), message.text))
        }
        guard let graph = parsed.graph else {
            guard let message = parsed.messages.first(where: \.isError) else {
                throw InputError(file: file, "Graphviz could not read the file (no graph in it)")
            }
            throw syntaxError(message, in: text, file: file)
        }
        let (built, idWarnings) = try build(graph, text: text, file: file, forcedDirection: options.directed)
        return LoadedGraph(graph: built, warnings: warnings + idWarnings)
    }

    /// Decodes the file: as ``TextDecoding`` does, except that invalid UTF-8 in a file that
    /// declares `charset` Latin-1 is read as Latin-1.
    static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding) throws(InputError) -> String {
        if encoding == .utf8, !bytes.contains(0), TextDecoding.firstInvalidUTF8(bytes[...]) != nil, declaresLatin1(bytes) {
            let text = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            return text.precomposedStringWithCanonicalMapping
        }
        return try TextDecoding.decode(bytes, file: file, encoding: encoding)
    }

    /// Whether the text declares `charset` as Latin-1 (`latin1`, `latin-1`, `l1`, `iso-8859-1`,
    /// `iso_8859-1`, `iso8859-1`, `iso-ir-100`).
    static func declaresLatin1(_ bytes: [UInt8]) -> Bool {
        let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let names = ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100"]
        var from = lower.startIndex
        while let found = lower[from...].firstRange(of: Array("charset".utf8)) {
            var i = found.upperBound
            while i < lower.count, [0x20, 0x09, 0x0A, 0x0D, 0x3D, 0x22].contains(lower[i]) { i += 1 }
            let start = i
            while i < lower.count, ![0x20, 0x09, 0x0A, 0x0D, 0x22, 0x3B, 0x2C, 0x5D].contains(lower[i]) { i += 1 }
            if names.contains(String(decoding: lower[start..<i], as: UTF8.self)) { return true }
            from = found.upperBound
        }
        return false
    }

    /// cgraph's error `message` at the place in `text` it names; a full parser stack gets a word
    /// on what fills it.
    static func syntaxError(_ message: CGraphParse.Message, in text: String, file: String) -> InputError {
        var words = message.text
        if words.contains("memory exhausted") { words += " (braces or subgraphs nest deeper than Graphviz's parser allows)" }
        guard let line = message.line else { return InputError(file: file, words) }
        let location = DOTSourceLocator(text: text, file: file).syntaxError(line: line, near: message.near) { prefix in
            GraphvizLock.shared.withLock { held in CGraphParse.messages(of: prefix, held) }.first(where: \.isError)?.text == message.text
        }
        if let found = location.line, found != line {
            // cgraph skips line breaks inside strings and comments, and '# N' lines reset its count
            // (`# 999999999999` even makes it negative).
            words += " (Graphviz's own line count; the place given is the file's)"
        }
        return InputError(location, words)
    }

    static func build(_ parsed: CGraphParse.ParsedGraph, text: String, file: String, forcedDirection: Bool?) throws(InputError) -> (Graph, [Diagnostic]) {
        let locator = DOTSourceLocator(text: text, file: file)
        if let renamed = parsed.nodes.first(where: { $0.hasPrefix("%") }) {
            let written = locator.firstMention { $0.hasPrefix("%") }
            throw InputError(written?.location ?? SourceLocation(file: file),
                             "the node name \(IdentifierCheck.escaped(written?.name ?? renamed)) begins with '%', which Graphviz's "
                                 + "parser keeps for its own anonymous names and renames (here to '\(renamed)'); rename the node")
        }
        var builder = GraphBuilder(directed: forcedDirection ?? parsed.directed)
        var flagged: [(name: String, warning: Diagnostic)] = []
        for name in parsed.nodes {
            guard !name.isEmpty else {
                throw InputError(locator.firstMentions(of: [""])[""] ?? SourceLocation(file: file), "a node with an empty name (\"\"); Sandan ids cannot be empty")
            }
            let before = builder.nodeCount
            builder.addNode(name)
            guard builder.nodeCount > before else { throw InputError(file: file, "two nodes are both called \(IdentifierCheck.quoted(name))") }
            if let w = IdentifierCheck.warning(for: name, at: SourceLocation(file: file)) { flagged.append((name, w)) }
        }
        let places = locator.firstMentions(of: Set(flagged.map(\.name)))
        let warnings = flagged.map { name, warning in
            Diagnostic(places[name] ?? warning.location, warning.message)
        }
        for (name, cells) in parsed.nodeAttributes {
            builder.setNodeColumn(name, ColumnInference.column(cells))
        }
        let kinds = parsed.edgeAttributes.first { $0.name == "kind" }?.values
        builder.reserveEdges(parsed.edges.count)
        for (e, edge) in parsed.edges.enumerated() {
            builder.addEdge(edge.tail, edge.head, kind: kinds?[e] ?? "")
        }
        for (name, cells) in parsed.edgeAttributes where name != "kind" {
            let column = ColumnInference.column(cells)
            if name == "weight", column.type == .string || column.type == .bool,
               let bad = cells.firstIndex(where: { !$0.isEmpty && NumberParsing.finiteDouble($0) == nil }) {
                let edge = parsed.edges[bad]
                throw InputError(locator.firstWeight(cells[bad]) ?? SourceLocation(file: file), "bad weight on the edge \(parsed.nodes[edge.tail]) → \(parsed.nodes[edge.head]): " + NumberParsing.reason(cells[bad]))
            }
            builder.setEdgeColumn(name, column)
        }
        return (builder.build(), warnings)
    }
}

/// The calls into libcgraph, made while ``GraphvizLock`` is held, and their results as Swift
/// values.
enum CGraphParse {
    struct Message {
        var isError: Bool
        var text: String
        /// The line cgraph names in the message (`… in line N …`), if any.
        var line: Int?
        /// The token cgraph's parser stopped at, as the message quotes it (`… near 'TOKEN'`).
        var near: String?
    }

    struct ParsedGraph {
        var directed: Bool
        var nodes: [String]
        var nodeAttributes: [(name: String, values: [String])]
        var edges: [(tail: Int, head: Int)]
        var edgeAttributes: [(name: String, values: [String])]
    }

    /// Parses `text` with `agmemread` and copies out the first graph; the caller holds
    /// ``GraphvizLock``.
    static func run(_ text: String, _ held: borrowing GraphvizLock.Held) -> (graph: ParsedGraph?, messages: [Message]) {
        parse(text, held, extract)
    }

    /// The messages cgraph gives for `text`, copying nothing out; the caller holds ``GraphvizLock``.
    static func messages(of text: String, _ held: borrowing GraphvizLock.Held) -> [Message] {
        parse(text, held) { _ in () }.messages
    }

    /// Parses `text` with `agmemread`, hands the first graph to `use` unless reading it gave an
    /// error (a full parser stack leaves a graph half read), and reads and closes the graphs
    /// after it.
    private static func parse<T>(_ text: String, _ held: borrowing GraphvizLock.Held, _ use: (UnsafeMutablePointer<Agraph_t>) -> T) -> (graph: T?, messages: [Message]) {
        let captured = held.capturingMessages { () -> (graph: T?, extras: Int) in
            let root = text.withCString { agmemread($0) }
            let failed = agerrors() >= Int32(AGERR.rawValue)
            var extras = 0
            while let extra = agmemread("") {
                agclose(extra)
                extras += 1
            }
            let graph = root.flatMap { g in
                defer { agclose(g) }
                return failed ? nil : use(g)
            }
            return (graph, extras)
        }
        resetScanner(textLength: text.utf8.count, held)
        guard case .success(let parsed) = captured.result else { return (nil, []) }
        var result = captured.messages.map { message in
            let text = message.text.replacingOccurrences(of: "\n", with: " ")
            return Message(isError: message.isError, text: text, line: lineNumber(in: text), near: nearToken(in: text))
        }
        if parsed.graph != nil, parsed.extras > 0 {
            result.append(Message(isError: false, text: "the file holds \(parsed.extras + 1) graphs; only the first is read", line: nil))
        }
        return (parsed.graph, result)
    }

    /// Brings cgraph's scanner back to its first state, which a text that ends inside a quoted
    /// or HTML string or a comment can leave it out of (when the parser meets the end while
    /// recovering from an error, or as its first token): every later read would then start
    /// inside that string and find no graph. A tiny graph that parses tells the scanner is
    /// clean; until one does, a quote, a comment's end and runs of `>` (an HTML string nests at
    /// most `textLength` deep) are fed in turn, their messages dropped. One tiny parse when clean.
    private static func resetScanner(textLength: Int, _ held: borrowing GraphvizLock.Held) {
        func parses(_ text: String) -> Bool {
            let g = agmemread(text)
            while let extra = agmemread("") { agclose(extra) }
            if let g { agclose(g) }
            return g != nil
        }
        _ = held.capturingMessages {
            var attempt = 0
            while !parses("digraph{}"), attempt < 3 + textLength / 1_024 {
                _ = parses(attempt == 0 ? "\"" : attempt == 1 ? "*/" : String(repeating: ">", count: 1_024))
                attempt += 1
            }
        }
    }

    /// N in `… line N …` (negative after a `# N` directive beyond cgraph's int).
    static func lineNumber(in message: String) -> Int? {
        guard let range = message.range(of: "line ") else { return nil }
        let rest = message[range.upperBound...]
        let sign = rest.first == "-" ? 1 : 0
        return Int(rest.prefix(sign + rest.dropFirst(sign).prefix { $0.isASCII && $0.isNumber }.count))
    }

    /// TOKEN in `… near 'TOKEN'` (the message's end).
    static func nearToken(in message: String) -> String? {
        guard let range = message.range(of: " near '"), message.hasSuffix("'") else { return nil }
        let rest = message[range.upperBound...]
        return rest.isEmpty ? nil : String(rest.dropLast())
    }

    /// Copies the nodes, edges and attributes of `g` into Swift values.
    static func extract(_ g: UnsafeMutablePointer<Agraph_t>) -> ParsedGraph {
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var result: [UnsafeMutablePointer<Agsym_t>] = []
            var sym = agnxtattr(g, kind, nil)
            while let s = sym {
                result.append(s)
                sym = agnxtattr(g, kind, s)
            }
            return result
        }
        func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
        // Once a Graphviz context exists in the process, every node gets the default label `\N`
        // ("the node's name"), which says nothing the id does not: it is dropped.
        func meaningful(_ value: String, of symbol: UnsafeMutablePointer<Agsym_t>) -> String {
            value == "\\N" && string(symbol.pointee.name) == "label" ? "" : value
        }
        let nodeSymbols = symbols(Int32(AGNODE))
        let edgeSymbols = symbols(Int32(AGOUTEDGE))
        var names: [String] = []
        var index: [UnsafeMutableRawPointer: Int] = [:]
        var nodeValues = [[String]](repeating: [], count: nodeSymbols.count)
        var node = agfstnode(g)
        while let n = node {
            index[UnsafeMutableRawPointer(n)] = names.count
            names.append(string(agnameof(n)))
            for (k, s) in nodeSymbols.enumerated() { nodeValues[k].append(meaningful(string(agxget(n, s)), of: s)) }
            node = agnxtnode(g, n)
        }
        // Out-edges come grouped by tail; each edge's sequence number restores the file's order.
        var edges: [(sequence: UInt32, tail: Int, head: Int, values: [String])] = []
        node = agfstnode(g)
        while let n = node {
            var edge = agfstout(g, n)
            while let e = edge {
                // An out-edge's `node` is its head (cgraph's AGHEAD of an AGOUTEDGE).
                let head = index[UnsafeMutableRawPointer(e.pointee.node)]!
                let values = edgeSymbols.map { string(agxget(e, $0)) }
                edges.append((UInt32(e.pointee.base.tag.seq), index[UnsafeMutableRawPointer(n)]!, head, values))
                edge = agnxtout(g, e)
            }
            node = agnxtnode(g, n)
        }
        edges.sort { $0.sequence < $1.sequence }
        return ParsedGraph(
            directed: agisdirected(g) != 0,
            nodes: names,
            nodeAttributes: nodeSymbols.enumerated().map { (string($1.pointee.name), nodeValues[$0]) }
                .filter { !$0.1.allSatisfy(\.isEmpty) },
            edges: edges.map { ($0.tail, $0.head) },
            edgeAttributes: edgeSymbols.enumerated().map { k, s in (string(s.pointee.name), edges.map { $0.values[k] }) }
        )
    }
}
