import Testing
@testable import SandanReport

@Suite struct MarkupEscapingTests {
    @Test func textEscapesMarkupCharacters() {
        #expect(MarkupEscaping.text(Hostile.script) == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkupEscaping.text("A & B > C") == "A &amp; B &gt; C")
        #expect(MarkupEscaping.text("\"quoted\" 'single'") == "\"quoted\" 'single'")
    }

    @Test func attributeEscapesQuotesAndLineBreaks() {
        #expect(MarkupEscaping.attribute(Hostile.attribute) == "&quot; onmouseover=&quot;alert(2)&quot; x=&#39;")
        #expect(MarkupEscaping.attribute("a\nb\tc") == "a&#10;b&#9;c")
    }

    @Test func forbiddenCharactersAreReplacedAndInvisibleOnesShown() {
        // NUL, BEL and ESC are not allowed in XML 1.0: each becomes U+FFFD. The right-to-left
        // override and the zero-width space are written out so that a reader sees them.
        #expect(MarkupEscaping.text(Hostile.controls) == "구미\u{FFFD}\u{FFFD}\u{FFFD}국가[U+202E]txt.exe[U+200B]")
        #expect(MarkupEscaping.text("a\r\nb\rc") == "a\nb\nc")
    }

    @Test func markupTreeEscapesTextAndAttributesButNotItsOwnNames() {
        let node = Markup.element("td", [.init("title", Hostile.attribute)], text: Hostile.script)
        #expect(node.html == "<td title=\"&quot; onmouseover=&quot;alert(2)&quot; x=&#39;\">&lt;script&gt;alert(1)&lt;/script&gt;</td>")
        let check = XMLCheck(node.xml)
        #expect(check.isWellFormed)
        #expect(check.text == Hostile.script)
        #expect(check.values(of: "title") == [Hostile.attribute])
    }

    @Test func voidAndForeignElementsCloseAsHTMLWants() {
        let tree = Markup.element("div", [], [
            .element("br"), .element("p"),
            .element("svg", [], [.element("rect", [.init("width", "1")])]),
        ])
        #expect(tree.html == "<div><br><p></p><svg><rect width=\"1\"/></svg></div>")
        #expect(tree.xml == "<div><br/><p/><svg><rect width=\"1\"/></svg></div>")
    }

    @Test func deepTreesAreWrittenWithoutRecursion() {
        var node = Markup.text("x")
        for _ in 0..<2_000 { node = .element("g", [], [node]) }
        #expect(node.xml.count == 2_000 * "<g></g>".count + 1)
    }
}
