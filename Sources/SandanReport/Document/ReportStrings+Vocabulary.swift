import SandanClusters

/// Names of the `Graphs/` vocabularies (node kinds, linkage kinds, programmes) in the report's
/// language, from their one home in the domain module (`NodeKind/name`, `LinkageKind/name`,
/// `Programme/name`). A value outside the vocabulary is shown as it is.
extension ReportStrings {
    /// "산업단지" / "complexes" for node kind `complex`, and so on.
    public func nodeKind(_ kind: String) -> String { NodeKind.name(of: kind, korean: language == .ko) }

    /// The name of a linkage kind.
    public func linkageKind(_ kind: String) -> String { LinkageKind.name(of: kind, korean: language == .ko) }

    /// The names of the linkage kinds of `layer`, in the vocabulary's order.
    func linkageKinds(of layer: NetworkLayer) -> [String] {
        layer.kinds.map { $0.name.text(korean: language == .ko) }
    }

    /// The name of a programme.
    public func programme(_ programme: String) -> String { Programme.name(of: programme, korean: language == .ko) }

    /// "A, B, C" / "A, B and C" joined as the language lists things.
    public func list(_ items: [String]) -> String {
        switch (language, items.count) {
        case (_, 0): return ""
        case (_, 1): return items[0]
        case (.ko, _): return items.joined(separator: ", ")
        case (.en, 2): return items[0] + " and " + items[1]
        case (.en, _): return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
