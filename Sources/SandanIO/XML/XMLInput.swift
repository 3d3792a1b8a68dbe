import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One event of an XML document, with the line and column where the parser reported it.
struct XMLEvent {
    enum Kind {
        /// A start tag, its name as written (with any prefix) and its attributes.
        case start(String, [String: String])
        /// An end tag.
        case end(String)
        /// Character data (text or CDATA), possibly in several pieces.
        case text(String)
    }

    var kind: Kind
    var line: Int
    var column: Int
}

/// A reader of one XML graph format (GraphML, GEXF): its events' places in `file`, and
/// errors there.
protocol XMLGraphReader {
    /// The file read, for locations.
    var file: String { get }
}

extension XMLGraphReader {
    /// Where `event` starts in ``file``.
    func location(_ event: XMLEvent) -> SourceLocation {
        SourceLocation(file: file, line: event.line, column: event.column)
    }

    /// An ``InputError`` at `event`.
    func fail(_ event: XMLEvent, _ message: String) -> InputError {
        InputError(location(event), message)
    }
}

/// The guarded way into FoundationXML's `XMLParser` for GraphML and GEXF.
///
/// `XMLParser` on Linux always substitutes entities (libxml2 `NOENT`), silently drops an
/// external entity and the text after it while reporting success, and spends seconds of CPU on
/// a small file that uses one large internal entity many times. GraphML and GEXF never need a
/// document type, so before parsing this reader:
///
/// - decodes the bytes as ``TextDecoding`` does (UTF-8 with or without a byte-order mark, or
///   CP949 when asked; NUL bytes and invalid UTF-8 are errors at their place; text becomes NFC)
///   and hands libxml2 UTF-8, with the XML declaration blanked out (so no declared encoding
///   applies: libxml2 crashes on some);
/// - refuses any `<!DOCTYPE` or `<!ENTITY` declaration, at its place, before the parser sees it,
///   and any other processing instruction (FoundationXML crashes on `<?x?>`, a processing
///   instruction without data);
/// - refuses, at its place, a tag with more attributes than ``InputLimits/attributes`` (libxml2
///   checks for duplicate attributes in quadratic time: 10⁶ attributes on one element take
///   minutes) and an attribute value longer than ``InputLimits/stringBytes``.
///
/// The size of the whole input is bounded where it is read (``TextDecoding/readBytes(at:limits:)``).
///
/// While parsing, elements nested deeper than ``maximumDepth`` stop the parse, and every parser
/// error is fatal, reported with the parser's line and column (a truncated file is an error even
/// though `XMLParser.parse()` returns true for it). The external-entity defaults of `XMLParser`
/// are never changed.
///
/// Complexity: O(bytes) time; memory a small multiple of the file size.
enum XMLInput {
    /// The deepest element nesting accepted (GraphML and GEXF need fewer than ten levels;
    /// nested graphs and yEd's drawing data a few more).
    static let maximumDepth = 64

    /// Parses `bytes` read from `file`, calling `handle` for each event in document order.
    /// - Throws: ``InputError`` from the guard, the parser or `handle`, with a location.
    static func parse(_ bytes: [UInt8], file: String, encoding: TextEncoding, limits: InputLimits,
                      handle: (XMLEvent) throws(InputError) -> Void) throws(InputError) {
        var data = Array(try TextDecoding.decode(bytes, file: file, encoding: encoding).utf8)
        blankDeclaration(&data)
        try screen(data, file: file, limits: limits)
        var failure: InputError?
        withoutActuallyEscaping(handle) { handle in
            let parser = XMLParser(data: Data(data))
            let delegate = Delegate(file: file, handle: handle)
            parser.delegate = delegate
            parser.shouldProcessNamespaces = false
            parser.shouldReportNamespacePrefixes = false
            _ = parser.parse()
            failure = delegate.failure ?? parser.parserError.map { error in
                InputError(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                           describe((error as NSError).code))
            }
        }
        if let failure { throw failure }
    }

    /// Refuses `<!DOCTYPE` and `<!ENTITY` (in any letter case), processing instructions, tags
    /// with more than `limits.attributes` attributes and attribute values longer than
    /// `limits.stringBytes`, anywhere in `bytes` outside comments and CDATA sections (the XML
    /// declaration has been blanked by ``blankDeclaration(_:)`` before). O(bytes).
    ///
    /// Processing instructions are refused because FoundationXML crashes (a NULL `strlen`) on
    /// one without data, such as `<?x?>`; GraphML and GEXF need none.
    static func screen(_ bytes: [UInt8], file: String, limits: InputLimits) throws(InputError) {
        let words: [[UInt8]] = [Array("DOCTYPE".utf8), Array("ENTITY".utf8)]
        func refuse(_ i: Int, _ message: String) -> InputError {
            let (line, column) = TextDecoding.position(of: i, in: bytes[...])
            return InputError(file: file, line: line, column: column, message)
        }
        func skip(past end: String, from i: Int) -> Int {
            bytes[i...].firstRange(of: Array(end.utf8))?.upperBound ?? bytes.count
        }
        var i = 0
        let n = bytes.count
        while i + 1 < n {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if bytes[(i + 1)...].starts(with: Array("!--".utf8)) {
                i = skip(past: "-->", from: i + 4)
            } else if bytes[(i + 1)...].starts(with: Array("![CDATA[".utf8)) {
                i = skip(past: "]]>", from: i + 9)
            } else if bytes[i + 1] == UInt8(ascii: "!") {
                for word in words where i + 2 + word.count <= n
                    && bytes[(i + 2)..<(i + 2 + word.count)].map({ $0 & 0xDF }).elementsEqual(word) {
                    throw refuse(i, "<!\(String(decoding: word, as: UTF8.self)) declarations are refused: GraphML and GEXF need no DTD, and entities can hide external files or expand without bound")
                }
                i += 2
            } else if bytes[i + 1] == UInt8(ascii: "?") {
                let target = String(decoding: bytes[(i + 2)...].prefix { $0 > 0x20 && $0 != UInt8(ascii: "?") }.prefix(40), as: UTF8.self)
                throw refuse(i, "processing instructions (<?\(target)…?>) are refused: GraphML and GEXF need none")
            } else {
                i = try screenTag(bytes, at: i, limits: limits, refuse: refuse)
            }
        }
    }

