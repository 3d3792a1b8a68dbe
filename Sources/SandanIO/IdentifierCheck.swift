/// Warns about ids that look like another id but are not: invisible characters (zero-width
/// space and joiners, soft hyphen, BOM) and bidirectional controls (a right-to-left override
/// makes `abc\u{202E}txt.exe` display as `abcexe.txt`). Such ids are kept as they are, since
/// two ids that differ only there are different nodes; the warning shows them escaped.
public enum IdentifierCheck {
    static let suspicious: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
                                          0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                          0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F]

    /// A warning for `id` at `location`, or nil when it holds nothing suspicious.
    public static func warning(for id: String, at location: SourceLocation) -> InputWarning? {
        guard id.unicodeScalars.contains(where: { suspicious.contains($0.value) || ($0.value < 0x20) }) else { return nil }
        return InputWarning(location, "id \(escaped(id)) holds invisible or direction-changing characters; it is a different node from any id that looks the same")
    }

    /// `id` with control, invisible and bidirectional characters written as `\u{…}`.
    public static func escaped(_ id: String) -> String {
        var text = "\""
        for scalar in id.unicodeScalars {
            if suspicious.contains(scalar.value) || scalar.value < 0x20 || scalar.value == 0x7F {
                text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
