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
