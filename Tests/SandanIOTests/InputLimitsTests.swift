import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// Issue 13, items 7–9: inputs that do not end, inputs larger than the limit, and small inputs
/// that describe huge graphs are refused with a message naming the limit and its option, before
/// the memory or time is spent.
@Suite struct InputLimitsTests {
    // MARK: Item 7: unbounded reads

    @Test(arguments: ["g.edges", "g.csv", "g.json", "g.graphml", "g.gexf", "g.gml", "g.net", "g.dot"])
    func everyFormatHasTheSizeLimit(name: String) {
        let folder = TemporaryFolder()
        let path = folder.write(name, String(repeating: "x", count: 100))
        expectInputError("the file has 100 bytes, more than an input may have; the limit is 64 bytes (raise it with --max-input-size)") {
            () throws(InputError) in
            _ = try GraphFile.read(path: path, options: ReadOptions(limits: InputLimits(inputBytes: 64)))
        }
    }

    @Test func aFileAtTheLimitIsRead() throws {
        let folder = TemporaryFolder()
        let text = "a b\nb c\n"
        let path = folder.write("g.edges", text)
        let loaded = try GraphFile.read(path: path, options: ReadOptions(limits: InputLimits(inputBytes: text.utf8.count)))
        #expect(loaded.graph.edgeCount == 2)
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func aDeviceThatNeverEndsIsReadUpToTheLimit(device: String) {
        let folder = TemporaryFolder()
        let path = folder.file("g.edges")
        try! FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: device)
        expectInputError("reading stopped after 1048576 bytes (1 MiB): a pipe or device that does not end (such as /dev/zero) "
            + "cannot be a graph, and a longer input needs a higher limit; the limit is 1048576 bytes (1 MiB) (raise it with --max-input-size)") {
            () throws(InputError) in
            _ = try GraphFile.read(path: path, options: ReadOptions(limits: InputLimits(inputBytes: 1 << 20)))
        }
    }

