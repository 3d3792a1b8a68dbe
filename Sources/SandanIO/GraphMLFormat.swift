import Foundation
import SandanGraph

/// GraphML, the XML graph format NetworkX, igraph, Gephi, yEd, graph-tool and NetworKit all read.
///
/// **Reading.** The first `<graph>` is read (later top-level graphs are skipped with a warning;
/// graphs nested inside a node are flattened into it, as GraphML ids are global). Its
/// `edgedefault` gives the direction; an edge whose `directed` attribute disagrees is an error
/// (mixed graphs are not supported, as in NetworkX); without `edgedefault` the graph is
/// undirected, as NetworkX reads it. Node ids are kept as they are (NFC). Every
/// `<key>` for nodes, edges or `all` becomes an attribute column of its `attr.type`:
/// `string`; `int` and `long` (64-bit integers); `float` and `double` (finite doubles);
/// `boolean` (`true`/`false`/`1`/`0`). An unknown type is an error; a key's `<default>` fills the
/// nodes or edges without a value. The edge attribute named `kind` is the edge's kind. Keys
/// without `attr.name` are named by their id, except yEd's drawing keys (`yfiles.type`), which
/// are skipped; graph-level keys are ignored. Every edge end must be a declared node (edges may
/// come before their nodes); duplicate node ids, undeclared keys, values that do not fit their
/// key's type and NaN or infinite weights are errors with their line and column. Hyperedges are
/// refused; ports are ignored. The XML itself goes through ``XMLInput`` (no DTD, size and
/// depth caps, every parser error fatal).
///
/// **Writing.** One `<key>` per node and edge attribute, typed `string`, `long`, `double` or
/// `boolean`, with ids `n0…` (nodes) and `e0…` (edges); the edge kind as the edge key
/// `kind`; `edgedefault` from the graph's direction; parallel edges and self-loops as they are.
/// What is written reads back as the same graph.
///
/// Complexity: O(bytes) to read, O(n + m + values) to write.
public enum GraphMLFormat {
    /// Reads GraphML from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        var reader = GraphMLReader(file: file, forcedDirection: options.directed, limits: options.limits)
        try XMLInput.parse(bytes, file: file, encoding: options.encoding, limits: options.limits) { (event: XMLEvent) throws(InputError) in
            try reader.handle(event)
        }
        return try reader.finish()
    }

    /// The GraphML text of `graph`.
    /// - Throws: ``InputError`` naming `file` when an id, name or value holds a character XML
    ///   cannot carry.
    public static func write(_ graph: Graph, file: String) throws(InputError) -> Data {
        func esc(_ text: String, _ what: @autoclosure () -> String) throws(InputError) -> String {
            try XMLOutput.escape(text, file: file, what: what())
        }
        let hasKinds = graph.kinds != [""]
        let edgeNames = graph.edgeAttributes.names.filter { !(hasKinds && $0 == "kind") }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (i, name) in graph.nodeAttributes.names.enumerated() {
            let type = graph.nodeAttributes[name]!.type
            out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(try esc(name, "node attribute name"))\" attr.type=\"\(typeName(type))\"/>\n"
        }
        if hasKinds { out += "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n" }
        for (i, name) in edgeNames.enumerated() {
            let type = graph.edgeAttributes[name]!.type
            out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(try esc(name, "edge attribute name"))\" attr.type=\"\(typeName(type))\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        for v in 0..<graph.nodeCount {
            out += "    <node id=\"\(try esc(graph.ids[v], "node id"))\""
            var data = ""
            for (i, name) in graph.nodeAttributes.names.enumerated() {
                guard let value = graph.nodeAttributes.value(name, at: v) else { continue }
                data += "<data key=\"n\(i)\">\(try esc(value.description, "value of '\(name)'"))</data>"
            }
            out += data.isEmpty ? "/>\n" : ">\(data)</node>\n"
        }
        for e in 0..<graph.edgeCount {
            out += "    <edge source=\"\(try esc(graph.ids[graph.source(of: e)], "node id"))\" target=\"\(try esc(graph.ids[graph.target(of: e)], "node id"))\""
            var data = ""
            if hasKinds, !graph.kind(of: e).isEmpty { data += "<data key=\"kind\">\(try esc(graph.kind(of: e), "edge kind"))</data>" }
            for (i, name) in edgeNames.enumerated() {
                guard let value = graph.edgeAttributes.value(name, at: e) else { continue }
                data += "<data key=\"e\(i)\">\(try esc(value.description, "value of '\(name)'"))</data>"
            }
            out += data.isEmpty ? "/>\n" : ">\(data)</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Data(out.utf8)
    }

    static func typeName(_ type: AttributeType) -> String {
        switch type {
        case .string: "string"
        case .integer: "long"
        case .double: "double"
        case .bool: "boolean"
        }
    }
}

/// The state of one GraphML read: fed events in document order by ``XMLInput``.
private struct GraphMLReader {
    enum Domain { case node, edge, both, ignored }

