/// The node `kind` vocabulary of `Graphs/README.md`.
public enum NodeKind: String, Sendable, CaseIterable, Codable {
    /// An industrial complex (산업단지), national, general, urban high-tech or agro-industrial.
    case complex
    /// A linked area that is not a complex (연계지역, 특구, port site, 혁신도시).
    case area
    /// An agency office or support body (KICOX headquarters, regional HQs and branches,
    /// technoparks).
    case organisation

    /// The node attribute that holds the kind.
    public static let attribute = "kind"

    /// What nodes of the kind are called when counted ("산업단지 12개" / "12 complexes": plural
    /// in English).
    public var name: Bilingual {
        switch self {
        case .complex: Bilingual(ko: "산업단지", en: "complexes")
        case .area: Bilingual(ko: "연계지역", en: "linked areas")
        case .organisation: Bilingual(ko: "기관", en: "organisations")
        }
    }

    /// The name of node kind `kind` when counted: the vocabulary's name when `kind` is a
    /// ``NodeKind``, else `kind` itself. O(1).
    public static func name(of kind: String, korean: Bool) -> String {
        NodeKind(rawValue: kind)?.name.text(korean: korean) ?? kind
    }
}

/// The `type` vocabulary of complexes (산업단지 types under the Industrial Sites Act).
public enum ComplexType: String, Sendable, CaseIterable, Codable {
    /// 국가산업단지, national.
    case national = "국가"
    /// 일반산업단지, general.
    case general = "일반"
    /// 도시첨단산업단지, urban high-tech.
    case urbanHighTech = "도시첨단"
    /// 농공단지, agro-industrial.
    case agroIndustrial = "농공"
}
