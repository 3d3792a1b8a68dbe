import Foundation
import SandanGraph

/// GML (Graph Modelling Language), as NetworkX and igraph write it:
/// `graph [ directed 1 node [ id 0 label "a" ] edge [ source 0 target 1 ] ]`.
///
/// **Reading.** The file must hold exactly one `graph [ … ]`. `directed 1` makes it directed.
/// Every `node` needs an integer `id`, unique in the file; its `label` (as NetworkX's
/// `read_gml` uses it) is the node's Sandan id, or the integer id when there is no label.
/// Every `edge` needs integer `source` and `target` ids of declared nodes; its `kind` is its
/// kind; `key` (a NetworkX multigraph key) is dropped. Every other key becomes an attribute:
/// integers as 64-bit integers, reals as doubles, strings as strings (with `&#…;` character
/// references and `&amp; &quot; &lt; &gt; &apos;` decoded, as NetworkX writes non-ASCII text).
/// A node key `sandan_id` or `sandan_label`, and an edge key `sandan_source`,
/// `sandan_target` or `sandan_key`, is the attribute named without the prefix (see Writing).
/// A nested list (such as `graphics [ … ]`) or a repeated key is skipped with a warning;
/// graph-level keys other than `directed` are ignored. Lists nest at most ``maximumDepth``
/// levels. Errors with line and column: an unterminated string or list (a truncated file), a
/// token that is not GML, an integer out of 64-bit range, duplicate node ids or labels, a
/// missing or undeclared edge end, a NaN or infinite weight. NaN or infinite values of other
/// attributes become missing values, with a warning.
///
/// **Writing** (readable by NetworkX's `read_gml` and igraph): `directed`, `multigraph 1` when
/// there are parallel edges (NetworkX refuses parallel edges without it), nodes numbered from 0
/// with the Sandan id as `label`, edges with `kind`, then attributes. Strings are ASCII, with
/// `&quot;`, `&amp;` and `&#…;` references for anything else (NetworkX's `read_gml` accepts
/// only ASCII; igraph 1.0 decodes the named references but leaves `&#…;` as it is);
/// reals always have a decimal point. GML has no booleans: they are written as `1` and `0` and
/// read back as integers. Attribute names must be GML keys (a letter, then letters, digits or
/// `_`). A node attribute called `id` or `label` (common in graphs from GEXF, where `label` is a
/// node's caption), or an edge attribute called `source`, `target` or `key`, is written under
/// the key `sandan_` + its name, which Sandan's reader turns back into the attribute (NetworkX's
/// writer drops such a `label` silently; NetworkX and igraph read `sandan_label` as an ordinary
/// attribute). A graph that also has an attribute called `sandan_label` itself is refused.
///
/// Complexity: O(bytes) to read (iterative, no recursion), O(n + m + values) to write.
public enum GMLFormat {
    /// The deepest nesting of `[ … ]` lists accepted.
    public static let maximumDepth = 64

