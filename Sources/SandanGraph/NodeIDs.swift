/// The string ids of a graph's nodes and their dense indices `0..<count`.
///
/// Ids map to indices once, at load. When every id is a canonical non-negative decimal integer
/// (the common case of large edge lists) the table keeps only the integers and a direct lookup
/// array, which needs far less memory than a dictionary of strings; when the ids are
/// `0, 1, 2, …` in order of first appearance (as generators and igraph write them) it keeps
/// nothing but their count.
///
/// Lookup is O(1) expected time for string ids and O(1) for integer ids.
public struct NodeIDs: Sendable, Equatable {
    enum Storage: Sendable, Equatable {
        /// Node i's id is the integer i.
        case identity(count: Int)
        /// `values[i]` is node i's integer id; `lookup[id]` its index or -1.
        case integers(values: [Int32], lookup: [Int32])
        case strings(values: [String], lookup: [String: Int32])
    }
    private(set) var storage: Storage

    /// An empty table.
    public init() { storage = .identity(count: 0) }

    /// A table of the given ids, which must be distinct.
    public init(_ ids: [String]) {
        self.init()
        for id in ids { _ = insert(id) }
    }

    /// Equal when the ids are the same in the same order, however they are stored.
    public static func == (a: NodeIDs, b: NodeIDs) -> Bool {
        a.storage == b.storage || (a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] })
    }

    /// The number of nodes.
    public var count: Int {
        switch storage {
        case .identity(let count): count
        case .integers(let values, _): values.count
        case .strings(let values, _): values.count
        }
    }

    /// The id of node `index`.
    public subscript(index: Int) -> String {
        switch storage {
        case .identity(let count):
            precondition(index >= 0 && index < count, "node index out of range")
            return String(index)
        case .integers(let values, _): return String(values[index])
        case .strings(let values, _): return values[index]
        }
    }

    /// The index of `id`, or nil.
    public func index(of id: String) -> Int? {
        switch storage {
        case .identity(let count):
            guard let n = NodeIDs.canonicalInteger(id), n < count else { return nil }
            return n
        case .integers(_, let lookup):
            guard let n = NodeIDs.canonicalInteger(id), n < lookup.count, lookup[n] >= 0 else { return nil }
            return Int(lookup[n])
        case .strings(_, let lookup):
            return lookup[id].map(Int.init)
        }
    }

    /// All ids in index order.
    public var all: [String] { (0..<count).map { self[$0] } }

    /// Adds `id` if new; returns its index and whether it was inserted.
    public mutating func insert(_ id: String) -> (index: Int, inserted: Bool) {
        if !isStrings, let n = NodeIDs.canonicalInteger(id), NodeIDs.fitsDirectLookup(n, count: count) {
            return insertInteger(n)
        }
        promoteToStrings()
        guard case .strings(var values, var lookup) = storage else { preconditionFailure() }
        if let existing = lookup[id] { return (Int(existing), false) }
        storage = .integers(values: [], lookup: [])
        let index = values.count
        values.append(id)
        lookup[id] = Int32(index)
        storage = .strings(values: values, lookup: lookup)
        return (index, true)
    }

    /// Adds the integer id `n` (≥ 0) if new, without formatting it as a string.
    public mutating func insertInteger(_ n: Int) -> (index: Int, inserted: Bool) {
        if case .identity(let count) = storage {
            if n < count { return (n, false) }
            if n == count {
                storage = .identity(count: count + 1)
                return (n, true)
            }
            let values = (0..<count).map { Int32($0) }
            storage = .integers(values: values, lookup: values)
        }
        guard case .integers(var values, var lookup) = storage, NodeIDs.fitsDirectLookup(n, count: values.count) else {
            promoteToStrings()
            return insert(String(n))
        }
        if n < lookup.count, lookup[n] >= 0 { return (Int(lookup[n]), false) }
        storage = .integers(values: [], lookup: [])
        if n >= lookup.count {
            let newCount = Swift.max(n + 1, lookup.count * 2)
            lookup.append(contentsOf: repeatElement(-1, count: newCount - lookup.count))
        }
        let index = values.count
        values.append(Int32(n))
        lookup[n] = Int32(index)
        storage = .integers(values: values, lookup: lookup)
        return (index, true)
    }

    /// Integer ids above this go into the string table, so that one huge id cannot make the
    /// direct lookup array huge.
    static let largestDirectInteger = 1 << 26

    /// Whether id `n` may go into the direct lookup array of a table holding `count` ids: below
    /// ``largestDirectInteger`` and either small (under 2²⁰) or at most 8 × the ids held, so
    /// the array stays proportional to the graph (one id `67108864` does not cost 256 MB).
    static func fitsDirectLookup(_ n: Int, count: Int) -> Bool {
        n <= largestDirectInteger && (n < 1 << 20 || n <= 8 * (count + 1))
    }

    private var isStrings: Bool {
        if case .strings = storage { true } else { false }
    }

    private mutating func promoteToStrings() {
        guard !isStrings else { return }
        let strings = all
        var lookup = [String: Int32](minimumCapacity: strings.count)
        for (i, s) in strings.enumerated() { lookup[s] = Int32(i) }
        storage = .strings(values: strings, lookup: lookup)
    }

    /// `text` as an integer when it is written canonically: ASCII digits, no sign, no leading
    /// zero (except "0"), at most nine digits; otherwise nil, so that `"007"` stays a string id.
    static func canonicalInteger(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 9 else { return nil }
        if utf8.count > 1, utf8.first == UInt8(ascii: "0") { return nil }
        var n = 0
        for byte in utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            n = n * 10 + Int(byte - 48)
        }
        return n
    }
}
