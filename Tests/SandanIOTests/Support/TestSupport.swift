import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// Runs `body`, which must throw an ``InputError``, and returns it (nil, with a recorded issue,
/// when it does not throw).
func inputError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(InputError) -> Void) -> InputError? {
    do {
        try body()
        Issue.record("expected an InputError", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Expects `body` to throw an ``InputError`` whose message contains `fragment`, at `line` and
/// `column` when given.
func expectInputError(_ fragment: String, line: Int? = nil, column: Int? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(InputError) -> Void) {
    guard let error = inputError(sourceLocation: sourceLocation, body) else { return }
    #expect(error.message.contains(fragment), "message: \(error.description)", sourceLocation: sourceLocation)
    if let line { #expect(error.location.line == line, "location: \(error.location)", sourceLocation: sourceLocation) }
    if let column { #expect(error.location.column == column, "location: \(error.location)", sourceLocation: sourceLocation) }
}

/// The ``OutputError`` `body` throws, recording an issue when it throws none.
func outputError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(OutputError) -> Void) -> OutputError? {
    do {
        try body()
        Issue.record("expected an OutputError", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Expects `body` to throw an ``OutputError`` whose message contains `fragment`.
func expectOutputError(_ fragment: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(OutputError) -> Void) {
    guard let error = outputError(sourceLocation: sourceLocation, body) else { return }
    #expect(error.message.contains(fragment), "message: \(error.description)", sourceLocation: sourceLocation)
}

typealias SourceLocation = Testing.SourceLocation
typealias FileLocation = SandanIO.SourceLocation

/// Reads `text` as a file of `format` through its bytes reader.
func read(_ text: String, as format: GraphFormat, file: String = "input", options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
    try read(bytes: Array(text.utf8), as: format, file: file, options: options)
}

/// Reads `bytes` as a file of `format` through its bytes reader.
func read(bytes: [UInt8], as format: GraphFormat, file: String = "input", options: ReadOptions = ReadOptions()) throws(InputError) -> LoadedGraph {
    switch format {
    case .edgeList: try EdgeListFormat.read(bytes, file: file, options: options)
    case .csv: try CSVFormat.read(bytes, file: file, options: options)
    case .json: try NodeLinkJSON.read(try TextDecoding.decode(bytes, file: file, encoding: options.encoding), file: file, options: options)
    case .graphml: try GraphMLFormat.read(bytes, file: file, options: options)
    case .gexf: try GEXFFormat.read(bytes, file: file, options: options)
    case .gml: try GMLFormat.read(bytes, file: file, options: options)
    case .pajek: try PajekFormat.read(bytes, file: file, options: options)
    case .dot: try DOTReader.read(bytes, file: file, options: options)
    case .dataset: throw InputError(file: file, "a dataset is a folder")
    case .xlsx: throw InputError(file: file, "a workbook is read from its file")
    case .ucinet: try UCINETFormat.read(try TextDecoding.decode(bytes, file: file, encoding: options.encoding), file: file, options: options)
    }
}

/// The graphs the round-trip tests write and read back.
enum SampleGraphs {
    /// A graph with everything a format may carry: Hangul ids and values, two edge kinds,
    /// weights, typed node and edge attributes (string, integer, double, bool; some missing), an
    /// isolated node, a self-loop and a pair of parallel edges. Ids hold no spaces, so that an
    /// edge list can carry them too.
    static func full(directed: Bool) -> Graph {
        var b = GraphBuilder(directed: directed)
        let gumi = b.addNode("gumi"), changwon = b.addNode("창원"), ulsan = b.addNode("ulsan-mipo"), alone = b.addNode("외딴섬")
        try! b.setNodeAttribute("name_ko", node: gumi, .string("구미국가산업단지"))
        try! b.setNodeAttribute("name_ko", node: changwon, .string("창원국가산업단지"))
        try! b.setNodeAttribute("name_ko", node: alone, .string("외딴 \"섬\", 농공단지"))
        try! b.setNodeAttribute("firms", node: gumi, .integer(2_300))
        try! b.setNodeAttribute("firms", node: changwon, .integer(-1))
        try! b.setNodeAttribute("lat", node: gumi, .double(36.1136))
        try! b.setNodeAttribute("lat", node: ulsan, .double(35.5))
        try! b.setNodeAttribute("smart", node: gumi, .bool(true))
        try! b.setNodeAttribute("smart", node: changwon, .bool(false))
        let edges = [(gumi, changwon, "anchor-link", 1.5, 2019, "a, \"quoted\" note"),
                     (gumi, changwon, "value-chain", 2.0, 2020, "parallel"),
                     (changwon, changwon, "cross-region", 0.25, 2021, "줄\n바꿈"),
                     (gumi, ulsan, "anchor-link", 3e-05, 2023, "")]
        for (u, v, kind, weight, year, note) in edges {
            let e = b.addEdge(u, v, kind: kind)
            try! b.setEdgeAttribute("weight", edge: e, .double(weight))
            try! b.setEdgeAttribute("year", edge: e, .integer(year))
            if !note.isEmpty { try! b.setEdgeAttribute("note", edge: e, .string(note)) }
        }
        try! b.setEdgeAttribute("verified", edge: 0, .bool(true))
        return b.build()
    }

    /// The same graph without line breaks in values (DOT cannot carry a backslash before one,
    /// and the edge list carries no attributes but the weight anyway).
    static func withoutLineBreaks(directed: Bool) -> Graph {
        let graph = full(directed: directed)
        var b = GraphBuilder(directed: directed)
        for v in 0..<graph.nodeCount { b.addNode(graph.ids[v]) }
        for e in 0..<graph.edgeCount { b.addEdge(graph.source(of: e), graph.target(of: e), kind: graph.kind(of: e)) }
        for name in graph.nodeAttributes.names { b.setNodeColumn(name, graph.nodeAttributes[name]!) }
        for name in graph.edgeAttributes.names {
            var column = graph.edgeAttributes[name]!
            if case .string(let values) = column { column = .string(values.map { $0?.replacingOccurrences(of: "\n", with: " ") }) }
            b.setEdgeColumn(name, column)
        }
        return b.build()
    }
}

/// The edges of `graph` as (source id, target id, kind) in edge order.
func edgeList(_ graph: Graph) -> [String] {
    (0..<graph.edgeCount).map { "\(graph.ids[graph.source(of: $0)])→\(graph.ids[graph.target(of: $0)]):\(graph.kind(of: $0))" }
}

/// Expects `b` to be `a`: direction, ids in order, edges in order with kinds, and every node
/// and edge attribute with its type and values.
func expectSameGraph(_ b: Graph, _ a: Graph, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(b.isDirected == a.isDirected, "\(comment)", sourceLocation: sourceLocation)
    #expect(b.ids.all == a.ids.all, "\(comment)", sourceLocation: sourceLocation)
    #expect(edgeList(b) == edgeList(a), "\(comment)", sourceLocation: sourceLocation)
    #expect(Set(b.nodeAttributes.names) == Set(a.nodeAttributes.names), "\(comment)", sourceLocation: sourceLocation)
    for name in a.nodeAttributes.names {
        #expect(b.nodeAttributes[name] == a.nodeAttributes[name], "\(comment) node attribute \(name)", sourceLocation: sourceLocation)
    }
    #expect(Set(b.edgeAttributes.names) == Set(a.edgeAttributes.names), "\(comment)", sourceLocation: sourceLocation)
    for name in a.edgeAttributes.names {
        #expect(b.edgeAttributes[name] == a.edgeAttributes[name], "\(comment) edge attribute \(name)", sourceLocation: sourceLocation)
    }
}

/// Writes `graph` to `name` in `folder` through ``GraphFile`` and reads it back.
func roundTrip(_ graph: Graph, as name: String, in folder: TemporaryFolder) throws -> LoadedGraph {
    let path = folder.file(name)
    try GraphFile.write(graph, to: path)
    return try GraphFile.read(path: path)
}
