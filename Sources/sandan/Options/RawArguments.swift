import Foundation

/// The command line as bytes, before Swift decodes it.
///
/// Swift's `CommandLine.arguments` repairs bytes that are not UTF-8 into U+FFFD, so a file name
/// such as `caf\xE9.csv` (Latin-1) would name another file: its read would fail with a
/// misleading "no such file" and its write would create `caf�.csv`. Sandan refuses such an
/// argument instead, naming its bytes.
enum RawArguments {
    /// The first argument (1-based position, bytes shown with `\xNN` escapes for bytes that
    /// are not printable ASCII) that is not valid UTF-8, or nil when every argument is.
    static func firstInvalidUTF8() -> (position: Int, shown: String)? {
        for k in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[k] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            if String(validating: bytes, as: UTF8.self) == nil {
                return (k, bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined())
            }
        }
        return nil
    }
}
