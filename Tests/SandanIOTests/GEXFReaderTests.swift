import SandanGraph
@testable import SandanIO
import Testing

@Suite struct GEXFReaderTests {
    /// What Gephi 0.10 exports (GEXF 1.3, `viz:` data, edge ids, labels, weights), with
    /// attributes of several types and a default.
    static let gephi = """
    <?xml version='1.0' encoding='UTF-8'?>
    <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
      <meta lastmodifieddate="2024-04-29"><creator>Gephi 0.10.1</creator></meta>
      <graph defaultedgetype="directed" mode="static">
        <attributes class="node" mode="static">
          <attribute id="0" title="firms" type="integer"><default>0</default></attribute>
          <attribute id="1" title="lat" type="double"/>
          <attribute id="2" title="smart" type="boolean"/>
          <attribute id="3" title="industries" type="liststring"/>
        </attributes>
        <attributes class="edge" mode="static">
          <attribute id="k" title="kind" type="string"/>
          <attribute id="y" title="year" type="long"/>
        </attributes>
        <nodes>
          <node id="gumi" label="구미국가산업단지">
            <attvalues><attvalue for="0" value="2300"/><attvalue for="1" value="36.11"/><attvalue for="2" value="true"/>
              <attvalue for="3" value="[전자, 기계]"/></attvalues>
            <viz:size value="10.0"/><viz:position x="1.0" y="2.0"/>
          </node>
          <node id="changwon" label="창원"><nodes><node id="inner"/></nodes></node>
        </nodes>
        <edges>
          <edge id="0" source="gumi" target="changwon" label="거점-연계" weight="1.5">
            <attvalues><attvalue for="k" value="anchor-link"/><attvalue for="y" value="2019"/></attvalues>
          </edge>
          <edge id="1" source="changwon" target="changwon" type="directed" kind="value-chain"/>
        </edges>
      </graph>
    </gexf>
    """

    @Test func readsWhatGephiWrites() throws {
        let loaded = try read(Self.gephi, as: .gexf)
        let graph = loaded.graph
        #expect(loaded.warnings.isEmpty)
        #expect(graph.isDirected)
        #expect(graph.ids.all == ["gumi", "changwon", "inner"])
        #expect(edgeList(graph) == ["gumi→changwon:anchor-link", "changwon→changwon:value-chain"])
        #expect(graph.nodeAttributes["label"] == .string(["구미국가산업단지", "창원", nil]))
        #expect(graph.nodeAttributes["firms"] == .integer([2300, 0, 0]))
        #expect(graph.nodeAttributes["lat"] == .double([36.11, nil, nil]))
        #expect(graph.nodeAttributes["smart"] == .bool([true, nil, nil]))
        #expect(graph.nodeAttributes["industries"] == .string(["[전자, 기계]", nil, nil]))
        #expect(graph.edgeAttributes["weight"] == .double([1.5, nil]))
        #expect(graph.edgeAttributes["label"] == .string(["거점-연계", nil]))
        #expect(graph.edgeAttributes["year"] == .integer([2019, nil]))
        #expect(graph.edgeAttributes["kind"] == nil)
    }

    /// NetworkX writes GEXF 1.2draft by default; `mutual` reads as undirected.
    @Test func readsNetworkXsDefaultVersion() throws {
        let text = """
        <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="mutual" mode="static">
        <nodes><node id="0" label="0"/><node id="1" label="1"/></nodes><edges><edge source="0" target="1" id="0"/></edges>
        </graph></gexf>
        """
        let graph = try read(text, as: .gexf).graph
        #expect(!graph.isDirected)
        #expect(graph.edgeCount == 1)
    }

    @Test func dynamicValuesKeepTheLastWithAWarning() throws {
        let text = """
        <gexf version="1.3"><graph mode="dynamic"><attributes class="node" mode="dynamic"><attribute id="0" title="firms" type="integer"/></attributes>
        <nodes><node id="a"><attvalues><attvalue for="0" value="1" start="2019" end="2020"/>
        <attvalue for="0" value="2" start="2020"/></attvalues></node></nodes></graph></gexf>
        """
        let loaded = try read(text, as: .gexf)
        #expect(loaded.graph.nodeAttributes["firms"] == .integer([2]))
        #expect(loaded.warnings.map(\.message) == ["time intervals and timestamps are ignored: a dynamic attribute keeps its last value"])
    }

