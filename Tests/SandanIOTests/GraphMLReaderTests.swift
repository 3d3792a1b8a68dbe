import SandanGraph
@testable import SandanIO
import Testing

@Suite struct GraphMLReaderTests {
    /// The shape NetworkX's `write_graphml` gives, with a few things it does not write: a
    /// `for="all"` key, a default, an edge before its nodes, a nested graph and yEd drawing data.
    static let valid = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key id="d0" for="node" attr.name="name_ko" attr.type="string"/>
      <key id="d1" for="node" attr.name="firms" attr.type="int"><default>0</default></key>
      <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
      <key id="d3" for="edge" attr.name="kind" attr.type="string"/>
      <key id="d4" for="all" attr.name="smart" attr.type="boolean"/>
      <key id="d5" for="graph" attr.name="title" attr.type="string"/>
      <key id="d6" for="node" yfiles.type="nodegraphics"/>
      <key id="d7" for="edge" attr.name="year" attr.type="long"/>
      <graph id="G" edgedefault="directed">
        <data key="d5">national</data>
        <edge source="gumi" target="changwon"><data key="d2">1.5</data><data key="d3">anchor-link</data><data key="d7">2019</data></edge>
        <node id="gumi"><data key="d0">구미</data><data key="d1">2300</data><data key="d4">true</data>
          <data key="d6"><y:ShapeNode><y:NodeLabel>drawing only</y:NodeLabel></y:ShapeNode></data></node>
        <node id="changwon"><data key="d0">창원 &amp; 마산</data><data key="d4">False</data></node>
        <node id="cluster"><graph id="cluster:" edgedefault="directed"><node id="inner"/></graph></node>
        <edge source="changwon" target="changwon" directed="true"><data key="d2"> 2 </data><data key="d4">1</data></edge>
        <edge source="gumi" target="changwon"><data key="d3">value-chain</data></edge>
      </graph>
    </graphml>
    """

    @Test func readsTypedKeysDefaultsKindsAndNestedGraphs() throws {
        let loaded = try read(Self.valid, as: .graphml)
        let graph = loaded.graph
        #expect(loaded.warnings.isEmpty)
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["gumi", "changwon", "cluster", "inner"])
        #expect(edgeList(graph) == ["gumi→changwon:anchor-link", "changwon→changwon:", "gumi→changwon:value-chain"])
        #expect(graph.nodeAttributes["name_ko"] == .string(["구미", "창원 & 마산", nil, nil]))
        #expect(graph.nodeAttributes["firms"] == .integer([2300, 0, 0, 0]), "the default fills the others")
        #expect(graph.nodeAttributes["smart"] == .bool([true, false, nil, nil]))
        #expect(graph.edgeAttributes["smart"] == .bool([nil, true, nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1.5, 2, nil]))
        #expect(graph.edgeAttributes["year"] == .integer([2019, nil, nil]))
        #expect(graph.edgeAttributes["kind"] == nil)
        #expect(graph.nodeAttributes["title"] == nil && graph.edgeAttributes["d6"] == nil && graph.nodeAttributes["d6"] == nil)
    }

    @Test func edgedefaultUndirectedAndTheDefaultDirection() throws {
        #expect(try !read("<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>", as: .graphml).graph.isDirected)
        #expect(try !read("<graphml><graph><node id=\"a\"/></graph></graphml>", as: .graphml).graph.isDirected,
                "without edgedefault, undirected as NetworkX reads it")
        #expect(try read("<graphml><graph><node id=\"a\"/></graph></graphml>", as: .graphml,
                         options: ReadOptions(directed: true)).graph.isDirected)
    }

    @Test func laterGraphsAreSkippedWithAWarning() throws {
        let loaded = try read("<graphml><graph><node id=\"a\"/></graph>\n<graph><node id=\"b\"/></graph></graphml>", as: .graphml)
        #expect(loaded.graph.ids.all == ["a"])
        #expect(loaded.warnings.map(\.message) == ["only the first <graph> is read; later graphs are skipped"])
    }

    /// igraph writes a missing numeric value as NaN: a missing value, with one warning.
    @Test func nanInAnAttributeOtherThanWeightIsMissing() throws {
        let text = """
        <graphml><key id="x" for="node" attr.name="lat" attr.type="double"/><graph>
        <node id="a"><data key="x">NaN</data></node><node id="b"><data key="x">INF</data></node>
        <node id="c"><data key="x">1.5</data></node></graph></graphml>
        """
        let loaded = try read(text, as: .graphml)
        #expect(loaded.graph.nodeAttributes["lat"] == .double([nil, nil, 1.5]))
        #expect(loaded.warnings.map(\.message) == ["attribute 'lat': 2 values are NaN or infinite; kept as missing values"])
        #expect(loaded.warnings.first?.location.line == 2)
    }

    // MARK: Errors, each with its line (libxml2 reports the column near the end of the tag)

    static func keyed(_ keys: String, _ body: String) -> String {
        "<graphml>\n\(keys)\n<graph edgedefault=\"undirected\">\n\(body)\n</graph></graphml>"
    }

    @Test func anUnknownAttributeTypeIsAnError() {
        expectInputError("key 'd0' has unknown attr.type 'decimal' (GraphML types: boolean, int, long, float, double, string)",
                         line: 2) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"d0\" for=\"node\" attr.name=\"x\" attr.type=\"decimal\"/>", ""), as: .graphml)
        }
    }

    @Test func duplicateNodeIdsAreAnError() {
        expectInputError("duplicate node id 'a' (first declared at line 4)", line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("", "<node id=\"a\"/>\n<node id=\"a\"/>"), as: .graphml)
        }
    }

    @Test func duplicateKeysAreAnError() {
        expectInputError("duplicate key id 'd0'", line: 3) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"d0\" for=\"node\"/>\n<key id=\"d0\" for=\"edge\"/>", ""), as: .graphml)
        }
        expectInputError("keys 'd0' and 'd1' both name the node attribute 'x'", line: 3) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"d0\" for=\"node\" attr.name=\"x\"/>\n<key id=\"d1\" for=\"all\" attr.name=\"x\"/>", ""), as: .graphml)
        }
    }

    @Test func dataForAnUndeclaredKeyIsAnError() {
        expectInputError("<data> refers to undeclared key 'd9'", line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("", "<node id=\"a\">\n<data key=\"d9\">1</data></node>"), as: .graphml)
        }
    }

    @Test func aNodeKeyOnAnEdgeIsAnError() {
        expectInputError("key 'd0' is declared for nodes, but used on an edge", line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"d0\" for=\"node\" attr.name=\"x\"/>",
                                    "<node id=\"a\"/><edge source=\"a\" target=\"a\">\n<data key=\"d0\">1</data></edge>"), as: .graphml)
        }
    }

    @Test(arguments: [
        ("int", "x", "attribute 'v': 'x' is not an integer"),
        ("long", "9223372036854775808", "attribute 'v': '9223372036854775808' is out of range for a 64-bit integer"),
        ("double", "1,5", "attribute 'v': '1,5' is not a decimal number"),
        ("boolean", "yes", "attribute 'v': 'yes' is not a boolean (true, false, 1 or 0)"),
    ])
    func valuesThatDoNotFitTheirTypeAreAnError(type: String, value: String, message: String) {
        expectInputError(message, line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"d0\" for=\"node\" attr.name=\"v\" attr.type=\"\(type)\"/>",
                                    "<node id=\"a\">\n<data key=\"d0\">\(value)</data></node>"), as: .graphml)
        }
    }

    @Test(arguments: [("NaN", "bad weight: 'NaN' is NaN; weights must be finite numbers"),
                      ("-INF", "bad weight: '-INF' is infinite or out of range; weights must be finite numbers"),
                      ("1e400", "bad weight: '1e400' is infinite or out of range; weights must be finite numbers")])
    func nonFiniteWeightsAreAnError(value: String, message: String) {
        expectInputError(message, line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
                                    "<node id=\"a\"/><edge source=\"a\" target=\"a\">\n<data key=\"w\">\(value)</data></edge>"), as: .graphml)
        }
    }

    @Test func anEdgeToAnUndeclaredNodeIsAnError() {
        expectInputError("edge target 'zz' is not a declared node", line: 5) { () throws(InputError) in
            _ = try read(Self.keyed("", "<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>"), as: .graphml)
        }
    }

    @Test func mixedGraphsAreAnError() {
        expectInputError("a directed edge in a graph whose edgedefault is undirected; mixed graphs are not supported", line: 4) {
            () throws(InputError) in
            _ = try read(Self.keyed("", "<node id=\"a\"/><edge source=\"a\" target=\"a\" directed=\"true\"/>"), as: .graphml)
        }
    }

    @Test func hyperedgesAreRefused() {
        expectInputError("hyperedges are not supported", line: 4) { () throws(InputError) in
            _ = try read(Self.keyed("", "<node id=\"a\"/><hyperedge><endpoint node=\"a\"/></hyperedge>"), as: .graphml)
        }
    }

    @Test func otherRootsAndMissingGraphsAreAnError() {
        expectInputError("not a GraphML file: the root element is <gexf>, not <graphml>", line: 1) { () throws(InputError) in
            _ = try read("<gexf><graph/></gexf>", as: .graphml)
        }
        expectInputError("no <graph> element in the GraphML file") { () throws(InputError) in
            _ = try read("<graphml><key id=\"a\"/></graphml>", as: .graphml)
        }
    }

    /// What yEd writes: drawing data in `y:ShapeNode` (and a group's `y:ProxyAutoBoundsNode`)
    /// whose `y:NodeLabel` is the label, `y:EdgeLabel` on an edge, resources at the end.
    static let yEd = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
    xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
      <!--Created by yEd 3.23.2-->
      <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
      <key for="port" id="d1" yfiles.type="portgraphics"/>
      <key attr.name="url" attr.type="string" for="node" id="d4"/>
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <key for="graphml" id="d7" yfiles.type="resources"/>
      <key for="edge" id="d10" yfiles.type="edgegraphics"/>
      <graph edgedefault="directed" id="G">
        <data key="d0"/>
        <node id="n0">
          <data key="d4"><![CDATA[http://example.org/gumi]]></data>
          <data key="d6">
            <y:ShapeNode>
              <y:Geometry height="30.0" width="60.0" x="100.0" y="50.0"/>
              <y:Fill color="#FFCC00" transparent="false"/>
              <y:NodeLabel alignment="center" fontFamily="Dialog" fontSize="12" visible="true" xml:space="preserve" x="4.5" y="6.0">구미 국가산업단지<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel><y:ModelParameter><y:SmartNodeLabelModelParameter labelRatioX="0.0" labelRatioY="0.0"/></y:ModelParameter></y:NodeLabel>
              <y:Shape type="roundrectangle"/>
            </y:ShapeNode>
          </data>
        </node>
        <node id="n1" yfiles.foldertype="group">
          <data key="d6">
            <y:ProxyAutoBoundsNode>
              <y:Realizers active="0">
                <y:GroupNode><y:NodeLabel alignment="right" modelName="internal">Changwon cluster</y:NodeLabel></y:GroupNode>
                <y:GroupNode><y:NodeLabel alignment="right" modelName="internal">Folder 1</y:NodeLabel></y:GroupNode>
              </y:Realizers>
            </y:ProxyAutoBoundsNode>
          </data>
          <graph edgedefault="directed" id="n1:">
            <node id="n1::n0">
              <data key="d6"><y:GenericNode configuration="com.yworks.flowchart.process"><y:NodeLabel/><y:NodeLabel>
              Process
              </y:NodeLabel></y:GenericNode></data>
            </node>
          </graph>
        </node>
        <node id="n2"><data key="d6"><y:ShapeNode><y:Shape type="ellipse"/></y:ShapeNode></data></node>
        <edge id="e0" source="n0" target="n1::n0">
          <data key="d10"><y:PolyLineEdge><y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/><y:Arrows source="none" target="standard"/>\
    <y:EdgeLabel alignment="center" distance="2.0">supplies<y:LabelModel><y:SmartEdgeLabelModel/></y:LabelModel></y:EdgeLabel></y:PolyLineEdge></data>
        </edge>
        <edge id="e1" source="n1::n0" target="n2"/>
      </graph>
      <data key="d7"><y:Resources/></data>
    </graphml>
    """

