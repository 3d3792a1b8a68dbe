import Foundation

/// Strict parsing of numbers in input files.
///
/// Swift's `Double("nan")`, `Double("inf")`, `Double("1e400")` and `Double("0x1p3")` all
/// succeed; a weight like that is an error. Accepted: an optional sign, decimal digits with an
/// optional fraction, an optional exponent, and a finite result. No spaces, no thousands
/// separators, no hexadecimal.
public enum NumberParsing {
    /// The finite decimal number `text` denotes, or nil.
    public static func finiteDouble<S: StringProtocol>(_ text: S) -> Double? {
        guard isDecimal(text.utf8), let value = Double(String(text)), value.isFinite else { return nil }
        return value
    }

    /// The integer `text` denotes (optional sign, decimal digits, fits in 64 bits), or nil.
    public static func integer<S: StringProtocol>(_ text: S) -> Int? {
        var digits = text.utf8[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(String(text))
    }

    /// A short reason why `text` is not a finite number, for error messages.
    public static func reason<S: StringProtocol>(_ text: S) -> String {
        if text.isEmpty { return "an empty value is not a number" }
        if let value = Double(text.trimmingCharacters(in: .whitespaces)) {
            if value.isNaN { return "\(IdentifierCheck.quoted(String(text))) is NaN; weights must be finite numbers" }
            if value.isInfinite { return "\(IdentifierCheck.quoted(String(text))) is infinite or out of range; weights must be finite numbers" }
        }
        return "\(IdentifierCheck.quoted(String(text))) is not a decimal number"
    }

    static func isDecimal<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var i = bytes.startIndex
        func at(_ i: C.Index) -> UInt8? { i < bytes.endIndex ? bytes[i] : nil }
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }
        if let b = at(i), b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { i = bytes.index(after: i) }
        var digits = 0
        while isDigit(at(i)) { digits += 1; i = bytes.index(after: i) }
        if at(i) == UInt8(ascii: ".") {
            i = bytes.index(after: i)
            while isDigit(at(i)) { digits += 1; i = bytes.index(after: i) }
        }
        guard digits > 0 else { return false }
        if let b = at(i), b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            i = bytes.index(after: i)
            if let s = at(i), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { i = bytes.index(after: i) }
            guard isDigit(at(i)) else { return false }
            while isDigit(at(i)) { i = bytes.index(after: i) }
        }
        return i == bytes.endIndex
    }

    /// `number` as the shortest text that reads back: whole numbers below 10¹⁵ without a
    /// decimal point (`2021`), others as Swift prints them (`35.2`).
    static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
