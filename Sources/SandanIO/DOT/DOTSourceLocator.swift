/// Finds where DOT source writes what libcgraph reports without a place (or with a line only):
/// the token its parser stopped at, the first `weight = VALUE`, the first mention of a node.
///
/// Each query lexes the decoded text once with ``DOTLexer`` and stops at what it looks for; the
/// reader runs one only when an error or a warning needs a place. IDs are compared as cgraph
/// reads them (quoted strings unescaped, strings joined by `+` as one ID at the place of the
/// first) and as Swift strings, that is up to canonical equivalence, like the NFC ids.
///
/// Complexity: O(scalars) per query, O(1) memory beyond the tokens a query returns.
struct DOTSourceLocator {
    let text: String
    let file: String

    /// Where cgraph's parser stopped with a message naming cgraph's line `line` and `near`, the
    /// text of the token it stopped at: that token's start. Without `near` the text ended: the
    /// opening of a string or comment that never ends, else the end of the text.
    ///
    /// When several tokens on that line fit, `failsAlike(prefix)` tells whether the text up to
    /// and including one gives the same error: the parser stops at the first token after
    /// which it fails, and then fails alike on every longer prefix, so a binary search over
    /// the candidates finds it in O(log candidates) calls.
    func syntaxError(line: Int, near: String?, failsAlike: (String) -> Bool) -> SourceLocation {
        var lexer = DOTLexer(text)
        guard let near else {
            while lexer.next() != nil {}
            return location(lexer.unterminated ?? lexer.position)
        }
        var candidates: [DOTLexer.Token] = []
        while let token = lexer.next() {
            if token.cgraphLine == line, token.near == near { candidates.append(token) }
        }
        var low = 0, high = candidates.count - 1
        while low < high {
            let middle = (low + high) / 2
            if failsAlike(String(text.unicodeScalars[..<candidates[middle].end])) { high = middle } else { low = middle + 1 }
        }
        return candidates.isEmpty ? SourceLocation(file: file, line: line) : location(candidates[low].start)
    }

    /// The first mention of each of `names` as a node: an ID outside `[…]` that is not an
    /// attribute's name or value (next to `=`), a port (after `:`), the name of a graph or
    /// subgraph, or an `@` macro's argument. Names never mentioned so are left out.
    func firstMentions(of names: Set<String>) -> [String: SourceLocation] {
        guard !names.isEmpty else { return [:] }
        var found: [String: SourceLocation] = [:]
        forEachNodeMention { token in
            guard names.contains(token.value), found[token.value] == nil else { return true }
            found[token.value] = location(token.start)
            return found.count < names.count
        }
        return found
    }

    /// The first mention of a node (as ``firstMentions(of:)`` counts them) whose name
    /// satisfies `matches`, with that name as written (unescaped).
    func firstMention(where matches: (String) -> Bool) -> (name: String, location: SourceLocation)? {
        var found: (name: String, location: SourceLocation)?
        forEachNodeMention { token in
            guard matches(token.value) else { return true }
            found = (token.value, location(token.start))
            return false
        }
        return found
    }

    /// Calls `body` with each ID that mentions a node, until `body` returns false.
    private func forEachNodeMention(_ body: (DOTLexer.Token) -> Bool) {
        var depth = 0
        forEachToken { token, before, after in
            if token.isPunctuation("[") { depth += 1 }
            if token.isPunctuation("]") { depth -= 1 }
            guard token.isID, depth == 0, after?.isPunctuation("=") != true, !Self.namesNoNode(before) else { return true }
            return body(token)
        }
    }

    /// The value of the first `weight = VALUE` whose value is `value` (either ID may be quoted).
    func firstWeight(_ value: String) -> SourceLocation? {
        var found: SourceLocation?
        var twoBefore: DOTLexer.Token?
        forEachToken { token, before, _ in
            defer { twoBefore = before }
            guard token.isID, token.value == value, before?.isPunctuation("=") == true,
                  twoBefore?.isID == true, twoBefore?.value == "weight" else { return true }
            found = location(token.start)
            return false
        }
        return found
    }

    /// Whether the token before an ID makes it something other than a node.
    private static func namesNoNode(_ before: DOTLexer.Token?) -> Bool {
        guard let before else { return false }
        switch before.kind {
        case .punctuation: return ["=", ":", "@"].contains(before.value)
        case .keyword: return ["graph", "digraph", "subgraph"].contains(before.value.lowercased())
        case .id, .string: return false
        }
    }

    /// Calls `body` with each token (strings joined by `+` as one), the one before it and the
    /// one after it, until `body` returns false. The file parsed, so `+` joins two strings.
    private func forEachToken(_ body: (_ token: DOTLexer.Token, _ before: DOTLexer.Token?, _ after: DOTLexer.Token?) -> Bool) {
        var lexer = DOTLexer(text)
        var before: DOTLexer.Token?
        var next = lexer.next()
        while var token = next {
            next = lexer.next()
            while token.kind == .string, next?.isPunctuation("+") == true, let part = lexer.next() {
                token.value += part.value
                next = lexer.next()
            }
            guard body(token, before, next) else { return }
            before = token
        }
    }

    private func location(_ position: DOTLexer.Position) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }
}
