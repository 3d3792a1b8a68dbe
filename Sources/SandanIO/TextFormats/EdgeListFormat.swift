import Foundation
import SandanGraph

/// Plain edge lists: one edge per line as `source target [weight]`, separated by spaces or
/// tabs; lines end with LF, CRLF or a lone CR (as in CSV tables); `#` starts a comment that
/// runs to the end of the line; blank lines are skipped; a line
/// with a single id declares an isolated node (NetworkX's `read_edgelist` skips such lines).
///
/// The third column becomes the edge attribute `weight` (a finite decimal number, else an
/// error with its location). Every edge has a weight or none: the first edge that breaks this
/// (a weightless one after a weighted one or the other way round) is an error at its weight, or
/// just after its target when it has none, naming the line of the first edge of the other
/// kind. Ids are strings; canonical decimal integers take a fast path that
/// stores no strings. Undirected unless ``ReadOptions/directed`` says otherwise, or the first
/// line is the header Sandan writes for a directed graph (`# sandan edge list: … (directed)`).
///
/// Writing keeps ids and their order, isolated nodes, the direction (in that header) and a
/// numeric `weight` when every edge has one; ``losses(of:file:)`` says what else is not
/// written. The nodes are listed one per line before the edges only when the order in which
/// the edges name them (isolated nodes last) is not the graph's order.
///
/// Complexity: O(bytes) time; the bytes, the endpoints and the id table in memory.
public enum EdgeListFormat {
    /// Reads an edge list from `bytes` (the file's content) named `file`. The bytes are
    /// consumed and released before the rows are built, so that a big file and the graph's
    /// rows are not in memory at once.
    public static func read(_ bytes: consuming [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        if options.encoding != .utf8 || TextDecoding.firstInvalidUTF8(bytes[...]) != nil || bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.contains(0) {
            bytes = Array(try TextDecoding.decode(bytes, file: file, encoding: options.encoding).utf8)
        }
        var builder = GraphBuilder(directed: options.directed ?? declaresDirected(bytes))
        builder.reserveEdges(lineCount(bytes))
        var weights: [Double] = []
        // The lines of the first weighted and the first weightless edge (0: none yet).
        var weightedLine = 0
        var weightlessLine = 0
        var warnings: [Diagnostic] = []
        var line = 1
        var i = 0
        let n = bytes.count
        var tokenStart = [Int](repeating: 0, count: 4)
        var tokenEnd = [Int](repeating: 0, count: 4)

        try bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(InputError) in
            func column(_ index: Int) -> Int { EdgeListFormat.column(of: index, in: buffer) }
            while i < n {
                // One line.
                var count = 0
                while i < n {
                    let b = buffer[i]
                    if b == 0x0A { break }
                    if b == 0x0D {
                        // CRLF: the LF ends the line; a lone CR ends it itself (old Mac files).
                        if i + 1 < n, buffer[i + 1] == 0x0A { i += 1; continue }
                        break
                    }
                    if b == 0x20 || b == 0x09 { i += 1; continue }
                    if b == 0x23 { while i < n, buffer[i] != 0x0A, buffer[i] != 0x0D { i += 1 }; continue }
                    let s = i
                    while i < n {
                        let c = buffer[i]
                        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { break }
                        i += 1
                    }
                    if count == 3 {
                        throw InputError(file: file, line: line, column: column(s),
                                         "expected 'source target [weight]', found a fourth field")
                    }
                    tokenStart[count] = s
                    tokenEnd[count] = i
                    count += 1
                }
                switch count {
                case 0: break
                case 1: _ = node(buffer, tokenStart[0], tokenEnd[0], into: &builder, warnings: &warnings, file: file, line: line)
                default:
                    let u = node(buffer, tokenStart[0], tokenEnd[0], into: &builder, warnings: &warnings, file: file, line: line)
                    let v = node(buffer, tokenStart[1], tokenEnd[1], into: &builder, warnings: &warnings, file: file, line: line)
                    builder.addEdge(u, v)
                    if count == 3 {
                        if weightlessLine != 0 {
                            throw InputError(file: file, line: line, column: column(tokenStart[2]),
                                             "this edge has a weight while the edge on line \(weightlessLine) has none; give every edge a weight or none")
                        }
                        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[tokenStart[2]..<tokenEnd[2]]), as: UTF8.self)
                        guard let w = NumberParsing.finiteDouble(text) else {
                            throw InputError(file: file, line: line, column: column(tokenStart[2]), "bad weight: " + NumberParsing.reason(text))
                        }
                        if weightedLine == 0 { weightedLine = line }
                        weights.append(w)
                    } else {
                        if weightedLine != 0 {
                            throw InputError(file: file, line: line, column: column(tokenEnd[1]),
                                             "this edge has no weight while the edge on line \(weightedLine) has one; give every edge a weight or none")
                        }
                        if weightlessLine == 0 { weightlessLine = line }
                    }
                }
                if i < n { i += 1 }
                line += 1
            }
        }
        bytes = []
        guard builder.nodeCount > 0 else { throw InputError(file: file, "no edges or nodes: the file holds only comments or blank lines") }
        if weightedLine != 0 { builder.setEdgeColumn("weight", .double(weights)) }
        return LoadedGraph(graph: builder.build(), warnings: warnings)
    }

    /// The first line of an edge list Sandan wrote for a directed graph begins with this.
    static let header = "# sandan edge list:"

    /// Whether `bytes` begins with Sandan's header line and that line says `(directed)`.
    static func declaresDirected(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: Array(header.utf8)) else { return false }
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        return line.firstRange(of: Array("(directed)".utf8)) != nil
    }

    /// The node of the id in `buffer[s..<e]`, added to `builder` if new: canonical decimal
    /// integers without a string, other ids as NFC strings (with a warning for odd ones).
    /// A function of its own, taking the builder `inout`, so that the hot loop makes no
    /// dynamic exclusivity checks on captured state.
    @inline(__always)
    private static func node(_ buffer: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, into builder: inout GraphBuilder,
                             warnings: inout [Diagnostic], file: String, line: Int) -> Int {
        var value = 0
        var canonical = e - s <= 9 && !(e - s > 1 && buffer[s] == 48)
        if canonical {
            for k in s..<e {
                let d = buffer[k] &- 48
                if d > 9 { canonical = false; break }
                value = value * 10 + Int(d)
            }
        }
        if canonical { return builder.addNode(integer: value) }
        var id = String(decoding: UnsafeBufferPointer(rebasing: buffer[s..<e]), as: UTF8.self)
        if buffer[s..<e].contains(where: { $0 >= 0x80 }) { id = id.precomposedStringWithCanonicalMapping }
        let before = builder.nodeCount
        let index = builder.addNode(id)
        if builder.nodeCount > before,
           let w = IdentifierCheck.warning(for: id, at: SourceLocation(file: file, line: line, column: column(of: s, in: buffer))) {
            warnings.append(w)
        }
        return index
    }

    /// The 1-based column (in Unicode scalars) of byte `index` in its line.
    private static func column(of index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var start = index
        while start > 0, buffer[start - 1] != 0x0A, buffer[start - 1] != 0x0D { start -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self).unicodeScalars.count + 1
    }

    /// The number of lines in `bytes`, an upper bound on the number of edges: reserving it
    /// keeps the endpoint arrays from growing (by doubling) or being reserved too large. Lines
    /// end with LF (or CRLF); a file without any LF is counted by its CRs (old Mac line ends).
    /// O(bytes).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var lines = 1
            for b in buffer where b == 0x0A { lines += 1 }
            if lines == 1 { for b in buffer where b == 0x0D { lines += 1 } }
            return lines
        }
    }

    /// The edge list of `graph`: a header line (saying `(directed)` for a directed graph), then
    /// `source target` and the weight when every edge has a numeric `weight`, then a line per
    /// isolated node.
    /// - Throws: ``OutputError`` when an id holds whitespace or `#`, which the format cannot carry.
    public static func write(_ graph: Graph, file: String) throws(OutputError) -> Data {
        for v in 0..<graph.nodeCount {
            let id = graph.ids[v]
            if id.isEmpty || id.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "#" }) {
                throw OutputError(file: file, "id \(IdentifierCheck.escaped(id)) cannot be written to an edge list (it is empty or holds whitespace or '#'); write .csv or .json instead")
            }
        }
        let weight = writtenWeight(graph)
        var out = header + " source target" + (weight == nil ? "" : " weight") + (graph.isDirected ? " (directed)" : "") + "\n"
        let inOrder = graph.firstAppearanceKeepsOrder
        if !inOrder { for v in 0..<graph.nodeCount { out += graph.ids[v] + "\n" } }
        for e in 0..<graph.edgeCount {
            out += graph.ids[graph.source(of: e)] + " " + graph.ids[graph.target(of: e)]
            if let w = weight?[e] { out += " " + w.description }
            out += "\n"
        }
        if inOrder { for v in 0..<graph.nodeCount where graph.degree(v) == 0 { out += graph.ids[v] + "\n" } }
        return Data(out.utf8)
    }

    /// The `weight` column the edge list carries: a numeric one that every edge has a value in
    /// (the reader takes a weight on every line or on none).
    static func writtenWeight(_ graph: Graph) -> AttributeColumn? {
        guard let weight = graph.edgeAttributes["weight"], weight.type == .integer || weight.type == .double,
              (0..<graph.edgeCount).allSatisfy({ weight[$0] != nil }) else { return nil }
        return weight
    }

    /// What ``write(_:file:)`` does not carry for `graph`, one warning each: kinds, node
    /// attributes, edge attributes other than the weight, a weight that some edges lack, and
    /// the integer type of a weight (read back as doubles).
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        let location = SourceLocation(file: file)
        var warnings: [Diagnostic] = []
        if graph.kinds != [""] {
            warnings.append(Diagnostic(location, "an edge list keeps no edge kinds; write .csv or .json to keep them"))
        }
        if !graph.nodeAttributes.names.isEmpty {
            warnings.append(Diagnostic(location, "an edge list keeps no node attributes; not written: \(graph.nodeAttributes.names.joined(separator: ", "))"))
        }
        let written = writtenWeight(graph) == nil ? [] : ["weight"]
        let dropped = graph.edgeAttributes.names.filter { !written.contains($0) }
        if let weight = graph.edgeAttributes["weight"], written.isEmpty {
            let missing = (0..<graph.edgeCount).count(where: { weight[$0] == nil })
            let why = weight.type == .integer || weight.type == .double
                ? "\(missing) of \(graph.edgeCount) edges have none, and an edge list gives every edge a weight or none"
                : "it is not a number"
            warnings.append(Diagnostic(location, "the weight is not written: \(why)"))
        }
        if written == ["weight"], graph.edgeAttributes["weight"]?.type == .integer {
            warnings.append(Diagnostic(location, "an edge list's weight is a decimal number: the integer weights will read back as doubles"))
        }
        let others = dropped.filter { $0 != "weight" }
        if !others.isEmpty {
            warnings.append(Diagnostic(location, "an edge list keeps only the weight of an edge; not written: \(others.joined(separator: ", "))"))
        }
        return warnings
    }
}

extension Graph {
    /// Whether reading the edges in order (sources before targets), then the isolated nodes,
    /// meets the nodes in index order: then a table of edges (an edge list, a CSV edge table)
    /// gives the nodes back in their order without listing them. O(n + m).
    var firstAppearanceKeepsOrder: Bool {
        var next = 0
        var seen = [Bool](repeating: false, count: nodeCount)
        func meets(_ v: Int) -> Bool {
            guard !seen[v] else { return true }
            guard v == next else { return false }
            seen[v] = true
            next += 1
            return true
        }
        for e in 0..<edgeCount where !meets(source(of: e)) || !meets(target(of: e)) { return false }
        for v in 0..<nodeCount where !meets(v) { return false }
        return true
    }
}
