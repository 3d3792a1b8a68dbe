import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// Random graphs through every writer and back through its reader: the graph read back is the
/// graph written, except for what the format cannot carry, and the writer warns exactly when
/// something is lost. What each format loses is stated here, independently of the writers, in
/// ``FormatModel/expected(_:)``.
///
/// The graphs (seeded, so a failure names its seed) are directed or undirected, with 1–7 nodes
/// (isolated ones, Hangul ids, ids with blanks and brackets; an attribute name with a blank
/// and brackets), 0–9 edges (self-loops and
/// parallel edges), kinds on some edges, weights on every edge, on some or on none, and node and
/// edge attributes of every type with missing values. Weights are doubles or integers (which
/// every format but GraphML, JSON, GML and DOT reads back as doubles, with a warning). Strings
/// hold no line breaks or backslashes (DOT refuses some of them; ``RoundTripTests`` covers line
/// breaks where they are carried).
@Suite struct RoundTripPropertyTests {
    static let seeds = 0..<150

    @Test(arguments: ["g.graphml", "g.gexf", "g.json", "g.gml", "g.gv", "g.csv", "g.edges", "g.net"])
    func randomGraphsReadBackAsWritten(name: String) throws {
        let folder = TemporaryFolder()
        let format = try GraphFormat.of(extensionOf: name)
        for seed in Self.seeds {
            let graph = RandomGraph(seed: UInt64(seed)).graph
            let model = FormatModel(format: format, graph: graph)
            let path = folder.file(name)
            let warnings: [Diagnostic]
            do {
                warnings = try GraphFile.write(graph, to: path)
            } catch {
                #expect(model.refuses, "seed \(seed): \(name) refused: \(error)")
                continue
            }
            #expect(!model.refuses, "seed \(seed): \(name) should have refused")
            let back = try GraphFile.read(path: path).graph
            let (expected, lossy) = model.expected()
            expectSameGraph(back, expected, "seed \(seed) \(name)")
            #expect(warnings.isEmpty == !lossy, "seed \(seed) \(name): warnings \(warnings.map(\.message)), lossy \(lossy)")
        }
    }
}

/// What a format keeps of a graph, written from each format's documentation.
struct FormatModel {
    let format: GraphFormat
    let graph: Graph

    /// Whether the writer refuses the graph: an edge list cannot hold an id with a blank, GML
    /// an attribute name that is not a GML key (letters, digits, `_`).
    var refuses: Bool {
        switch format {
        case .edgeList: graph.ids.all.contains { $0.contains(" ") }
        case .gml: (graph.nodeAttributes.names + graph.edgeAttributes.names).contains { $0.contains(" ") }
        default: false
        }
    }

