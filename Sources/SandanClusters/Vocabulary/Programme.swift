/// The `programme` vocabulary of `Graphs/README.md`: the policy programmes the seeds describe,
/// each with the years its linkages may carry.
public enum Programme: String, Sendable, CaseIterable, Codable {
    /// 노후거점산업단지 경쟁력강화사업지구, rounds 2019–2023 (seed 000, 참고 3). The 2020 round is
    /// stored as ``overhaul2020``.
    case competitivenessDistrict = "competitiveness-district"
    /// 산업단지 대개조, the five 2020 regions (seed 001).
    case overhaul2020 = "overhaul-2020"
    /// The three 2024 candidates of the competitiveness districts (seed 000, 참고 2).
    case competitivenessCandidate2024 = "competitiveness-candidate-2024"
    /// 광역권 산업클러스터, the 2010 wide-area cluster programme (seed 003).
    case wideArea2010 = "wide-area-2010"
    /// The KICOX reorganisation: offices before (2009) and after (2010) (seed 003).
    case agencyReorg = "agency-reorg"
    /// 산업단지 클러스터사업, the cluster programme of 12 target complexes from 2005 until its
    /// 2010 reorganisation into ``wideArea2010`` (seed 003).
    case cluster2005 = "cluster-2005"
    /// 산단 재생사업, the regeneration of old complexes, run since 2009 (seed 001).
    case regeneration

    /// The edge attribute that holds a linkage's programme.
    public static let attribute = "programme"

    /// What the programme is called in sentences and tables, with its years.
    public var name: Bilingual {
        switch self {
        case .competitivenessDistrict: Bilingual(ko: "노후거점산단 경쟁력강화사업(2019–2023)", en: "competitiveness districts (2019–2023)")
        case .overhaul2020: Bilingual(ko: "산업단지 대개조(2020)", en: "industrial-complex overhaul (2020)")
        case .competitivenessCandidate2024: Bilingual(ko: "경쟁력강화사업 후보지(2024)", en: "competitiveness-district candidates (2024)")
        case .wideArea2010: Bilingual(ko: "광역권 산업클러스터(2010)", en: "wide-area clusters (2010)")
        case .agencyReorg: Bilingual(ko: "산업단지공단 조직 개편(2009–2010)", en: "KICOX reorganisation (2009–2010)")
        case .cluster2005: Bilingual(ko: "산업단지 클러스터사업(2005–2009)", en: "industrial-complex clusters (2005–2009)")
        case .regeneration: Bilingual(ko: "산단 재생사업", en: "complex regeneration")
        }
    }

    /// The name of programme `programme` in sentences: the vocabulary's name when it is a
    /// ``Programme``, else `programme` itself. O(1).
    public static func name(of programme: String, korean: Bool) -> String {
        Programme(rawValue: programme)?.name.text(korean: korean) ?? programme
    }

    /// What the programme is, in a few words (Korean name and English gloss), for help texts.
    public var caption: String {
        switch self {
        case .competitivenessDistrict: "노후거점산업단지 경쟁력강화사업지구, competitiveness districts 2019–2023"
        case .overhaul2020: "산업단지 대개조, the five 2020 overhaul regions"
        case .competitivenessCandidate2024: "the three 2024 candidate districts"
        case .wideArea2010: "광역권 산업클러스터, the 2010 wide-area clusters"
        case .agencyReorg: "KICOX offices before and after the 2010 reorganisation"
        case .cluster2005: "산업단지 클러스터사업, the 2005 cluster programme (participations.csv)"
        case .regeneration: "산단 재생사업, regeneration of old complexes since 2009 (participations.csv)"
        }
    }

    /// The years a linkage or designation of this programme may carry.
    public var years: ClosedRange<Int> {
        switch self {
        case .competitivenessDistrict: 2019...2023
        case .overhaul2020: 2020...2020
        case .competitivenessCandidate2024: 2024...2024
        case .wideArea2010: 2010...2010
        case .agencyReorg: 2009...2010
        case .cluster2005: 2005...2009
        case .regeneration: 2009...2020
        }
    }
}
