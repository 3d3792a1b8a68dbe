import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text encodings a reader accepts.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8
    /// CP949 (Windows Korean, EUC-KR extended with the UHC syllables), as Korean spreadsheets
    /// often save CSV files.
    case cp949
}

/// Turns file bytes into text: strips a UTF-8 byte-order mark, refuses NUL bytes and invalid
/// UTF-8 with the location of the first bad byte (suggesting `--encoding cp949`), decodes
/// CP949 when asked, and normalises to Unicode NFC so that Hangul typed as jamo (NFD) and as
/// syllables is the same id.
///
/// Complexity: O(bytes).
public enum TextDecoding {
    /// The 32-bit CoreFoundation encoding constant for CP949 (`kCFStringEncodingDOSKorean`).
    /// Foundation's EUC-KR decoder mangles UHC syllables, so this one is used.
    static let cp949 = String.Encoding(rawValue: 0x8000_0422)

    /// Decodes `bytes` read from `file`.
    /// - Throws: ``InputError`` with line and column for invalid UTF-8 or a NUL byte.
    public static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws(InputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw InputError(file: file, line: line, column: column, "NUL byte in a text file (is it binary?)")
        }
        let text: String
        switch encoding {
        case .utf8:
            if let bad = firstInvalidUTF8(body) {
                let (line, column) = position(of: bad, in: body)
                throw InputError(file: file, line: line, column: column,
                                 "not valid UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true))); if the file was saved by a Korean spreadsheet, try --encoding cp949")
            }
            text = String(decoding: body, as: UTF8.self)
        case .cp949:
            guard let decoded = String(data: Data(body), encoding: cp949) else {
                throw InputError(file: file, "not valid CP949 text")
            }
            text = decoded
        }
        return isASCII(body) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Reads and decodes a whole file of at most `limit` bytes (see ``readBytes(at:limits:)``).
    public static func readText(at path: String, encoding: TextEncoding = .utf8,
                                limits: InputLimits = InputLimits()) throws(InputError) -> String {
        try decode(try readBytes(at: path, limits: limits), file: path, encoding: encoding)
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

    /// 1-based line and column (in characters of the line decoded leniently) of byte `index`.
    static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        return (line, prefix.unicodeScalars.count + 1)
    }
}
