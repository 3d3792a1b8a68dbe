import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanIO
import Testing

/// GraphML and GEXF never need a DTD: every document type or entity declaration is refused
/// before libxml2 sees the file, nesting and size are capped, and every parser error is fatal.
@Suite struct XMLHardeningTests {
    static let xmlFormats: [GraphFormat] = [.graphml, .gexf]

    static func root(_ format: GraphFormat) -> (open: String, close: String) {
        format == .graphml
            ? ("<graphml><graph edgedefault=\"undirected\">", "</graph></graphml>")
            : ("<gexf version=\"1.3\"><graph><nodes>", "</nodes></graph></gexf>")
    }

    @Test(arguments: xmlFormats)
    func billionLaughsIsRefusedBeforeParsing(format: GraphFormat) {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for k in 1...9 { text += " <!ENTITY lol\(k) \"" + String(repeating: "&lol\(k - 1 == 0 ? "" : String(k - 1));", count: 10) + "\">\n" }
        let (open, close) = Self.root(format)
        text += "]>\n\(open)<node id=\"&lol9;\"/>\(close)\n"
        expectInputError("<!DOCTYPE declarations are refused: GraphML and GEXF need no DTD", line: 2, column: 1) { () throws(InputError) in
            _ = try read(text, as: format)
        }
    }

    /// One 100 KB entity used 100,000 times: a 393 KB file that costs libxml2 15 s of CPU.
    @Test(arguments: xmlFormats)
    func aSlowEntityFileIsRefusedBeforeParsing(format: GraphFormat) {
        let (open, close) = Self.root(format)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY e \"" + String(repeating: "x", count: 100_000) + "\">]>\n"
            + open + "<node id=\"a\">" + String(repeating: "&e;", count: 100_000) + "</node>" + close + "\n"
        #expect(text.utf8.count > 390_000)
        expectInputError("<!DOCTYPE declarations are refused", line: 2, column: 1) { () throws(InputError) in
            _ = try read(text, as: format)
        }
    }

    /// An external entity naming a local file: refused at the declaration, so the file is never
    /// opened and its content can appear nowhere.
    @Test(arguments: xmlFormats)
    func anExternalEntityIsRefusedAndItsFileNeverRead(format: GraphFormat) {
        let folder = TemporaryFolder()
        let secret = folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let (open, close) = Self.root(format)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [\n  <!ENTITY xxe SYSTEM \"file://\(secret)\">\n]>\n"
            + open + "<node id=\"&xxe;\"/>" + close + "\n"
        guard let error = inputError({ () throws(InputError) in _ = try read(text, as: format) }) else { return }
        #expect(error.message.hasPrefix("<!DOCTYPE declarations are refused"))
        #expect(error.location.line == 2)
        #expect(!error.description.contains("TOP-SECRET"))
    }

    /// An entity declaration without a document type (not well-formed XML anyway) is refused too.
    @Test func aStrayEntityDeclarationIsRefused() {
        expectInputError("<!ENTITY declarations are refused", line: 2, column: 3) { () throws(InputError) in
            _ = try read("<graphml>\n  <!entity x \"y\">\n</graphml>", as: .graphml)
        }
    }

    /// FoundationXML crashes on a processing instruction without data (found by fuzzing);
    /// GraphML and GEXF need none, so every one but the XML declaration is refused. Inside a
    /// comment or a CDATA section, `<?` is only text.
    @Test(arguments: xmlFormats)
    func processingInstructionsAreRefused(format: GraphFormat) throws {
        let (open, close) = Self.root(format)
        expectInputError("processing instructions (<?x…?>) are refused: GraphML and GEXF need none", line: 2,
                         column: open.count + 1) {
            () throws(InputError) in _ = try read("<?xml version=\"1.0\"?>\n\(open)<?x?>\(close)", as: format)
        }
        expectInputError("processing instructions (<?xml-stylesheet…?>) are refused", line: 1, column: 1) { () throws(InputError) in
            _ = try read("<?xml-stylesheet href=\"a.xsl\"?>\(open)\(close)", as: format)
        }
        let text = "<?xml version=\"1.0\"?>\(open)<!-- <?x?> <!DOCTYPE --><node id=\"a\"><![CDATA[<?y?>]]></node>\(close)"
        #expect(try read(text, as: format).graph.ids.all == ["a"])
    }

    @Test(arguments: xmlFormats)
    func deepNestingStopsAtTheCap(format: GraphFormat) {
        let (open, _) = Self.root(format)
        let text = open + "\n" + String(repeating: "<x>", count: 100_000)
        expectInputError("elements nested deeper than 64 levels", line: 2) { () throws(InputError) in
            _ = try read(text, as: format)
        }
    }

    @Test(arguments: xmlFormats)
    func aTruncatedFileIsAnError(format: GraphFormat) {
        let (open, _) = Self.root(format)
        expectInputError("the XML ends before its elements are closed: the file is truncated", line: 3) { () throws(InputError) in
            _ = try read(open + "\n<node id=\"a\"/>\n<node id=\"b\"/>", as: format)
        }
    }

    /// FoundationXML reports success for a file with an unknown entity; Sandan does not.
    @Test(arguments: xmlFormats)
    func anUndeclaredEntityIsAnError(format: GraphFormat) {
        let (open, close) = Self.root(format)
        expectInputError("unknown or unfinished entity reference", line: 2) { () throws(InputError) in
            _ = try read(open + "\n<node id=\"a&foo;b\"/>" + close, as: format)
        }
    }

    @Test(arguments: xmlFormats)
    func mismatchedTagsAreAnError(format: GraphFormat) {
        let (open, close) = Self.root(format)
        expectInputError("a closing tag does not match the open element", line: 3) { () throws(InputError) in
            _ = try read(open + "\n<node id=\"a\">\n</edge>" + close, as: format)
        }
    }

    /// Predefined entities and character references are ordinary XML and are decoded.
    @Test func predefinedEntitiesAndCharacterReferencesAreDecoded() throws {
        let text = "<graphml><graph><node id=\"a&amp;b&#xAC00;&#44032;&lt;\"/></graph></graphml>"
        #expect(try read(text, as: .graphml).graph.ids.all == ["a&b가가<"])
    }

    /// The parser never sees the XML declaration (it gets UTF-8 whatever the file declared,
    /// and libxml2 crashed on `encoding='UTF-7'` in a malformed one, found by fuzzing).
    @Test func theXMLDeclarationIsNotPassedOn() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph><node id=\"구미\"/></graph></graphml>"
        #expect(try read(text, as: .graphml).graph.ids.all == ["구미"])
        let utf7 = "<?xml version='1.0' encoding='UTF-7'?\u{10}>\n<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>"
        #expect(try read(utf7, as: .gexf).graph.ids.all == ["a"])
    }

    /// A declaration that never closes does not hide what follows from the guard.
    @Test func anUnclosedDeclarationHidesNothing() {
        let text = "<?xml version=\"1.0\" <!DOCTYPE g [ <!ENTITY a \"b\"> <!ENTITY c SYSTEM \"file:///etc/passwd\"> ]>\n<graphml/>"
        expectInputError("<!ENTITY declarations are refused", line: 1, column: 51) { () throws(InputError) in
            _ = try read(text, as: .graphml)
        }
    }
}
