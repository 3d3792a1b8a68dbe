/// DOT's tokens as libcgraph 2.42's scanner (`scan.l`) cuts them, with where each is written,
/// for ``DOTSourceLocator``.
///
/// - Unquoted IDs: letters, digits, `_` and any non-ASCII character, not starting with a
///   digit; `node`, `edge`, `graph`, `digraph`, `strict` and `subgraph` in any case are keywords.
/// - Numerals: `-?(DIGITS(.DIGITS*)?|.DIGITS)`; a letter or dot right after one starts the next
///   token (cgraph splits `2x` into `2` and `x`, with a warning).
/// - Double-quoted strings: `\"` is a quote, a backslash before a line break removes both, any
///   other backslash stays (`\\` too). HTML strings `<…>` end at the `>` that closes the first
///   `<`. Both are IDs whose value is the text between the delimiters.
/// - `//` and `#` comments run to the end of the line; a line starting with `# N` or `#line N`
///   (C preprocessor output) also makes cgraph count the next line as line N. `/* */` comments.
/// - Spaces, tabs, carriage returns and line breaks separate tokens; `->` and `--` are one
///   token; any other character is a punctuation token of its own.
///
/// Lines and columns are 1-based; columns count Unicode scalars of the decoded text. Each token
/// also carries the line cgraph's messages give for it, the line cgraph counts at its end,
/// which differs from the real one after `# N` lines and after a quoted string that spans lines
/// (cgraph counts a line break inside one only when it stands alone between quotes or
/// backslashes).
///
/// Complexity: O(1) memory beyond the current token; O(scalars) over the whole text.
struct DOTLexer: IteratorProtocol {
    /// A 1-based line and column.
    struct Position {
        var line: Int
        var column: Int
    }

    struct Token {
        enum Kind { case id, string, keyword, punctuation }
        var kind: Kind
        /// The ID's value as cgraph reads it (a string's without its delimiters, unescaped), or
        /// the text of a keyword or punctuation.
        var value: String
        /// What cgraph's messages quote as `near '…'` when its parser stops at this token: the
        /// token, or the closing delimiter of a string.
        var near: String
        var start: Position
        /// The index just after the token in the text.
        var end: String.Index
        /// The line cgraph counts at the end of the token.
        var cgraphLine: Int

        var isID: Bool { kind == .id || kind == .string }

        func isPunctuation(_ text: String) -> Bool { kind == .punctuation && value == text }
    }

    private let scalars: String.UnicodeScalarView
    private var i: String.Index
    private var line = 1
    private var column = 1
    private var cgraphLine = 1
    /// Where the string or comment that the text ends inside opens, once the lexer has met it.
    private(set) var unterminated: Position?

    init(_ text: String) {
        scalars = text.unicodeScalars
        i = scalars.startIndex
    }

    /// The position of the next character (after the last token, the end of the text).
    var position: Position { Position(line: line, column: column) }

    mutating func next() -> Token? {
        while let c = peek() {
            switch c {
            case "\n", " ", "\t", "\r":
                advance()
            case "/" where peek(1) == "*":
                let open = position
                advance(2)
                while let d = peek(), !(d == "*" && peek(1) == "/") { advance() }
                guard peek() != nil else { unterminated = open; return nil }
                advance(2)
            case "/" where peek(1) == "/":
                skipLine()
            case "#":
                if column == 1, let number = directiveLine() { cgraphLine = number - 1 }
                skipLine()
            default:
                return token()
            }
        }
        return nil
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        var k = i
        for _ in 0..<offset {
            guard k < scalars.endIndex else { return nil }
            k = scalars.index(after: k)
        }
        return k < scalars.endIndex ? scalars[k] : nil
    }

    /// Moves past `count` scalars; cgraph counts the line breaks among them when `counted`.
    private mutating func advance(_ count: Int = 1, counted: Bool = true) {
        for _ in 0..<count {
            if scalars[i] == "\n" {
                line += 1
                column = 1
                if counted { cgraphLine += 1 }
            } else {
                column += 1
            }
            i = scalars.index(after: i)
        }
    }

    private mutating func skipLine() {
        while let c = peek(), c != "\n" { advance() }
    }

