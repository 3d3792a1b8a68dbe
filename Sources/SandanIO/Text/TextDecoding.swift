import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text encodings a reader accepts.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// Detect: a byte-order mark decides (UTF-8 or UTF-16); else UTF-8 when the bytes are valid
    /// UTF-8; else CP949 when they are valid CP949; else the file is refused. See
    /// ``TextDecoding/resolve(_:file:requested:)``.
    case automatic = "auto"
    /// UTF-8, with or without a byte-order mark.
    case utf8
    /// UTF-16 (Excel's "Unicode text"): the byte-order mark gives the byte order; without one,
    /// little-endian, as Windows writes it.
    case utf16
    /// CP949 (Windows Korean, Microsoft's "Unified Hangul Code": EUC-KR extended with the other
    /// 8,822 modern syllables), as Korean spreadsheets save CSV files. EUC-KR is a subset.
    case cp949

    /// The encoding called `name` (any letter case): `auto`, `utf8`/`utf-8`,
    /// `utf16`/`utf-16`/`unicode` or `cp949`/`ms949`/`uhc`/`windows-949`/`euc-kr`/`euckr`/`ks_c_5601-1987`.
    public init?(name: String) {
        switch name.lowercased() {
        case "auto", "automatic", "detect": self = .automatic
        case "utf8", "utf-8": self = .utf8
        case "utf16", "utf-16", "unicode": self = .utf16
        case "cp949", "ms949", "uhc", "windows-949", "euc-kr", "euckr", "ks_c_5601-1987", "ksc5601": self = .cp949
        default: return nil
        }
    }

    /// The name a user reads (`UTF-8`, `UTF-16`, `CP949`).
    public var displayName: String {
        switch self {
        case .automatic: "automatic"
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .cp949: "CP949"
        }
    }
}

/// Turns file bytes into text: detects or applies the encoding (``TextEncoding``), strips a
/// byte-order mark, refuses NUL characters and bytes invalid in the encoding with the location
/// of the first bad one, and normalises to Unicode NFC so that Hangul typed as jamo (NFD) and
/// as syllables is the same id.
///
/// CP949 is decoded by the C library's `iconv` (glibc's `CP949` converter), which refuses what
/// Python's `cp949` codec refuses: every one of the 32,768 two-byte sequences and 128 high
/// single bytes decodes the same in both (checked with `Scripts/spreadsheet/cp949_table.py`),
/// so bytes outside the code page are errors, not private-use characters.
///
/// Complexity: O(bytes).
public enum TextDecoding {
    /// Decodes `bytes` read from `file`.
    /// - Throws: ``InputError`` with line and column for bytes invalid in the encoding or a NUL.
    public static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws(InputError) -> String {
        let resolved = try resolve(bytes[...], file: file, requested: encoding)
        var body = bytes[...]
        let text: String
        switch resolved {
        case .utf8, .automatic:
            if body.starts(with: utf8BOM) { body = body.dropFirst(3) }
            try refuseNUL(body, file: file)
            if let bad = firstInvalidUTF8(body) {
                let (line, column) = position(of: bad, in: body)
                throw InputError(file: file, line: line, column: column,
                                 "not valid UTF-8 (byte 0x\(hex(body[bad])))"
                                     + (encoding == .utf8 ? "; if the file was saved by a Korean spreadsheet, try --encoding cp949" : ""))
            }
            text = String(decoding: body, as: UTF8.self)
        case .utf16:
            text = try decodeUTF16(body, file: file)
        case .cp949:
            try refuseNUL(body, file: file)
            text = try CP949.decode(body, file: file)
        }
        return isASCII(body) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The encoding of `bytes`: `requested`, unless it is ``TextEncoding/automatic``; then a
    /// UTF-16 byte-order mark means UTF-16, a UTF-8 one UTF-8, valid UTF-8 is UTF-8, and
    /// valid CP949 is CP949.
    /// - Throws: ``InputError`` at the first byte invalid in UTF-8 when the bytes are neither
    ///   UTF-8 nor CP949 (the message gives CP949's first bad byte too).
    public static func resolve(_ bytes: ArraySlice<UInt8>, file: String, requested: TextEncoding) throws(InputError) -> TextEncoding {
        guard requested == .automatic else { return requested }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16 }
        guard !bytes.starts(with: utf8BOM), let bad = firstInvalidUTF8(bytes) else { return .utf8 }
        guard let badCP949 = CP949.firstInvalid(bytes) else { return .cp949 }
        let (line, column) = position(of: bad, in: bytes)
        let (cpLine, cpColumn) = CP949.position(of: badCP949, in: bytes)
        throw InputError(file: file, line: line, column: column,
                         "neither UTF-8 (byte 0x\(hex(bytes[bad])) here) nor CP949 (byte 0x\(hex(bytes[badCP949])) at line \(cpLine), column \(cpColumn)); "
                             + "save the file as UTF-8, or name its encoding with --encoding")
    }

    /// What a reader tells the user about the encoding: which one was assumed, when it was
    /// detected and is not UTF-8 (nil otherwise).
    public static func note(file: String, requested: TextEncoding, resolved: TextEncoding) -> Diagnostic? {
        guard requested == .automatic, resolved != .utf8 else { return nil }
        return Diagnostic(SourceLocation(file: file),
                            "read as \(resolved.displayName) (detected; --encoding names another)")
    }