    /// Scans the tag opening at `start` (a `<`) to its closing `>` outside quotes, counting its
    /// attributes (quoted values) and measuring each value; returns the index after the tag.
    private static func screenTag(_ bytes: [UInt8], at start: Int, limits: InputLimits,
                                  refuse: (Int, String) -> InputError) throws(InputError) -> Int {
        var i = start + 1
        var count = 0
        while i < bytes.count, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "<") {
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                i += 1
                continue
            }
            count += 1
            guard count <= limits.attributes else {
                throw refuse(start, "this tag has more than \(limits.attributes) attributes" + limits.exceeded(.attributes))
            }
            let end = bytes[(i + 1)...].firstIndex(of: quote) ?? bytes.count
            guard end - i - 1 <= limits.stringBytes else {
                throw refuse(i, "an attribute value of \(InputLimits.bytes(end - i - 1)) is longer than a value may be"
                    + limits.exceeded(.stringBytes))
            }
            i = end + 1
        }
        return i
    }

    /// Replaces an XML declaration (`<?xml …?>` at the start, up to its first `>`) with spaces,
    /// keeping line breaks so that positions stay the same. The text handed to the parser is
    /// UTF-8 whatever the declaration said, and libxml2 crashes on some declared encodings
    /// (`encoding='UTF-7'` in a malformed declaration, found by fuzzing), so the parser never
    /// sees one: without it, XML is UTF-8 by definition.
    static func blankDeclaration(_ bytes: inout [UInt8]) {
        guard bytes.starts(with: Array("<?xml".utf8)), bytes.count > 5, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[5]) else { return }
        let end = bytes.firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
        for i in 0...end where bytes[i] != 0x0A { bytes[i] = 0x20 }
    }

    /// A message for the error code `XMLParser` reports, which on Linux is libxml2's own
    /// `xmlParserErrors` number (Foundation's `XMLParser.ErrorCode` numbers differ from it).
    static func describe(_ code: Int) -> String {
        switch code {
        case 3, 4: "no XML document: the file does not start with an element"
        case 1: "a text too long for libxml2 (one text node or name may hold at most 10,000,000 bytes; libxml2 error 1)"
        case 5: "the XML ends before its elements are closed: the file is truncated"
        case 6, 7, 8: "an invalid character reference (&#…;)"
        case 9: "a character that XML does not allow"
        case 10...27, 36, 37:
            "unknown or unfinished entity reference; only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed"
        case 38: "'<' inside an attribute value; write &lt;"
        case 39, 40, 41, 75: "malformed attribute; attributes look like name=\"value\""
        case 42: "an attribute appears twice in one tag"
        case 45: "a comment is not closed with '-->'"
        case 63: "a CDATA section is not closed with ']]>'"
        case 68, 72, 73, 77: "a malformed tag"
        case 76: "a closing tag does not match the open element"
        case 85, 86: "the XML is not well formed (unbalanced tags or content after the root element)"
        case 89: "entities that refer to themselves or expand without bound"
        case 512: "parsing stopped"
        default: "malformed XML (libxml2 error \(code))"
        }
    }

    /// Receives the parser's callbacks and forwards them; keeps the first error and stops.
    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        let handle: (XMLEvent) throws(InputError) -> Void
        var failure: InputError?
        var depth = 0
        /// Whether the root element has ended (libxml2 then reports content after it with the
        /// code it gives a truncated file, 5).
        var rootClosed = false
        var pendingText = ""
        var textLine = 0
        var textColumn = 0

        init(file: String, handle: @escaping (XMLEvent) throws(InputError) -> Void) {
            self.file = file
            self.handle = handle
        }

        private func deliver(_ kind: XMLEvent.Kind, _ parser: XMLParser) {
            guard failure == nil else { return }
            do { try handle(XMLEvent(kind: kind, line: parser.lineNumber, column: parser.columnNumber)) } catch {
                stop(error, parser)
            }
        }

        private func flushText(_ parser: XMLParser) {
            guard !pendingText.isEmpty, failure == nil else { return }
            let text = pendingText
            pendingText = ""
            do { try handle(XMLEvent(kind: .text(text), line: textLine, column: textColumn)) } catch {
                stop(error, parser)
            }
        }

        private func stop(_ error: InputError, _ parser: XMLParser) {
            if failure == nil { failure = error }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            flushText(parser)
            depth += 1
            guard depth <= XMLInput.maximumDepth else {
                stop(InputError(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                "elements nested deeper than \(XMLInput.maximumDepth) levels"), parser)
                return
            }
            deliver(.start(elementName, attributes), parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            flushText(parser)
            depth -= 1
            if depth == 0 { rootClosed = true }
            deliver(.end(elementName), parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if pendingText.isEmpty { textLine = parser.lineNumber; textColumn = parser.columnNumber }
            pendingText += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if pendingText.isEmpty { textLine = parser.lineNumber; textColumn = parser.columnNumber }
            pendingText += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard failure == nil else { return }
            let code = (parseError as NSError).code
            failure = InputError(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                 rootClosed && code == 5 ? "content after the root element: an XML file has one root element" : XMLInput.describe(code))
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
            self.parser(parser, parseErrorOccurred: validationError)
        }
    }
}
