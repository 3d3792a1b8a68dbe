/// The one home of what a linkage kind is called and how it is drawn: its name in sentences
/// and tables, its legend caption and its drawing style. The report, the explorer, the legend
/// of every drawing and the CLI's help take them from here (a drawing module receives the
/// styles as parameters; it knows no kind).
///
/// Wording follows the seeds: "광역권 간 협력" is seed 003's 광역권간 연계·협력 (the 2010
/// wide-area programme that the cross-region linkages come from); 거점·연계 is the
/// competitiveness districts' wording (seed 000).
extension LinkageKind {
    /// What the kind is called in sentences and tables ("거점–연계" / "anchor–linked").
    public var name: Bilingual { vocabulary.name }

    /// What a drawing's legend says about the kind: its name with the way an edge reads
    /// ("가치사슬 (공급 → 수요)" / "value chain (supplier → buyer)").
    public var caption: Bilingual { vocabulary.caption }

    /// How edges of the kind are drawn: Okabe–Ito colours (which differ from the node
    /// palette), each kind also told apart by its line so that a drawing survives greyscale
    /// printing.
    public var style: LinkageStyle { vocabulary.style }

    /// Each kind's name, legend caption (Korean, English) and style, one row per kind.
    private var vocabulary: (name: Bilingual, caption: Bilingual, style: LinkageStyle) {
        switch self {
        case .anchorLink: (.init(ko: "거점–연계", en: "anchor–linked"), .init(ko: "거점 → 연계 단지", en: "anchor → linked (거점→연계)"),
                           LinkageStyle(color: "#0072B2", line: .solid, width: 1.6))
        case .valueChain: (.init(ko: "가치사슬", en: "value chain"), .init(ko: "가치사슬 (공급 → 수요)", en: "value chain (supplier → buyer)"),
                           LinkageStyle(color: "#D55E00", line: .solid, width: 2.6))
        case .valueChainUndirected: (.init(ko: "가치사슬(방향 미상)", en: "value chain (no direction)"),
                                     .init(ko: "가치사슬 (방향 미상)", en: "value chain (no direction stated)"),
                                     LinkageStyle(color: "#D55E00", line: .dashed, width: 2.0))
        case .crossRegion: (.init(ko: "광역권 간 협력", en: "cross-region cooperation"), .init(ko: "광역권 간 협력", en: "cross-region cooperation"),
                            LinkageStyle(color: "#009E73", line: .dashed, width: 2.4))
        case .cooperation: (.init(ko: "공동 개발", en: "joint development"), .init(ko: "공동 개발", en: "joint development"),
                            LinkageStyle(color: "#CC79A7", line: .dashed, width: 1.8))
        case .management: (.init(ko: "기관 관리", en: "agency management"), .init(ko: "관리 (기관 → 단지)", en: "management (agency → complex)"),
                           LinkageStyle(color: "#8C8C8C", line: .dotted, width: 1.0))
        case .coordination: (.init(ko: "지원·조정", en: "coordination"), .init(ko: "조정 (기관 → 권역)", en: "coordination (agency → region)"),
                             LinkageStyle(color: "#E69F00", line: .dotted, width: 1.6))
        case .proximity: (.init(ko: "근접", en: "proximity"), .init(ko: "근접 (거리 이내)", en: "proximity (within a distance)"),
                          LinkageStyle(color: "#56B4E9", line: .dotted, width: 1.4))
        }
    }

    /// The edge attribute a drawing may write on edges of the kind (`--product-labels`): the
    /// `product` of a value chain; nil for the other kinds.
    public var labelAttribute: String? { self == .valueChain ? "product" : nil }

    /// The name of edge kind `kind` in sentences: the vocabulary's name when `kind` is a
    /// ``LinkageKind``, else `kind` itself. O(1).
    public static func name(of kind: String, korean: Bool) -> String {
        LinkageKind(rawValue: kind)?.name.text(korean: korean) ?? kind
    }
}

/// How the edges of a linkage kind are drawn, as plain values that any drawing or file format
/// can take (the drawing module maps them to its own edge style).
public struct LinkageStyle: Sendable, Hashable {
    /// The line's pattern.
    public enum Line: String, Sendable, CaseIterable { case solid, dashed, dotted }

    /// Line colour, `#rrggbb`.
    public let color: String
    /// Solid, dashed or dotted.
    public let line: Line
    /// Line width in points (before scaling by weight).
    public let width: Double
}
