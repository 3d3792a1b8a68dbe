import SandanGraph
@testable import SandanIO
import Testing

@Suite struct NodeLinkJSONReaderTests {
    /// The shape `networkx.node_link_data` writes (3.4 and later: "edges"; before: "links").
    @Test(arguments: ["edges", "links"])
    func readsNetworkXNodeLink(edgesKey: String) throws {
        let text = """
        {"directed": true, "multigraph": true, "graph": {"name": "x"},
         "nodes": [{"id": "gumi", "firms": 2300, "lat": 36.1, "smart": true, "name": "구미"}, {"id": 7}],
         "\(edgesKey)": [{"source": "gumi", "target": 7, "kind": "anchor-link", "weight": 1.5, "key": 0},
                         {"source": 7, "target": 7, "weight": 2, "key": 0}]}
        """
        let graph = try read(text, as: .json).graph
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["gumi", "7"])
        #expect(edgeList(graph) == ["gumi→7:anchor-link", "7→7:"])
        #expect(graph.nodeAttributes["firms"] == .integer([2300, nil]))
        #expect(graph.nodeAttributes["smart"] == .bool([true, nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1.5, 2]))
        #expect(graph.edgeAttributes["key"] == nil)
    }

    /// JSONSerialization gives up near 512 levels without saying where; Sandan stops at 200,
    /// at the bracket that goes too deep.
    @Test func nesting100000DeepIsLocated() {
        let text = String(repeating: "[", count: 100_000)
        expectInputError("JSON nested deeper than 200 levels", line: 1, column: 201) { () throws(InputError) in
            _ = try read(text, as: .json)
        }
    }

    @Test func duplicateKeysAreRefused() {
        let text = "{\"nodes\": [\n  {\"id\": \"a\", \"id\": \"b\"}],\n \"edges\": []}"
        expectInputError("duplicate key \"id\" in one object (refused: readers disagree on which one wins)", line: 2, column: 15) {
            () throws(InputError) in _ = try read(text, as: .json)
        }
    }

    /// The value starts at line 2, column 52; "-Infinity" is reported at its "I".
    @Test(arguments: [("NaN", "NaN and Infinity are not JSON", 52), ("-Infinity", "NaN and Infinity are not JSON", 53),
                      ("1e400", "number '1e400' is out of range", 52)])
    func nonFiniteNumbersAreRefused(number: String, message: String, column: Int) {
        let text = "{\"nodes\": [{\"id\": \"a\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": \(number)}]}"
        expectInputError(message, line: 2, column: column) { () throws(InputError) in _ = try read(text, as: .json) }
    }

    @Test func truncatedJSONIsAnError() {
        expectInputError("unexpected end of file: the JSON is truncated", line: 2) { () throws(InputError) in
            _ = try read("{\"nodes\": [{\"id\": \"a\"},\n", as: .json)
        }
    }

    @Test func aTrailingCommaIsAnError() {
        expectInputError("unexpected character; expected a JSON value", line: 1, column: 24) { () throws(InputError) in
            _ = try read("{\"nodes\": [{\"id\": \"a\"},]}", as: .json)
        }
    }

    @Test func anEdgeToAnUndeclaredNodeIsAnError() {
        let text = "{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"z\"}]}"
        expectInputError("target 'z' is not in \"nodes\"", line: 1, column: 62) { () throws(InputError) in _ = try read(text, as: .json) }
    }

    @Test func duplicateNodeIdsAreAnError() {
        expectInputError("duplicate node id 'a'", line: 1, column: 32) { () throws(InputError) in
            _ = try read("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", as: .json)
        }
    }

    /// NetworkX writes JSON on one line; a 2 MB line must not make column counting quadratic.
    /// (Not timed: the test would hang for minutes if it were.)
    @Test func aLongSingleLineIsRead() throws {
        let nodes = (0..<20_000).map { "{\"id\": \"n\($0)\", \"x\": \($0)}" }.joined(separator: ", ")
        let edges = (0..<20_000).map { "{\"source\": \"n\($0)\", \"target\": \"n\(($0 + 1) % 20_000)\"}" }.joined(separator: ", ")
        let graph = try read("{\"nodes\": [\(nodes)], \"edges\": [\(edges)]}", as: .json).graph
        #expect(graph.nodeCount == 20_000)
        #expect(graph.edgeCount == 20_000)
        #expect(graph.nodeAttributes.value("x", at: 19_999) == .integer(19_999))
    }
}
