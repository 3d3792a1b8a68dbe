import Foundation

/// Warns about ids that look like another id but are not: leading or trailing spaces,
/// invisible characters (zero-width space and joiners, soft hyphen, BOM) and bidirectional
/// controls (a right-to-left override makes `abc\u{202E}txt.exe` display as `abcexe.txt`).
/// Such ids are kept as they are, since two ids that differ only there are different nodes;
/// the warning shows them escaped.
public enum IdentifierCheck {
    static let suspicious: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
                                          0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                          0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F]

    /// A warning for `id` at `location`, or nil when it holds nothing suspicious.
    /// Ids beginning or ending with white space (`" 구미"` in a CSV padded after its commas) get
    /// their own warning naming the id they look like.
    public static func warning(for id: String, at location: SourceLocation) -> Diagnostic? {
        if id.unicodeScalars.contains(where: { suspicious.contains($0.value) || ($0.value < 0x20) }) {
            return Diagnostic(location, "id \(escaped(id)) holds invisible or direction-changing characters; it is a different node from any id that looks the same")
        }
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        if trimmed != id {
            return Diagnostic(location, "id \(escaped(id)) begins or ends with spaces; it is a different node from \(escaped(trimmed))")
        }
        return nil
    }

    /// `id` quoted for a message, as ``displayed(_:limit:)`` shows it.
    public static func escaped(_ id: String) -> String {
        "\"" + displayed(id) + "\""
    }

    /// `value` in single quotes for a message, as ``displayed(_:limit:)`` shows it (a value
    /// echoed from the input: a number that does not parse, an undeclared id).
    public static func quoted(_ value: some StringProtocol) -> String {
        "'" + displayed(String(value)) + "'"
    }

    /// Longest text, in characters, that a message or a table cell shows of a value.
    public static let displayLimit = 80

    /// `text` as a person should see it on a terminal or in a message: control characters (C0
    /// including tab and line breaks, DEL, C1, whose ESC and CSI sequences a terminal would
    /// obey), invisible and bidirectional characters written as `\u{…}`; cut after `limit`
    /// characters with "… (N bytes)" giving the value's whole UTF-8 length, so that a 100 MB
    /// field cannot make a 300 MB message.
    /// - Complexity: O(min(length, `limit`)) characters, plus O(1) for the byte count.
    public static func displayed(_ text: String, limit: Int = displayLimit) -> String {
        var shown = ""
        var characters = 0
        for character in text {
            if characters == limit { return shown + "… (\(text.utf8.count) bytes)" }
            characters += 1
            for scalar in character.unicodeScalars {
                if needsEscape(scalar) {
                    shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown
    }

    /// Whether `scalar` is shown as `\u{…}`: controls, invisible and bidirectional characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || suspicious.contains(scalar.value)
    }
}
