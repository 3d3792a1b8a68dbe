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
}
