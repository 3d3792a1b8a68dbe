import Foundation
import SandanGraph

/// NetworkX node-link JSON, the shape `networkx.node_link_data` writes and
/// `networkx.node_link_graph` reads:
/// `{"directed": …, "multigraph": …, "graph": {…}, "nodes": [{"id": …, …}], "edges": [{"source": …, "target": …, …}]}`.
///
/// Reading accepts `"links"` as well as `"edges"` (NetworkX before 3.4 wrote `links`; a file
/// with both is refused, since which one is meant is ambiguous: NetworkX 3.6 reads `edges`,
/// older versions `links`), ids as strings or numbers (numbers become their decimal text; an
/// integer beyond 64 bits keeps all its digits, as Python's int does), and scalar attributes
/// (strings, numbers, booleans; `null` is a missing value; an integer beyond 64 bits becomes
/// the nearest double, with a warning). An edge's `kind` is its kind; `key` (a
/// multigraph key) is dropped. Nested attribute values are kept as their JSON text with a
/// warning. Every edge end must be declared in `nodes`.
///
/// Writing gives ids as strings, `multigraph: true` when there are parallel edges, and each
/// edge's kind as `kind` (omitted when the graph has no kinds).
public enum NodeLinkJSON {
    /// Reads node-link JSON text from `file`.
    public static func read(_ text: String, file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        let root = try JSONParser.parse(text, file: file)
        func fail(_ node: JSONNode, _ message: String) -> InputError {
            InputError(file: file, line: node.line, column: node.column, message)
        }
        guard case .object = root.value else { throw fail(root, "node-link JSON must be an object with \"nodes\" and \"edges\"") }
        var directed = false
        if let d = root["directed"] {
            guard case .bool(let b) = d.value else { throw fail(d, "\"directed\" must be true or false") }
            directed = b
        }
        guard let nodes = root["nodes"], case .array(let nodeList) = nodes.value else {
            throw fail(root, "no \"nodes\" array")
        }
        if root["edges"] != nil, let links = root["links"] {
            throw fail(links, "the file has both \"edges\" and \"links\"; NetworkX reads one of them (\"edges\" since 3.4, \"links\" before), so keep only the one you mean")
        }
        let edgesNode = root["edges"] ?? root["links"]
        var edgeList: [JSONNode] = []
        if let edgesNode {
            guard case .array(let list) = edgesNode.value else { throw fail(edgesNode, "\"edges\" must be an array") }
            edgeList = list
        }
        var builder = GraphBuilder(directed: options.directed ?? directed)
        var warnings: [Diagnostic] = []

        func id(_ node: JSONNode?, in parent: JSONNode, role: String) throws(InputError) -> String {
            guard let node else { throw fail(parent, "missing \"\(role)\"") }
            switch node.value {
            case .string(let s):
                guard !s.isEmpty else { throw fail(node, "empty \(role)") }
                return s.precomposedStringWithCanonicalMapping
            case .integer(let n): return String(n)
            case .bigInteger(let digits): return digits
            case .double(let d): return String(d)
            default: throw fail(node, "\(role) must be a string or a number")
            }
        }
        var nodeAttributes = AttributeColumnsBuilder()
        var edgeAttributes = AttributeColumnsBuilder()
        func attributes(of object: JSONNode, skipping: Set<String>, row: Int, into columns: inout AttributeColumnsBuilder) throws(InputError) {
            guard case .object(let members) = object.value else { throw fail(object, "expected an object") }
            for (key, value) in members where !skipping.contains(key) {
                let attribute: AttributeValue?
                switch value.value {
                case .null: attribute = nil
                case .bool(let b): attribute = .bool(b)
                case .integer(let n): attribute = .integer(n)
                case .bigInteger(let digits):
                    guard let d = Double(digits), d.isFinite else {
                        throw fail(value, "attribute \"\(key)\": the integer \(IdentifierCheck.displayed(digits)) is out of range for a number")
                    }
                    attribute = .double(d)
                    warnings.append(Diagnostic(SourceLocation(file: file, line: value.line, column: value.column),
                                                 "attribute \"\(key)\": the integer \(IdentifierCheck.displayed(digits)) does not fit in 64 bits; kept as the nearest double"))
                case .double(let d): attribute = .double(d)
                case .string(let s): attribute = .string(s.precomposedStringWithCanonicalMapping)
                case .array, .object:
                    attribute = .string(JSONWriter.text(of: value))
                    warnings.append(Diagnostic(SourceLocation(file: file, line: value.line, column: value.column),
                                                 "attribute \"\(key)\" holds a nested value; kept as its JSON text"))
                }
                guard let attribute else { continue }
                do { try columns.set(key, row: row, attribute) } catch { throw fail(value, error.description) }
            }
        }

        for node in nodeList {
            let name = try id(node["id"], in: node, role: "id")
            let before = builder.nodeCount
            let v = builder.addNode(name)
            guard builder.nodeCount > before else { throw fail(node["id"]!, "duplicate node id \(IdentifierCheck.quoted(name))") }
            if let w = IdentifierCheck.warning(for: name, at: SourceLocation(file: file, line: node.line, column: node.column)) { warnings.append(w) }
            try attributes(of: node, skipping: ["id"], row: v, into: &nodeAttributes)
        }
        for edge in edgeList {
            var ends: [Int] = []
            for role in ["source", "target"] {
                let name = try id(edge[role], in: edge, role: role)
                guard let v = builder.index(of: name) else { throw fail(edge[role]!, "\(role) \(IdentifierCheck.quoted(name)) is not in \"nodes\"") }
                ends.append(v)
            }
            var kind = ""
            if let k = edge["kind"] {
                guard case .string(let s) = k.value else { throw fail(k, "\"kind\" must be a string") }
                kind = s.precomposedStringWithCanonicalMapping
            }
            if let w = edge["weight"] {
                switch w.value {
                case .integer, .bigInteger, .double, .null: break
                default: throw fail(w, "bad weight: must be a finite number")
                }
            }
            let e = builder.addEdge(ends[0], ends[1], kind: kind)
            try attributes(of: edge, skipping: ["source", "target", "kind", "key"], row: e, into: &edgeAttributes)
        }
        try builder.setNodeColumns(nodeAttributes, limits: options.limits, file: file)
        try builder.setEdgeColumns(edgeAttributes, limits: options.limits, file: file)
        return LoadedGraph(graph: builder.build(), warnings: warnings)
    }

