import Foundation
import SandanGraph

/// GEXF, Gephi's XML format (version 1.3 written; 1.1, 1.2 and 1.3 read).
///
/// **Reading.** The graph's `defaultedgetype` gives the direction (`directed`, or `undirected`
/// when absent; `mutual` is read as undirected); an edge whose `type` disagrees is an error
/// (mixed graphs are not supported, as in NetworkX). Node ids are kept as they are (NFC); a
/// node's `label` becomes the node attribute `label`, an edge's `label` the edge attribute
/// `label`, an edge's `weight` the edge attribute `weight` (a finite double). Each declared
/// `<attribute>` becomes a column of its type: `integer`, `long`, `short` and `byte` as 64-bit
/// integers; `float` and `double` as finite doubles; `boolean`; `string` and the text types
/// (`liststring` and other list types, `anyURI`, `date`, `char`, `bigdecimal`, `biginteger`)
/// as strings (`int`, which Gephi's own demo files use, is an integer too). An unknown type is
/// an error; an `<attribute>`'s `<default>` fills the nodes or edges without a value. The value
/// `null` of a number or boolean (what Gephi's exporter writes for a missing value) is a missing
/// value; a string `null` stays the string. An edge attribute of a numeric type titled
/// `Weight` (in any letter case: Gephi's weight column) is the edge attribute `weight`, and its
/// value replaces the edge's `weight` XML attribute. An edge's kind is its attribute titled
/// `kind` or, failing that, its GEXF 1.3 `kind`. Nodes nested in a node (hierarchies) are
/// flattened; `viz:` drawing data, spells and time bounds are ignored (a dynamic attribute
/// given by `start`/`end` or `timestamp` keeps its last value, with one warning). Every edge end must be a declared node; duplicate node ids, undeclared attributes,
/// values that do not fit their type and NaN or infinite weights are errors with their line and
/// column. The XML goes through `XMLInput` (no DTD, size and depth caps, parser errors fatal).
///
/// **Writing** (what Gephi 0.9–0.10 opens): GEXF 1.3 with `defaultedgetype`, one
/// `<attribute>` per node and edge column (typed `string`, `long`, `double`, `boolean`), values
/// in `<attvalues>`. The node attribute `label` is written as the node's `label` (without one,
/// the node's name, `name_ko`, `name` or `name_en`, so that Gephi shows names, not ids); an
/// integer edge attribute `year` also as the edge's `start` in a `dynamic` graph with integer
/// time (Gephi's timeline then plays the linkages year by year); a numeric edge
/// attribute `weight` as the edge's `weight` (so Gephi uses it), read back as a double; the
/// edge attribute `label` as the edge's `label`. **The edge kind is written as the string
/// attribute `kind`** (a column Gephi can partition and colour by, and the `kind` key NetworkX
/// gives for JSON and GraphML too), not as the edge label, which stays free for a real label.
/// Given ``NodeVisual``s, each node gets `viz:color`, `viz:size` and `viz:position` in the
/// ``vizNamespace`` (so Gephi opens the network coloured, sized and laid out). The root
/// carries no `xsi:schemaLocation`: GEXF's normative grammar (RELAX NG, `gexf.rng` 1.3) allows
/// no foreign attribute there, and readers do not need it.
///
/// Complexity: O(bytes) to read, O(n + m + values) to write.
public enum GEXFFormat {
    /// Reads GEXF from `bytes` (the content of `file`).
    /// - Throws: ``InputError`` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
        var reader = GEXFReader(file: file, forcedDirection: options.directed, limits: options.limits)
        try XMLInput.parse(bytes, file: file, encoding: options.encoding, limits: options.limits) { (event: XMLEvent) throws(InputError) in
            try reader.handle(event)
        }
        return try reader.finish()
    }

    /// The GEXF 1.3 text of `graph`, with each node's colour, size and position from `visuals`
    /// (indexed like the nodes) as `viz:color`, `viz:size` and `viz:position` when given.
    /// - Throws: ``OutputError`` naming `file` when an id, name or value holds a character XML
    ///   cannot carry, or a visual has a non-finite number.
    /// - Precondition: `visuals`, when given, has one value per node.
    public static func write(_ graph: Graph, file: String, visuals: [NodeVisual]? = nil) throws(OutputError) -> Data {
        precondition(visuals == nil || visuals!.count == graph.nodeCount, "one visual per node")
        func esc(_ text: String, _ what: @autoclosure () -> String) throws(OutputError) -> String {
            try XMLOutput.escape(text, file: file, what: what())
        }
        let hasKinds = graph.kinds != [""]
        let nodeLabel = ["label", "name_ko", "name", "name_en"].lazy.compactMap { graph.nodeAttributes[$0] }.first
        let nodeNames = graph.nodeAttributes.names.filter { $0 != "label" }
        let weight = graph.edgeAttributes["weight"].flatMap { $0.type == .integer || $0.type == .double ? $0 : nil }
        let edgeLabel = graph.edgeAttributes["label"]
        // An integer `year` (a linkage's designation round) is also the edge's `start`, so that
        // Gephi's timeline plays the rounds.
        let years = graph.edgeAttributes["year"].flatMap { $0.type == .integer ? $0 : nil }
        let edgeNames = graph.edgeAttributes.names.filter {
            !($0 == "kind" && hasKinds) && !($0 == "weight" && weight != nil) && $0 != "label"
        }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3"\(visuals == nil ? "" : " xmlns:viz=\"\(vizNamespace)\"") version="1.3">
          <meta>
            <creator>Sandan</creator>
          </meta>
          <graph mode="\(years == nil ? "static" : "dynamic")"\(years == nil ? "" : " timeformat=\"integer\"") defaultedgetype="\(graph.isDirected ? "directed" : "undirected")">

        """
        func declarations(_ names: [String], _ table: AttributeTable, kind: Bool, _ domain: String) throws(OutputError) -> String {
            guard kind || !names.isEmpty else { return "" }
            var text = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
            if kind { text += "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n" }
            for (i, name) in names.enumerated() {
                text += "      <attribute id=\"\(i)\" title=\"\(try esc(name, "\(domain) attribute name"))\" type=\"\(typeName(table[name]!.type))\"/>\n"
            }
            return text + "    </attributes>\n"
        }
        func attvalues(_ names: [String], _ table: AttributeTable, row: Int, kind: String?) throws(OutputError) -> String {
            var text = ""
            if let kind, !kind.isEmpty { text += "<attvalue for=\"kind\" value=\"\(try esc(kind, "edge kind"))\"/>" }
            for (i, name) in names.enumerated() {
                guard let value = table.value(name, at: row) else { continue }
                text += "<attvalue for=\"\(i)\" value=\"\(try esc(value.description, "value of '\(name)'"))\"/>"
            }
            return text.isEmpty ? "" : "<attvalues>" + text + "</attvalues>"
        }
        out += try declarations(nodeNames, graph.nodeAttributes, kind: false, "node")
        out += try declarations(edgeNames, graph.edgeAttributes, kind: hasKinds, "edge")
        out += "    <nodes>\n"
        for v in 0..<graph.nodeCount {
            out += "      <node id=\"\(try esc(graph.ids[v], "node id"))\""
            if let label = nodeLabel?[v] { out += " label=\"\(try esc(label.description, "node label"))\"" }
            let values = try attvalues(nodeNames, graph.nodeAttributes, row: v, kind: nil)
                + (try visuals.map { visuals throws(OutputError) in try viz(visuals[v], node: graph.ids[v], file: file) } ?? "")
            out += values.isEmpty ? "/>\n" : ">" + values + "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for e in 0..<graph.edgeCount {
            out += "      <edge id=\"\(e)\" source=\"\(try esc(graph.ids[graph.source(of: e)], "node id"))\" target=\"\(try esc(graph.ids[graph.target(of: e)], "node id"))\""
            if let w = weight?[e]?.numericValue { out += " weight=\"\(AttributeValue.double(w).description)\"" }
            if let label = edgeLabel?[e] { out += " label=\"\(try esc(label.description, "edge label"))\"" }
            if let year = years?[e] { out += " start=\"\(year.description)\"" }
            let values = try attvalues(edgeNames, graph.edgeAttributes, row: e, kind: hasKinds ? graph.kind(of: e) : nil)
            out += values.isEmpty ? "/>\n" : ">" + values + "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Data(out.utf8)
    }

    /// What ``write(_:file:visuals:)`` does not carry for `graph`: a node or edge attribute `label`
    /// that is not a string (GEXF's `label` is text) and an integer `weight` (GEXF's `weight`
    /// is a decimal number) read back as a string and a double, one warning each.
    public static func losses(of graph: Graph, file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (what, table) in [("node", graph.nodeAttributes), ("edge", graph.edgeAttributes)] {
            if let label = table["label"], label.type != .string {
                warnings.append(Diagnostic(SourceLocation(file: file), "GEXF's \(what) label is text: the \(label.type.rawValue) \(what) attribute 'label' will read back as strings"))
            }
        }
        if graph.edgeAttributes["weight"]?.type == .integer {
            warnings.append(Diagnostic(SourceLocation(file: file), "GEXF's edge weight is a decimal number: the integer weights will read back as doubles"))
        }
        return warnings
    }

    /// The namespace of GEXF 1.3's visualisation module (the primer's `xmlns:viz`; Gephi and
    /// NetworkX read `viz:` elements in it).
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    /// `visual` as `viz:color`, `viz:size` and `viz:position` elements, numbers rounded to
    /// thousandths (the size clamped at 0). O(1).
    /// - Throws: ``OutputError`` for a non-finite number (XML Schema's float allows none here).
    static func viz(_ visual: NodeVisual, node: String, file: String) throws(OutputError) -> String {
        func number(_ x: Double, _ what: String) throws(OutputError) -> String {
            guard x.isFinite else { throw OutputError(file: file, "node \(IdentifierCheck.quoted(node)) has no finite \(what) to write as viz") }
            let rounded = (x * 1000).rounded() / 1000
            return NumberParsing.plain(rounded == 0 ? 0 : rounded)
        }
        let alpha = try number(min(max(visual.alpha, 0), 1), "opacity")
        return "<viz:color r=\"\(visual.red)\" g=\"\(visual.green)\" b=\"\(visual.blue)\" a=\"\(alpha)\"/>"
            + "<viz:size value=\"\(try number(max(visual.size, 0), "size"))\"/>"
            + "<viz:position x=\"\(try number(visual.x, "x"))\" y=\"\(try number(visual.y, "y"))\" z=\"\(try number(visual.z, "z"))\"/>"
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

/// The state of one GEXF read: fed events in document order by ``XMLInput``.
private struct GEXFReader: XMLGraphReader {
    struct Attribute {
        var title: String
        var type: AttributeType
        var fallback: String?
        var location: SourceLocation
    }

    enum Class { case node, edge }

    enum Context {
        case root
        case graph
        case attributes(Class)
        case attribute(Class, id: String)
        case attributeDefault(Class, id: String)
        case nodes
        case node(Int)
        case edges
        case edge(Int)
        case attvalues(Class, row: Int)
        case other
    }

    let file: String
    let limits: InputLimits
    let forcedDirection: Bool?
    var contexts: [Context] = []
    var declared: [Class: [String: Attribute]] = [.node: [:], .edge: [:]]
    var builder: GraphBuilder?
    var sawGraph = false
    var defaultDirected = false
    var nodeAttributes = AttributeColumnsBuilder()
    var edgeAttributes = AttributeColumnsBuilder()
    var edges: [PendingEdge] = []
    var text = ""
    var warnings: [Diagnostic] = []
    var nonFinite = NonFiniteTally()
    var warnedDynamic = false

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
            guard let context = contexts.popLast() else { return }
            if case .attributeDefault(let c, let id) = context {
                declared[c]![id]!.fallback = text
                text = ""
            }
            if case .attribute(let c, let id) = context { try declareColumn(c, id) }
        case .text(let t):
            if case .attributeDefault? = contexts.last { text += t }
        }
    }

    mutating func start(_ name: String, _ attributes: [String: String], _ event: XMLEvent) throws(InputError) {
        guard let context = contexts.last else {
            guard name == "gexf" else { throw fail(event, "not a GEXF file: the root element is <\(name)>, not <gexf>") }
            contexts.append(.root)
            return
        }
        let next: Context
        switch (context, name) {
        case (.root, "graph"):
            guard !sawGraph else { throw fail(event, "more than one <graph> in the GEXF file") }
            next = try openGraph(attributes, event)
        case (.graph, "attributes"):
            switch attributes["class"] {
            case "node"?: next = .attributes(.node)
            case "edge"?: next = .attributes(.edge)
            case let other: throw fail(event, "<attributes> class must be 'node' or 'edge', not \(IdentifierCheck.quoted(other ?? ""))")
            }
        case (.attributes(let c), "attribute"):
            next = try declareAttribute(c, attributes, event)
        case (.attribute(let c, let id), "default"):
            text = ""
            next = .attributeDefault(c, id: id)
        case (.graph, "nodes"), (.node, "nodes"):
            next = .nodes
        case (.nodes, "node"):
            next = try openNode(attributes, event)
        case (.graph, "edges"):
            next = .edges
        case (.edges, "edge"):
            next = try openEdge(attributes, event)
        case (.node(let v), "attvalues"):
            next = .attvalues(.node, row: v)
        case (.edge(let e), "attvalues"):
            next = .attvalues(.edge, row: e)
        case (.attvalues(let c, let row), "attvalue"):
            try storeValue(c, row: row, attributes, event)
            next = .other
        default:
            next = .other
        }
        contexts.append(next)
    }

    mutating func openGraph(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        sawGraph = true
        switch attributes["defaultedgetype"] ?? "undirected" {
        case "directed": defaultDirected = true
        case "undirected", "mutual": defaultDirected = false
        case let other: throw fail(event, "defaultedgetype must be 'directed', 'undirected' or 'mutual', not \(IdentifierCheck.quoted(other))")
        }
        builder = GraphBuilder(directed: forcedDirection ?? defaultDirected)
        return .graph
    }

    mutating func declareAttribute(_ c: Class, _ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<attribute> without an id") }
        guard declared[c]![id] == nil else { throw fail(event, "duplicate attribute id \(IdentifierCheck.quoted(id))") }
        var title = attributes["title"] ?? id
        let typeName = attributes["type"] ?? "string"
        let type: AttributeType
        switch typeName {
        case "integer", "int", "long", "short", "byte": type = .integer
        case "float", "double": type = .double
        case "boolean": type = .bool
        case "string", "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte",
             "listshort", "listchar", "listbigdecimal", "listbiginteger", "anyURI", "date", "char", "bigdecimal", "biginteger":
            type = .string
        default:
            throw fail(event, "attribute \(IdentifierCheck.quoted(title)) has unknown type \(IdentifierCheck.quoted(typeName)) (GEXF types: integer, long, float, double, boolean, string, liststring, anyURI, …)")
        }
        if c == .edge, type != .string, type != .bool, title.lowercased() == "weight" { title = "weight" }
        if declared[c]!.values.contains(where: { $0.title == title }) {
            throw fail(event, "two \(c == .node ? "node" : "edge") attributes are titled \(IdentifierCheck.quoted(title))")
        }
        declared[c]![id] = Attribute(title: title, type: type, fallback: nil, location: location(event))
        return .attribute(c, id: id)
    }

    /// Declares the column of attribute `id` once its `<default>` (if any) is known.
    mutating func declareColumn(_ c: Class, _ id: String) throws(InputError) {
        let attribute = declared[c]![id]!
        if c == .edge, attribute.title == "kind" { return }
        var fallback: AttributeValue?
        if let text = attribute.fallback, !(text == "null" && attribute.type != .string),
           case .value(let value) = try parse(text, attribute, at: attribute.location) {
            fallback = value
        }
        switch (c, fallback) {
        case (.node, let value?): nodeAttributes.declare(attribute.title, type: attribute.type, default: value)
        case (.node, nil): nodeAttributes.declare(attribute.title, type: attribute.type)
        case (.edge, let value?): edgeAttributes.declare(attribute.title, type: attribute.type, default: value)
        case (.edge, nil): edgeAttributes.declare(attribute.title, type: attribute.type)
        }
    }

    mutating func openNode(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard builder != nil else { throw fail(event, "<node> outside a <graph>") }
        guard let id = attributes["id"], !id.isEmpty else { throw fail(event, "<node> without an id") }
        let before = builder!.nodeCount
        let v = builder!.addNode(id)
        guard builder!.nodeCount > before else { throw fail(event, "duplicate node id \(IdentifierCheck.quoted(id))") }
        if let w = IdentifierCheck.warning(for: id, at: location(event)) { warnings.append(w) }
        if let label = attributes["label"] { try set(.node, "label", row: v, .string(label), event) }
        return .node(v)
    }

    mutating func openEdge(_ attributes: [String: String], _ event: XMLEvent) throws(InputError) -> Context {
        guard builder != nil else { throw fail(event, "<edge> outside a <graph>") }
        guard let source = attributes["source"], let target = attributes["target"] else {
            throw fail(event, "<edge> needs both source and target")
        }
        if let type = attributes["type"] {
            let directed: Bool
            switch type {
            case "directed": directed = true
            case "undirected", "mutual": directed = false
            default: throw fail(event, "edge type must be 'directed', 'undirected' or 'mutual', not \(IdentifierCheck.quoted(type))")
            }
            if directed != defaultDirected {
                throw fail(event, "a \(type) edge in a graph whose defaultedgetype is \(defaultDirected ? "directed" : "undirected"); mixed graphs are not supported")
            }
        }
        let e = edges.count
        edges.append(PendingEdge(source: source, target: target, kind: attributes["kind"] ?? "", location: location(event)))
        if let w = attributes["weight"] {
            switch try parse(w, Attribute(title: "weight", type: .double, location: location(event)), at: location(event)) {
            case .value(let value): try set(.edge, "weight", row: e, value, event)
            case .missing, .nonFinite: break
            }
        }
        if let label = attributes["label"] { try set(.edge, "label", row: e, .string(label), event) }
        return .edge(e)
    }

    mutating func storeValue(_ c: Class, row: Int, _ attributes: [String: String], _ event: XMLEvent) throws(InputError) {
        guard let id = attributes["for"] ?? attributes["id"] else { throw fail(event, "<attvalue> without 'for'") }
        guard let attribute = declared[c]![id] else {
            throw fail(event, "<attvalue> refers to undeclared \(c == .node ? "node" : "edge") attribute \(IdentifierCheck.quoted(id))")
        }
        guard let text = attributes["value"] else { throw fail(event, "<attvalue> without a value") }
        if ["start", "end", "startopen", "endopen", "timestamp", "timestamps"].contains(where: { attributes[$0] != nil }),
           !warnedDynamic {
            warnedDynamic = true
            warnings.append(Diagnostic(location(event), "time intervals and timestamps are ignored: a dynamic attribute keeps its last value"))
        }
        if text == "null", attribute.type != .string { return }
        if c == .edge, attribute.title == "kind" {
            edges[row].kind = text
            return
        }
        switch try parse(text, attribute, at: location(event)) {
        case .value(let value): try set(c, attribute.title, row: row, value, event)
        case .missing: break
        case .nonFinite: nonFinite.note(attribute.title, at: location(event))
        }
    }

    func parse(_ text: String, _ attribute: Attribute, at location: SourceLocation) throws(InputError) -> TypedValueParsing.Outcome {
        do { return try TypedValueParsing.parse(text, as: attribute.type, name: attribute.title) } catch {
            throw InputError(location, error.message)
        }
    }

    mutating func set(_ c: Class, _ name: String, row: Int, _ value: AttributeValue, _ event: XMLEvent) throws(InputError) {
        do {
            switch c {
            case .node: try nodeAttributes.set(name, row: row, value)
            case .edge: try edgeAttributes.set(name, row: row, value)
            }
        } catch {
            throw fail(event, error.description)
        }
    }

    mutating func finish() throws(InputError) -> LoadedGraph {
        guard var builder else { throw InputError(file: file, "no <graph> element in the GEXF file") }
        try builder.addPendingEdges(edges)
        try builder.setNodeColumns(nodeAttributes, limits: limits, file: file)
        try builder.setEdgeColumns(edgeAttributes, limits: limits, file: file)
        return LoadedGraph(graph: builder.build(), warnings: warnings + nonFinite.warnings)
    }
}
