/// "Did you mean …?" for a misspelt name: the known names nearest to it by edit distance.
///
/// The distance is the optimal-string-alignment distance (Levenshtein's insertions, deletions
/// and substitutions, plus transpositions of two adjacent characters: Damerau 1964,
/// doi:10.1145/363958.363994), over Unicode scalars, ignoring letter case. A name is suggested
/// when its distance is at most a third of the longer name's length (at least 1, at most 3;
/// names of one or two characters are never near another), or when one name begins with the
/// other (at least 3 characters).
///
/// One home for every suggestion Sandan makes: metrics, kinds, attributes, columns, tables
/// and subcommands.
public enum NameSuggestion {
    /// Up to `limit` names of `candidates` near `name`, nearest first (ties in the order given).
    /// An exact match (ignoring case) is the only suggestion.
    ///
    /// Complexity: O(Σ |name| · |candidate|) time, O(|candidate|) extra space per candidate.
    public static func nearest(to name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let wanted = Array(name.lowercased().unicodeScalars)
        var scored: [(distance: Int, order: Int, name: String)] = []
        for (order, candidate) in candidates.enumerated() {
            let other = Array(candidate.lowercased().unicodeScalars)
            if other == wanted { return [candidate] }
            let distance = optimalAlignmentDistance(wanted, other)
            let longer = max(wanted.count, other.count)
            let allowed = longer < 3 ? 0 : min(3, max(1, longer / 3))
            let prefix = min(wanted.count, other.count) >= 3 && (other.starts(with: wanted) || wanted.starts(with: other))
            if distance <= allowed || prefix { scored.append((distance, order, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map(\.name)
    }

    /// `"; did you mean 'a'?"` (or `'a' or 'b'`) for the names near `name`, or `""` when none is.
    public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        let near = nearest(to: name, among: candidates)
        guard !near.isEmpty else { return "" }
        return "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`.
    static func optimalAlignmentDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, previous2[j - 2] + 1) }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