    struct Key {
        var name: String
        var type: AttributeType
        var domain: Domain
        var fallback: String?
        var location: SourceLocation
    }

    /// What the reader is inside of.
    enum Context {
        case root
        case key(id: String)
        case keyDefault(id: String)
        case graph
        case node(Int)
        case edge(Int)
        case data(key: String, owner: Owner, location: SourceLocation)
        case skipped
    }

    enum Owner { case node(Int), edge(Int), ignored }

    let file: String
    let limits: InputLimits
    let forcedDirection: Bool?
    var contexts: [Context] = []
    var keys: [String: Key] = [:]
    var keyNames: [String: String] = [:]
    var builder: GraphBuilder?
    var sawGraph = false
    var edgeDefaultDirected = false
    var nodeAttributes = AttributeColumnsBuilder()
    var edgeAttributes = AttributeColumnsBuilder()
    var edges: [PendingEdge] = []
    var nodeLocations: [SourceLocation] = []
    var text = ""
    var warnings: [InputWarning] = []
    var nonFinite = NonFiniteTally()
    var skippedGraphs = 0

    init(file: String, forcedDirection: Bool?, limits: InputLimits) {
        self.limits = limits
        self.file = file
        self.forcedDirection = forcedDirection
    }

    func location(_ event: XMLEvent) -> SourceLocation {
        SourceLocation(file: file, line: event.line, column: event.column)
    }

    func fail(_ event: XMLEvent, _ message: String) -> InputError {
        InputError(location(event), message)
    }

    mutating func handle(_ event: XMLEvent) throws(InputError) {
        switch event.kind {
        case .start(let name, let attributes):
            try start(name, attributes, event)
        case .end:
            try end(event)
        case .text(let t):
            if case .data? = contexts.last { text += t }
            if case .keyDefault? = contexts.last { text += t }
        }
    }

    mutating func start(_ name: String, _ attributes: [String: String], _ event: XMLEvent) throws(InputError) {
        guard let context = contexts.last else {
            guard localName(name) == "graphml" else { throw fail(event, "not a GraphML file: the root element is <\(name)>, not <graphml>") }
            contexts.append(.root)
            return
        }
        let next: Context
        switch (context, localName(name)) {
        case (.skipped, _), (.data, _):
            next = .skipped
        case (.root, "key"):
            next = try declareKey(attributes, event)
        case (.key(let id), "default"):
            text = ""
            next = .keyDefault(id: id)
        case (.root, "graph"):
            if sawGraph {
                skippedGraphs += 1
                if skippedGraphs == 1 { warnings.append(InputWarning(location(event), "only the first <graph> is read; later graphs are skipped")) }
                next = .skipped
            } else {
                next = try openGraph(attributes, event)
            }
        case (.node, "graph"):
            next = .graph
        case (.graph, "node"):
            next = try openNode(attributes, event)
        case (.graph, "edge"):
            next = try openEdge(attributes, event)
        case (.graph, "hyperedge"):
            throw fail(event, "hyperedges are not supported")
        case (.root, "data"), (.graph, "data"):
            next = try openData(attributes, owner: .ignored, event)
        case (.node(let v), "data"):
            next = try openData(attributes, owner: .node(v), event)
        case (.edge(let e), "data"):
            next = try openData(attributes, owner: .edge(e), event)
        default:
            next = .skipped
        }
        contexts.append(next)
    }

    mutating func end(_ event: XMLEvent) throws(InputError) {
        guard let context = contexts.popLast() else { return }
        switch context {
        case .keyDefault(let id):
            keys[id]!.fallback = text
            text = ""
        case .key(let id):
            try declareColumns(for: id)
        case .data(let key, let owner, let location):
            try store(text, key: key, owner: owner, at: location)
            text = ""
        default:
            break
        }
    }

    func localName(_ name: String) -> Substring {
        name.split(separator: ":", maxSplits: 1).last ?? Substring(name)
    }

    mutating func declareKey(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<key> without an id") }
        guard keys[id] == nil else { throw fail(event, "duplicate key id '\(id)'") }
        let domain: Domain
        switch attributes["for"] ?? "all" {
        case "node": domain = .node
        case "edge": domain = .edge
        case "all": domain = .both
        default: domain = .ignored
        }
        let typeName = attributes["attr.type"] ?? "string"
        let type: AttributeType
        switch typeName {
        case "string": type = .string
        case "int", "long": type = .integer
        case "float", "double": type = .double
        case "boolean": type = .bool
        default:
            throw fail(event, "key '\(id)' has unknown attr.type '\(typeName)' (GraphML types: boolean, int, long, float, double, string)")
        }
        var name = attributes["attr.name"] ?? id
        if attributes["attr.name"] == nil, attributes["yfiles.type"] != nil { name = "" }
        keys[id] = Key(name: name, type: type, domain: name.isEmpty ? .ignored : domain, fallback: nil, location: location(event))
        if !name.isEmpty, domain != .ignored {
            for d in domain == .both ? ["node", "edge"] : [domain == .node ? "node" : "edge"] {
                if let other = keyNames[d + " " + name] {
                    throw fail(event, "keys '\(other)' and '\(id)' both name the \(d) attribute '\(name)'")
                }
                keyNames[d + " " + name] = id
            }
        }
        return .key(id: id)
    }