    /// Reads GML from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let text = try TextDecoding.decode(bytes, file: file, encoding: options.encoding)
        var parser = GMLParser(bytes: Array(text.utf8), file: file)
        let top = try parser.parse()
        var reading = GMLGraphReading(file: file, limits: options.limits)
        return try reading.graph(from: top, forcedDirection: options.directed)
    }

    /// The GML text of `graph`.
    /// - Throws: ``OutputError`` naming `file` when an attribute name is not a GML key or is
    ///   reserved (see the type's documentation).
    public static func write(_ graph: Graph, file: String) throws(OutputError) -> Data {
        let hasKinds = graph.kinds != [""]
        let nodeNames = graph.nodeAttributes.names
        let edgeNames = graph.edgeAttributes.names.filter { !(hasKinds && $0 == "kind") }
        for (names, reserved) in [(nodeNames, reservedNodeKeys), (edgeNames, reservedEdgeKeys)] {
            for name in names where reserved.contains(name) && names.contains(escapedKeyPrefix + name) {
                throw OutputError(file: file, "the attributes \(IdentifierCheck.quoted(name)) and \(IdentifierCheck.quoted(escapedKeyPrefix + name)) cannot both be written to GML, where \(IdentifierCheck.quoted(name)) is reserved and written as \(IdentifierCheck.quoted(escapedKeyPrefix + name))")
            }
        }
        for name in nodeNames + edgeNames where !isKey(name) {
            throw OutputError(file: file, "the attribute name \(IdentifierCheck.escaped(name)) is not a GML key (a letter, then letters, digits or '_')")
        }
        func key(_ name: String, _ reserved: Set<String>) -> String { reserved.contains(name) ? escapedKeyPrefix + name : name }
        var out = "graph [\n  directed \(graph.isDirected ? 1 : 0)\n"
        if graph.parallelEdgeCount > 0 { out += "  multigraph 1\n" }
        for v in 0..<graph.nodeCount {
            out += "  node [\n    id \(v)\n    label \(quote(graph.ids[v]))\n"
            for name in nodeNames {
                if let value = graph.nodeAttributes.value(name, at: v) { out += "    \(key(name, reservedNodeKeys)) \(text(of: value))\n" }
            }
            out += "  ]\n"
        }
        for e in 0..<graph.edgeCount {
            out += "  edge [\n    source \(graph.source(of: e))\n    target \(graph.target(of: e))\n"
            if hasKinds, !graph.kind(of: e).isEmpty { out += "    kind \(quote(graph.kind(of: e)))\n" }
            for name in edgeNames {
                if let value = graph.edgeAttributes.value(name, at: e) { out += "    \(key(name, reservedEdgeKeys)) \(text(of: value))\n" }
            }
            out += "  ]\n"
        }
        out += "]\n"
        return Data(out.utf8)
    }

    /// GML keys of a node that hold its structure, not an attribute.
    static let reservedNodeKeys: Set<String> = ["id", "label"]
    /// GML keys of an edge that hold its structure, not an attribute.
    static let reservedEdgeKeys: Set<String> = ["source", "target", "key"]
    /// The prefix under which an attribute with a reserved name is written (`sandan_label`).
    static let escapedKeyPrefix = "sandan_"

    /// What ``write(_:file:)`` does not carry for `graph`: GML has no booleans, so boolean
    /// columns read back as integers 1 and 0 (one warning naming them).
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        let names = graph.nodeAttributes.names.filter { graph.nodeAttributes[$0]!.type == .bool }
            + graph.edgeAttributes.names.filter { graph.edgeAttributes[$0]!.type == .bool }
        guard !names.isEmpty else { return [] }
        return [Diagnostic(SourceLocation(file: file), "GML has no booleans: \(names.joined(separator: ", ")) will read back as integers 1 and 0")]
    }

    /// Whether `name` is a GML key: a letter, then letters, digits or `_` (ASCII).
    static func isKey(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLetter(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    /// `text` as a GML string: printable ASCII, with `&quot;` and `&amp;` (which NetworkX and
    /// igraph both decode) and `&#…;` for everything else (which NetworkX decodes; igraph 1.0
    /// leaves it as it is).
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "&quot;"
            case "&": out += "&amp;"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "&#\(scalar.value);"
            }
        }
        return out + "\""
    }

    /// A value as GML: integers in decimal, reals with a decimal point, booleans as 1/0.
    static func text(of value: AttributeValue) -> String {
        switch value {
        case .string(let s): return quote(s)
        case .integer(let n): return String(n)
        case .bool(let b): return b ? "1" : "0"
        case .double(let d):
            if d.isNaN { return "NAN" }
            if d.isInfinite { return d > 0 ? "+INF" : "-INF" }
            var s = value.description
            if !s.contains(".") {
                if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { s.insert(contentsOf: ".0", at: e) } else { s += ".0" }
            }
            return s
        }
    }
}

/// A GML value with where it starts.
struct GMLEntry {
    enum Value {
        case integer(Int)
        case real(Double)
        case string(String)
        case list([GMLEntry])
    }

    var key: String
    var value: Value
    var line: Int
    var column: Int
}

