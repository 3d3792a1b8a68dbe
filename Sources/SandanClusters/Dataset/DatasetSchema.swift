import Foundation
import SandanIO

/// The rules of the `Graphs/` schema that go beyond its columns: which columns are required,
/// what ids and citations look like, which years and coordinates are plausible.
///
/// The two graph tables and their columns are ``folder`` (the layout the strict reader
/// reads); the optional tables are ``designationsFile`` and `participations.csv`.
public enum DatasetSchema {
    /// The layout of a dataset folder's graph: `complexes.csv` (nodes) and `linkages.csv`
    /// (edges) with their columns. Reading a folder with it (`ReadOptions.folder` of SandanIO) accepts no other column.
    public static let folder = TableFolder(
        nodesFile: "complexes.csv", edgesFile: "linkages.csv",
        nodeColumns: [
            "id", "name_ko", "name_en", "kind", "type", "region", "macro_region", "firms", "output_krw_100m",
            "employment", "figures_year", "industries", "smart", "anchor_since", "lat", "lon", "coords", "citation",
            "sigungu",
        ],
        edgeColumns: [
            "source", "target", "kind", "programme", "year", "industry", "product", "weight", "note", "citation",
        ])
    /// The optional third table of a dataset folder.
    public static let designationsFile = "designations.csv"
    /// Columns `designations.csv` may have.
    public static let designationColumns: Set<String> = Set([
        "programme", "year", "region", "anchor", "linked", "industries", "lead_firms", "note", "citation",
    ] + anchorShareColumns)
    /// Columns of `designations.csv` giving the anchor's share (percent) of its 시·도's firms,
    /// output and employment, as a designation plan states it (seed 001, 산업적 중요도).
    public static let anchorShareColumns = ["anchor_firms_share_pct", "anchor_output_share_pct", "anchor_employment_share_pct"]
    /// Columns every `complexes.csv` must have.
    public static let requiredNodeColumns = ["id", "kind", "citation"]
    /// Columns every `linkages.csv` must have.
    public static let requiredEdgeColumns = ["source", "target", "kind", "programme", "year", "citation"]
    /// Columns every `designations.csv` must have.
    public static let requiredDesignationColumns = ["programme", "year", "anchor", "citation"]

    /// Years any year column may hold: from the first national complexes (the 1960s) to a
    /// little after the latest seed (2024).
    public static let years = 1960...2035

    /// The prefix of a `smart` value that gives a latest year instead of the year: `<=2020`
    /// is a designation made no later than 2020 whose year the seed does not state (기선정).
    public static let noLaterThan = "<="

    /// Values of `coords`: `approx-city` (the centre of the 시·군, as in `Graphs/`),
    /// `approx-town` (the centre of the 읍·면·동 a seed names, from the boundary data; see
    /// `Graphs/boundaries/README.md`) or `exact`.
    public static let coordinatePrecisions: Set<String> = ["approx-city", "approx-town", "exact"]

    /// Whether a `coords` value marks approximate coordinates (a city's or a town's centre).
    public static func isApproximate(_ precision: String?) -> Bool { precision?.hasPrefix("approx-") == true }

    /// Separator of multi-valued cells (`citation`, `type`, `industries`, `linked`).
    public static let listSeparator: Character = ";"

    /// Whether `id` is a stable ASCII slug: lowercase letters and digits in groups joined by
    /// single hyphens (`gumi`, `banwol-sihwa`, `kicox-honam-hq`).
    public static func isSlug(_ id: String) -> Bool {
        let groups = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && groups.allSatisfy { group in
            !group.isEmpty && group.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }

    /// Whether `name` looks like a seed file name: three digits, an underscore, sixteen
    /// lowercase hexadecimal digits and `.txt` (`000_5c4ffd1b9c21ec6c.txt`).
    public static func isSeedFileName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 3 + 1 + 16 + 4, name.hasSuffix(".txt"), bytes[3] == UInt8(ascii: "_") else { return false }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let isHex = { (b: UInt8) in isDigit(b) || (b >= 0x61 && b <= 0x66) }
        return bytes[0..<3].allSatisfy(isDigit) && bytes[4..<20].allSatisfy(isHex)
    }

    /// The parts of a `;`-separated cell, trimmed, empty parts kept (so that `a;;b` can be
    /// reported).
    static func listItems(_ cell: String) -> [String] {
        cell.split(separator: listSeparator, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