    /// The node-link JSON of `graph`, keys in a fixed order, one node or edge per line.
    public static func write(_ graph: Graph) -> Data {
        var out = "{\n  \"directed\": \(graph.isDirected),\n  \"multigraph\": \(graph.parallelEdgeCount > 0),\n  \"graph\": {},\n  \"nodes\": ["
        for v in 0..<graph.nodeCount {
            var fields = ["\"id\": " + JSONWriter.quote(graph.ids[v])]
            for name in graph.nodeAttributes.names {
                if let value = graph.nodeAttributes.value(name, at: v) { fields.append(JSONWriter.quote(name) + ": " + JSONWriter.text(of: value)) }
            }
            out += (v == 0 ? "\n    {" : ",\n    {") + fields.joined(separator: ", ") + "}"
        }
        out += "\n  ],\n  \"edges\": ["
        let hasKinds = graph.kinds != [""]
        for e in 0..<graph.edgeCount {
            var fields = ["\"source\": " + JSONWriter.quote(graph.ids[graph.source(of: e)]),
                          "\"target\": " + JSONWriter.quote(graph.ids[graph.target(of: e)])]
            if hasKinds { fields.append("\"kind\": " + JSONWriter.quote(graph.kind(of: e))) }
            for name in graph.edgeAttributes.names {
                if let value = graph.edgeAttributes.value(name, at: e) { fields.append(JSONWriter.quote(name) + ": " + JSONWriter.text(of: value)) }
            }
            out += (e == 0 ? "\n    {" : ",\n    {") + fields.joined(separator: ", ") + "}"
        }
        out += "\n  ]\n}\n"
        return Data(out.utf8)
    }
}

/// Writing JSON text: quoting strings and formatting values.
public enum JSONWriter {
    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An attribute value as JSON (a non-finite double becomes `null`).
    public static func text(of value: AttributeValue) -> String {
        switch value {
        case .string(let s): quote(s)
        case .integer(let n): String(n)
        case .double(let d): number(d)
        case .bool(let b): b ? "true" : "false"
        }
    }

    /// A finite double in the shortest form that reads back exactly; `null` when not finite.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return String(d)
    }

    /// A parsed JSON value written back as compact JSON.
    public static func text(of node: JSONNode) -> String {
        switch node.value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let n): String(n)
        case .bigInteger(let digits): digits
        case .double(let d): number(d)
        case .string(let s): quote(s)
        case .array(let items): "[" + items.map { text(of: $0) }.joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { quote($0.key) + ":" + text(of: $0.value) }.joined(separator: ",") + "}"
        }
    }
}
