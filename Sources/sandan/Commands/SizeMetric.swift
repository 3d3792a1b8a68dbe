import SandanGraph
import SandanGraphviz

/// The node values `sandan render --size-by` can size nodes by.
enum SizeMetric {
    /// Metrics computed here; any numeric node attribute works too.
    static let names = ["degree", "in-degree", "out-degree", "strength"]

    /// The values of metric or attribute `name` for each node of `graph`.
    static func values(_ name: String, graph: Graph) throws -> NodeMetric {
        let n = graph.nodeCount
        switch name {
        case "degree":
            return NodeMetric(name: "degree", values: (0..<n).map { Double(graph.degree($0)) })
        case "in-degree":
            return NodeMetric(name: "in-degree", values: (0..<n).map { Double(graph.inDegree($0)) })
        case "out-degree":
            return NodeMetric(name: "out-degree", values: (0..<n).map { Double(graph.outDegree($0)) })
        case "strength":
            var strength = [Double](repeating: 0, count: n)
            for e in 0..<graph.edgeCount {
                strength[graph.source(of: e)] += graph.weight(of: e)
                strength[graph.target(of: e)] += graph.weight(of: e)
            }
            return NodeMetric(name: graph.weightAttribute.map { "strength (\($0))" } ?? "strength (unweighted = degree)", values: strength)
        default:
            guard let column = graph.nodeAttributes[name], column.type != .string else {
                let attributes = graph.nodeAttributes.names.filter { graph.nodeAttributes[$0]?.type != .string }
                throw CommandFailure("--size-by \(name): not a metric (\(names.joined(separator: ", "))) nor a numeric node attribute"
                    + (attributes.isEmpty ? "" : " (numeric attributes: \(attributes.joined(separator: ", ")))"))
            }
            return NodeMetric(name: name, values: (0..<n).map { column[$0]?.numericValue ?? .nan })
        }
    }
}
