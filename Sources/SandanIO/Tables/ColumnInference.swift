import SandanGraph

/// Types for text columns (CSV cells): the narrowest of integer, double, bool and string that
/// holds every non-empty cell. Empty cells are missing values. Doubles must be finite decimal
/// numbers (so `nan` and `inf` make a string column).
enum ColumnInference {
    static func column(_ cells: [String]) -> AttributeColumn {
        let present = cells.filter { !$0.isEmpty }
        if !present.isEmpty, present.allSatisfy({ NumberParsing.integer($0) != nil }) {
            return .integer(cells.map { $0.isEmpty ? nil : NumberParsing.integer($0) })
        }
        if !present.isEmpty, present.allSatisfy({ NumberParsing.finiteDouble($0) != nil }) {
            return .double(cells.map { $0.isEmpty ? nil : NumberParsing.finiteDouble($0) })
        }
        let booleans: [String: Bool] = ["true": true, "false": false, "True": true, "False": false, "TRUE": true, "FALSE": false]
        if !present.isEmpty, present.allSatisfy({ booleans[$0] != nil }) {
            return .bool(cells.map { booleans[$0] })
        }
        return .string(cells.map { $0.isEmpty ? nil : $0 })
    }

    /// The columns of `table` that, written as text (`AttributeValue.description`, a missing
    /// value as an empty cell) and typed again by ``column(_:)``, would not come back as they
    /// are: a string column of numbers or booleans, an empty string (read as missing), a
    /// column with no value at all (read as strings). O(rows × columns).
    static func columnsChangedByText(_ table: AttributeTable) -> [String] {
        table.names.filter { name in
            let column = table[name]!
            let cells = (0..<column.count).map { column[$0]?.description ?? "" }
            return self.column(cells) != column
        }
    }
}
