import SandanClusters
import SandanGraph
import SandanGraphviz

/// The node values `sandan render --size-by` can size nodes by: a measure of `sandan analyze`
/// (``Metric``) that gives a magnitude, or any numeric node attribute (`employment`, `firms`).
enum SizeMetric {
    /// Measures that are labels, flags or need more input, and so cannot size a node.
    static let unsuitable: Set<Metric> = [.component, .community, .articulation, .distance, .corePeriphery, .role, .withinModuleZ]

    /// The measure names `--size-by` accepts.
    static var names: [String] { Metric.allCases.filter { !unsuitable.contains($0) }.map(\.rawValue) }

    /// The values of measure or attribute `name` for each node of `graph`, computed with the
    /// defaults of `sandan analyze` (betweenness normalised as NetworkX, PageRank α 0.85, …).
    static func values(_ name: String, graph: Graph) throws -> NodeMetric {
        if let metric = Metric(named: name) {
            guard !unsuitable.contains(metric) else {
                throw CommandFailure("--size-by \(name): a \(name) value is not a size; use one of \(names.joined(separator: ", "))")
            }
            var cache = MetricCache()
            let column = try metric.compute(graph, settings: MetricSettings(), cache: &cache)
            switch column {
            case .real(let values): return NodeMetric(name: name, values: values)
            case .integer(let values): return NodeMetric(name: name, values: values.map(Double.init))
            case .boolean(let values): return NodeMetric(name: name, values: values.map { $0 ? 1 : 0 })
            case .text: throw CommandFailure("--size-by \(name): a label is not a size")
            }
        }
        guard let column = graph.nodeAttributes[name], column.type != .string else {
            let attributes = graph.nodeAttributes.names.filter { graph.nodeAttributes[$0]?.type != .string }
            throw CommandFailure("--size-by \(name): not a measure nor a numeric node attribute"
                + NameSuggestion.didYouMean(name, among: names + attributes) + " (measures: \(names.joined(separator: ", ")))"
                + (attributes.isEmpty ? "" : " (numeric attributes: \(attributes.joined(separator: ", ")))"))
        }
        return NodeMetric(name: name, values: (0..<graph.nodeCount).map { column[$0]?.numericValue ?? .nan })
    }

    /// Whether `--color-by name` colours by a continuous value (viridis and a colour bar)
    /// rather than by categories: a measure that can size a node, or a numeric node attribute
    /// with more distinct values than the largest palette has colours (24).
    static func isContinuous(_ name: String, graph: Graph) -> Bool {
        if let metric = Metric(rawValue: name) { return !unsuitable.contains(metric) && graph.nodeAttributes[name] == nil }
        guard let column = graph.nodeAttributes[name], column.type != .string else { return false }
        return Set((0..<graph.nodeCount).compactMap { column[$0]?.numericValue }).count > Palette.distinct.colors.count
    }
}
