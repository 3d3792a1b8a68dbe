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
/// without `attr.name` are named by their id, except yEd's keys (`yfiles.type`), whose data is
/// not kept but searched for labels: the first non-empty `y:NodeLabel` in a node's drawing
/// data (`y:ShapeNode`, `y:GenericNode`, a group's `y:ProxyAutoBoundsNode`, …) becomes its
/// string attribute `label`, the first `y:EdgeLabel` an edge's, unless a key already names
/// a `label` attribute. A `<data>` that holds XML elements instead of text (structured content
/// of other tools) is dropped, with one warning per key (a key that never holds text makes no
/// column); graph-level keys are ignored. Every edge end must be a declared node (edges may
/// come before their nodes); duplicate node ids, undeclared keys, values that do not fit their
/// key's type and NaN or infinite weights are errors with their line and column. Hyperedges are
/// refused; ports are ignored. The XML itself goes through `XMLInput` (no DTD, size and
/// depth caps, every parser error fatal).
///
/// **Writing.** One `<key>` per node and edge attribute, typed `string`, `long`, `double` or
/// `boolean`, with ids `n0…` (nodes) and `e0…` (edges); the edge kind as the edge key
/// `kind`; `edgedefault` from the graph's direction; parallel edges and self-loops as they are.
/// What is written reads back as the same graph, and is valid against the GraphML schema,
/// which types node ids, edge ends and attribute names as XML name tokens (`NMTOKEN`: no
/// blanks, `[`, `#`, `,`, …). A node id that is not one is written as
/// `nameToken(_:)` of it (`a b` → `a_x0020_b`, made unique), and then every node's original
/// id is kept in the string data key `sandan_id`, whose `attr.name` is `id` (or `sandan_id` when
/// the graph has a node attribute `id`): NetworkX and igraph read it as the node attribute `id`
/// (igraph puts it where it would put the node ids), Sandan's reader gives each node its
/// original id back. An attribute name that is not a name token is written
/// the same way in `attr.name`, with the original in the key's `<desc>`, which Sandan's reader
/// uses when the `attr.name` is the encoding of it.
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

    /// The id of the node key under which the writer keeps an id that is not an XML name token.
    static let originalIDKey = "sandan_id"

    /// The GraphML text of `graph`.
    /// - Throws: ``OutputError`` naming `file` when an id, name or value holds a character XML
    ///   cannot carry.
    public static func write(_ graph: Graph, file: String) throws(OutputError) -> Data {
        func esc(_ text: String, _ what: @autoclosure () -> String) throws(OutputError) -> String {
            try XMLOutput.escape(text, file: file, what: what())
        }
        let hasKinds = graph.kinds != [""]
        let edgeNames = graph.edgeAttributes.names.filter { !(hasKinds && $0 == "kind") }
        let written = writtenIDs(graph)
        let renamed = (0..<graph.nodeCount).contains { written[$0] != graph.ids[$0] }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        func key(_ id: String, _ domain: String, _ name: String, _ type: AttributeType) throws(OutputError) -> String {
            let token = nameToken(name)
            let head = "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(try esc(token, "\(domain) attribute name"))\" attr.type=\"\(typeName(type))\""
            return token == name ? head + "/>\n" : head + "><desc>\(try esc(name, "\(domain) attribute name"))</desc></key>\n"
        }
        for (i, name) in graph.nodeAttributes.names.enumerated() {
            out += try key("n\(i)", "node", name, graph.nodeAttributes[name]!.type)
        }
        if renamed {
            let name = graph.nodeAttributes["id"] == nil ? "id" : originalIDKey
            out += "  <key id=\"\(originalIDKey)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"string\"/>\n"
        }
        if hasKinds { out += "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n" }
        for (i, name) in edgeNames.enumerated() {
            out += try key("e\(i)", "edge", name, graph.edgeAttributes[name]!.type)
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        for v in 0..<graph.nodeCount {
            out += "    <node id=\"\(try esc(written[v], "node id"))\""
            var data = ""
            if renamed { data += "<data key=\"\(originalIDKey)\">\(try esc(graph.ids[v], "node id"))</data>" }
            for (i, name) in graph.nodeAttributes.names.enumerated() {
                guard let value = graph.nodeAttributes.value(name, at: v) else { continue }
                data += "<data key=\"n\(i)\">\(try esc(value.description, "value of '\(name)'"))</data>"
            }
            out += data.isEmpty ? "/>\n" : ">\(data)</node>\n"
        }
        for e in 0..<graph.edgeCount {
            out += "    <edge source=\"\(try esc(written[graph.source(of: e)], "node id"))\" target=\"\(try esc(written[graph.target(of: e)], "node id"))\""
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

    /// The node ids as written: each id that is an XML name token as it is, any other as
    /// ``nameToken(_:)`` of it, made unique with `_2`, `_3`, … where that meets another id.
    /// O(n) expected.
    static func writtenIDs(_ graph: Graph) -> [String] {
        var ids = graph.ids.all
        guard ids.contains(where: { !isNameToken($0) }) else { return ids }
        var taken = Set(ids.filter(isNameToken))
        for v in ids.indices where !isNameToken(ids[v]) {
            let base = nameToken(ids[v])
            var candidate = base
            var k = 2
            while taken.contains(candidate) {
                candidate = base + "_\(k)"
                k += 1
            }
            taken.insert(candidate)
            ids[v] = candidate
        }
        return ids
    }

    /// Whether `text` is an XML name token (`NMTOKEN`, the type the GraphML schema gives node
    /// ids, edge ends and attribute names): one or more name characters of XML 1.0 (fifth
    /// edition, production 4a).
    static func isNameToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// `text` as a name token: each character that is not a name character written as
    /// `_xHHHH_` (its code point in hexadecimal, as .NET's `XmlConvert.EncodeName` does), so
    /// `a b` becomes `a_x0020_b` and `[1]` becomes `_x005B_1_x005D_`. A name token is
    /// returned as it is.
    static func nameToken(_ text: String) -> String {
        guard !isNameToken(text) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isNameCharacter(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// XML 1.0 (fifth edition) `NameChar`.
    static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7,
             0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
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
private struct GraphMLReader: XMLGraphReader {
    enum Domain { case node, edge, both, ignored }

    struct Key {
        var name: String
        var type: AttributeType
        var domain: Domain
        var fallback: String?
        var location: SourceLocation
        /// yEd's drawing data for nodes or edges (`yfiles.type` `nodegraphics`/`edgegraphics`),
        /// searched for labels.
        var graphics = false
        /// The key's `<desc>` text, when it has one.
        var desc: String?
    }

    /// What the reader is inside of.
    enum Context {
        case root
        case key(id: String)
        case keyDefault(id: String)
        case keyDesc(id: String)
        case graph
        case node(Int)
        case edge(Int)
        case data(key: String, owner: Owner, location: SourceLocation)
        /// Inside a `<data>` whose text was interrupted by an element: structured content.
        case structuredData(key: String, location: SourceLocation)
        /// Inside yEd drawing data, looking for a `y:NodeLabel` or `y:EdgeLabel`.
        case yEdGraphics(Owner)
        case yEdLabel(Owner)
        case skipped
    }

    enum Owner { case node(Int), edge(Int), ignored }

    let file: String
    let limits: InputLimits
    let forcedDirection: Bool?
    var contexts: [Context] = []
    var keys: [String: Key] = [:]
    var keyNames: [String: String] = [:]
    var directed = false
    var sawGraph = false
    /// Node ids as written, their indices, and the ids Sandan's writer saved under
    /// ``GraphMLFormat/originalIDKey`` for ids that are not XML name tokens.
    var nodeIDs: [String] = []
    var nodeIndex: [String: Int] = [:]
    var originalIDs: [Int: String] = [:]
    /// yEd labels by node and edge, the first label of each.
    var yEdNodeLabels: [Int: String] = [:]
    var yEdEdgeLabels: [Int: String] = [:]
    /// Keys with element content dropped (first place), and keys with text values.
    var structuredKeys: [String: SourceLocation] = [:]
    var structuredKeyOrder: [String] = []
    var textKeys = Set<String>()
    var edgeDefaultDirected = false
    var nodeAttributes = AttributeColumnsBuilder()
    var edgeAttributes = AttributeColumnsBuilder()
    var edges: [PendingEdge] = []
    var nodeLocations: [SourceLocation] = []
    var text = ""
    var warnings: [Diagnostic] = []
    var nonFinite = NonFiniteTally()
    var skippedGraphs = 0

    init(file: String, forcedDirection: Bool?, limits: InputLimits) {
        self.limits = limits
        self.file = file
        self.forcedDirection = forcedDirection
    }

    mutating func handle(_ event: XMLEvent) throws(InputError) {
        switch event.kind {
        case .start(let name, let attributes):
            try start(name, attributes, event)
        case .end:
            try end(event)
        case .text(let t):
            switch contexts.last {
            case .data?, .keyDefault?, .keyDesc?, .yEdLabel?: text += t
            default: break
            }
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
        case (.skipped, _), (.structuredData, _), (.yEdLabel, _):
            next = .skipped
        case (.data(_, .ignored, _), _):
            next = .skipped
        case (.data(let key, _, let location), _):
            // An element inside the <data> of a node or edge attribute: the value is structured,
            // not text (yEd's drawing data is searched for labels in .yEdGraphics instead).
            contexts[contexts.count - 1] = .structuredData(key: key, location: location)
            text = ""
            next = .skipped
        case (.yEdGraphics(let owner), "NodeLabel"), (.yEdGraphics(let owner), "EdgeLabel"):
            text = ""
            next = .yEdLabel(owner)
        case (.yEdGraphics(let owner), _):
            next = .yEdGraphics(owner)
        case (.root, "key"):
            next = try declareKey(attributes, event)
        case (.key(let id), "default"):
            text = ""
            next = .keyDefault(id: id)
        case (.key(let id), "desc"):
            text = ""
            next = .keyDesc(id: id)
        case (.root, "graph"):
            if sawGraph {
                skippedGraphs += 1
                if skippedGraphs == 1 { warnings.append(Diagnostic(location(event), "only the first <graph> is read; later graphs are skipped")) }
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
        case .keyDesc(let id):
            keys[id]!.desc = text
            text = ""
        case .key(let id):
            try declareColumns(for: id)
        case .data(let key, let owner, let location):
            try store(text, key: key, owner: owner, at: location)
            text = ""
        case .structuredData(let key, let location):
            if structuredKeys[key] == nil {
                structuredKeys[key] = location
                structuredKeyOrder.append(key)
            }
        case .yEdLabel(let owner):
            let label = text.trimmingXMLSpace()
            text = ""
            switch owner {
            case .node(let v) where !label.isEmpty && yEdNodeLabels[v] == nil: yEdNodeLabels[v] = label
            case .edge(let e) where !label.isEmpty && yEdEdgeLabels[e] == nil: yEdEdgeLabels[e] = label
            default: break
            }
        default:
            break
        }
    }

    func localName(_ name: String) -> Substring {
        name.split(separator: ":", maxSplits: 1).last ?? Substring(name)
    }

    mutating func declareKey(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<key> without an id") }
        guard keys[id] == nil else { throw fail(event, "duplicate key id \(IdentifierCheck.quoted(id))") }
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
            throw fail(event, "key \(IdentifierCheck.quoted(id)) has unknown attr.type \(IdentifierCheck.quoted(typeName)) (GraphML types: boolean, int, long, float, double, string)")
        }
        var name = attributes["attr.name"] ?? id
        if attributes["attr.name"] == nil, attributes["yfiles.type"] != nil { name = "" }
        let graphics = ["nodegraphics", "edgegraphics"].contains(attributes["yfiles.type"] ?? "")
        keys[id] = Key(name: name, type: type, domain: name.isEmpty ? .ignored : domain, fallback: nil, location: location(event),
                       graphics: graphics)
        return .key(id: id)
    }

    /// Declares the columns of key `id` once its `<default>` (if any) is known.
    mutating func declareColumns(for id: String) throws(InputError) {
        if let desc = keys[id]!.desc, desc != keys[id]!.name, GraphMLFormat.nameToken(desc) == keys[id]!.name {
            keys[id]!.name = desc
        }
        if id == GraphMLFormat.originalIDKey {
            keys[id]!.domain = .ignored
            return
        }
        let key = keys[id]!
        if key.domain != .ignored {
            for d in key.domain == .both ? ["node", "edge"] : [key.domain == .node ? "node" : "edge"] {
                if let other = keyNames[d + " " + key.name] {
                    throw InputError(key.location, "keys \(IdentifierCheck.quoted(other)) and \(IdentifierCheck.quoted(id)) both name the \(d) attribute \(IdentifierCheck.quoted(key.name))")
                }
                keyNames[d + " " + key.name] = id
            }
        }
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
        case let other: throw fail(event, "edgedefault must be 'directed' or 'undirected', not \(IdentifierCheck.quoted(other))")
        }
        directed = forcedDirection ?? edgeDefaultDirected
        return .graph
    }

    mutating func openNode(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<node> without an id") }
        if let v = nodeIndex[id] {
            throw fail(event, "duplicate node id \(IdentifierCheck.quoted(id)) (first declared at line \(nodeLocations[v].line ?? 0))")
        }
        let v = nodeIDs.count
        nodeIDs.append(id)
        nodeIndex[id] = v
        nodeLocations.append(location(event))
        return .node(v)
    }

    mutating func openEdge(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let source = attributes["source"], let target = attributes["target"] else {
            throw fail(event, "<edge> needs both source and target")
        }
        if let d = attributes["directed"] {
            guard d == "true" || d == "false" else { throw fail(event, "directed must be 'true' or 'false', not \(IdentifierCheck.quoted(d))") }
            if (d == "true") != edgeDefaultDirected {
                throw fail(event, "a \(d == "true" ? "directed" : "undirected") edge in a graph whose edgedefault is \(edgeDefaultDirected ? "directed" : "undirected"); mixed graphs are not supported")
            }
        }
        edges.append(PendingEdge(source: source, target: target, kind: "", location: location(event)))
        return .edge(edges.count - 1)
    }

    mutating func openData(_ attributes: [String: String], owner: Owner, _ event: XMLEvent) throws(InputError) -> Context {
        guard let keyID = attributes["key"] else { throw fail(event, "<data> without a key") }
        guard let key = keys[keyID] else { throw fail(event, "<data> refers to undeclared key \(IdentifierCheck.quoted(keyID))") }
        text = ""
        if key.graphics { return .yEdGraphics(owner) }
        if keyID == GraphMLFormat.originalIDKey, case .node = owner { return .data(key: keyID, owner: owner, location: location(event)) }
        var owner = owner
        switch (owner, key.domain) {
        case (.ignored, _), (_, .ignored): owner = .ignored
        case (.node, .node), (.node, .both), (.edge, .edge), (.edge, .both): break
        case (.node, _): throw fail(event, "key \(IdentifierCheck.quoted(keyID)) is declared for edges, but used on a node")
        case (.edge, _): throw fail(event, "key \(IdentifierCheck.quoted(keyID)) is declared for nodes, but used on an edge")
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
        if keyID == GraphMLFormat.originalIDKey, case .node(let v) = owner {
            originalIDs[v] = text
            return
        }
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
            textKeys.insert(keyID)
        } catch {
            throw InputError(location, error.description)
        }
    }

    mutating func finish() throws(InputError) -> LoadedGraph {
        guard sawGraph else { throw InputError(file: file, "no <graph> element in the GraphML file") }
        var builder = GraphBuilder(directed: directed)
        for (v, written) in nodeIDs.enumerated() {
            let id = originalIDs[v] ?? written
            let before = builder.nodeCount
            builder.addNode(id)
            guard builder.nodeCount > before else { throw InputError(nodeLocations[v], "two nodes have the id \(IdentifierCheck.quoted(id))") }
            if let w = IdentifierCheck.warning(for: id, at: nodeLocations[v]) { warnings.append(w) }
        }
        builder.reserveEdges(edges.count)
        for edge in edges {
            guard let u = nodeIndex[edge.source] else { throw InputError(edge.location, "edge source \(IdentifierCheck.quoted(edge.source)) is not a declared node") }
            guard let v = nodeIndex[edge.target] else { throw InputError(edge.location, "edge target \(IdentifierCheck.quoted(edge.target)) is not a declared node") }
            builder.addEdge(u, v, kind: edge.kind)
        }
        for key in structuredKeyOrder {
            let name = keys[key]!.name
            if !textKeys.contains(key) {
                nodeAttributes.remove(name)
                edgeAttributes.remove(name)
            }
            warnings.append(Diagnostic(structuredKeys[key]!, "key \(IdentifierCheck.quoted(key))\(name.isEmpty || name == key ? "" : " (\(IdentifierCheck.quoted(name)))") holds XML elements, not text; such values are dropped"))
        }
        try builder.setNodeColumns(nodeAttributes, limits: limits, file: file)
        try builder.setEdgeColumns(edgeAttributes, limits: limits, file: file)
        if !yEdNodeLabels.isEmpty, !nodeAttributes.contains("label") {
            builder.setNodeColumn("label", .string((0..<nodeIDs.count).map { yEdNodeLabels[$0] }))
        }
        if !yEdEdgeLabels.isEmpty, !edgeAttributes.contains("label") {
            builder.setEdgeColumn("label", .string((0..<edges.count).map { yEdEdgeLabels[$0] }))
        }
        return LoadedGraph(graph: builder.build(), warnings: warnings + nonFinite.warnings)
    }
}
