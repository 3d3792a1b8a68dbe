import SandanClusters
import SandanGraphviz

/// Sandan's vocabulary handed to the drawing module, which knows no kind by name: each
/// `LinkageKind`'s drawing style and legend caption (`LinkageKind/style`,
/// `LinkageKind/caption`) as `EdgeStyle` values. Every drawing of Sandan's data takes them from
/// here: `sandan render`, the report's diagrams and the explorer.
extension DrawingStyle {
    /// Sets the legend's language to `language`, draws every `LinkageKind` in its style with
    /// its caption in that language (other kinds get the drawing module's fallback styles) and,
    /// with `attributeLabels`, labels the kinds that have a `LinkageKind/labelAttribute`
    /// (value chains with their product). O(kinds).
    public mutating func drawLinkageKinds(in language: LegendLanguage, attributeLabels: Bool = false) {
        legendLanguage = language
        edgeStyles = EdgeStyle.linkageKinds(in: language)
        edgeLabels = attributeLabels
            ? Dictionary(uniqueKeysWithValues: LinkageKind.allCases.compactMap { kind in kind.labelAttribute.map { (kind.rawValue, $0) } })
            : [:]
    }
}

extension EdgeStyle {
    /// The style and legend caption, in `language`, of every `LinkageKind`, keyed by its name.
    /// O(kinds).
    public static func linkageKinds(in language: LegendLanguage) -> [String: EdgeStyle] {
        Dictionary(uniqueKeysWithValues: LinkageKind.allCases.map { kind in
            let style = kind.style
            return (kind.rawValue, EdgeStyle(color: style.color, line: Line(style.line), width: style.width,
                                             caption: kind.caption.text(korean: language == .ko)))
        })
    }
}

extension EdgeStyle.Line {
    /// The drawing module's line for the domain's line pattern.
    init(_ line: LinkageStyle.Line) {
        switch line {
        case .solid: self = .solid
        case .dashed: self = .dashed
        case .dotted: self = .dotted
        }
    }
}

extension LegendLanguage {
    /// The legend language of a report or explorer page in `language`.
    init(_ language: ReportLanguage) {
        switch language {
        case .ko: self = .ko
        case .en: self = .en
        }
    }
}
