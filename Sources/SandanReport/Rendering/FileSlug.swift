import Foundation

/// Safe file names made from data-derived names (a complex, a region, a figure's title).
///
/// The name is NFC-normalised, Hangul is romanised (Revised Romanization, letter by letter,
/// without the sound changes across syllables), anything else that is not an ASCII letter or
/// digit becomes a hyphen, and a short hash of the NFC bytes is appended, so that names that
/// romanise alike ("구미" and "Gumi") still get different files. The result never starts with
/// `.` or `-`, has no `/`, and fits in `maxBytes` together with its extension.
public enum FileSlug {
    /// The most bytes a file name gets, extension included (ext4 allows 255).
    public static let defaultMaxBytes = 200

    /// A file name for `name` with extension `ext` (no dot), e.g. `gumi-gukgasaneopdanji-3fa2c1d0.svg`.
    public static func fileName(for name: String, ext: String, maxBytes: Int = defaultMaxBytes) -> String {
        let suffix = "-" + hash(name) + (ext.isEmpty ? "" : "." + ext)
        let room = max(1, maxBytes - suffix.utf8.count)
        var stem = String(ascii(name).prefix(room))
        while stem.hasSuffix("-") { stem.removeLast() }
        return (stem.isEmpty ? "file" : stem) + suffix
    }

    /// `name` in lowercase ASCII letters, digits and single hyphens, Hangul romanised.
    public static func ascii(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        func emit(_ piece: String) {
            if pendingHyphen && !out.isEmpty { out += "-" }
            pendingHyphen = false
            out += piece
        }
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: emit(String(scalar))
            case 0x41...0x5A: emit(String(scalar).lowercased())
            case 0xAC00...0xD7A3: emit(romanised(scalar.value - 0xAC00))
            default: pendingHyphen = true
            }
        }
        return out
    }

    /// Eight hexadecimal digits of the 64-bit FNV-1a hash of `name`'s NFC UTF-8 bytes, folded
    /// to 32 bits. Stable across runs and platforms (Swift's `Hasher` is seeded per process).
    public static func hash(_ name: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.precomposedStringWithCanonicalMapping.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static func romanised(_ offset: UInt32) -> String {
        let initial = Int(offset / (21 * 28)), medial = Int(offset / 28 % 21), final = Int(offset % 28)
        return initials[initial] + medials[medial] + finals[final]
    }

    private static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    private static let medials = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
    ]
    private static let finals = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ]
}