    @Test func yEdLabelsBecomeTheLabelAttribute() throws {
        let loaded = try read(Self.yEd, as: .graphml)
        let graph = loaded.graph
        #expect(graph.ids.all == ["n0", "n1", "n1::n0", "n2"])
        #expect(graph.nodeAttributes["label"] == .string(["구미 국가산업단지", "Changwon cluster", "Process", nil]))
        #expect(graph.nodeAttributes["url"] == .string(["http://example.org/gumi", nil, nil, nil]))
        #expect(graph.edgeAttributes["label"] == .string(["supplies", nil]))
        #expect(Set(graph.nodeAttributes.names) == ["label", "url"])
        #expect(loaded.warnings.isEmpty, "yEd's drawing keys are not structured data to warn about")
    }

    /// A key whose values are XML elements (another tool's structured data) is dropped with
    /// one warning, instead of becoming a whitespace attribute; text values of the same key on
    /// other nodes are kept.
    @Test func structuredDataIsDroppedWithOneWarning() throws {
        let text = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="g" for="node" attr.name="geometry" attr.type="string"/>
          <key id="m" for="node" attr.name="meta" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="a"><data key="g">
              <point x="1" y="2"/>
            </data><data key="m">plain</data></node>
            <node id="b"><data key="g"><point x="3" y="4"/></data><data key="m"><x/>mixed</data></node>
          </graph>
        </graphml>
        """
        let loaded = try read(text, as: .graphml)
        #expect(loaded.graph.nodeAttributes.names == ["meta"], "a key that never holds text makes no column")
        #expect(loaded.graph.nodeAttributes["meta"] == .string(["plain", nil]))
        #expect(loaded.warnings.map(\.message) == ["key 'g' ('geometry') holds XML elements, not text; such values are dropped",
                                                   "key 'm' ('meta') holds XML elements, not text; such values are dropped"])
        #expect(loaded.warnings.map(\.location.line) == [5, 8])
    }

    /// Ids and attribute names that are not XML name tokens are written as name tokens (valid
    /// against the GraphML schema) with the originals beside them, and read back as they were.
    @Test func idsAndNamesThatAreNotNameTokensRoundTrip() throws {
        var b = GraphBuilder(directed: true)
        for id in ["a b", "[1]", "a_x0020_b", "구미", "#7"] { b.addNode(id) }
        b.addEdge(0, 1)
        b.addEdge(3, 4)
        b.setNodeColumn("name ko", .string(["가", nil, nil, "구미", nil]))
        b.setEdgeColumn("weight [t]", .double([1.5, 2]))
        let graph = b.build()
        let text = String(decoding: try GraphMLFormat.write(graph, file: "g.graphml"), as: UTF8.self)
        #expect(text.contains(#"<key id="n0" for="node" attr.name="name_x0020_ko" attr.type="string"><desc>name ko</desc></key>"#))
        #expect(text.contains(#"<key id="sandan_id" for="node" attr.name="id" attr.type="string"/>"#))
        #expect(text.contains(#"<node id="a_x0020_b_2"><data key="sandan_id">a b</data><data key="n0">가</data></node>"#),
                "the encoding of 'a b' is taken by another id: made unique")
        #expect(text.contains(#"<node id="_x005B_1_x005D_"><data key="sandan_id">[1]</data></node>"#))
        #expect(text.contains(#"<node id="구미"><data key="sandan_id">구미</data><data key="n0">구미</data></node>"#),
                "a Hangul id is a name token; its original is there too, for igraph")
        #expect(text.contains(#"<edge source="a_x0020_b_2" target="_x005B_1_x005D_">"#))
        expectSameGraph(try read(text, as: .graphml).graph, graph)
    }
}
