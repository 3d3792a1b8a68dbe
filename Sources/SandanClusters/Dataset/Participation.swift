/// The optional table `participations.csv` of a dataset folder: a node's part in a programme
/// that is neither an anchor designation (`designations.csv`) nor a linkage — a target of the
/// 2005 cluster programme, an applicant of the 2020 대개조 call, a 산단 재생사업 district.
/// Not read by the graph loader; ``DatasetValidator`` checks it.
///
/// Columns: `programme` (``Programme``), `year` (empty when the seed gives none), `region`
/// (시·도 in any form ``Region`` accepts), `node` (an id of `complexes.csv`, lying in
/// `region`), `role` (``ParticipationRole``), `note`, `citation`.
public enum Participation {
    /// The file name.
    public static let file = "participations.csv"
    /// Columns `participations.csv` may have.
    public static let columns: Set<String> = ["programme", "year", "region", "node", "role", "note", "citation"]
    /// Columns it must have.
    public static let requiredColumns = ["programme", "node", "role", "citation"]
}

/// The `role` vocabulary of `participations.csv`.
public enum ParticipationRole: String, Sendable, CaseIterable, Codable {
    /// One of the 12 target complexes of the 2005 cluster programme (seed 003).
    case clusterTarget = "cluster-target"
    /// The anchor a 시·도 applied with to the 2020 대개조 call (seed 001: 예비 접수한 11개 시·도).
    case applicant
    /// A complex whose regeneration (산단 재생사업) was newly planned in the 2020 plans (seed 001).
    case regenerationNew = "regeneration-new"
    /// A complex that was already a regeneration district in 2020 (seed 001: 기존 재생지역).
    case regenerationExisting = "regeneration-existing"
}
