/// Names of the `Graphs/` vocabularies (node kinds, linkage kinds, programmes) in the report's
/// language. A value outside the vocabulary is shown as it is.
extension ReportStrings {
    /// "산업단지" / "complexes" for node kind `complex`, and so on.
    public func nodeKind(_ kind: String) -> String {
        switch kind {
        case "complex": return pick("산업단지", "complexes")
        case "area": return pick("연계지역", "linked areas")
        case "organisation": return pick("기관", "organisations")
        default: return kind
        }
    }

    /// The name of a linkage kind.
    public func linkageKind(_ kind: String) -> String {
        switch kind {
        case "anchor-link": return pick("거점–연계", "anchor–linked")
        case "value-chain": return pick("가치사슬", "value chain")
        case "value-chain-undirected": return pick("가치사슬(방향 미상)", "value chain (no direction)")
        case "cross-region": return pick("초광역 협력", "cross-region")
        case "cooperation": return pick("공동 개발", "joint development")
        case "management": return pick("기관 관리", "agency management")
        case "coordination": return pick("지원·조정", "coordination")
        case "proximity": return pick("근접", "proximity")
        default: return kind
        }
    }

    /// The name of a programme.
    public func programme(_ programme: String) -> String {
        switch programme {
        case "competitiveness-district": return pick("노후거점산단 경쟁력강화사업(2019–2023)", "competitiveness districts (2019–2023)")
        case "overhaul-2020": return pick("산업단지 대개조(2020)", "industrial-complex overhaul (2020)")
        case "competitiveness-candidate-2024": return pick("경쟁력강화사업 후보지(2024)", "competitiveness-district candidates (2024)")
        case "wide-area-2010": return pick("광역권 산업클러스터(2010)", "wide-area clusters (2010)")
        case "agency-reorg": return pick("산업단지공단 조직 개편(2009–2010)", "KICOX reorganisation (2009–2010)")
        case "cluster-2005": return pick("산업단지 클러스터사업(2005–2009)", "industrial-complex clusters (2005–2009)")
        case "regeneration": return pick("산단 재생사업", "complex regeneration")
        default: return programme
        }
    }

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
