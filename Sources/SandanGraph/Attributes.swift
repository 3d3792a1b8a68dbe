/// One value of a node or edge attribute.
public enum AttributeValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)

    /// The value's type.
    public var type: AttributeType {
        switch self {
        case .string: .string
        case .integer: .integer
        case .double: .double
        case .bool: .bool
        }
    }

    /// The value as a number, when it is one (`integer`, `double`, or `bool` as 0/1).
    public var numericValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .double(let d): d
        case .bool(let b): b ? 1 : 0
        case .string: nil
        }
    }

    /// The value as text: integers in decimal, doubles in the shortest form that reads back
    /// exactly, booleans as `true`/`false`.
    public var description: String {
        switch self {
        case .string(let s): s
        case .integer(let i): String(i)
        case .double(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d)
        case .bool(let b): b ? "true" : "false"
        }
    }
}

/// The type of an attribute column.
public enum AttributeType: String, Sendable, CaseIterable {
    case string, integer, double, bool
}

/// A typed column of optional values, one per node or per edge.
///
/// A column's type is fixed by its first value; integers written into a `double` column are
/// widened, and an `integer` column receiving a `double` is widened to `double` as a whole.
/// Any other mismatch is a ``GraphError/attributeTypeMismatch(name:expected:found:)``.
public enum AttributeColumn: Sendable, Equatable {
    case string([String?])
    case integer([Int?])
    case double([Double?])
    case bool([Bool?])

    /// The column's element type.
    public var type: AttributeType {
        switch self {
        case .string: .string
        case .integer: .integer
        case .double: .double
        case .bool: .bool
        }
    }

    /// The number of entries (nodes or edges).
    public var count: Int {
        switch self {
        case .string(let a): a.count
        case .integer(let a): a.count
        case .double(let a): a.count
        case .bool(let a): a.count
        }
    }

    /// The value at `index`, or nil when it is missing.
    public subscript(index: Int) -> AttributeValue? {
        switch self {
        case .string(let a): a[index].map(AttributeValue.string)
        case .integer(let a): a[index].map(AttributeValue.integer)
        case .double(let a): a[index].map(AttributeValue.double)
        case .bool(let a): a[index].map(AttributeValue.bool)
        }
    }

    /// An empty column of `type` with `count` missing values.
    public static func empty(_ type: AttributeType, count: Int) -> AttributeColumn {
        switch type {
        case .string: .string(Array(repeating: nil, count: count))
        case .integer: .integer(Array(repeating: nil, count: count))
        case .double: .double(Array(repeating: nil, count: count))
        case .bool: .bool(Array(repeating: nil, count: count))
        }
    }

    /// The entries at `indices`, in that order.
    public func gathering(_ indices: some Sequence<Int>) -> AttributeColumn {
        switch self {
        case .string(let a): .string(indices.map { a[$0] })
        case .integer(let a): .integer(indices.map { a[$0] })
        case .double(let a): .double(indices.map { a[$0] })
        case .bool(let a): .bool(indices.map { a[$0] })
        }
    }

    /// Grows the column with missing values up to `count` entries.
    mutating func pad(to count: Int) {
        let extra = count - self.count
        guard extra > 0 else { return }
        switch self {
        case .string(var a): a.append(contentsOf: repeatElement(nil, count: extra)); self = .string(a)
        case .integer(var a): a.append(contentsOf: repeatElement(nil, count: extra)); self = .integer(a)
        case .double(var a): a.append(contentsOf: repeatElement(nil, count: extra)); self = .double(a)
        case .bool(var a): a.append(contentsOf: repeatElement(nil, count: extra)); self = .bool(a)
        }
    }

    /// Stores `value` at `index`, widening an integer column to double when needed.
    ///
    /// O(1) amortised: the column's storage is moved out of `self` before it is written, so it
    /// is never copied (widening an integer column is O(count), once).
    mutating func set(_ value: AttributeValue, at index: Int, name: String) throws(GraphError) {
        let mismatch = GraphError.attributeTypeMismatch(name: name, expected: type, found: value.type)
        switch self {
        case .string(var a):
            guard case .string(let v) = value else { throw mismatch }
            self = .bool([])
            a[index] = v
            self = .string(a)
        case .integer(var a):
            switch value {
            case .integer(let v):
                self = .bool([])
                a[index] = v
                self = .integer(a)
            case .double(let v):
                var widened = a.map { $0.map(Double.init) }
                widened[index] = v
                self = .double(widened)
            default: throw mismatch
            }
        case .double(var a):
            let v: Double
            switch value {
            case .double(let d): v = d
            case .integer(let i): v = Double(i)
            default: throw mismatch
            }
            self = .bool([])
            a[index] = v
            self = .double(a)
        case .bool(var a):
            guard case .bool(let v) = value else { throw mismatch }
            self = .bool([])
            a[index] = v
            self = .bool(a)
        }
    }
}

/// Named attribute columns in insertion order, all of the same length.
public struct AttributeTable: Sendable, Equatable {
    /// Column names in the order they were first set.
    public private(set) var names: [String] = []
    private var columns: [String: AttributeColumn] = [:]
    /// The number of rows (nodes or edges) every column has.
    public private(set) var rowCount: Int = 0

    public init() {}

    /// The column called `name`, if any.
    public subscript(name: String) -> AttributeColumn? { columns[name] }

    /// The value of column `name` at `row`.
    public func value(_ name: String, at row: Int) -> AttributeValue? { columns[name]?[row] }

    /// Replaces or adds a whole column; its count must equal ``rowCount``.
    public mutating func setColumn(_ name: String, _ column: AttributeColumn) {
        precondition(column.count == rowCount, "attribute column length must match the table")
        if columns[name] == nil { names.append(name) }
        columns[name] = column
    }

    /// Removes the column called `name`.
    public mutating func removeColumn(_ name: String) {
        guard columns.removeValue(forKey: name) != nil else { return }
        names.removeAll { $0 == name }
    }

    /// The rows at `indices`, in that order, as a new table.
    public func gathering(_ indices: [Int]) -> AttributeTable {
        var table = AttributeTable()
        table.rowCount = indices.count
        for name in names { table.setColumn(name, columns[name]!.gathering(indices)) }
        return table
    }

    mutating func grow(to count: Int) {
        guard count > rowCount else { return }
        rowCount = count
        for name in names { columns[name]!.pad(to: count) }
    }

    mutating func set(_ name: String, row: Int, _ value: AttributeValue) throws(GraphError) {
        if columns[name] == nil {
            names.append(name)
            columns[name] = .empty(value.type, count: rowCount)
        }
        try columns[name]!.set(value, at: row, name: name)
    }
}
