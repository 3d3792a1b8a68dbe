import Testing
@testable import SandanGraphviz

/// Expected strings are written out by hand: what Graphviz's lexer and escString rules need.
@Suite struct DOTEscapingTests {
    @Test func quotesAndBackslashesAreEscaped() {
        #expect(DOTEscaping.quotedLabel("say \"hi\"") == #""say \"hi\"""#)
        #expect(DOTEscaping.quotedLabel("C:\\new\\Node \\N") == #""C:\\new\\Node \\N""#)
        #expect(DOTEscaping.quotedLabel("ends with \\") == #""ends with \\""#)
    }

    @Test func lineBreaksBecomeEscapes() {
        #expect(DOTEscaping.quotedLabel("a\nb\r\nc\rd") == #""a\nb\nc\nd""#)
    }

    @Test func controlAndBidiCharactersAreDropped() {
        #expect(DOTEscaping.quotedLabel("a\u{0}b\u{7}c\u{7F}d\u{85}e\tf") == #""abcde f""#)
        #expect(DOTEscaping.quotedLabel("abc\u{202E}exe.txt\u{2066}") == #""abcexe.txt""#)
    }

    /// Graphviz decodes character references in labels: `&` must reach it as `&amp;`.
    @Test func ampersandsInLabelsAreEscapedForGraphviz() {
        #expect(DOTEscaping.quotedLabel("AT&amp;T &#x1; &#xD800; R&D") == #""AT&amp;amp;T &amp;#x1; &amp;#xD800; R&amp;D""#)
        #expect(DOTEscaping.quoted("a&b") == #""a&b""#, "plain values (colours, fonts) are not labels")
    }

    @Test func noncharactersBecomeReplacementCharacters() {
        // Swift's lexer refuses U+FFFE and U+FFFF in literals: built from their values.
        let nonchars = [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
        #expect(DOTEscaping.quotedLabel("a" + nonchars.joined(separator: "b") + "\u{FFFD}")
                == "\"a" + Array(repeating: "\u{FFFD}", count: 6).joined(separator: "b") + "\u{FFFD}\"")
        #expect(DOTEscaping.quotedLabel("\u{FDCF}\u{FDF0}\u{FFFC}") == "\"\u{FDCF}\u{FDF0}\u{FFFC}\"", "neighbours are kept")
    }

    @Test func aQuoteCarryingACombiningMarkIsStillEscaped() {
        // One Character, not equal to "\"", but its first scalar would end the DOT string.
        #expect(DOTEscaping.quotedLabel("\"\u{301}x") == "\"\\\"\u{301}x\"")
    }

    @Test func hangulInNFDBecomesPrecomposedSyllables() {
        let nfd = "\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}"
        #expect(Array(DOTEscaping.quotedLabel(nfd).unicodeScalars) == Array("\"\u{AC01}\u{AC00}\"".unicodeScalars))
    }

    @Test func labelsStayUnderTheLexerLimit() {
        // 6,000 syllables are 18,000 bytes; Graphviz rejects a quoted string of 16,383 bytes.
        let long = String(repeating: "가", count: 6000)
        let quoted = DOTEscaping.quotedLabel(long)
        #expect(quoted.utf8.count <= DOTEscaping.maximumQuotedBytes + 2)
        #expect(quoted.hasSuffix("…\""))
        #expect(quoted.dropFirst().dropLast().dropLast().allSatisfy { $0 == "가" })
        // A cut never leaves half an escape: 9,000 backslashes escape to 18,000 bytes.
        let slashes = DOTEscaping.quotedLabel(String(repeating: "\\", count: 9000))
        let body = slashes.dropFirst().dropLast().dropLast()
        #expect(body.count % 2 == 0 && body.allSatisfy { $0 == "\\" })
    }

    @Test func plainValuesLoseBackslashesAndBreaks() {
        #expect(DOTEscaping.quoted("Nanum\\Gothic\n\"x") == #""NanumGothic\"x""#)
    }

    @Test func hangulIsDetected() {
        #expect(DOTEscaping.containsHangul("구미"))
        #expect(DOTEscaping.containsHangul("\u{1100}\u{1161}"))
        #expect(!DOTEscaping.containsHangul("Gumi 漢字"))
    }

    @Test func htmlTextIsEntityEscaped() {
        let label = HTMLLabel.text([HTMLText("<b>&\"'\nx", bold: true)])
        #expect(DOTLabel.html(label).dot == "<<B>&lt;b&gt;&amp;&quot;&#39;<BR/>x</B>>")
    }

    @Test func numbersAreClampedAndStable() {
        #expect(DOTAttribute.weight.clamped(.number(2147483647)) == .integer(1000))
        #expect(DOTAttribute.weight.clamped(.number(-3)) == .integer(0))
        #expect(DOTAttribute.fontsize.clamped(.number(500)) == .number(100))
        #expect(DOTAttribute.pos.clamped(.point(x: .nan, y: 1, pinned: true)) == nil)
        #expect(DOTAttribute.width.clamped(.number(.infinity)) == nil)
        #expect(DOTNumber.format(0.1 + 0.2) == "0.3")
        #expect(DOTNumber.format(-2) == "-2")
        #expect(DOTNumber.format(1.23456) == "1.2346")
    }

    @Test func labelWrappingBreaksAtSpaces() {
        #expect(LabelWrapping.wrap("한국산업단지공단 본사(서울 디지털)", width: 12) == "한국산업단지공단\n본사(서울 디지털)")
        #expect(LabelWrapping.wrap("short", width: 12) == "short")
        #expect(LabelWrapping.wrap("averyveryverylongword x", width: 5) == "averyveryverylongword\nx")
    }
}
