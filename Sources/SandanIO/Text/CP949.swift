import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict CP949 decoding through the C library's `iconv` converter `CP949`.
///
/// CP949 is ASCII below 0x80 and two bytes above: a lead byte 0x81–0xFE and a trail byte
/// 0x41–0x5A, 0x61–0x7A or 0x81–0xFE, of which 17,048 pairs are characters. glibc's converter
/// refuses the same bytes as Python's `cp949` codec (the reference; compared pair by pair in
/// `Scripts/spreadsheet/cp949_table.py`), where Foundation's decoder maps some of them to
/// private-use characters.
///
/// Complexity: O(bytes).
enum CP949 {
    /// Decodes `bytes`.
    /// - Throws: ``InputError`` at the line and column (in characters) of the first byte that
    ///   does not begin a CP949 character, or of a character cut off by the end of the file.
    static func decode(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        switch convert(bytes) {
        case .text(let text):
            return text
        case .invalid(let index):
            let (line, column) = position(of: index, in: bytes)
            throw InputError(file: file, line: line, column: column,
                             "not valid CP949 (byte 0x\(TextDecoding.hex(bytes[index])))")
        }
    }

    /// The index of the first byte that does not begin a CP949 character, or nil when all do.
    static func firstInvalid(_ bytes: ArraySlice<UInt8>) -> Int? {
        if case .invalid(let index) = convert(bytes) { return index }
        return nil
    }

    /// 1-based line and column (in CP949 characters) of byte `index`, which starts a character
    /// or is the first bad byte.
    static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let start = TextDecoding.lineStart(of: index, in: bytes)
        guard case .text(let prefix) = convert(bytes[start.index..<index]) else { return (start.line, index - start.index + 1) }
        return (start.line, prefix.unicodeScalars.count + 1)
    }

    enum Outcome {
        case text(String)
        case invalid(at: Int)
    }

    /// Runs `iconv` over all of `bytes`: the UTF-8 text, or the index of the first byte that
    /// does not begin a character. iconv may consume a refused pair before it fails (it does
    /// A2 E8), so on failure the characters are converted one at a time to find the place.
    static func convert(_ bytes: ArraySlice<UInt8>) -> Outcome {
        guard !bytes.isEmpty else { return .text("") }
        guard let handle = iconv_open("UTF-8", "CP949"), handle != iconv_t(bitPattern: -1) else {
            preconditionFailure("the C library has no CP949 converter")
        }
        defer { iconv_close(handle) }
        // UTF-8 needs at most 3 bytes for any CP949 sequence of 1 or 2 bytes.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 4)
        if let produced = run(handle, bytes, into: &output) {
            return .text(String(decoding: output[..<produced], as: UTF8.self))
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] < 0x80 { i += 1; continue }
            guard i + 1 < bytes.endIndex, run(handle, bytes[i...(i + 1)], into: &output) != nil else { return .invalid(at: i) }
            i += 2
        }
        preconditionFailure("iconv refused CP949 text whose every character it accepts")
    }

    /// One `iconv` call over `bytes` (from the initial state): the number of bytes written to
    /// `output`, or nil when iconv fails or leaves input unconverted.
    private static func run(_ handle: iconv_t, _ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> Int? {
        var input = Array(bytes)
        _ = iconv(handle, nil, nil, nil, nil)
        return input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft > 0 ? nil : outBuffer.count - outLeft
            }
        }
    }
}