    /// Declares the columns of key `id` once its `<default>` (if any) is known.
    mutating func declareColumns(for id: String) throws(InputError) {
        let key = keys[id]!
        var fallback: AttributeValue?
        if let text = key.fallback {
            switch try parse(text, key: key, at: key.location) {
            case .value(let value): fallback = value
            case .missing, .nonFinite: fallback = nil
            }
        }
        if key.domain == .node || key.domain == .both {
            if let fallback { nodeAttributes.declare(key.name, type: key.type, default: fallback) } else { nodeAttributes.declare(key.name, type: key.type) }
        }
        if (key.domain == .edge || key.domain == .both), key.name != "kind" {
            if let fallback { edgeAttributes.declare(key.name, type: key.type, default: fallback) } else { edgeAttributes.declare(key.name, type: key.type) }
        }
    }

    mutating func openGraph(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        sawGraph = true
        switch attributes["edgedefault"] ?? "undirected" {
        case "directed": edgeDefaultDirected = true
        case "undirected": edgeDefaultDirected = false
        case let other: throw fail(event, "edgedefault must be 'directed' or 'undirected', not '\(other)'")
        }
        builder = GraphBuilder(directed: forcedDirection ?? edgeDefaultDirected)
        return .graph
    }

    mutating func openNode(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<node> without an id") }
        let before = builder!.nodeCount
        let v = builder!.addNode(id)
        guard builder!.nodeCount > before else {
            throw fail(event, "duplicate node id '\(id)' (first declared at line \(nodeLocations[v].line ?? 0))")
        }
        nodeLocations.append(location(event))
        if let w = IdentifierCheck.warning(for: id, at: location(event)) { warnings.append(w) }
        return .node(v)
    }

    mutating func openEdge(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let source = attributes["source"], let target = attributes["target"] else {
            throw fail(event, "<edge> needs both source and target")
        }
        if let d = attributes["directed"] {
            guard d == "true" || d == "false" else { throw fail(event, "directed must be 'true' or 'false', not '\(d)'") }
            if (d == "true") != edgeDefaultDirected {
                throw fail(event, "a \(d == "true" ? "directed" : "undirected") edge in a graph whose edgedefault is \(edgeDefaultDirected ? "directed" : "undirected"); mixed graphs are not supported")
            }
        }
        edges.append(PendingEdge(source: source, target: target, kind: "", location: location(event)))
        return .edge(edges.count - 1)
    }

    mutating func openData(_ attributes: [String: String], owner: Owner, _ event: XMLEvent) throws(InputError) -> Context {
        guard let keyID = attributes["key"] else { throw fail(event, "<data> without a key") }
        guard let key = keys[keyID] else { throw fail(event, "<data> refers to undeclared key '\(keyID)'") }
        text = ""
        var owner = owner
        switch (owner, key.domain) {
        case (.ignored, _), (_, .ignored): owner = .ignored
        case (.node, .node), (.node, .both), (.edge, .edge), (.edge, .both): break
        case (.node, _): throw fail(event, "key '\(keyID)' is declared for edges, but used on a node")
        case (.edge, _): throw fail(event, "key '\(keyID)' is declared for nodes, but used on an edge")
        }
        return .data(key: keyID, owner: owner, location: location(event))
    }

    func parse(_ text: String, key: Key, at location: SourceLocation) throws(InputError) -> TypedValueParsing.Outcome {
        do { return try TypedValueParsing.parse(text, as: key.type, name: key.name) } catch {
            throw InputError(location, error.message)
        }
    }

    mutating func store(_ text: String, key keyID: String, owner: Owner, at location: SourceLocation) throws(InputError) {
        let key = keys[keyID]!
        if case .edge(let e) = owner, key.name == "kind" {
            edges[e].kind = text
            return
        }
        let value: AttributeValue
        switch try parse(text, key: key, at: location) {
        case .value(let v): value = v
        case .missing: return
        case .nonFinite:
            nonFinite.note(key.name, at: location)
            return
        }
        do {
            switch owner {
            case .node(let v): try nodeAttributes.set(key.name, row: v, value)
            case .edge(let e): try edgeAttributes.set(key.name, row: e, value)
            case .ignored: break
            }
        } catch {
            throw InputError(location, error.description)
        }
    }

    mutating func finish() throws(InputError) -> LoadedGraph {
        guard var builder else { throw InputError(file: file, "no <graph> element in the GraphML file") }
        try builder.addPendingEdges(edges)
        try builder.setNodeColumns(nodeAttributes, limits: limits, file: file)
        try builder.setEdgeColumns(edgeAttributes, limits: limits, file: file)
        return LoadedGraph(graph: builder.build(), warnings: warnings + nonFinite.warnings)
    }
}
