import Foundation
import SandanGraph
@testable import SandanIO
import Testing

/// GEXF's `viz` module: colours, sizes and positions written in the namespace of the GEXF 1.3
/// primer, numbers as hand-worked below; reading them back leaves the graph as it was.
/// (The whole file is validated against GEXF 1.3's RELAX NG grammar in
/// `Scripts/interop/gexf_schema.sh`.)
@Suite struct GEXFVizTests {
    static func pair() -> Graph {
        var builder = GraphBuilder(directed: false)
        _ = builder.addEdge("구미", "a&b")
        builder.setNodeColumn("name_ko", .string(["구미국가산업단지", nil]))
        return builder.build()
    }

    @Test func visualsAreWrittenInTheVizNamespace() throws {
        let visuals = [NodeVisual(red: 230, green: 159, blue: 0, size: 5.04, x: 27, y: -18.5),
                       NodeVisual(red: 0, green: 114, blue: 178, alpha: 0.5, size: 12.123456, x: 1005.00049, y: 0.0004, z: 2)]
        let text = String(decoding: try GEXFFormat.write(Self.pair(), file: "v.gexf", visuals: visuals), as: UTF8.self)
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#))
        #expect(text.contains(#"<viz:color r="230" g="159" b="0" a="1"/><viz:size value="5.04"/><viz:position x="27" y="-18.5" z="0"/></node>"#))
        // Rounded to thousandths: 12.123456 → 12.123, 1005.00049 → 1005, 0.0004 → 0.
        #expect(text.contains(#"<node id="a&amp;b"><viz:color r="0" g="114" b="178" a="0.5"/><viz:size value="12.123"/><viz:position x="1005" y="0" z="2"/></node>"#))
        let back = try GEXFFormat.read(Array(text.utf8), file: "v.gexf").graph
        #expect(back.ids.all == ["구미", "a&b"])
        #expect(back.nodeAttributes.names.sorted() == ["label", "name_ko"])
    }

    @Test func withoutVisualsThereIsNoVizNamespace() throws {
        let text = String(decoding: try GEXFFormat.write(Self.pair(), file: "v.gexf"), as: UTF8.self)
        #expect(!text.contains("viz"))
        #expect(!text.contains("schemaLocation"), "GEXF 1.3's RELAX NG grammar allows no xsi:schemaLocation")
    }

    @Test func aNonFiniteCoordinateIsAnError() {
        let visuals = [NodeVisual(red: 0, green: 0, blue: 0, size: 1, x: 0, y: 0),
                       NodeVisual(red: 0, green: 0, blue: 0, size: 1, x: .nan, y: 0)]
        expectOutputError("node 'a&b' has no finite x to write as viz") { () throws(OutputError) in
            _ = try GEXFFormat.write(Self.pair(), file: "v.gexf", visuals: visuals)
        }
    }

    @Test(arguments: [("#E69F00", 230, 159, 0, 1.0), ("#0072b2", 0, 114, 178, 1.0), ("#00000080", 0, 0, 0, 128.0 / 255)])
    func hexColoursGiveTheirChannels(hex: String, red: Int, green: Int, blue: Int, alpha: Double) throws {
        let channels = try #require(NodeVisual.channels(hex: hex))
        let found: [Int] = [Int(channels.red), Int(channels.green), Int(channels.blue)]
        #expect(found == [red, green, blue])
        #expect(channels.alpha == alpha)
    }

    @Test(arguments: ["E69F00", "#E69F0", "#GG9F00", "red", "#E69F00A", ""])
    func otherColourTextsHaveNoChannels(text: String) {
        #expect(NodeVisual.channels(hex: text) == nil)
    }
}
