import SandanGraph

/// Reading attribute values that a file writes as text in a declared type (GraphML `key`s,
/// GEXF `attribute`s), with the same rules in every reader:
///
/// - strings are kept as they are;
/// - integers are decimal and must fit in 64 bits;
/// - doubles are finite decimal numbers (`nan`, `INF`, `1e400` and `0x1p3` are not);
/// - booleans are `true`, `false`, `1` or `0`, in any case;
/// - an empty (or all-blank) number or boolean is a missing value.
///
/// A NaN or infinite `weight` is an error, since algorithms would use it; a NaN or infinite
/// value of any other attribute becomes a missing value and is counted in a warning (igraph
/// writes a missing numeric value as `NaN`).
enum TypedValueParsing {
    /// What one text value turned out to be.
    enum Outcome: Equatable {
        case value(AttributeValue)
        case missing
        /// A NaN or infinite number in an attribute other than `weight`.
        case nonFinite
    }

    /// Why a value could not be read (the caller adds the location).
    struct Failure: Error {
        var message: String
    }

    /// Parses `text` as a value of `type` for the attribute called `name`.
    static func parse(_ text: String, as type: AttributeType, name: String) throws(Failure) -> Outcome {
        let trimmed = text.trimmingXMLSpace()
        if type != .string, trimmed.isEmpty { return .missing }
        switch type {
        case .string:
            return .value(.string(text))
        case .integer:
            if let n = NumberParsing.integer(trimmed) { return .value(.integer(n)) }
            let digits = trimmed.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            if !digits.isEmpty, trimmed.utf8.count - digits.count <= 1, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                throw Failure(message: "attribute \(IdentifierCheck.quoted(name)): \(IdentifierCheck.quoted(trimmed)) is out of range for a 64-bit integer")
            }
            throw Failure(message: "attribute \(IdentifierCheck.quoted(name)): \(IdentifierCheck.quoted(trimmed)) is not an integer")
        case .double:
            if let d = NumberParsing.finiteDouble(trimmed) { return .value(.double(d)) }
            if let d = Double(trimmed), !d.isFinite {
                if name == "weight" { throw Failure(message: "bad weight: " + NumberParsing.reason(trimmed)) }
                return .nonFinite
            }
            throw Failure(message: "attribute \(IdentifierCheck.quoted(name)): " + NumberParsing.reason(trimmed))
        case .bool:
            switch trimmed.lowercased() {
            case "true", "1": return .value(.bool(true))
            case "false", "0": return .value(.bool(false))
            default: throw Failure(message: "attribute \(IdentifierCheck.quoted(name)): \(IdentifierCheck.quoted(trimmed)) is not a boolean (true, false, 1 or 0)")
            }
        }
    }
}

/// Counts NaN and infinite values that became missing values, per attribute, and reports each
/// attribute once.
struct NonFiniteTally {
    private var counts: [String: (count: Int, first: SourceLocation)] = [:]
    private var order: [String] = []

    /// Notes a NaN or infinite value of attribute `name` at `location`.
    mutating func note(_ name: String, at location: SourceLocation) {
        if let entry = counts[name] {
            counts[name] = (entry.count + 1, entry.first)
        } else {
            counts[name] = (1, location)
            order.append(name)
        }
    }

    /// One warning per attribute that had such values.
    var warnings: [Diagnostic] {
        order.map { name in
            let entry = counts[name]!
            let values = entry.count == 1 ? "1 value is" : "\(entry.count) values are"
            return Diagnostic(entry.first, "attribute \(IdentifierCheck.quoted(name)): \(values) NaN or infinite; kept as missing values")
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
