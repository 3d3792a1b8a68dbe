/// Errors raised by the graph core and its algorithms.
///
/// Each case carries what a user needs to fix the input; `description` is the message the CLI
/// prints after `sandan: error:`.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case attributeTypeMismatch(name: String, expected: AttributeType, found: AttributeType)
    case unknownAttribute(name: String, available: [String])
    case nonNumericAttribute(name: String, row: Int)
    /// `edge` is the 0-based edge index; the message counts from 1.
    case negativeWeight(algorithm: String, edge: Int, weight: Double)
    case invalidWeight(algorithm: String, edge: Int, weight: Double)
    case unknownNode(String)
    case notConverged(algorithm: String, iterations: Int, tolerance: Double)
    case invalidArgument(String)
    /// A `threads` setting below 1 (nil means all cores; see ``Parallel/defaultThreadCount``).
    case threadCount(Int)
    case emptyGraph(algorithm: String)
    case notConnected(measure: String)
    /// A least-squares fit has no minimum: it collapses onto the star around `node`, whose
    /// score grows without bound (a Heywood case).
    case unboundedFit(algorithm: String, node: String)
    /// A weight that makes the algorithm's sums or products overflow or underflow (see
    /// `Graph.checkLengthRange` and `checkStrengthRange`); `edge` is 0-based.
    case weightOutOfRange(algorithm: String, edge: Int, weight: Double, reason: String)
    /// A computation found more results than its limit allows and stopped before storing them.
    case tooManyResults(what: String, limit: Int)

    public var description: String {
        switch self {
        case let .attributeTypeMismatch(name, expected, found):
            "attribute '\(name)' holds \(expected) values, not \(found)"
        case let .unknownAttribute(name, available):
            "no attribute '\(name)'" + NameSuggestion.didYouMean(name, among: available)
                + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
        case let .nonNumericAttribute(name, row):
            "attribute '\(name)' is missing or not numeric at row \(row)"
        case let .negativeWeight(algorithm, edge, weight):
            "\(algorithm) needs non-negative weights, but edge \(edge + 1) (in input order) has weight \(weight)"
        case let .invalidWeight(algorithm, edge, weight):
            "\(algorithm) needs finite weights, but edge \(edge + 1) (in input order) has weight \(weight)"
        case let .unknownNode(id):
            "no node with id '\(id)'"
        case let .notConverged(algorithm, iterations, tolerance):
            "\(algorithm) did not converge within \(iterations) iterations (tolerance \(tolerance))"
        case let .invalidArgument(text):
            text
        case let .threadCount(threads):
            "the number of threads must be at least 1, not \(threads)"
        case let .emptyGraph(algorithm):
            "\(algorithm) is undefined on a graph without nodes"
        case let .notConnected(measure):
            "\(measure) is undefined: the graph is not connected"
        case let .weightOutOfRange(algorithm, edge, weight, reason):
            "\(algorithm) cannot use the weight \(weight) of edge \(edge + 1) (in input order): \(reason). Multiply or divide all "
                + "weights by one constant (shortest paths and communities stay the same)"
        case let .tooManyResults(what, limit):
            "there are more than \(limit) \(what), the limit; nothing was computed past it. Raise the limit or narrow the question"
        case let .unboundedFit(algorithm, node):
            "\(algorithm) has no best fit on this graph: the fit collapses onto the star around '\(node)', whose score "
                + "grows without bound (a Heywood case); fit a subgraph that no single star dominates, or use the "
                + "core–periphery split or k-cores"
        }
    }
}
