import Foundation
import SandanGraph

/// One of the 17 시·도 (provinces and metropolitan cities): its names, codes and 5+2
/// 광역경제권.
public struct Province: Sendable, Equatable {
    /// The short form `Graphs/` uses (`서울`, `강원`).
    public let short: String
    /// The official full name today (`서울특별시`, `강원특별자치도`).
    public let full: String
    /// The English name (Revised Romanization, as the government writes it).
    public let english: String
    /// The two-digit administrative code (행정구역 시·도 코드) today.
    public let code: String
    /// Earlier official names with their codes, each with the day the current name took over.
    public let former: [FormerName]
    /// The 5+2 광역경제권 (seed 003; see ``Region``).
    public let macroRegion: String

    /// An earlier official name, its code (if it had another) and the day it ended.
    public struct FormerName: Sendable, Equatable {
        public let name: String
        public let code: String?
        /// ISO 8601 day from which the current name holds.
        public let until: String
    }

    /// Every name and code the province is known by: short, full, English, code, former
    /// names and codes.
    public var spellings: [String] { [short, full, english, code] + former.flatMap { [$0.name] + ($0.code.map { [$0] } ?? []) } }
}

/// The 17 시·도 in the short form of `Graphs/`, and the 5+2 광역경제권 (wide-area economic
/// regions) of the 2010 programme (seed 003).
///
/// ``provinceTable`` is the one table of the provinces: short, full, English and former names
/// and codes. ``province(named:)`` and ``normalise(_:)`` accept any of those forms, so data
/// that writes `서울특별시`, `강원도`, `강원특별자치도` or `11` is read as `서울` or `강원`.
/// Name changes: 강원도 → 강원특별자치도 on 2023-06-11 (code 42 → 51), 전라북도 →
/// 전북특별자치도 on 2024-01-18 (45 → 52), 제주도 → 제주특별자치도 on 2006-07-01.
///
/// The macro-region mapping follows `Graphs/README.md` ("5+2 광역경제권 mapping"): 서울·인천·
/// 경기 → 수도권; 대전·세종·충북·충남 → 충청권; 광주·전북·전남 → 호남권; 대구·경북 → 대경권;
/// 부산·울산·경남 → 동남권; 강원 → 강원권; 제주 → 제주권.
public enum Region {
    /// The node attribute holding the 시·도.
    public static let attribute = "region"
    /// The node attribute holding the 5+2 macro-region.
    public static let macroAttribute = "macro_region"

    /// The seven macro-regions, in the order of seed 003.
    public static let macroRegions = ["수도권", "충청권", "호남권", "대경권", "동남권", "강원권", "제주권"]

    /// The 17 시·도 in the order of their codes.
    public static let provinceTable: [Province] = [
        Province(short: "서울", full: "서울특별시", english: "Seoul", code: "11", former: [], macroRegion: "수도권"),
        Province(short: "부산", full: "부산광역시", english: "Busan", code: "26", former: [], macroRegion: "동남권"),
        Province(short: "대구", full: "대구광역시", english: "Daegu", code: "27", former: [], macroRegion: "대경권"),
        Province(short: "인천", full: "인천광역시", english: "Incheon", code: "28", former: [], macroRegion: "수도권"),
        Province(short: "광주", full: "광주광역시", english: "Gwangju", code: "29", former: [], macroRegion: "호남권"),
        Province(short: "대전", full: "대전광역시", english: "Daejeon", code: "30", former: [], macroRegion: "충청권"),
        Province(short: "울산", full: "울산광역시", english: "Ulsan", code: "31", former: [], macroRegion: "동남권"),
        Province(short: "세종", full: "세종특별자치시", english: "Sejong", code: "36", former: [], macroRegion: "충청권"),
        Province(short: "경기", full: "경기도", english: "Gyeonggi", code: "41", former: [], macroRegion: "수도권"),
        Province(short: "충북", full: "충청북도", english: "Chungbuk", code: "43", former: [], macroRegion: "충청권"),
        Province(short: "충남", full: "충청남도", english: "Chungnam", code: "44", former: [], macroRegion: "충청권"),
        Province(short: "전남", full: "전라남도", english: "Jeonnam", code: "46", former: [], macroRegion: "호남권"),
        Province(short: "경북", full: "경상북도", english: "Gyeongbuk", code: "47", former: [], macroRegion: "대경권"),
        Province(short: "경남", full: "경상남도", english: "Gyeongnam", code: "48", former: [], macroRegion: "동남권"),
        Province(short: "제주", full: "제주특별자치도", english: "Jeju", code: "50",
                 former: [.init(name: "제주도", code: nil, until: "2006-07-01")], macroRegion: "제주권"),
        Province(short: "강원", full: "강원특별자치도", english: "Gangwon", code: "51",
                 former: [.init(name: "강원도", code: "42", until: "2023-06-11")], macroRegion: "강원권"),
        Province(short: "전북", full: "전북특별자치도", english: "Jeonbuk", code: "52",
                 former: [.init(name: "전라북도", code: "45", until: "2024-01-18")], macroRegion: "호남권"),
    ]

