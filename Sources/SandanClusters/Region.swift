/// The 17 시·도 (provinces and metropolitan cities) in the short form of `Graphs/`, and the
/// 5+2 광역경제권 (wide-area economic regions) of the 2010 programme (seed 003).
///
/// The mapping follows `Graphs/README.md` ("5+2 광역경제권 mapping"): 서울·인천·경기 → 수도권;
/// 대전·세종·충북·충남 → 충청권; 광주·전북·전남 → 호남권; 대구·경북 → 대경권; 부산·울산·경남 →
/// 동남권; 강원 → 강원권; 제주 → 제주권.
public enum Region {
    /// The node attribute holding the 시·도.
    public static let attribute = "region"
    /// The node attribute holding the 5+2 macro-region.
    public static let macroAttribute = "macro_region"

    /// The seven macro-regions, in the order of seed 003.
    public static let macroRegions = ["수도권", "충청권", "호남권", "대경권", "동남권", "강원권", "제주권"]

    /// Each 시·도 and its macro-region.
    public static let macroRegionOf: [String: String] = [
        "서울": "수도권", "인천": "수도권", "경기": "수도권",
        "대전": "충청권", "세종": "충청권", "충북": "충청권", "충남": "충청권",
        "광주": "호남권", "전북": "호남권", "전남": "호남권",
        "대구": "대경권", "경북": "대경권",
        "부산": "동남권", "울산": "동남권", "경남": "동남권",
        "강원": "강원권",
        "제주": "제주권",
    ]

    /// The 17 시·도, sorted.
    public static var provinces: [String] { macroRegionOf.keys.sorted() }
}

/// The two levels at which regions group complexes.
public enum RegionLevel: String, Sendable, CaseIterable, Codable {
    /// 시·도 (the node attribute `region`).
    case province = "region"
    /// 5+2 광역경제권 (the node attribute `macro_region`).
    case macroRegion = "macro_region"

    /// The node attribute that holds this level.
    public var attribute: String { rawValue }
}
