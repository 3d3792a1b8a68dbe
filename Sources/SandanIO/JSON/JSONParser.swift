/// A JSON value with the place it starts in its file.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number without fraction or exponent that fits in 64 bits.
    case integer(Int)
    /// A number without fraction or exponent that does not fit in 64 bits, as its digits (an
    /// id such as 123456789012345678901234567890 keeps them all).
    case bigInteger(String)
    case double(Double)
    case string(String)
    case array([JSONNode])
    /// Members in file order; keys are unique (duplicates are refused).
    case object([(key: String, value: JSONNode)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.integer(x), .integer(y)): x == y
        case let (.bigInteger(x), .bigInteger(y)): x == y
        case let (.double(x), .double(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.elementsEqual(y) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}

/// A JSON value and its 1-based line and column.
public struct JSONNode: Sendable, Equatable {
    public var value: JSONValue
    public var line: Int
    public var column: Int

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// A strict JSON parser (RFC 8259) that reports the line and column of every error.
///
/// Unlike `JSONSerialization` it refuses duplicate object keys (naming the key), caps nesting
/// at ``maximumDepth`` levels with a located error instead of failing near 512 levels without
/// one, refuses `NaN`/`Infinity` and numbers out of range, control characters in strings,
/// unpaired surrogates and trailing commas. Strings are normalised to NFC by the callers.
///
/// Complexity: O(bytes) time (columns are counted incrementally, so a file written on one line
/// is no slower), recursive only up to `maximumDepth`.
public struct JSONParser {
    /// The deepest nesting accepted.
    public static let maximumDepth = 200

    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `text` from `file`.
    /// - Throws: ``InputError`` at the offending place.
    public static func parse(_ text: String, file: String) throws(InputError) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8), file: file)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.i == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// A byte index on the current line whose column is known, so that finding the column of
    /// the current position only counts the bytes since (a file on one line stays O(bytes)).
    private var columnMark = 0
    private var columnAtMark = 1

    /// The 1-based column (in Unicode scalars) of the current position.
    private mutating func column() -> Int {
        let end = min(i, bytes.count)
        if columnMark < lineStart || columnMark > end {
            columnMark = lineStart
            columnAtMark = 1
        }
        var k = columnMark, c = columnAtMark
        while k < end {
            if bytes[k] & 0xC0 != 0x80 { c += 1 }
            k += 1
        }
        columnMark = end
        columnAtMark = c
        return c
    }

    private mutating func error(_ message: String) -> InputError {
        InputError(file: file, line: line, column: column(), message)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue, at start: (Int, Int)) throws(InputError) -> JSONNode {
        let lit = Array(literal.utf8)
        guard i + lit.count <= bytes.count, Array(bytes[i..<i + lit.count]) == lit else {
            throw error("unexpected character; expected a JSON value")
        }
        i += lit.count
        return JSONNode(value: value, line: start.0, column: start.1)
    }

    private mutating func value(depth: Int) throws(InputError) -> JSONNode {
        guard i < bytes.count else { throw error("unexpected end of file: the JSON is truncated") }
        let start = (line, column())
        switch bytes[i] {
        case UInt8(ascii: "{"):
            guard depth < JSONParser.maximumDepth else { throw error("JSON nested deeper than \(JSONParser.maximumDepth) levels") }
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            var keys = Set<String>()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return JSONNode(value: .object([]), line: start.0, column: start.1) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw error(i < bytes.count ? "expected a quoted key" : "unexpected end of file: the JSON is truncated")
                }
                let keyLine = line, keyColumn = column()
                let key = try string()
                guard keys.insert(key).inserted else {
                    throw InputError(file: file, line: keyLine, column: keyColumn, "duplicate key \"\(key)\" in one object (refused: readers disagree on which one wins)")
                }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of file: the JSON is truncated") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw error("expected ',' or '}'")
            }
            return JSONNode(value: .object(members), line: start.0, column: start.1)
        case UInt8(ascii: "["):
            guard depth < JSONParser.maximumDepth else { throw error("JSON nested deeper than \(JSONParser.maximumDepth) levels") }
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return JSONNode(value: .array([]), line: start.0, column: start.1) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of file: the JSON is truncated") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                throw error("expected ',' or ']'")
            }
            return JSONNode(value: .array(items), line: start.0, column: start.1)
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try string()), line: start.0, column: start.1)
        case UInt8(ascii: "t"): return try expect("true", .bool(true), at: start)
        case UInt8(ascii: "f"): return try expect("false", .bool(false), at: start)
        case UInt8(ascii: "n"): return try expect("null", .null, at: start)
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw error("NaN and Infinity are not JSON; numbers must be finite")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: try number(), line: start.0, column: start.1)
        default:
            throw error("unexpected character; expected a JSON value")
        }
    }

    private mutating func number() throws(InputError) -> JSONValue {
        let s = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "I") { throw error("NaN and Infinity are not JSON; numbers must be finite") }
        var isInteger = true
        while i < bytes.count {
            let b = bytes[i]
            if b >= 48 && b <= 57 { i += 1; continue }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                isInteger = false; i += 1; continue
            }
            break
        }
        let text = String(decoding: bytes[s..<i], as: UTF8.self)
        if isInteger, let n = Int(text) { return .integer(n) }
        if isInteger, NumberParsing.isDecimal(text.utf8) { return .bigInteger(text) }
        guard NumberParsing.isDecimal(text.utf8), let d = Double(text) else { i = s; throw error("malformed number \(IdentifierCheck.quoted(String(text)))") }
        guard d.isFinite else { i = s; throw error("number \(IdentifierCheck.quoted(String(text))) is out of range") }
        return .double(d)
    }

    private mutating func string() throws(InputError) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw error("unterminated string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 { throw error("control character in a string; escape it") }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw error("unterminated string") }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("unpaired surrogate in \\u escape")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws(InputError) -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw error("\\u needs four hexadecimal digits")
        }
        i += 4
        return v
    }
}