    /// Each spelling (``Province/spellings``, English lowercased) and its province.
    private static let bySpelling: [String: Province] = {
        var table: [String: Province] = [:]
        for province in provinceTable {
            for spelling in province.spellings { table[spelling.lowercased()] = province }
        }
        return table
    }()

    /// The province `name` denotes, in any form of ``provinceTable`` (short, full, former,
    /// English in any case, code), after trimming spaces and NFC normalisation; nil when it
    /// is none. O(length of `name`).
    public static func province(named name: String) -> Province? {
        bySpelling[name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()]
    }

    /// The short form of the province `name` denotes (`서울특별시` → `서울`), or nil.
    public static func normalise(_ name: String) -> String? { province(named: name)?.short }

    /// Each 시·도 (short form) and its macro-region.
    public static let macroRegionOf: [String: String] = Dictionary(uniqueKeysWithValues: provinceTable.map { ($0.short, $0.macroRegion) })

    /// The 17 시·도, sorted.
    public static var provinces: [String] { macroRegionOf.keys.sorted() }

    /// `graph` with every value of its text node attribute ``attribute`` that names a province
    /// (in any form ``province(named:)`` accepts) replaced by the short form; other values,
    /// and a graph without such a column, are left as they are. O(n).
    public static func normalisingRegions(in graph: Graph) -> Graph {
        guard case .string(let values)? = graph.nodeAttributes[attribute] else { return graph }
        let normalised = values.map { value in value.map { normalise($0) ?? $0 } }
        return normalised == values ? graph : graph.settingNodeColumn(attribute, .string(normalised))
    }

    /// Each 시·도's colour in drawings, `#rrggbb`: one hue family per macro-region (수도권
    /// blue, 충청권 green, 호남권 orange, 대경권 purple, 동남권 red, 강원권 teal, 제주권
    /// yellow), every province its own colour, any two at least 26 apart in CIEDE2000.
    /// Generated by `Scripts/palettes/generate.py`.
    public static let colors: [String: String] = [
        "서울": "#0078E1", "인천": "#5AD2FF", "경기": "#0F2D69",
        "대전": "#4B8700", "세종": "#00F0B4", "충북": "#003C1E", "충남": "#C3E12D",
        "광주": "#E11E00", "전북": "#4B2D1E", "전남": "#96690F",
        "대구": "#C3B4FF", "경북": "#A53CFF",
        "부산": "#FF5A96", "울산": "#FFC3B4", "경남": "#A5005A",
        "강원": "#008787",
        "제주": "#FFB40F",
    ]

    /// Each macro-region's colour: its family's centre (CIEDE2000 at least 25 apart).
    public static let macroColors: [String: String] = [
        "수도권": "#2D78C3", "충청권": "#5AA54B", "호남권": "#964B0F", "대경권": "#B478FF",
        "동남권": "#E16987", "강원권": "#008787", "제주권": "#FFB40F",
    ]

    /// The colours for values of a node attribute at one of the two region levels (`region`
    /// or `macro_region`), nil for any other attribute.
    public static func colors(forAttribute attribute: String) -> [String: String]? {
        switch attribute {
        case Self.attribute: colors
        case macroAttribute: macroColors
        default: nil
        }
    }
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
