import ArgumentParser
import SandanClusters
import SandanGraph

/// A measure name as typed on the command line (`--metric`), checked in `validate()` so that a
/// misspelt one is refused with the names nearest to it rather than the whole list. `--help`
/// lists every ``Metric`` with its summary, as for any enumerated option.
struct MetricName: ExpressibleByArgument {
    let text: String

    init?(argument: String) { text = argument }

    static var allValueStrings: [String] { Metric.allValueStrings }
    static var allValueDescriptions: [String: String] { Metric.allValueDescriptions }
    static var defaultCompletionKind: CompletionKind { Metric.defaultCompletionKind }

    /// The measure named, in any letter case.
    /// - Throws: `ValidationError` naming the nearest measures for an unknown name.
    func metric() throws -> Metric {
        if let metric = Metric(named: text) { return metric }
        throw ValidationError("unknown metric '\(text)'" + NameSuggestion.didYouMean(text, among: Metric.allCases.map(\.rawValue))
                              + " (`sandan analyze --help` lists the \(Metric.allCases.count) metrics)")
    }
}

extension Metric: ExpressibleByArgument {
    /// The measure called `name`, ignoring letter case.
    init?(named name: String) { self.init(rawValue: name.lowercased()) }

    /// `--help` lists every metric with its summary.
    public var defaultValueDescription: String { summary }
}

extension NodeScore {
    /// The known score called `name`, ignoring letter case.
    /// - Throws: `ValidationError` naming the nearest scores for an unknown name.
    static func validated(_ name: String) throws -> NodeScore {
        if let score = named(name.lowercased()) { return score }
        throw ValidationError("unknown score '\(name)'" + NameSuggestion.didYouMean(name, among: known.map(\.name))
                              + " (known: \(known.map(\.name).joined(separator: ", ")))")
    }
}
