import Foundation
import SandanTestSupport
import Testing
import SandanGraph
@testable import SandanGraphviz

/// Every DOT Sandan emits must parse with the `dot` program, and Graphviz must find exactly the
/// nodes and edges of the document (those of the graph, plus a map's own) (an injected `]; x [` or a bare `2산단` would add nodes).
@Suite struct DOTParsesTests {
    static let cases: [String] = ["hostile-dot", "hostile-sfdp", "hostile-circo", "geographic", "ring-fdp", "ring-big"]

    static func drawing(_ name: String) throws -> (Graph, GraphDrawing) {
        switch name {
        case "hostile-dot": return (Samples.hostile(), try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle()))
        case "hostile-sfdp": return (Samples.hostile(), try GraphDrawing(graph: Samples.hostile(), style: Samples.hostileStyle(layout: .sfdp)))
        case "hostile-circo":
            var style = Samples.hostileStyle(layout: .circo)
            style.labels = .english
            return (Samples.hostile(), try GraphDrawing(graph: Samples.hostile(), style: style))
        case "geographic":
            var style = DrawingStyle(layout: .neato)
            style.geographic = true
            return (Samples.geographic(), try GraphDrawing(graph: Samples.geographic(), style: style))
        case "ring-fdp": return (Samples.ring(40), try GraphDrawing(graph: Samples.ring(40), style: DrawingStyle(layout: .fdp)))
        default: return (Samples.ring(3000), try GraphDrawing(graph: Samples.ring(3000), style: DrawingStyle(layout: .sfdp)))
        }
    }

    @Test(arguments: cases)
    func parsesWithDotCanon(_ name: String) throws {
        let (graph, drawing) = try Self.drawing(name)
        // `dot -Tcanon` lays the graph out before writing it: use the drawing's own engine
        // (dot itself would take minutes on the big ring).
        let canon = try runTool(["dot", "-K" + drawing.layout.rawValue, "-Tcanon"], input: .text(drawing.dot))
        #expect(canon.status == 0, "\(canon.stderr)")
        #expect(!canon.stderr.contains("Error") && !canon.stderr.contains("syntax"), "\(canon.stderr)")
        let counts = try runTool(["gc", "-n", "-e"], input: .text(drawing.dot))
        let numbers = counts.stdout.split(whereSeparator: \.isWhitespace).prefix(2).compactMap { Int($0) }
        // A map adds its own statements (leader lines, the scale bar; MapTests checks them);
        // anything else has exactly the graph's.
        let statements = [drawing.document.nodes.count, drawing.document.edges.count]
        #expect(numbers == statements, "\(counts.stdout)")
        if name != "geographic" { #expect(statements == [graph.nodeCount, graph.edgeCount]) }
    }

    @Test func goldenFilesParse() throws {
        let folder = fixturesFolder.appendingPathComponent("golden")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dot") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let engine = file.hasPrefix("geographic") ? "nop2" : (file.contains("sfdp") ? "sfdp" : "dot")
            let canon = try runTool(["dot", "-K" + engine, "-Tcanon"], input: .text(text))
            #expect(canon.status == 0, "\(file): \(canon.stderr)")
        }
    }
}
