/// Escaping of data-derived text for Markdown (CommonMark and GitHub Flavored Markdown).
///
/// Markdown passes raw HTML through, so a complex named `<script>…` must be escaped there
/// too: every ASCII punctuation character that can start markup inline (`\ ` * _ [ ] < > & | ~ # !`)
/// is backslash-escaped (CommonMark §2.4: any ASCII punctuation may be) and line breaks become
/// spaces (so data cannot start a new block); ``lineStart(_:)`` also escapes what could start a
/// list or a heading underline at the beginning of a line. Forbidden and invisible characters
/// are handled as in ``MarkupEscaping/visible(_:)``.
public enum MarkdownEscaping {
    static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!"]

    /// `text` escaped for a Markdown paragraph, list item, heading or table cell.
    public static func text(_ text: String) -> String {
        var out = ""
        for character in MarkupEscaping.visible(text) {
            if character == "\n" || character == "\t" {
                out.append(" ")
            } else if escaped.contains(character) {
                out += "\\" + String(character)
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// `text` escaped as ``text(_:)`` does, and also so that it cannot start a block when it
    /// begins a line: a leading `-`, `+` or `=` (a list item, a heading underline) or digits
    /// followed by `.` or `)` (an ordered list) get a backslash.
    public static func lineStart(_ text: String) -> String {
        var out = self.text(text)
        if let first = out.first, "-+=".contains(first) {
            out.insert("\\", at: out.startIndex)
        } else if let mark = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  mark != out.startIndex, out[mark] == "." || out[mark] == ")" {
            out.insert("\\", at: mark)
        }
        return out
    }

    /// `text` as a code span: fenced by more backticks than it contains in a row, and padded
    /// with spaces where it starts or ends with a backtick.
    public static func code(_ text: String) -> String {
        let content = MarkupEscaping.visible(text).map { $0 == "\n" || $0 == "\t" ? " " : String($0) }.joined()
        var longest = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") || content.isEmpty ? " \(content) " : content
        return fence + padded + fence
    }
}
