/// A block of a weighted adjacency matrix in compressed sparse rows with local indices (rows
/// and columns numbered inside the block), made by ``AdjacencyOperator/block(rows:transposed:columns:column:)``
/// so that a component's eigenproblem costs the size of the component, not of the graph.
struct SparseBlock {
    /// The number of columns (the length of the vectors multiplied).
    let columnCount: Int
    /// Row r's entries are `offsets[r]..<offsets[r + 1]`; rowCount + 1 entries.
    let offsets: [Int]
    let columns: [Int32]
    let values: [Double]
    let team: WorkerTeam

    var rowCount: Int { offsets.count - 1 }

    /// The entry at (row, column), summed over repeats; 0 when absent. O(row length).
    func entry(row: Int, column: Int) -> Double {
        (offsets[row]..<offsets[row + 1]).reduce(0) { columns[$1] == column ? $0 + values[$1] : $0 }
    }

    /// The largest row sum. O(entries).
    var largestRowSum: Double {
        (0..<rowCount).reduce(0) { best, r in max(best, (offsets[r]..<offsets[r + 1]).reduce(0) { $0 + values[$1] }) }
    }

    /// y = B x (y has rowCount entries, x columnCount). O(rows + entries) work, in row blocks
    /// across the team's workers on blocks of at least 32,768 rows.
    func multiply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    team.forEachBlock(count: rowCount, minimumBlock: 32_768) { block in
                        for r in block {
                            var sum = 0.0
                            for a in offsets[r]..<offsets[r + 1] { sum += values[a] * x[Int(columns[a])] }
                            y[r] = sum
                        }
                    }
                }
            }
        }
    }
}
