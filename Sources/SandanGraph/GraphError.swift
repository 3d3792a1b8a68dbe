/// Errors raised by the graph core and its algorithms.
///
/// Each case names one situation, so a caller can switch on it (retry with other settings, skip
/// a measure, point at a node), and carries what a user needs to fix the input; `description`
/// is the message the CLI prints after `sandan: error:`. Node indices are 0-based; the
/// messages name nodes by id where they can.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    // MARK: Attributes and ids

    case attributeTypeMismatch(name: String, expected: AttributeType, found: AttributeType)
    case unknownAttribute(name: String, available: [String])
    case nonNumericAttribute(name: String, row: Int)
    /// Something needs attributes the graph does not have: `purpose` is what needs them (“a map
    /// (--geo)”), `kind` what they must hold (“numeric node”), `names` their names.
    case attributesRequired(purpose: String, kind: String, names: [String])
    /// Node `node` (an id) has no value for `attribute`, and every node needs a group.
    case missingGroup(node: String, attribute: String)
    /// A node group label below 0 (`node` is the 0-based index).
    case negativeGroupLabel(node: Int, label: Int)
    case unknownNode(String)
    /// A node index outside `0..<nodeCount`.
    case nodeOutOfRange(index: Int, nodeCount: Int)
    /// A question about two different nodes (source and target) asked with one node twice.
    case sameNode(String)
    /// An edge kind no edge has; `available` lists the kinds the graph has ("" for no kind).
    case unknownKind(String, available: [String])
    /// A computation needs edges of `kinds` and the graph has none of them.
    case noEdgesOfKinds(purpose: String, kinds: [String])

    // MARK: Weights

    /// `edge` is the 0-based edge index; the message counts from 1.
    case negativeWeight(algorithm: String, edge: Int, weight: Double)
    case invalidWeight(algorithm: String, edge: Int, weight: Double)
    /// A weight that makes the algorithm's sums or products overflow or underflow (see
    /// `Graph.checkLengthRange` and `checkStrengthRange`); `edge` is 0-based.
    case weightOutOfRange(algorithm: String, edge: Int, weight: Double, reason: String)
    /// No edge has positive weight (no edges, or all weights 0), where `algorithm` is undefined.
    case noEdgeWeight(algorithm: String)

    // MARK: Settings and inputs beside the graph

    /// A `threads` setting below 1 (nil means all cores; see ``Parallel/defaultThreadCount``).
    case threadCount(Int)
    /// A setting outside what is allowed: `name` says which (“the PageRank damping factor”),
    /// `value` what was given, `allowed` what would do (“at least 0 and below 1”).
    case parameterOutOfRange(name: String, value: String, allowed: String)
    /// Katz centrality's `alpha` is at least 1/λ₁, `eigenvalue` being λ₁, the largest eigenvalue
    /// of the adjacency matrix: the weighted walk counts grow without bound.
    case katzAlphaTooLarge(alpha: Double, eigenvalue: Double)
    /// A setting that has to be given here: `reason` says why no default exists.
    case parameterRequired(name: String, reason: String)
    /// A setting the chosen method does not have (rather than accept and ignore it).
    case parameterNotApplicable(name: String, method: String)
    /// A list that needs one value per node has `count` values.
    case countMismatch(what: String, count: Int, nodeCount: Int)
    /// Two partitions of different lengths compared.
    case partitionLengthsDiffer(Int, Int)
    /// An empty selection where at least one item is needed (“edge kind”).
    case emptySelection(String)
    /// A name given twice in a list that must not repeat.
    case namedTwice(String, list: String)

    // MARK: The graph's shape

    case emptyGraph(algorithm: String)
    /// Fewer nodes than `algorithm` needs (`needed` ≥ 1).
    case tooFewNodes(algorithm: String, needed: Int)
    case notConnected(measure: String)
    /// A measure defined for undirected graphs only, given a directed one.
    case directedGraph(algorithm: String)

    // MARK: Computations

    case notConverged(algorithm: String, iterations: Int, tolerance: Double)
    /// The measure has no unique value on this graph; `reason` says why and what to do.
    case notUnique(algorithm: String, reason: String)
    /// A least-squares fit has no minimum: it collapses onto the star around `node`, whose
    /// score grows without bound (a Heywood case).
    case unboundedFit(algorithm: String, node: String)
    /// A computation found more results than its limit allows and stopped before storing them.
    case tooManyResults(what: String, limit: Int)
    /// `nodes` nodes joined by zero-length edges (among them `example`) have too many shortest
    /// paths among them for betweenness to count exactly.
    case tooManyZeroLengthPaths(nodes: Int, example: String)

    public var description: String {
        switch self {
        case let .attributeTypeMismatch(name, expected, found):
            "attribute '\(name)' holds \(expected) values, not \(found)"
        case let .unknownAttribute(name, available):
            "no attribute '\(name)'" + NameSuggestion.didYouMean(name, among: available)
                + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
        case let .nonNumericAttribute(name, row):
            "attribute '\(name)' is missing or not numeric at row \(row)"
        case let .attributesRequired(purpose, kind, names):
            "\(purpose) needs " + Self.attributes(kind, names) + ", which this graph does not have"
        case let .missingGroup(node, attribute):
            "node '\(node)' has no value for attribute '\(attribute)'; every node needs a group"
        case let .negativeGroupLabel(node, label):
            "group labels must be 0 or more, but node \(node) has \(label)"
        case let .unknownNode(id):
            "no node with id '\(id)'"
        case let .nodeOutOfRange(index, nodeCount):
            "node index \(index) is out of range (the graph has \(nodeCount) nodes)"
        case let .sameNode(id):
            "source and target must be different nodes (both are '\(id)')"
        case let .unknownKind(kind, available):
            "no edges of kind '\(kind)'" + NameSuggestion.didYouMean(kind, among: available.filter { !$0.isEmpty })
                + " (kinds: \(available.map { $0.isEmpty ? "(none)" : $0 }.joined(separator: ", ")))"
        case let .noEdgesOfKinds(purpose, kinds):
            "\(purpose) needs edges of kind \(kinds.joined(separator: ", ")); this graph has none"
        case let .negativeWeight(algorithm, edge, weight):
            "\(algorithm) needs non-negative weights, but edge \(edge + 1) (in input order) has weight \(weight)"
        case let .invalidWeight(algorithm, edge, weight):
            "\(algorithm) needs finite weights, but edge \(edge + 1) (in input order) has weight \(weight)"
        case let .weightOutOfRange(algorithm, edge, weight, reason):
            "\(algorithm) cannot use the weight \(weight) of edge \(edge + 1) (in input order): \(reason). Multiply or divide all "
                + "weights by one constant (shortest paths and communities stay the same)"
        case let .noEdgeWeight(algorithm):
            "\(algorithm) is undefined on a graph without edges of positive weight (no edges, or all weights 0)"
        case let .threadCount(threads):
            "the number of threads must be at least 1, not \(threads)"
        case let .parameterOutOfRange(name, value, allowed):
            "\(name) must be \(allowed), not \(value)"
        case let .katzAlphaTooLarge(alpha, eigenvalue):
            "Katz centrality: α = \(alpha) is at least 1/λ₁ = \(1 / eigenvalue) (λ₁ = \(eigenvalue), the largest eigenvalue "
                + "of the adjacency matrix), so the walk counts grow without bound; choose α below 1/λ₁"
        case let .parameterRequired(name, reason):
            "\(reason); give \(name)"
        case let .parameterNotApplicable(name, method):
            "\(method) has no \(name); leave it out"
        case let .countMismatch(what, count, nodeCount):
            "\(what) has \(count) values for \(nodeCount) nodes; one per node is needed"
        case let .partitionLengthsDiffer(a, b):
            "the partitions label different numbers of nodes (\(a) and \(b))"
        case let .emptySelection(what):
            "choose at least one \(what)"
        case let .namedTwice(name, list):
            "'\(name)' is named twice in \(list)"
        case let .emptyGraph(algorithm):
            "\(algorithm) is undefined on a graph without nodes"
        case let .tooFewNodes(algorithm, needed):
            "\(algorithm) needs at least \(needed) node\(needed == 1 ? "" : "s")"
        case let .notConnected(measure):
            "\(measure) is undefined: the graph is not connected"
        case let .directedGraph(algorithm):
            "\(algorithm) is defined for undirected graphs only; use graph.undirected() first"
        case let .notConverged(algorithm, iterations, tolerance):
            "\(algorithm) did not converge within \(iterations) iterations (tolerance \(tolerance))"
        case let .notUnique(algorithm, reason):
            "\(algorithm) is not unique on this graph: \(reason)"
        case let .tooManyResults(what, limit):
            "there are more than \(limit) \(what), the limit; nothing was computed past it. Raise the limit or narrow the question"
        case let .tooManyZeroLengthPaths(nodes, example):
            "betweenness: \(nodes) nodes joined by zero-length edges (among them '\(example)') have too many shortest paths "
                + "among them to count exactly; give some of those edges a small positive length, or merge the nodes"
        case let .unboundedFit(algorithm, node):
            "\(algorithm) has no best fit on this graph: the fit collapses onto the star around '\(node)', whose score "
                + "grows without bound (a Heywood case); fit a subgraph that no single star dominates, or use the "
                + "core–periphery split or k-cores"
        }
    }

    /// “an integer edge attribute 'year'”, “numeric node attributes 'lat' and 'lon'”.
    private static func attributes(_ kind: String, _ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1 else {
            let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            return "\(article) \(kind) attribute \(quoted.first ?? "")"
        }
        return "\(kind) attributes " + quoted.dropLast().joined(separator: ", ") + " and \(quoted.last!)"
    }
}