/// A GML tokenizer and parser over UTF-8 bytes: iterative, with a depth cap, tracking line and
/// column as it goes. Complexity: O(bytes).
struct GMLParser {
    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil) -> InputError {
        InputError(file: file, line: line ?? self.line, column: column ?? self.column, message)
    }

    private mutating func advance() {
        let b = bytes[i]
        i += 1
        if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
    }

    private mutating func skipSpaceAndComments() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                advance()
            } else if b == UInt8(ascii: "#") {
                while i < bytes.count, bytes[i] != 0x0A { advance() }
            } else {
                return
            }
        }
    }

    private func isKeyByte(_ b: UInt8) -> Bool {
        GMLFormat.isLetter(b) || (b >= 48 && b <= 57) || b == UInt8(ascii: "_")
    }

    /// The whole file as the entries of the top level.
    mutating func parse() throws(InputError) -> [GMLEntry] {
        var stack: [(entry: GMLEntry, items: [GMLEntry])] = [(GMLEntry(key: "", value: .list([]), line: 1, column: 1), [])]
        while true {
            skipSpaceAndComments()
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: "]") {
                guard stack.count > 1 else { throw error("']' without a matching '['") }
                advance()
                var (entry, items) = stack.removeLast()
                entry.value = .list(items)
                stack[stack.count - 1].items.append(entry)
                continue
            }
            let keyLine = line, keyColumn = column
            guard GMLFormat.isLetter(bytes[i]) || bytes[i] == UInt8(ascii: "_") else {
                throw error("expected a key (a letter, then letters, digits or '_') or ']'")
            }
            let start = i
            while i < bytes.count, isKeyByte(bytes[i]) { advance() }
            let key = String(decoding: bytes[start..<i], as: UTF8.self)
            skipSpaceAndComments()
            guard i < bytes.count else { throw error("the file ends after the key \(IdentifierCheck.quoted(key)): it is truncated") }
            if bytes[i] == UInt8(ascii: "[") {
                guard stack.count <= GMLFormat.maximumDepth else {
                    throw error("lists nested deeper than \(GMLFormat.maximumDepth) levels")
                }
                advance()
                stack.append((GMLEntry(key: key, value: .list([]), line: keyLine, column: keyColumn), []))
                continue
            }
            let value = try scalar(after: key)
            stack[stack.count - 1].items.append(GMLEntry(key: key, value: value, line: keyLine, column: keyColumn))
        }
        if stack.count > 1 {
            let open = stack.last!.entry
            throw error("the list '\(open.key) [' opened at line \(open.line) is never closed: the file is truncated")
        }
        return stack[0].items
    }

    private mutating func scalar(after key: String) throws(InputError) -> GMLEntry.Value {
        let valueLine = line, valueColumn = column
        if bytes[i] == UInt8(ascii: "\"") {
            advance()
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { advance() }
            guard i < bytes.count else {
                throw error("unterminated string (the quote opens here)", line: valueLine, column: valueColumn)
            }
            let raw = String(decoding: bytes[start..<i], as: UTF8.self)
            advance()
            return .string(GMLParser.decodeReferences(raw))
        }
        let start = i
        while i < bytes.count, !(bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D
                                 || bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "]")) { advance() }
        let token = String(decoding: bytes[start..<i], as: UTF8.self)
        let unsigned = token.drop { $0 == "+" || $0 == "-" }
        if token.utf8.count - unsigned.utf8.count <= 1 {
            if !unsigned.isEmpty, unsigned.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                guard let n = Int(token) else {
                    throw error("the integer \(token) is out of range (64 bits)", line: valueLine, column: valueColumn)
                }
                return .integer(n)
            }
            if NumberParsing.isDecimal(token.utf8), let d = Double(token) { return .real(d) }
            switch unsigned.uppercased() {
            case "INF": return .real(token.hasPrefix("-") ? -.infinity : .infinity)
            case "NAN": return .real(.nan)
            default: break
            }
        }
        throw error("the value of \(IdentifierCheck.quoted(key)) must be a number, a \"string\" or a [ list ], not \(IdentifierCheck.quoted(token))", line: valueLine, column: valueColumn)
    }

    /// `text` with `&#N;`, `&#xH;`, `&amp;`, `&quot;`, `&lt;`, `&gt;` and `&apos;` replaced by
    /// their characters; anything else (a lone `&`, an unknown name, an invalid code point)
    /// is left as it is.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [Substring: Unicode.Scalar] = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"]
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            if scalars[k] == "&", let semicolon = scalars[(k + 1)...].prefix(12).firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(scalars[(k + 1)..<semicolon]))[...]
                var decoded: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    decoded = named[body]
                }
                if let decoded {
                    out.append(decoded)
                    k = semicolon + 1
                    continue
                }
            }
            out.append(scalars[k])
            k += 1
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}

/// Turns parsed GML into a graph.
private struct GMLGraphReading {
    let file: String
    var warnings: [Diagnostic] = []
    var warnedKeys = Set<String>()
    var nonFinite = NonFiniteTally()

    let limits: InputLimits

    init(file: String, limits: InputLimits) {
        self.file = file
        self.limits = limits
    }

    func location(_ entry: GMLEntry) -> SourceLocation {
        SourceLocation(file: file, line: entry.line, column: entry.column)
    }

    func fail(_ entry: GMLEntry, _ message: String) -> InputError {
        InputError(location(entry), message)
    }

    mutating func warnOnce(_ entry: GMLEntry, _ key: String, _ message: String) {
        guard warnedKeys.insert(key).inserted else { return }
        warnings.append(Diagnostic(location(entry), message))
    }

