import SandanGraph

/// The language of a report's headings and sentences.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// Korean (the default for the bundled national network).
    case ko
    /// English.
    case en

    /// The BCP 47 tag for the page's `lang` attribute.
    public var tag: String { rawValue }
}

extension ReportLanguage {
    /// The language a report or explorer page of `graph` is written in when none is asked:
    /// Korean when the nodes have Korean names (a `name_ko` attribute, or Hangul syllables in
    /// their ids), English otherwise. O(total length of the ids).
    public static func `default`(for graph: Graph) -> ReportLanguage {
        if graph.nodeAttributes["name_ko"] != nil { return .ko }
        let hangul = (0..<graph.nodeCount).contains { v in graph.ids[v].unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        return hangul ? .ko : .en
    }
}