    /// Reads and decodes a whole file of at most `limits.inputBytes` bytes (see
    /// ``readBytes(at:limits:)``).
    public static func readText(at path: String, encoding: TextEncoding = .utf8,
                                limits: InputLimits = InputLimits()) throws(InputError) -> String {
        var notes: [Diagnostic] = []
        return try readText(at: path, encoding: encoding, limits: limits, notes: &notes)
    }

    /// Reads and decodes a whole file, appending to `notes` the note of
    /// ``note(file:requested:resolved:)`` when there is one.
    public static func readText(at path: String, encoding: TextEncoding, limits: InputLimits = InputLimits(),
                                notes: inout [Diagnostic]) throws(InputError) -> String {
        let bytes = try readBytes(at: path, limits: limits)
        let resolved = try resolve(bytes[...], file: path, requested: encoding)
        if let note = note(file: path, requested: encoding, resolved: resolved) { notes.append(note) }
        return try decode(bytes, file: path, encoding: resolved)
    }

    /// Reads a whole file's bytes in chunks of 64 KiB, straight into the array (a regular
    /// file's size is known up front, so the bytes are in memory once, without a second copy).
    ///
    /// A regular file larger than `limits.inputBytes` is refused before anything is read; any
    /// other input (a FIFO, a device such as `/dev/zero` or `/dev/urandom`, standard input) is
    /// read until it ends or passes the limit, then refused. So memory stays within the limit
    /// (plus the array's growth) whatever the path names.
    /// - Throws: ``InputError`` when the file cannot be read, is empty or is over the limit.
    public static func readBytes(at path: String, limits: InputLimits = InputLimits()) throws(InputError) -> [UInt8] {
        let limit = limits.inputBytes
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(file: path, errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        var bytes: [UInt8] = []
        var regular = false
        if fstat(fd, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw InputError(file: path, "is a folder, not a file") }
            regular = info.st_mode & S_IFMT == S_IFREG
            if regular {
                guard Int(info.st_size) <= limit else {
                    throw InputError(file: path, "the file has \(InputLimits.bytes(Int(info.st_size))), more than an input may have"
                        + limits.exceeded(.inputBytes))
                }
                bytes.reserveCapacity(Int(info.st_size))
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, "cannot be read: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= limit else {
                throw InputError(file: path, (regular ? "the file grew past the size it had when opened, more than an input may have"
                    : "reading stopped after \(InputLimits.bytes(limit)): a pipe or device that does not end (such as /dev/zero) "
                        + "cannot be a graph, and a longer input needs a higher limit") + limits.exceeded(.inputBytes))
            }
        }
        guard !bytes.isEmpty else { throw InputError(file: path, "the file is empty") }
        return bytes
    }

    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool { !bytes.contains { $0 >= 0x80 } }

    /// The index of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
            case 0xE0: length = 3; low = 0xA0; high = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
            case 0xED: length = 3; low = 0x80; high = 0x9F
            case 0xF0: length = 4; low = 0x90; high = 0xBF
            case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
            case 0xF4: length = 4; low = 0x80; high = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            guard bytes[i + 1] >= low, bytes[i + 1] <= high else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }

    /// Refuses a NUL byte (in UTF-8 or CP949 text), at its place.
    static func refuseNUL(_ body: ArraySlice<UInt8>, file: String) throws(InputError) {
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw InputError(file: file, line: line, column: column, "NUL byte in a text file (is it binary?)")
        }
    }

    /// Strict UTF-16: the byte-order mark (if any) sets the byte order, else little-endian; an
    /// odd length, an unpaired surrogate or a NUL is an error at its line and column.
    static func decodeUTF16(_ body: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        var start = body.startIndex
        var bigEndian = false
        if body.starts(with: [0xFE, 0xFF]) { bigEndian = true; start += 2 } else if body.starts(with: [0xFF, 0xFE]) { start += 2 }
        var units: [UInt16] = []
        units.reserveCapacity((body.endIndex - start) / 2)
        var i = start
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var line = 1, column = 1
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw InputError(file: file, line: line, column: column, "NUL character in a text file (is it binary?)") }
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                throw InputError(file: file, line: line, column: column, "not valid UTF-16 (an unpaired surrogate)")
            }
        }
        if (body.endIndex - start) % 2 == 1 {
            throw InputError(file: file, line: line, column: column, "not valid UTF-16 (the file ends in the middle of a character)")
        }
        return String(scalars)
    }

    /// 1-based line and column (in characters of the line decoded leniently as UTF-8) of byte `index`.
    static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let lineStart = lineStart(of: index, in: bytes)
        let prefix = String(decoding: bytes[lineStart.index..<index], as: UTF8.self)
        return (lineStart.line, prefix.unicodeScalars.count + 1)
    }

    /// The 1-based line of byte `index` and the index where that line starts.
    static func lineStart(of index: Int, in bytes: ArraySlice<UInt8>) -> (line: Int, index: Int) {
        var line = 1
        var start = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 0x0A {
            line += 1
            start = i + 1
        }
        return (line, start)
    }
}
