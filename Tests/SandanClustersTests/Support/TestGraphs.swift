import Foundation
import SandanTestSupport
import SandanGraph

/// Small graphs for the domain tests, built from plain lists.
enum TestGraphs {
    /// The bundled dataset folder.
    static var graphs: URL { packageRoot.appendingPathComponent("Graphs") }

    /// A graph with `nodes` (id and attributes, in this order) and `edges` (source, target,
    /// kind, attributes).
    static func make(nodes: [(String, [String: AttributeValue])], edges: [(String, String, String, [String: AttributeValue])] = [],
                     directed: Bool = false) throws -> Graph {
        var builder = GraphBuilder(directed: directed)
        for (id, attributes) in nodes {
            let v = builder.addNode(id)
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) { try builder.setNodeAttribute(name, node: v, value) }
        }
        for (s, t, kind, attributes) in edges {
            let e = builder.addEdge(s, t, kind: kind)
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) { try builder.setEdgeAttribute(name, edge: e, value) }
        }
        return builder.build()
    }

    /// An undirected graph of plain edges (kind ""), nodes in order of first appearance.
    static func edges(_ pairs: [(String, String)]) throws -> Graph {
        try make(nodes: [], edges: pairs.map { ($0.0, $0.1, "", [:]) })
    }

    /// A node in `region`.
    static func node(_ id: String, _ region: String, kind: String = "complex") -> (String, [String: AttributeValue]) {
        (id, ["region": .string(region), "kind": .string(kind)])
    }
}
