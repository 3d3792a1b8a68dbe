import Foundation
import SandanIO

/// Checks a dataset folder in the schema of `Graphs/` and reports **every** problem with its
/// file, line and column, where the strict reader (`GraphFile/read(path:options:)` with ``DatasetSchema/folder``) stops
/// at the first.
///
/// The validator reads the tables itself (`TextDecoding` + `CSVParser`), so a folder the
/// strict reader refuses can still be checked as a whole. It checks:
///
/// - **headers**: the required columns (``DatasetSchema/requiredNodeColumns``, …) are present;
///   no unknown or duplicate column; every row as wide as the header;
/// - **`complexes.csv`**: ids present, unique and ASCII slugs; `kind` in ``NodeKind``; each
///   `type` item in ``ComplexType`` and no `type` on areas or organisations; `region` one of
///   the 17 시·도 in any form of ``Region/provinceTable`` (`서울`, `서울특별시`, `강원도`, `11`)
///   and `macro_region` the one it lies in; `firms` and
///   `employment` non-negative integers, `output_krw_100m` a non-negative number, and a
///   `figures_year` wherever a figure is given; years (`figures_year`, `smart`, which may be
///   `<=YEAR`) in ``DatasetSchema/years``; `lat` in −90…90 and `lon` in −180…180, given together, with a
///   `coords` precision from ``DatasetSchema/coordinatePrecisions``; with ``provinces``, the
///   point inside its `region`, and with ``districts``, inside its `sigungu` where the row
///   names one (within ``borderToleranceKm``; see `ValidationRun+Places.swift`);
/// - **`linkages.csv`**: both ends present and declared in `complexes.csv`, no self-loop;
///   `kind` a stored ``LinkageKind``; `programme` in ``Programme`` and `year` an integer in
///   the programme's ``Programme/years``; `weight` empty or a non-negative number;
///   management and coordination edges start at an organisation, industrial linkages touch
///   none; no linkage repeated (same ends — in either order for kinds without direction —
///   kind, programme and year);
/// - **`designations.csv`** (when present): programme, year, `region`, `anchor` and every
///   `linked` id declared, the anchor lying in the designation's region, the anchor's shares
///   (``DatasetSchema/anchorShareColumns``) percentages;
/// - **`participations.csv`** (when present, ``Participation``): programme, year (may be
///   empty), region, `node` declared and lying in the region, `role` a ``ParticipationRole``;
/// - **anchor years** (when `complexes.csv` has the column `anchor_since`): an integer year,
///   never on an organisation; every anchor-link's source has one, no later than the edge's
///   year; every anchor of `designations.csv` has the year of its earliest designation there,
///   and (when that file is present) every node with one is an anchor there;
/// - **citations** everywhere: present, each `;`-separated item a seed file name
///   (``DatasetSchema/isSeedFileName(_:)``) and, when ``seedsFolder`` is set, a file there.
///
/// A file that cannot be decoded or whose quoting is broken yields one problem (the first
/// such place) and no row checks; the other files are still checked.
///
/// Complexity: O(bytes) time and memory.
public struct DatasetValidator: Sendable {
    /// The text encoding of the tables.
    public var encoding: TextEncoding
    /// A folder holding the seed documents; when set, every cited file must exist there.
    public var seedsFolder: String?
    /// The 시·도 outlines (`Graphs/boundaries/sido.geojson`); when set, each node's `lat`/`lon`
    /// must lie in its `region` (matched by a region's code, name or short name).
    public var provinces: BoundaryMap?
    /// The 시·군·구 outlines (`Graphs/boundaries/sigungu.geojson`); when set with
    /// ``provinces``, a node with a `sigungu` must lie in it.
    public var districts: BoundaryMap?

    /// How far outside its region a point may lie and still count as inside, in km: the
    /// simplified outlines of `Graphs/boundaries/` lie within about a kilometre of the source's.
    public static let borderToleranceKm = 1.0

    public init(encoding: TextEncoding = .utf8, seedsFolder: String? = nil,
                provinces: BoundaryMap? = nil, districts: BoundaryMap? = nil) {
        self.encoding = encoding
        self.seedsFolder = seedsFolder
        self.provinces = provinces
        self.districts = districts
    }

    /// Checks the dataset in `folder`.
    public func validate(folder: String) -> ValidationReport {
        var run = ValidationRun(validator: self)
        let nodesPath = (folder as NSString).appendingPathComponent(DatasetSchema.folder.nodesFile)
        let edgesPath = (folder as NSString).appendingPathComponent(DatasetSchema.folder.edgesFile)
        let designationsPath = (folder as NSString).appendingPathComponent(DatasetSchema.designationsFile)
        let nodes = run.table(at: nodesPath, known: DatasetSchema.folder.nodeColumns, required: DatasetSchema.requiredNodeColumns)
        let edges = run.table(at: edgesPath, known: DatasetSchema.folder.edgeColumns, required: DatasetSchema.requiredEdgeColumns)
        if let nodes { run.checkNodes(nodes) }
        if let edges { run.checkEdges(edges, nodesKnown: nodes != nil) }
        var designationRows = 0, participationRows = 0
        if FileManager.default.fileExists(atPath: designationsPath),
           let designations = run.table(at: designationsPath, known: DatasetSchema.designationColumns,
                                        required: DatasetSchema.requiredDesignationColumns) {
            run.checkDesignations(designations, nodesKnown: nodes != nil)
            designationRows = designations.rows.count
        }
        let participationsPath = (folder as NSString).appendingPathComponent(Participation.file)
        if FileManager.default.fileExists(atPath: participationsPath),
           let participations = run.table(at: participationsPath, known: Participation.columns, required: Participation.requiredColumns) {
            run.checkParticipations(participations, nodesKnown: nodes != nil)
            participationRows = participations.rows.count
        }
        run.checkAnchorYears()
        let order = [nodesPath, edgesPath, designationsPath, participationsPath]
        let problems = run.problems.enumerated().sorted { a, b in
            let ka = (order.firstIndex(of: a.element.location.file) ?? order.count, a.element.location.line ?? 0, a.element.location.column ?? 0, a.offset)
            let kb = (order.firstIndex(of: b.element.location.file) ?? order.count, b.element.location.line ?? 0, b.element.location.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
        return ValidationReport(folder: folder, problems: problems, nodeRows: nodes?.rows.count ?? 0,
                                edgeRows: edges?.rows.count ?? 0, designationRows: designationRows,
                                participationRows: participationRows)
    }
}