    /// N in a line `# N …` or `#line N …` at `i`, read as cgraph does (`sscanf("%d")`: glibc
    /// converts with `strtol`, saturating at the range of a long, and keeps the low 32 bits, so
    /// `# 999999999999` makes the next line -727379968).
    private func directiveLine() -> Int? {
        var rest = Substring(String(scalars[scalars.index(after: i)...].prefix { $0 != "\n" }))
        if rest.hasPrefix("line") { rest = rest.dropFirst(4) }
        rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        let sign = rest.first == "-" || rest.first == "+" ? 1 : 0
        let digits = rest.dropFirst(sign).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let number = Int(rest.prefix(sign + digits.count)) ?? (rest.first == "-" ? Int.min : Int.max)
        return Int(Int32(truncatingIfNeeded: number))
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x80 || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        c.map { $0 >= "0" && $0 <= "9" } ?? false
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "strict", "subgraph"]

    private static func asciiLowercase(_ c: Unicode.Scalar) -> Character {
        Character(c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c)
    }

    /// The token at `i` (not a space or a comment), or nil for a string that never ends.
    private mutating func token() -> Token? {
        let start = position, from = i
        let c = scalars[i]
        var kind = Token.Kind.punctuation
        if Self.isLetter(c) {
            while let d = peek(), Self.isLetter(d) || Self.isDigit(d) { advance() }
            kind = .id
        } else if c == "-", peek(1) == ">" || peek(1) == "-" {
            advance(2)
        } else if let length = numeralLength() {
            advance(length)
            kind = .id
        } else if c == "\"" {
            return quoted(start)
        } else if c == "<" {
            return html(start)
        } else {
            advance()
        }
        let text = String(scalars[from..<i])
        if kind == .id, Self.keywords.contains(String(text.unicodeScalars.map(Self.asciiLowercase))) { kind = .keyword }
        return Token(kind: kind, value: text, near: text, start: start, end: i, cgraphLine: cgraphLine)
    }

    /// The length of the numeral at `i`, if one starts there.
    private func numeralLength() -> Int? {
        var k = i, length = 0, digits = 0
        func current() -> Unicode.Scalar? { k < scalars.endIndex ? scalars[k] : nil }
        func step() {
            k = scalars.index(after: k)
            length += 1
        }
        if current() == "-" { step() }
        while Self.isDigit(current()) { step(); digits += 1 }
        if current() == "." {
            step()
            while Self.isDigit(current()) { step(); digits += 1 }
        }
        return digits > 0 ? length : nil
    }

    /// A double-quoted string; its pieces are cgraph's: a line break between the quote or
    /// backslash before it and the quote or backslash after it is dropped and counted, other
    /// runs of characters are kept and their line breaks are not counted.
    private mutating func quoted(_ start: Position) -> Token? {
        advance()
        var value = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { unterminated = start; return nil }
            if c == "\"" { break }
            if c == "\\" {
                switch peek(1) {
                case "\"": value.append("\""); advance(2)
                case "\\": value.append(contentsOf: "\\\\".unicodeScalars); advance(2)
                case "\n": advance(2)
                default: value.append("\\"); advance()
                }
            } else if c == "\n", peek(1) == nil || peek(1) == "\"" || peek(1) == "\\" {
                advance()
            } else {
                while let d = peek(), d != "\"", d != "\\" {
                    value.append(d)
                    advance(counted: false)
                }
            }
        }
        advance()
        return Token(kind: .string, value: String(value), near: "\"", start: start, end: i, cgraphLine: cgraphLine)
    }

    /// An HTML string: `<` opens a level and `>` closes one; the text inside the outer pair.
    private mutating func html(_ start: Position) -> Token? {
        advance()
        let from = i
        var depth = 1
        while depth > 0 {
            guard let c = peek() else { unterminated = start; return nil }
            if c == "<" { depth += 1 } else if c == ">" { depth -= 1 }
            if depth > 0 { advance() }
        }
        let value = String(scalars[from..<i])
        advance()
        return Token(kind: .string, value: value, near: ">", start: start, end: i, cgraphLine: cgraphLine)
    }
}