    /// The graph the reader should give back, and whether anything is lost (so the writer must
    /// warn).
    func expected() -> (Graph, lossy: Bool) {
        var gained: String?   // a node column the format adds (not a loss, so no warning)
        var directed = graph.isDirected
        var kinds = (0..<graph.edgeCount).map { graph.kind(of: $0) }
        var nodeColumns = graph.nodeAttributes.names.map { ($0, graph.nodeAttributes[$0]!) }
        var edgeColumns = graph.edgeAttributes.names.map { ($0, graph.edgeAttributes[$0]!) }
        let weight = graph.edgeAttributes["weight"]
        let hasKinds = kinds.contains { !$0.isEmpty }
        switch format {
        case .graphml, .json, .dataset, .xlsx, .ucinet:   // the last three are not among this test's formats
            break
        case .gexf:
            nodeColumns = nodeColumns.map { $0.0 == "label" ? ($0.0, strings($0.1)) : $0 }
            // Without a label, GEXF's node label is the name (what Gephi shows), read back as `label`.
            if !nodeColumns.contains(where: { $0.0 == "label" }),
               let name = ["name_ko", "name", "name_en"].lazy.compactMap({ n in nodeColumns.first { $0.0 == n } }).first {
                nodeColumns.append(("label", strings(name.1)))
                gained = "label"
            }
            edgeColumns = edgeColumns.map { $0.0 == "weight" ? ($0.0, doubles($0.1)) : $0 }
        case .gml:
            nodeColumns = nodeColumns.map { ($0.0, integersForBooleans($0.1)) }
            edgeColumns = edgeColumns.map { ($0.0, integersForBooleans($0.1)) }
        case .csv, .dot:
            if format == .csv { directed = false }
            nodeColumns = nodeColumns.map { ($0.0, retypedAsText($0.1)) }
            edgeColumns = edgeColumns.map { ($0.0, retypedAsText($0.1)) }
            if format == .csv { edgeColumns = edgeColumns.map { $0.0 == "weight" ? ($0.0, doubles($0.1)) : $0 } }
        case .edgeList:
            kinds = kinds.map { _ in "" }
            nodeColumns = []
            let complete = weight.map { w in (0..<graph.edgeCount).allSatisfy { w[$0] != nil } } ?? false
            edgeColumns = complete ? [("weight", doubles(weight!))] : []
        case .pajek:
            nodeColumns = []
            if weight != nil || hasKinds {
                edgeColumns = [("weight", .double((0..<graph.edgeCount).map { weight?[$0]?.numericValue ?? 1 }))]
            } else {
                edgeColumns = []
            }
        }
        func build(_ nodeColumns: [(String, AttributeColumn)]) -> Graph {
            var b = GraphBuilder(directed: directed)
            for id in graph.ids.all { b.addNode(id) }
            for e in 0..<graph.edgeCount { b.addEdge(graph.source(of: e), graph.target(of: e), kind: kinds[e]) }
            for (name, column) in nodeColumns { b.setNodeColumn(name, column) }
            for (name, column) in edgeColumns { b.setEdgeColumn(name, column) }
            return b.build()
        }
        return (build(nodeColumns), !same(build(nodeColumns.filter { $0.0 != gained }), graph))
    }

    /// An integer column as the doubles a weight is read back as.
    func doubles(_ column: AttributeColumn) -> AttributeColumn {
        guard case .integer(let values) = column else { return column }
        return .double(values.map { $0.map(Double.init) })
    }

    /// A column as text (GEXF's `label`).
    func strings(_ column: AttributeColumn) -> AttributeColumn {
        .string((0..<column.count).map { column[$0]?.description })
    }

    /// GML has no booleans: 1 and 0.
    func integersForBooleans(_ column: AttributeColumn) -> AttributeColumn {
        guard case .bool(let values) = column else { return column }
        return .integer(values.map { $0.map { $0 ? 1 : 0 } })
    }

    /// A column as CSV and DOT give it back: the generator's numeric strings ("12") become
    /// integers and its empty strings missing values; other columns keep their type.
    func retypedAsText(_ column: AttributeColumn) -> AttributeColumn {
        guard case .string(let values) = column else { return column }
        let present = values.compactMap { $0 }.filter { !$0.isEmpty }
        if !present.isEmpty, present.allSatisfy({ RandomGraph.numericTexts.contains($0) }) {
            return .integer(values.map { $0.flatMap { Int($0) } })
        }
        return .string(values.map { $0 == "" ? nil : $0 })
    }

    /// Whether `a` and `b` are the same graph in every respect ``expectSameGraph`` checks.
    func same(_ a: Graph, _ b: Graph) -> Bool {
        a.isDirected == b.isDirected && a.ids.all == b.ids.all && edgeList(a) == edgeList(b)
            && Set(a.nodeAttributes.names) == Set(b.nodeAttributes.names)
            && a.nodeAttributes.names.allSatisfy { a.nodeAttributes[$0] == b.nodeAttributes[$0] }
            && Set(a.edgeAttributes.names) == Set(b.edgeAttributes.names)
            && a.edgeAttributes.names.allSatisfy { a.edgeAttributes[$0] == b.edgeAttributes[$0] }
    }
}

