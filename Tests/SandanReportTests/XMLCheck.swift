import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's XMLParser and records what a test wants to look at.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private(set) var text = ""
    private(set) var error: String?

    /// Parses `xml`; `error` is set when it is not well-formed.
    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        if !parser.parse() || error != nil {
            error = error ?? parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "not well-formed"
        }
    }

    var isWellFormed: Bool { error == nil }

    func count(_ element: String) -> Int { elements.filter { $0 == element }.count }

    func values(of attribute: String) -> [String] { attributes.filter { $0.name == attribute }.map(\.value) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        elements.append(name)
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) { self.attributes.append((name, key, value)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = "\(parseError)" }
}

/// Strings a hostile dataset could hold in a complex's name, label or note.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\" onmouseover=\"alert(2)\" x='"
    static let javascript = "javascript:alert(3)"
    static let markdown = "*굵게* [링크](javascript:alert(4)) | 표 | `코드` # 제목"
    static let controls = "구미\u{0}\u{7}\u{1B}국가\u{202E}txt.exe\u{200B}"
    static let all = [script, attribute, javascript, markdown, controls]
}
