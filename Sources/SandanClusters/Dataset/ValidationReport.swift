import SandanIO

/// The outcome of ``DatasetValidator/validate(folder:)``: every problem, in file order
/// (`complexes.csv`, `linkages.csv`, `designations.csv`, `participations.csv`; within a file by line and column), and how many
/// rows each table has.
public struct ValidationReport: Sendable, Equatable {
    /// The folder that was checked.
    public let folder: String
    /// Every problem found, each at the offending cell (or row or header when no single cell
    /// is at fault); empty when the dataset is valid.
    public let problems: [Diagnostic]
    /// Data rows in `complexes.csv` (0 when it could not be read).
    public let nodeRows: Int
    /// Data rows in `linkages.csv`.
    public let edgeRows: Int
    /// Data rows in `designations.csv` (0 when the folder has none).
    public let designationRows: Int
    /// Data rows in `participations.csv` (0 when the folder has none).
    public let participationRows: Int

    public init(folder: String, problems: [Diagnostic], nodeRows: Int, edgeRows: Int, designationRows: Int,
                participationRows: Int = 0) {
        self.folder = folder
        self.problems = problems
        self.nodeRows = nodeRows
        self.edgeRows = edgeRows
        self.designationRows = designationRows
        self.participationRows = participationRows
    }

    /// Whether no problem was found.
    public var isValid: Bool { problems.isEmpty }

    /// One line: `OK: FOLDER: N nodes, M linkages, D designations[, P participations]` or
    /// `FOLDER: K problems`.
    public var summary: String {
        if isValid {
            let participations = participationRows > 0 ? ", \(participationRows) participations" : ""
            return "OK: \(folder): \(nodeRows) nodes, \(edgeRows) linkages, \(designationRows) designations\(participations)"
        }
        return "\(folder): \(problems.count) problem\(problems.count == 1 ? "" : "s")"
    }
}
