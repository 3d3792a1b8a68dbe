/// Escaping of data-derived text for Markdown (CommonMark and GitHub Flavored Markdown).
///
/// Markdown passes raw HTML through, so a complex named `<script>…` must be escaped there
/// too: every ASCII punctuation character that can start markup inline (`\ ` * _ [ ] < > & | ~ # !`)
/// is backslash-escaped (CommonMark §2.4: any ASCII punctuation may be), line breaks become
/// spaces (so data cannot start a new block), and a leading `-`, `+`, `=` or `1.` is escaped
/// so that it cannot start a list or underline a heading. Forbidden and invisible characters
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
        if let first = out.first, "-+=".contains(first) {
            out.insert("\\", at: out.startIndex)
        } else if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
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
