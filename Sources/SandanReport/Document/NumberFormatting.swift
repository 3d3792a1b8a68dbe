import Foundation

/// Numbers as a report writes them: the same on every machine, whatever its locale.
public enum NumberFormatting {
    /// `value` with exactly `decimals` digits after the point ("0.125"); "−" signs are ASCII.
    /// Not-a-number is written "—".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value > 0 ? "∞" : "-∞") }
        let text = String(format: "%.\(max(0, decimals))f", value)
        return text == "-" + String(format: "%.\(max(0, decimals))f", 0.0) ? String(text.dropFirst()) : text
    }

    /// An integer with thousands separated by commas ("12,345"), as both Korean and English
    /// reports write them.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// `fraction` as a percentage with `decimals` digits ("42.5%").
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        fixed(fraction * 100, decimals: decimals) + "%"
    }

    /// A short form for chart axes: integers without a point, others with up to three
    /// significant decimals and no trailing zeros ("0.25", "1.5", "12").
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        if value == value.rounded() && abs(value) < 1e15 { return grouped(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
