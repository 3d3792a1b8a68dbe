import SandanGraph

/// Collects attribute values one row at a time and turns them into whole typed columns at the
/// end, so that a reader sets a million values in O(rows + values) time (setting values one by
/// one through ``GraphBuilder/setNodeAttribute(_:node:_:)`` copies a column per value).
///
/// Types follow ``AttributeColumn``: a column's type is fixed by its declaration or its first
/// value; integers stored into a double column are widened, a double stored into an integer
/// column widens the whole column; any other mismatch is
/// ``GraphError/attributeTypeMismatch(name:expected:found:)``. A later value for the same row
/// replaces an earlier one.
struct AttributeColumnsBuilder {
    private struct Entry {
        var type: AttributeType
        var rows: [Int] = []
        var values: [AttributeValue] = []
        var fallback: AttributeValue?
    }

    /// Column names in the order they were first declared or set.
    private(set) var names: [String] = []
    private var entries: [String: Entry] = [:]

    /// Whether a column called `name` exists.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Declares column `name` of `type`, so that it exists even when no row has a value.
    mutating func declare(_ name: String, type: AttributeType) {
        guard entries[name] == nil else { return }
        names.append(name)
        entries[name] = Entry(type: type)
    }

    /// Declares column `name` of `type` whose rows without a value take `value` (a GraphML or
    /// GEXF default), instead of being missing.
    mutating func declare(_ name: String, type: AttributeType, default value: AttributeValue) {
        declare(name, type: type)
        entries[name]!.fallback = value.type == .integer && type == .double ? .double(value.numericValue!) : value
    }

    /// Removes column `name` and its values, if it exists.
    mutating func remove(_ name: String) {
        guard entries.removeValue(forKey: name) != nil else { return }
        names.removeAll { $0 == name }
    }

    /// Stores `value` as row `row` of column `name`.
    /// - Throws: ``GraphError/attributeTypeMismatch(name:expected:found:)``.
    mutating func set(_ name: String, row: Int, _ value: AttributeValue) throws(GraphError) {
        guard var entry = entries[name] else {
            names.append(name)
            entries[name] = Entry(type: value.type, rows: [row], values: [value])
            return
        }
        entries[name] = nil
        defer { entries[name] = entry }
        switch (entry.type, value.type) {
        case let (a, b) where a == b: break
        case (.double, .integer): break
        case (.integer, .double): entry.type = .double
        default: throw .attributeTypeMismatch(name: name, expected: entry.type, found: value.type)
        }
        entry.rows.append(row)
        entry.values.append(value)
    }

    /// The columns, each with `count` rows (rows without a value are missing).
    func columns(count: Int) -> [(name: String, column: AttributeColumn)] {
        names.map { name in
            let entry = entries[name]!
            var column: AttributeColumn
            switch entry.type {
            case .string:
                var a = [String?](repeating: entry.fallback.flatMap { if case .string(let s) = $0 { s } else { nil } }, count: count)
                for (row, value) in zip(entry.rows, entry.values) { if case .string(let s) = value { a[row] = s } }
                column = .string(a)
            case .integer:
                var a = [Int?](repeating: entry.fallback.flatMap { if case .integer(let n) = $0 { n } else { nil } }, count: count)
                for (row, value) in zip(entry.rows, entry.values) { if case .integer(let n) = value { a[row] = n } }
                column = .integer(a)
            case .double:
                var a = [Double?](repeating: entry.fallback?.numericValue, count: count)
                for (row, value) in zip(entry.rows, entry.values) { a[row] = value.numericValue }
                column = .double(a)
            case .bool:
                var a = [Bool?](repeating: entry.fallback.flatMap { if case .bool(let b) = $0 { b } else { nil } }, count: count)
                for (row, value) in zip(entry.rows, entry.values) { if case .bool(let b) = value { a[row] = b } }
                column = .bool(a)
            }
            return (name, column)
        }
    }
}

extension AttributeColumnsBuilder {
    /// Refuses columns that would need more than `limits` allow once made dense: more than
    /// ``InputLimits/attributes`` names, or names × `rows` over ``InputLimits/attributeCells``
    /// (a file of 1 MB whose nodes each bring their own attribute name would otherwise need
    /// gigabytes). Until then the values are held sparsely, in O(values) memory. O(1).
    func check(rows: Int, of objects: String, limits: InputLimits, file: String) throws(InputError) {
        guard names.count <= limits.attributes else {
            throw InputError(file: file, "the \(objects)s have \(names.count) distinct attribute names, more than a file may have"
                + limits.exceeded(.attributes))
        }
        let (cells, overflow) = names.count.multipliedReportingOverflow(by: rows)
        guard !overflow, cells <= limits.attributeCells else {
            throw InputError(file: file, "\(names.count) \(objects) attributes for \(rows) \(objects)s need \(names.count) × \(rows) cells, "
                + "more than a file may need" + limits.exceeded(.attributeCells))
        }
    }
}

extension GraphBuilder {
    /// Sets the node columns of `attributes` (one row per node added so far), after
    /// ``AttributeColumnsBuilder/check(rows:of:limits:file:)``.
    mutating func setNodeColumns(_ attributes: AttributeColumnsBuilder, limits: InputLimits, file: String) throws(InputError) {
        try attributes.check(rows: nodeCount, of: "node", limits: limits, file: file)
        for (name, column) in attributes.columns(count: nodeCount) { setNodeColumn(name, column) }
    }

    /// Sets the edge columns of `attributes` (one row per edge added so far), after
    /// ``AttributeColumnsBuilder/check(rows:of:limits:file:)``.
    mutating func setEdgeColumns(_ attributes: AttributeColumnsBuilder, limits: InputLimits, file: String) throws(InputError) {
        try attributes.check(rows: edgeCount, of: "edge", limits: limits, file: file)
        for (name, column) in attributes.columns(count: edgeCount) { setEdgeColumn(name, column) }
    }
}