/// A random graph from a seed (SplitMix64), as described in ``RoundTripPropertyTests``.
struct RandomGraph {
    static let ids = ["구미", "창원 국가산업단지", "a b", "[1]", "x[2]", "(y)", "node", "Graph", "7", "울산-미포", "반월시화", "p.q", "ü"]
    static let plainIDs = ["구미", "[1]", "x[2]", "(y)", "node", "Graph", "7", "울산-미포", "반월시화", "p.q", "ü"]
    static let texts = ["구미국가산업단지", "a, \"quoted\" note", "[bracket]", "tab\there", "x<y>&z", "Ü", "  padded  "]
    static let numericTexts = ["12", "7", "-3"]
    static let kinds = ["anchor-link", "value-chain", "교차 지역", ""]

    private var state: UInt64
    private(set) var graph: Graph

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        graph = GraphBuilder(directed: false).build()
        graph = make()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1000) < p * 1000 }
    mutating func pick<T>(_ array: [T]) -> T { array[int(0...array.count - 1)] }

    /// `count` values from `make`, each missing with probability 1/4, at least one present.
    mutating func values<T>(_ count: Int, _ make: (inout RandomGraph) -> T) -> [T?] {
        var result: [T?] = []
        for _ in 0..<count { result.append(chance(0.25) ? nil : make(&self)) }
        if count > 0, !result.contains(where: { $0 != nil }) { result[0] = make(&self) }
        return result
    }

    mutating func make() -> Graph {
        var b = GraphBuilder(directed: chance(0.5))
        var pool = chance(0.5) ? Self.ids : Self.plainIDs
        let n = int(1...7)
        for _ in 0..<n { b.addNode(pool.remove(at: int(0...pool.count - 1))) }
        let m = chance(0.15) ? 0 : int(1...9)
        let withKinds = chance(0.5)
        for _ in 0..<m { b.addEdge(int(0...n - 1), int(0...n - 1), kind: withKinds ? pick(Self.kinds) : "") }
        switch m > 0 ? int(0...3) : 3 {
        case 0: b.setEdgeColumn("weight", .double((0..<m).map { _ in Double(int(1...400)) / 8 }))
        case 1: b.setEdgeColumn("weight", .double(values(m) { Double($0.int(1...400)) / 8 }))
        case 2: b.setEdgeColumn("weight", .integer((0..<m).map { _ in int(1...9) }))
        default: break
        }
        if chance(0.7) { b.setNodeColumn("name_ko", .string(values(n) { $0.pick(Self.texts) })) }
        if chance(0.4) { b.setNodeColumn("firms", .integer(values(n) { $0.int(-5...5000) })) }
        if chance(0.4) { b.setNodeColumn("lat", .double(values(n) { Double($0.int(-9000...9000)) / 256 })) }
        if chance(0.4) { b.setNodeColumn("smart", .bool(values(n) { $0.chance(0.5) })) }
        if chance(0.2) { b.setNodeColumn("code", .string(values(n) { $0.pick(Self.numericTexts) })) }
        if chance(0.3) {
            b.setNodeColumn("label", chance(0.7) ? .string(values(n) { $0.pick(Self.texts) }) : .integer(values(n) { $0.int(1...99) }))
        }
        if chance(0.15) { b.setNodeColumn("area [km²]", .double(values(n) { Double($0.int(1...99)) / 4 })) }
        if m > 0 {
            if chance(0.4) { b.setEdgeColumn("year", .integer(values(m) { $0.int(2010...2024) })) }
            if chance(0.4) { b.setEdgeColumn("note", .string(values(m) { $0.pick(Self.texts + [""]) })) }
            if chance(0.3) { b.setEdgeColumn("verified", .bool(values(m) { $0.chance(0.5) })) }
            if chance(0.3) { b.setEdgeColumn("share", .double(values(m) { Double($0.int(0...100)) / 100 })) }
        }
        return b.build()
    }
}
