/// Adds fallback fonts to an SVG Graphviz wrote.
///
/// SVG does not embed fonts: Graphviz writes `font-family="NanumGothic"` and a viewer without
/// that font picks its own default, which may have no Hangul. This appends the Korean system
/// fonts of the common platforms and a generic family, so the text stays legible everywhere
/// (glyph widths may differ a little from the font the layout measured).
public enum SVGFontFallback {
    /// Korean fonts of macOS, Windows and Linux, then the generic family.
    public static let koreanFallbacks = ["Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Noto Sans KR", "sans-serif"]

    /// `svg` with every `font-family="font"` attribute extended by ``koreanFallbacks``.
    /// O(size of the SVG).
    public static func apply(to svg: [UInt8], font: String) -> [UInt8] {
        let family = HTMLLabelText.escaped(DOTEscaping.cleaned(font))
        let target = Array("font-family=\"\(family)\"".utf8)
        let list = ([family] + koreanFallbacks.filter { $0 != font }.map { $0.contains(" ") ? "'\($0)'" : $0 }).joined(separator: ",")
        let replacement = Array("font-family=\"\(list)\"".utf8)
        guard !target.isEmpty, svg.count >= target.count else { return svg }
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + svg.count / 20)
        var i = 0
        while i < svg.count {
            if svg[i] == target[0], i + target.count <= svg.count, svg[i..<(i + target.count)].elementsEqual(target) {
                out += replacement
                i += target.count
            } else {
                out.append(svg[i])
                i += 1
            }
        }
        return out
    }
}
