import Foundation

/// What fontconfig makes of a font name, and whether it can draw Hangul.
///
/// Graphviz's cairo renderers find fonts through fontconfig (pango). Without a Korean font,
/// Hangul is drawn as boxes and Graphviz still exits 0 without a warning (FIELD_NOTES §3), so
/// Sandan asks fontconfig itself: `fc-match` for the font a name resolves to and the languages
/// it covers, `fc-list :lang=ko` for the fonts that cover Korean at all.
public struct FontCoverage: Sendable, Hashable {
    /// The name asked for (`--font`).
    public var requested: String
    /// The family fontconfig resolved it to, or nil when fontconfig could not be asked.
    public var resolvedFamily: String?
    /// The font file.
    public var file: String?
    /// Whether the resolved font covers Korean (`ko` in its language set).
    public var resolvedCoversHangul: Bool
    /// Families installed that cover Korean (what pango can fall back to).
    public var hangulFamilies: [String]

    /// Asks fontconfig about `name`. Runs `fc-match` and `fc-list`; O(installed fonts).
    public static func check(_ name: String) -> FontCoverage {
        let pattern = name.filter { $0 != ":" && $0 != "\n" }
        let matched = run(["fc-match", "-f", "%{family}\t%{file}\t%{lang}", pattern])
        var family: String?, file: String?, covers = false
        if let matched {
            let parts = matched.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            family = parts.first.flatMap { $0.split(separator: ",").first.map(String.init) }
            file = parts.count > 1 ? parts[1] : nil
            covers = parts.count > 2 && parts[2].split(separator: "|").contains("ko")
        }
        let listed = run(["fc-list", ":lang=ko", "family"]) ?? ""
        let families = Set(listed.split(separator: "\n").compactMap { $0.split(separator: ",").first.map(String.init) })
        return FontCoverage(requested: name, resolvedFamily: family, file: file, resolvedCoversHangul: covers,
                            hangulFamilies: families.sorted())
    }

    /// Whether fontconfig could be asked at all.
    public var checked: Bool { resolvedFamily != nil }

    /// A warning for a drawing whose text holds Hangul (`hasHangul`), or nil when the font
    /// draws it.
    public func warning(hasHangul: Bool) -> String? {
        guard hasHangul else { return nil }
        guard let family = resolvedFamily else {
            return "could not ask fontconfig (fc-match) which font '\(requested)' is; Korean labels may be drawn as boxes"
        }
        if resolvedCoversHangul { return nil }
        if hangulFamilies.isEmpty {
            return "NO KOREAN FONT IS INSTALLED: Korean labels will be drawn as empty boxes in PNG and PDF. "
                + "Install one (Debian/Ubuntu: apt-get install fonts-nanum) and pass --font NanumGothic"
        }
        return "font '\(requested)' resolves to '\(family)', which has no Hangul; Korean text will fall back to "
            + "'\(hangulFamilies[0])' and may be measured wrongly. Pass --font with a Korean font (\(hangulFamilies.prefix(3).joined(separator: ", ")))"
    }

    /// Runs a fontconfig tool found on PATH and returns its standard output, or nil.
    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
