/// Escaping of strings that go into HTML or SVG/XML, as text or as attribute values.
///
/// Every string that comes from data (names, labels, notes, file names) reaches a report only
/// through these functions, by way of ``Markup``. The output is safe in HTML text, in HTML
/// attribute values (always double-quoted by ``Markup``), inside inline SVG, and in standalone
/// SVG/XML files:
///
/// - `&`, `<`, `>` are written as entities everywhere; `"` and `'` too in attribute values.
/// - Characters that XML 1.0 forbids or that HTML flags as errors (C0 controls other than tab
///   and line feed, DEL and the C1 controls, the noncharacters U+FFFE/U+FFFF) become U+FFFD.
///   A carriage return, alone or before a line feed, becomes a line feed.
/// - Invisible characters that can make one name look like another or reverse the text around
///   them (bidirectional overrides and isolates, zero-width space, byte-order mark) are shown
///   as `[U+202E]`, so that a reader sees they are there.
public enum MarkupEscaping {
    /// `text` escaped for an HTML or XML text node.
    public static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `value` escaped for a double- or single-quoted HTML or XML attribute value.
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    /// `text` with forbidden characters replaced and invisible ones made visible, but no
    /// markup characters escaped: what a reader should see of a data string.
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            switch classify(scalar) {
            case .keep: out.append(scalar)
            case .lineFeed: out.append("\n")
            case .replace: out.append("\u{FFFD}")
            case .show: out.append(contentsOf: "[U+\(hex(scalar.value))]".unicodeScalars)
            }
        }
        return String(out)
    }

    private static func escape(_ raw: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in visible(raw).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n" where quotes: out += "&#10;"
            case "\t" where quotes: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private enum Treatment { case keep, lineFeed, replace, show }

    private static func classify(_ scalar: Unicode.Scalar) -> Treatment {
        switch scalar.value {
        case 0x09, 0x0A: return .keep
        case 0x0D: return .lineFeed
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return .replace
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return .show
        default: return .keep
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