    /// What Gephi 0.10 also writes: `int` attributes, `null` for a missing value, the edge
    /// weight as an attribute titled `Weight`, timestamps on dynamic values.
    @Test func readsGephisNullsIntsAndWeightColumn() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta lastmodifieddate="2024-03-01"><creator>Gephi 0.10.1</creator></meta>
          <graph defaultedgetype="directed" mode="static">
            <attributes class="node" mode="static">
              <attribute id="degree" title="Degree" type="int"></attribute>
              <attribute id="firms" title="firms" type="integer"><default>null</default></attribute>
              <attribute id="region" title="region" type="string"></attribute>
              <attribute id="smart" title="smart" type="boolean"></attribute>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="weight" title="Weight" type="double"></attribute>
              <attribute id="year" title="year" type="int"></attribute>
            </attributes>
            <nodes>
              <node id="gumi" label="구미">
                <attvalues><attvalue for="degree" value="2"></attvalue><attvalue for="firms" value="2300"></attvalue>
                <attvalue for="region" value="null"></attvalue><attvalue for="smart" value="null"></attvalue></attvalues>
              </node>
              <node id="ulsan" label="울산">
                <attvalues><attvalue for="degree" value="null"></attvalue><attvalue for="smart" value="true"></attvalue></attvalues>
              </node>
            </nodes>
            <edges>
              <edge id="0" source="gumi" target="ulsan">
                <attvalues><attvalue for="weight" value="2.5"></attvalue><attvalue for="year" value="2019"></attvalue></attvalues>
              </edge>
              <edge id="1" source="ulsan" target="gumi" weight="1.0">
                <attvalues><attvalue for="year" value="null"></attvalue></attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """
        let loaded = try read(text, as: .gexf)
        let graph = loaded.graph
        #expect(graph.nodeAttributes["Degree"] == .integer([2, nil]))
        #expect(graph.nodeAttributes["firms"] == .integer([2300, nil]), "a null default is no default")
        #expect(graph.nodeAttributes["region"] == .string(["null", nil]), "a string null is the string")
        #expect(graph.nodeAttributes["smart"] == .bool([nil, true]))
        #expect(graph.edgeAttributes["weight"] == .double([2.5, 1]), "the attribute titled Weight is the weight")
        #expect(graph.edgeAttributes["Weight"] == nil)
        #expect(graph.edgeAttributes["year"] == .integer([2019, nil]))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func timestampsKeepTheLastWithAWarning() throws {
        let text = """
        <gexf version="1.3"><graph mode="dynamic" timeformat="double"><attributes class="node" mode="dynamic">
        <attribute id="0" title="firms" type="int"/></attributes>
        <nodes><node id="a"><attvalues><attvalue for="0" value="10" timestamp="2019"/>
        <attvalue for="0" value="12" timestamp="2020"/></attvalues></node></nodes></graph></gexf>
        """
        let loaded = try read(text, as: .gexf)
        #expect(loaded.graph.nodeAttributes["firms"] == .integer([12]))
        #expect(loaded.warnings.map(\.description) == ["input:3:77: time intervals and timestamps are ignored: a dynamic attribute keeps its last value"])
    }

    static func file(_ attributes: String, _ nodes: String, _ edges: String = "") -> String {
        "<gexf version=\"1.3\"><graph>\n\(attributes)\n<nodes>\n\(nodes)\n</nodes><edges>\n\(edges)\n</edges></graph></gexf>"
    }

    @Test func anUnknownAttributeTypeIsAnError() {
        expectInputError("attribute 'x' has unknown type 'decimal'", line: 2) { () throws(InputError) in
            _ = try read(Self.file("<attributes class=\"node\"><attribute id=\"0\" title=\"x\" type=\"decimal\"/></attributes>", ""), as: .gexf)
        }
    }

    @Test func anUndeclaredAttributeIsAnError() {
        expectInputError("<attvalue> refers to undeclared node attribute '7'", line: 5) { () throws(InputError) in
            _ = try read(Self.file("", "<node id=\"a\"><attvalues>\n<attvalue for=\"7\" value=\"1\"/></attvalues></node>"), as: .gexf)
        }
    }

    @Test func duplicateNodeIdsAreAnError() {
        expectInputError("duplicate node id 'a'", line: 5) { () throws(InputError) in
            _ = try read(Self.file("", "<node id=\"a\"/>\n<node id=\"a\"/>"), as: .gexf)
        }
    }

    @Test(arguments: [("NaN", "bad weight: 'NaN' is NaN"), ("inf", "bad weight: 'inf' is infinite or out of range"),
                      ("heavy", "attribute 'weight': 'heavy' is not a decimal number")])
    func badEdgeWeightsAreAnError(weight: String, message: String) {
        expectInputError(message, line: 6) { () throws(InputError) in
            _ = try read(Self.file("", "<node id=\"a\"/>", "<edge source=\"a\" target=\"a\" weight=\"\(weight)\"/>"), as: .gexf)
        }
    }

    @Test func anIntegerOutOfRangeIsAnError() {
        expectInputError("attribute 'n': '99999999999999999999' is out of range for a 64-bit integer", line: 5) { () throws(InputError) in
            _ = try read(Self.file("<attributes class=\"node\"><attribute id=\"0\" title=\"n\" type=\"long\"/></attributes>",
                                   "<node id=\"a\"><attvalues>\n<attvalue for=\"0\" value=\"99999999999999999999\"/></attvalues></node>"), as: .gexf)
        }
    }

    @Test func anEdgeToAnUndeclaredNodeIsAnError() {
        expectInputError("edge source 'zz' is not a declared node", line: 6) { () throws(InputError) in
            _ = try read(Self.file("", "<node id=\"a\"/>", "<edge source=\"zz\" target=\"a\"/>"), as: .gexf)
        }
    }

    @Test func mixedGraphsAreAnError() {
        expectInputError("a directed edge in a graph whose defaultedgetype is undirected; mixed graphs are not supported", line: 6) {
            () throws(InputError) in
            _ = try read(Self.file("", "<node id=\"a\"/>", "<edge source=\"a\" target=\"a\" type=\"directed\"/>"), as: .gexf)
        }
    }

    @Test func otherRootsAreAnError() {
        expectInputError("not a GEXF file: the root element is <graphml>, not <gexf>", line: 1) { () throws(InputError) in
            _ = try read("<graphml><graph/></graphml>", as: .gexf)
        }
    }
}
