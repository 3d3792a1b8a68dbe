import Foundation
import SandanGraph

/// A reference fixture of `Tests/Fixtures/NAME.json` (written by `Scripts/fixtures/generate.py`
/// from NetworkX and igraph): the graph, and the expected values by section.
struct NetworkFixture {
    let name: String
    let json: [String: Any]
    /// The graph without weights (every unweighted reference value was computed on this).
    let graph: Graph
    /// The same graph with the fixture's `weight` as ``Graph/weights``.
    let weightedGraph: Graph

    /// Every fixture with a name, sorted.
    static let names = ["davis", "directed_dangling", "disconnected", "empty", "florentine", "karate",
                        "kite", "lesmis", "path6", "single", "weighted_distinct", "weighted_float_ties",
                        "weighted_ties"]

    /// The package root: the folder above `Tests/`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent()
    }()

    init(_ name: String) throws {
        self.name = name
        let url = Self.packageRoot.appendingPathComponent("Tests/Fixtures/\(name).json")
        json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var builder = GraphBuilder(directed: json["directed"] as! Bool)
        for id in json["nodes"] as! [String] { builder.addNode(id) }
        for edge in json["edges"] as! [[Any]] {
            let e = builder.addEdge(edge[0] as! String, edge[1] as! String)
            try builder.setEdgeAttribute("weight", edge: e, .double((edge[2] as! NSNumber).doubleValue))
        }
        builder.declareEdgeAttribute("weight", type: .double)
        graph = builder.build()
        weightedGraph = try graph.weighted(by: "weight")
    }

    /// A graph-level value, or nil when the reference stored null or nothing.
    func graphValue(_ key: String) -> Double? { ((json["graph"] as! [String: Any])[key] as? NSNumber)?.doubleValue }

    /// A node-level array of integers, or nil.
    func nodeInts(_ key: String) -> [Int]? { ((json["node"] as! [String: Any])[key] as? [NSNumber])?.map(\.intValue) }

    /// An edge-level array of integers, or nil.
    func edgeInts(_ key: String) -> [Int]? { ((json["edge"] as! [String: Any])[key] as? [NSNumber])?.map(\.intValue) }

    /// A partition (one label per node), or nil.
    func partition(_ key: String) -> [Int]? { ((json["partitions"] as! [String: Any])[key] as? [NSNumber])?.map(\.intValue) }
}