    @Test func aFIFOFedForeverIsReadUpToTheLimit() throws {
        let folder = TemporaryFolder()
        let path = folder.file("fed.edges")
        #expect(mkfifo(path, 0o600) == 0)
        let writer = try RunningProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec yes 'a b' > \"$1\"", "sh", path],
                                        captureOutput: false)
        expectInputError("reading stopped after 65536 bytes (64 KiB)") { () throws(InputError) in
            _ = try GraphFile.read(path: path, options: ReadOptions(limits: InputLimits(inputBytes: 64 << 10)))
        }
        // The writer ends once the reader has closed the FIFO (SIGPIPE, or EPIPE where it is ignored).
        #expect(try writer.wait(seconds: 60).status != 0)
    }

    @Test func byteCountsInMessages() {
        #expect(InputLimits.bytes(268_435_456) == "268435456 bytes (256 MiB)")
        #expect(InputLimits.bytes(1_500) == "1500 bytes (1.5 KiB)")
        #expect(InputLimits.bytes(1_000) == "1000 bytes")
    }

    // MARK: Item 8: small inputs that explode

    /// `graph { {a0 … a(n-1)} -- {b0 … b(n-1)} }`: n² edges from O(n) bytes.
    static func groupProduct(_ n: Int) -> String {
        "graph { {" + (0..<n).map { "a\($0)" }.joined(separator: " ") + "} -- {" + (0..<n).map { "b\($0)" }.joined(separator: " ") + "} }"
    }

    @Test func aDOTEdgeStatementBetweenLargeGroupsIsRefusedBeforeGraphviz() {
        // 70 KB that would make 36 million edges (cgraph crashes with SIGSEGV on it).
        let text = Self.groupProduct(6_000)
        expectInputError("the edge statements so far make more than 5000000 edges (an edge between groups of p and q nodes makes "
            + "p × q); the limit is 5000000 (raise it with --max-edges)", line: 1, column: text.unicodeScalars.count - 2) {
            () throws(InputError) in
            _ = try read(text, as: .dot)
        }
    }

    @Test func theDOTEdgeCountIsExactForGroupsAndChains() throws {
        // {a b} -- {c d e}: 6 edges; x -- {y z} -- w: 2 + 2; {p -- q}: 1 inside a group.
        let text = "graph { {a b} -- {c d e}; x -- {y z} -- w; {p -- q} }"
        let graph = try read(text, as: .dot, options: ReadOptions(limits: InputLimits(edges: 11))).graph
        #expect(graph.edgeCount == 11)
        expectInputError("make more than 10 edges", line: 1, column: 50) { () throws(InputError) in
            _ = try read(text, as: .dot, options: ReadOptions(limits: InputLimits(edges: 10)))
        }
    }

    @Test func subgraphNamesPortsAndAttributeValuesAreNotCountedAsNodes() throws {
        let text = "digraph { subgraph s { a:n b } -> c:p:s [weight=2]; rank=same }"
        let graph = try read(text, as: .dot, options: ReadOptions(limits: InputLimits(edges: 2))).graph
        #expect(graph.edgeCount == 2)
    }

    /// A node-link JSON, GraphML, GML or GEXF file of `n` nodes, node i with its own attribute `k<i>`.
    static func ownAttributes(_ n: Int, as format: GraphFormat) -> String {
        switch format {
        case .json:
            return "{\"nodes\": [" + (0..<n).map { "{\"id\": \"v\($0)\", \"k\($0)\": 1}" }.joined(separator: ", ") + "], \"links\": []}"
        case .graphml:
            return "<graphml>" + (0..<n).map { "<key id=\"k\($0)\" for=\"node\" attr.name=\"k\($0)\" attr.type=\"int\"/>" }.joined()
                + "<graph edgedefault=\"undirected\">" + (0..<n).map { "<node id=\"v\($0)\"><data key=\"k\($0)\">1</data></node>" }.joined()
                + "</graph></graphml>"
        case .gml:
            return "graph [\n" + (0..<n).map { "node [ id \($0) label \"v\($0)\" k\($0) 1 ]\n" }.joined() + "]\n"
        case .gexf:
            return "<gexf version=\"1.3\"><graph defaultedgetype=\"undirected\"><attributes class=\"node\">"
                + (0..<n).map { "<attribute id=\"\($0)\" title=\"k\($0)\" type=\"integer\"/>" }.joined() + "</attributes><nodes>"
                + (0..<n).map { "<node id=\"v\($0)\"><attvalues><attvalue for=\"\($0)\" value=\"1\"/></attvalues></node>" }.joined()
                + "</nodes></graph></gexf>"
        default:
            return ""
        }
    }

    @Test(arguments: [GraphFormat.json, .graphml, .gml, .gexf])
    func aDistinctAttributeNamePerNodeIsRefused(format: GraphFormat) {
        expectInputError("the nodes have 257 distinct attribute names, more than a file may have; the limit is 256 "
            + "(raise it with --max-attributes)") { () throws(InputError) in
            _ = try read(Self.ownAttributes(257, as: format), as: format)
        }
    }

    @Test(arguments: [GraphFormat.json, .graphml, .gml, .gexf])
    func attributeCellsAreBoundedBeforeTheColumnsAreMadeDense(format: GraphFormat) throws {
        // 40 names × 40 nodes = 1,600 cells.
        let text = Self.ownAttributes(40, as: format)
        #expect(try read(text, as: format, options: ReadOptions(limits: InputLimits(attributeCells: 1_600))).graph.nodeCount == 40)
        expectInputError("40 node attributes for 40 nodes need 40 × 40 cells, more than a file may need; the limit is 1599 "
            + "(raise it with --max-attribute-cells)") { () throws(InputError) in
            _ = try read(text, as: format, options: ReadOptions(limits: InputLimits(attributeCells: 1_599)))
        }
    }

    @Test func aPajekVertexCountOverTheNodeLimitIsRefusedBeforeAnythingIsAllocated() {
        // 11 million vertices: under the per-byte rule for a 3 MB file, over the default node limit.
        let text = "*Vertices 11000000\n" + String(repeating: "% padding to three megabytes of comments\n", count: 75_000)
        expectInputError("*Vertices 11000000 declares more nodes than a file may; the limit is 10000000 (raise it with --max-nodes)",
                         line: 1, column: 11) { () throws(InputError) in
            _ = try read(text, as: .pajek)
        }
    }

    // MARK: Item 9: inputs that make the parsers quadratic

    @Test func manyDOTAttributeNamesAreRefusedBeforeGraphviz() {
        // 5,000 nodes each declaring their own attribute took cgraph 65 s.
        let text = "graph {\n" + (0..<5_000).map { "a\($0) [x\($0)=1];\n" }.joined() + "}"
        expectInputError("more than 256 distinct attribute names; the limit is 256 (raise it with --max-attributes)", line: 258, column: 7) {
            () throws(InputError) in
            _ = try read(text, as: .dot)
        }
    }

    @Test func attributeCellsOfDOTCountTheObjectsBeforeEachNewName() {
        // 100 nodes, then a new name: 100 cells; a second new name: 200 in all.
        let text = "graph {\n" + (0..<100).map { "a\($0);\n" }.joined() + "a0 [x=1]; a1 [y=1] }"
        expectInputError("the attribute names so far need more than 150 cells", line: 102, column: 15) { () throws(InputError) in
            _ = try read(text, as: .dot, options: ReadOptions(limits: InputLimits(attributeCells: 150)))
        }
    }

    @Test func longDOTStringsAreRefusedBeforeGraphviz() {
        let long = String(repeating: "가", count: 30_000)  // 90,000 bytes
        expectInputError("a string of 90000 bytes (87.9 KiB) is longer than a DOT string may be; the limit is 65536 bytes (64 KiB) "
            + "(raise it with --max-string-size)", line: 1, column: 18) { () throws(InputError) in
            _ = try read("graph { a [label=\"\(long)\"] }", as: .dot)
        }
        let piece = "\"" + String(repeating: "x", count: 10_000) + "\""
        expectInputError("a string of 70000 bytes") { () throws(InputError) in
            _ = try read("graph { a [label=" + Array(repeating: piece, count: 7).joined(separator: " + ") + "] }", as: .dot)
        }
    }

    @Test(arguments: [GraphFormat.graphml, .gexf])
    func anXMLElementWithTooManyAttributesIsRefusedBeforeLibxml2(format: GraphFormat) {
        let attributes = (0..<300).map { " a\($0)=\"1\"" }.joined()
        let text = format == .graphml ? "<graphml>\n<graph\(attributes)/></graphml>" : "<gexf>\n<graph\(attributes)/></gexf>"
        expectInputError("this tag has more than 256 attributes; the limit is 256 (raise it with --max-attributes)", line: 2, column: 1) {
            () throws(InputError) in
            _ = try read(text, as: format)
        }
    }

    @Test func aLongXMLAttributeValueIsRefused() {
        let text = "<graphml><graph edgedefault=\"undirected\"><node id=\"" + String(repeating: "v", count: 70_000) + "\"/></graph></graphml>"
        expectInputError("an attribute value of 70000 bytes (68.4 KiB) is longer than a value may be; the limit is 65536 bytes (64 KiB) "
            + "(raise it with --max-string-size)", line: 1, column: 51) { () throws(InputError) in
            _ = try read(text, as: .graphml)
        }
    }

    @Test func quotesInTextAndCommentsAreNotAttributes() throws {
        let text = "<graphml><!-- <a " + String(repeating: "b='1' ", count: 300) + "> --><graph edgedefault=\"undirected\">"
            + "<node id=\"a\"/></graph></graphml>"
        #expect(try read(text, as: .graphml).graph.nodeCount == 1)
    }
}
