import Foundation

/// The cross-tabulation of two partitions of the same nodes.
public struct Contingency: Sendable, Equatable {
    /// The distinct labels of the first partition, ascending (the rows).
    public let rowLabels: [Int]
    /// The distinct labels of the second partition, ascending (the columns).
    public let columnLabels: [Int]
    /// `counts[i][j]`: the number of nodes with row label `rowLabels[i]` and column label
    /// `columnLabels[j]`.
    public let counts: [[Int]]
}

/// The contingency table of partitions `a` and `b` (label arrays of equal length; any integers).
///
/// - Throws: ``GraphError/partitionLengthsDiffer(_:_:)`` when the lengths differ.
///
/// Complexity: O(n + r·c) time and space for r rows and c columns: meant for a partition
/// against an attribute with few values, not for two fine partitions of a large graph.
public func contingencyTable(_ a: [Int], _ b: [Int]) throws(GraphError) -> Contingency {
    try checkSameLength(a, b)
    let rows = Array(Set(a)).sorted(), columns = Array(Set(b)).sorted()
    let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
    let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    var counts = [[Int]](repeating: [Int](repeating: 0, count: columns.count), count: rows.count)
    for (x, y) in zip(a, b) { counts[rowIndex[x]!][columnIndex[y]!] += 1 }
    return Contingency(rowLabels: rows, columnLabels: columns, counts: counts)
}

/// Normalised mutual information between two partitions of the same nodes:
/// NMI = 2 I(A; B) / (H(A) + H(B)), the arithmetic-mean normalisation.
///
/// - Parameters:
///   - a: a label for each node (any integers; equal labels, same group).
///   - b: another labelling of the same nodes.
/// - Returns: NMI in [0, 1]; 1 when both partitions put all nodes in one group (H(A) + H(B)
///   = 0), as igraph returns.
/// - Throws: ``GraphError/partitionLengthsDiffer(_:_:)`` when the lengths differ,
///   ``GraphError/tooFewNodes(algorithm:needed:)`` when there are no nodes.
///
/// ## Complexity
/// O(n) expected time and O(n) space (sparse contingency counts).
///
/// ## Conventions
/// Equals igraph `compare_communities(a, b, method="nmi")` (Danon et al.), which is also
/// scikit-learn's `normalized_mutual_info_score` with its default `average_method="arithmetic"`.
/// The base of the logarithm cancels.
///
/// ## References
/// Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005). Comparing community structure
/// identification. *J. Stat. Mech.* P09008. doi:10.1088/1742-5468/2005/09/P09008
public func normalizedMutualInformation(_ a: [Int], _ b: [Int]) throws(GraphError) -> Double {
    try checkSameLength(a, b)
    guard !a.isEmpty else { throw .tooFewNodes(algorithm: "normalised mutual information", needed: 1) }
    let table = SparseContingency(a, b)
    let n = Double(a.count)
    func entropy(_ sizes: [Int]) -> Double {
        sizes.reduce(0) { h, s in
            let p = Double(s) / n
            return h - p * log(p)
        }
    }
    let h = entropy(table.rowSizes) + entropy(table.columnSizes)
    guard h > 0 else { return 1 }
    var mutual = 0.0
    for cell in table.cells {
        let nij = Double(cell.count)
        mutual += nij / n * log(n * nij / (Double(table.rowSizes[cell.row]) * Double(table.columnSizes[cell.column])))
    }
    return 2 * mutual / h
}

/// The adjusted Rand index between two partitions of the same nodes (Hubert & Arabie): the
/// Rand index corrected for chance, (index − expected) / (maximum − expected) over pairs of
/// nodes.
///
/// - Parameters:
///   - a: a label for each node (any integers).
///   - b: another labelling of the same nodes.
/// - Returns: ARI, 1 for identical partitions, about 0 for independent ones, possibly negative.
/// - Throws: ``GraphError/partitionLengthsDiffer(_:_:)`` when the lengths differ,
///   ``GraphError/tooFewNodes(algorithm:needed:)`` when there are fewer than two nodes (no pairs; igraph raises there too).
///
/// ## Complexity
/// O(n) expected time and O(n) space.
///
/// ## Conventions
/// Equals igraph `compare_communities(a, b, method="adjusted_rand")` and scikit-learn
/// `adjusted_rand_score`. When the correction's denominator is 0 (both partitions put every
/// node in one group, or both put every node alone: they are identical) the result is 1, as
/// scikit-learn returns; igraph returns NaN.
///
/// ## References
/// Hubert, L. & Arabie, P. (1985). Comparing partitions. *Journal of Classification* 2,
/// 193–218. doi:10.1007/BF01908075
public func adjustedRandIndex(_ a: [Int], _ b: [Int]) throws(GraphError) -> Double {
    try checkSameLength(a, b)
    guard a.count >= 2 else { throw .tooFewNodes(algorithm: "the adjusted Rand index", needed: 2) }
    let table = SparseContingency(a, b)
    func pairs(_ k: Int) -> Double { Double(k) * Double(k - 1) / 2 }
    let index = table.cells.reduce(0) { $0 + pairs($1.count) }
    let rowPairs = table.rowSizes.reduce(0) { $0 + pairs($1) }
    let columnPairs = table.columnSizes.reduce(0) { $0 + pairs($1) }
    let expected = rowPairs * columnPairs / pairs(a.count)
    let maximum = (rowPairs + columnPairs) / 2
    guard maximum != expected else { return 1 }
    return (index - expected) / (maximum - expected)
}

/// The non-zero cells of a contingency table, with the row and column sums.
private struct SparseContingency {
    var rowSizes: [Int]
    var columnSizes: [Int]
    var cells: [(row: Int, column: Int, count: Int)] = []

    init(_ a: [Int], _ b: [Int]) {
        let (rows, rowCount) = compactLabels(a)
        let (columns, columnCount) = compactLabels(b)
        rowSizes = [Int](repeating: 0, count: rowCount)
        columnSizes = [Int](repeating: 0, count: columnCount)
        var cellIndex: [Int: Int] = [:]
        for (r, c) in zip(rows, columns) {
            rowSizes[Int(r)] += 1
            columnSizes[Int(c)] += 1
            let key = Int(r) * columnCount + Int(c)
            if let i = cellIndex[key] {
                cells[i].count += 1
            } else {
                cellIndex[key] = cells.count
                cells.append((Int(r), Int(c), 1))
            }
        }
    }
}

private func checkSameLength(_ a: [Int], _ b: [Int]) throws(GraphError) {
    guard a.count == b.count else {
        throw .partitionLengthsDiffer(a.count, b.count)
    }
}
