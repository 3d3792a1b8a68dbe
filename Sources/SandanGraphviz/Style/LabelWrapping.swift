/// Breaks a long label into lines so that node labels stay compact (a force layout must keep
/// every label clear of the others, so a wide label spreads the whole drawing).
enum LabelWrapping {
    /// `text` broken at spaces into lines of about `width` characters (a word longer than
    /// `width` keeps a line of its own; existing line breaks are kept). Greedy, O(length).
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            guard paragraph.count > width else { return String(paragraph) }
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            if !line.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
