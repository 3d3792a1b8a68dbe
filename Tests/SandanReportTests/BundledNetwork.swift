import Foundation
import SandanTestSupport
import SandanGraph
import SandanIO
import SandanClusters
@testable import SandanReport

/// The bundled national network in `Graphs/`.
enum BundledNetwork {
    static func graph() throws -> Graph {
        try GraphFile.read(path: packageRoot.appendingPathComponent("Graphs").path, options: ReadOptions(folder: DatasetSchema.folder)).graph
    }

    /// A graph with a hostile string in every name, region, kind, programme and citation.
    static func hostile() throws -> Graph {
        var builder = GraphBuilder(directed: false)
        let names = [Hostile.script, Hostile.attribute, Hostile.markdown, Hostile.controls]
        for (i, name) in names.enumerated() {
            let v = builder.addNode("n\(i)")
            try builder.setNodeAttribute("name_ko", node: v, .string(name))
            try builder.setNodeAttribute("region", node: v, .string(i < 2 ? Hostile.attribute : "경북"))
            try builder.setNodeAttribute("kind", node: v, .string("complex"))
            try builder.setNodeAttribute("citation", node: v, .string(Hostile.javascript))
        }
        for (u, v) in [(0, 1), (1, 2), (2, 3), (0, 2)] {
            let e = builder.addEdge(u, v, kind: u == 0 ? Hostile.script : "anchor-link")
            try builder.setEdgeAttribute("programme", edge: e, .string(Hostile.markdown))
        }
        return builder.build()
    }
}