    mutating func graph(from top: [GMLEntry], forcedDirection: Bool?) throws(InputError) -> LoadedGraph {
        let graphs = top.filter { $0.key == "graph" }
        guard let graphEntry = graphs.first else { throw InputError(file: file, "no 'graph [ … ]' in the GML file") }
        if graphs.count > 1 { throw fail(graphs[1], "more than one graph in the GML file") }
        guard case .list(let items) = graphEntry.value else { throw fail(graphEntry, "'graph' must be a [ list ]") }
        var directed = false
        if let d = items.first(where: { $0.key == "directed" }) {
            guard case .integer(let n) = d.value, n == 0 || n == 1 else { throw fail(d, "'directed' must be 0 or 1") }
            directed = n == 1
        }
        var builder = GraphBuilder(directed: forcedDirection ?? directed)
        var nodeAttributes = AttributeColumnsBuilder()
        var edgeAttributes = AttributeColumnsBuilder()
        var index: [Int: Int] = [:]
        for entry in items where entry.key == "node" {
            guard case .list(let fields) = entry.value else { throw fail(entry, "'node' must be a [ list ]") }
            guard let idEntry = fields.first(where: { $0.key == "id" }) else { throw fail(entry, "a node without an 'id'") }
            guard case .integer(let number) = idEntry.value else { throw fail(idEntry, "a node 'id' must be an integer") }
            guard index[number] == nil else { throw fail(idEntry, "duplicate node id \(number)") }
            var name = String(number)
            if let label = fields.first(where: { $0.key == "label" }) {
                switch label.value {
                case .string(let s): name = s
                case .integer(let n): name = String(n)
                case .real(let d): name = String(d)
                case .list: throw fail(label, "a node 'label' must be a string")
                }
                guard !name.isEmpty else { throw fail(label, "empty node label") }
            }
            let before = builder.nodeCount
            let v = builder.addNode(name)
            guard builder.nodeCount > before else { throw fail(entry, "duplicate node label \(IdentifierCheck.quoted(name))") }
            index[number] = v
            if let w = IdentifierCheck.warning(for: name, at: location(entry)) { warnings.append(w) }
            try attributes(fields, skipping: GMLFormat.reservedNodeKeys, row: v, into: &nodeAttributes, what: "node")
        }
        for entry in items where entry.key == "edge" {
            guard case .list(let fields) = entry.value else { throw fail(entry, "'edge' must be a [ list ]") }
            var ends: [Int] = []
            for role in ["source", "target"] {
                guard let end = fields.first(where: { $0.key == role }) else { throw fail(entry, "an edge without a \(IdentifierCheck.quoted(role))") }
                guard case .integer(let number) = end.value else { throw fail(end, "an edge \(IdentifierCheck.quoted(role)) must be an integer node id") }
                guard let v = index[number] else { throw fail(end, "edge \(role) \(number) is not a declared node id") }
                ends.append(v)
            }
            var kind = ""
            if let k = fields.first(where: { $0.key == "kind" }) {
                switch k.value {
                case .string(let s): kind = s
                case .integer(let n): kind = String(n)
                case .real(let d): kind = String(d)
                case .list: throw fail(k, "an edge 'kind' must be a string")
                }
            }
            let e = builder.addEdge(ends[0], ends[1], kind: kind)
            try attributes(fields, skipping: GMLFormat.reservedEdgeKeys.union(["kind"]), row: e, into: &edgeAttributes, what: "edge")
        }
        try builder.setNodeColumns(nodeAttributes, limits: limits, file: file)
        try builder.setEdgeColumns(edgeAttributes, limits: limits, file: file)
        return LoadedGraph(graph: builder.build(), warnings: warnings + nonFinite.warnings)
    }

    mutating func attributes(_ fields: [GMLEntry], skipping: Set<String>, row: Int,
                             into columns: inout AttributeColumnsBuilder, what: String) throws(InputError) {
        var seen = Set<String>()
        for field in fields where !skipping.contains(field.key) {
            var name = field.key
            if name.hasPrefix(GMLFormat.escapedKeyPrefix), case let bare = String(name.dropFirst(GMLFormat.escapedKeyPrefix.count)),
               skipping.contains(bare), bare != "kind" {
                name = bare
            }
            guard seen.insert(name).inserted else {
                warnOnce(field, "repeat " + field.key, "the \(what) key \(IdentifierCheck.quoted(field.key)) appears more than once in one \(what); the first is kept")
                continue
            }
            let value: AttributeValue
            switch field.value {
            case .integer(let n): value = .integer(n)
            case .string(let s): value = .string(s)
            case .real(let d):
                guard d.isFinite else {
                    if name == "weight" { throw fail(field, "bad weight: \(d.isNaN ? "NaN" : "an infinite number"); weights must be finite numbers") }
                    nonFinite.note(name, at: location(field))
                    continue
                }
                value = .double(d)
            case .list:
                warnOnce(field, "list " + field.key, "the \(what) key \(IdentifierCheck.quoted(field.key)) holds a [ list ], which Sandan does not keep; skipped")
                continue
            }
            do { try columns.set(name, row: row, value) } catch { throw fail(field, error.description) }
        }
    }
}
