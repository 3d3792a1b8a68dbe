/// Puts the nodes' names into the `<title>` elements of an SVG Graphviz wrote.
///
/// Node ids never reach Graphviz (``GraphDrawing`` names nodes `n0`, `n1`, …), so Graphviz
/// titles each node and edge group with those synthetic names (`<title>n3</title>`,
/// `<title>n3&#45;&gt;n6</title>`), and a viewer shows them when the pointer rests on a
/// node. This replaces them with ``GraphDrawing/nodeTitles``: `n3` becomes the node's title,
/// `n3->n6` "A → B" and `n3--n6` "A – B". Any other title is left as it is.
public enum SVGTitles {
    /// `svg` with the synthetic names in its titles replaced by `titles` (indexed by node).
    /// O(size of the SVG).
    public static func apply(to svg: [UInt8], titles: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + svg.count / 8)
        var copied = 0
        var from = 0
        while let start = firstIndex(of: open, in: svg, from: from) {
            let contentStart = start + open.count
            guard let end = firstIndex(of: close, in: svg, from: contentStart) else { break }
            if let replacement = title(svg[contentStart..<end], titles) {
                out += svg[copied..<contentStart]
                out += replacement.utf8
                copied = end
            }
            from = end + close.count
        }
        out += svg[copied...]
        return out
    }

    private static let open = Array("<title>".utf8)
    private static let close = Array("</title>".utf8)
    private static let undirected = Array("&#45;&#45;".utf8)
    private static let directed = Array("&#45;&gt;".utf8)

    /// The title for `content` (`nI`, `nI&#45;&#45;nJ` or `nI&#45;&gt;nJ`), escaped; nil for
    /// anything else.
    static func title(_ content: ArraySlice<UInt8>, _ titles: [String]) -> String? {
        var rest = content
        guard let a = node(&rest, titles) else { return nil }
        if rest.isEmpty { return escaped(titles[a]) }
        let arrow: String
        if rest.starts(with: directed) {
            arrow = " → "
            rest = rest.dropFirst(directed.count)
        } else if rest.starts(with: undirected) {
            arrow = " – "
            rest = rest.dropFirst(undirected.count)
        } else {
            return nil
        }
        guard let b = node(&rest, titles), rest.isEmpty else { return nil }
        return escaped(titles[a]) + arrow + escaped(titles[b])
    }

    /// Reads `n` and a node index below `titles.count` from the front of `text`.
    private static func node(_ text: inout ArraySlice<UInt8>, _ titles: [String]) -> Int? {
        guard text.first == UInt8(ascii: "n") else { return nil }
        var digits = text.dropFirst()
        var index = 0
        var count = 0
        while let d = digits.first, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9"), count < 10 {
            index = index * 10 + Int(d - UInt8(ascii: "0"))
            digits = digits.dropFirst()
            count += 1
        }
        guard count > 0, index < titles.count else { return nil }
        text = digits
        return index
    }

    private static func escaped(_ text: String) -> String { HTMLLabelText.escaped(text) }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = from
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
