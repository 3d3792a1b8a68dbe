import Foundation

/// How Sandan writes text into DOT so that nothing from the data can change the graph's
/// structure, inject attributes or trip Graphviz's lexer.
///
/// - Every id and value is written as a quoted string (DOT keywords are case-insensitive, and a
///   bare `2산단` is read as two nodes; see FIELD_NOTES §1).
/// - Labels are escStrings: `\` is doubled, so `\N`, `\G` or `C:\new` in a name show verbatim
///   (a doubled trailing backslash is accepted by Graphviz 2.42, checked by the tests); `"` is
///   escaped; line breaks become `\n`. `&` is written `&amp;`: Graphviz decodes character
///   references in labels, so `AT&amp;T` would be drawn `AT&T`, and `&#x1;` or `&#xD800;`
///   would put a control character or an encoded surrogate into the SVG, which is then not
///   XML (issue 13).
/// - Text is normalised to NFC (Hangul typed in NFD jamo becomes syllables), control
///   characters other than the line break are dropped, and so are the bidirectional overrides
///   and isolates (U+202A–U+202E, U+2066–U+2069), which would reorder what a reader sees.
///   Noncharacters (U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF of every plane) become U+FFFD: XML
///   forbids U+FFFE and U+FFFF, and cairo fails on them ("out of memory" in a PDF).
/// - Graphviz 2.42 rejects a quoted string of 16,383 bytes or more; every string Sandan writes
///   stays within ``maximumQuotedBytes`` (labels are cut at a character boundary and end
///   with "…").
public enum DOTEscaping {
    /// The longest quoted string (in UTF-8 bytes, escapes included) Sandan writes.
    public static let maximumQuotedBytes = 16_000

    /// `text` as a quoted DOT string for a value that is not an escString (a colour, a style,
    /// a font name): cleaned as described above, with backslashes and line breaks removed
    /// (such values never need them, and a backslash cannot end a plain quoted string safely).
    public static func quoted(_ text: String) -> String {
        let plain = cleaned(text).unicodeScalars.filter { $0 != "\\" && $0 != "\n" }
        return quotedEscString(String(String.UnicodeScalarView(plain)))
    }

    /// `text` as a quoted escString label: shown exactly as given (after cleaning), with line
    /// breaks kept as centred line breaks, cut to `byteLimit` UTF-8 bytes of escaped text.
    public static func quotedLabel(_ text: String, byteLimit: Int = maximumQuotedBytes) -> String {
        quotedEscString(cleaned(text), escapingAmpersands: true, byteLimit: byteLimit)
    }

    /// `text` normalised to NFC with CR LF and CR turned into LF, other control characters
    /// (C0 except LF, DEL, C1) and bidirectional controls removed, tabs turned into spaces and
    /// noncharacters into U+FFFD.
    public static func cleaned(_ text: String) -> String {
        let normalised = text.precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in normalised.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A where previousWasCR: continue
            case 0x0A: scalars.append(scalar)
            case 0x09: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            case 0xFDD0...0xFDEF: scalars.append("\u{FFFD}")
            case let v where v & 0xFFFE == 0xFFFE: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `text` holds a Hangul syllable or jamo.
    public static func containsHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
            default: false
            }
        }
    }

    /// `text` cut to at most `limit` characters, ending with "…" when cut.
    public static func truncated(_ text: String, characters limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + "…"
    }

    /// Quotes already-cleaned text, escaping `\`, `"`, line breaks and (for labels, where
    /// Graphviz decodes character references) `&`, and cutting only between characters so that
    /// a cut never splits an escape or a character.
    private static func quotedEscString(_ text: String, escapingAmpersands: Bool = false, byteLimit: Int = maximumQuotedBytes) -> String {
        // Escapes work on scalars: a quote followed by a combining mark is one Character
        // that is not equal to "\"", yet its quote would still end the DOT string.
        let pieces = text.map { character -> String in
            var piece = ""
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\\": piece += "\\\\"
                case "\"": piece += "\\\""
                case "\n": piece += "\\n"
                case "&" where escapingAmpersands: piece += "&amp;"
                default: piece.unicodeScalars.append(scalar)
                }
            }
            return piece
        }
        var total = pieces.reduce(0) { $0 + $1.utf8.count }
        guard total > byteLimit else { return "\"" + pieces.joined() + "\"" }
        let ellipsis = "…"
        total = ellipsis.utf8.count
        var body = ""
        for piece in pieces {
            total += piece.utf8.count
            if total > byteLimit { break }
            body += piece
        }
        return "\"" + body + ellipsis + "\""
    }
}
