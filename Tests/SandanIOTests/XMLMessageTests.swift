import Foundation
@testable import SandanIO
import Testing

/// libxml2 reports a second root and a truncated file with the same code, and a huge text
/// node as an "internal error": the messages say which (issue 13, item 17).
@Suite struct XMLMessageTests {
    @Test func aSecondRootIsNotCalledTruncation() {
        let text = "<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml><graphml/>"
        expectInputError("content after the root element: an XML file has one root element", line: 1, column: 74) {
            () throws(InputError) in _ = try read(text, as: .graphml)
        }
        expectInputError("the XML ends before its elements are closed: the file is truncated", line: 1, column: 56) {
            () throws(InputError) in _ = try read("<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/>", as: .graphml)
        }
    }

    @Test func aHugeTextNodeNamesLibxml2sLimit() {
        let text = "<graphml><key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"string\"/><graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"d0\">"
            + String(repeating: "x", count: 10_000_001) + "</data></node></graph></graphml>"
        expectInputError("a text too long for libxml2 (one text node or name may hold at most 10,000,000 bytes; libxml2 error 1)") {
            () throws(InputError) in _ = try read(text, as: .graphml)
        }
    }
}
