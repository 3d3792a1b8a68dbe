/// The roles a column of a CSV table can play, the header names that give a column its role
/// without being asked, and the name it takes once read.
///
/// Recognition folds letter case and ignores spaces, `_`, `-`, `.`, `/` and `·` (so `시·도`,
/// `시/도` and `시도` are one name); the first recognised name present wins, in the order listed.
/// A column named explicitly (``ColumnMapping``) is found by its exact header first, then folded.
public enum TableColumnRole: String, Sendable, CaseIterable {
    /// The edge table's first end.
    case source
    /// The edge table's second end.
    case target
    /// The edge kind (`anchor-link`, `value-chain`, …, or any text).
    case kind
    /// The year of a linkage (what `--since`/`--until` keep).
    case year
    /// The node table's id, which the edge table's ends name. Without one, the name column is
    /// the id.
    case id
    /// The node's display name.
    case name
    /// The node's 시·도.
    case region
    /// Latitude in degrees.
    case lat
    /// Longitude in degrees.
    case lon

    /// Whether the role belongs to the node table (else the edge table).
    public var isNodeRole: Bool {
        switch self {
        case .source, .target, .kind, .year: false
        case .id, .name, .region, .lat, .lon: true
        }
    }

    /// Header names that give a column this role by themselves.
    public var recognisedNames: [String] {
        switch self {
        case .source: ["source", "from", "src", "출발단지", "출발", "출발지", "기점", "거점단지", "거점"]
        case .target: ["target", "to", "dst", "도착단지", "도착", "도착지", "종점", "연계단지"]
        case .kind: ["kind", "연계유형", "연계종류", "유형", "종류"]
        case .year: ["year", "연도", "년도", "지정연도", "지정년도"]
        case .id: ["id", "node", "단지코드", "단지id", "코드"]
        case .name: ["name_ko", "name", "단지명", "산업단지명", "이름", "명칭"]
        case .region: ["region", "시도", "광역시도", "광역자치단체", "지역"]
        case .lat: ["lat", "latitude", "위도"]
        case .lon: ["lon", "lng", "longitude", "경도"]
        }
    }

    /// The command-line option that names this role's column (`--source-col`, …).
    public var option: String { "--\(rawValue)-col" }

    /// The attribute name a column headed `header` takes once read, given its cells (source,
    /// target and kind become structure, not attributes). A header that already is one of the
    /// role's attribute names (`name_ko`, `name`, `year`, `region`, …) is kept, so that what
    /// Sandan writes reads back as written; otherwise a name column holding Hangul becomes
    /// `name_ko` (the Korean name that drawings and reports show), any other `name`, and the
    /// other roles take their own name.
    func attributeName(header: String, cells: [String]) -> String {
        switch self {
        case .name:
            if header == "name_ko" || header == "name" { return header }
            return cells.contains { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } } ? "name_ko" : "name"
        default:
            return rawValue
        }
    }

    /// `name` folded for recognition.
    static func fold(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-./·\u{30FB}\t".unicodeScalars.contains($0) })
    }
}

/// Which header names the user gave for the roles of ``TableColumnRole`` (the others are
/// recognised by name).
public struct ColumnMapping: Sendable, Equatable {
    public var names: [TableColumnRole: String]

    public init(_ names: [TableColumnRole: String] = [:]) { self.names = names }

    public subscript(role: TableColumnRole) -> String? {
        get { names[role] }
        set { names[role] = newValue }
    }
}
