/// HTML or SVG markup built as a tree, so that text and attribute values are escaped when the
/// tree is written and never by hand.
///
/// Element and attribute names come from Sandan's code, never from data; text and attribute
/// values may come from anywhere and are escaped by ``MarkupEscaping``. The only unescaped
/// content is ``raw(_:)``, which takes a `StaticString` (the report's own style sheet and
/// script), so data cannot reach it, and ``scriptData(json:)``, which escapes every `<`.
///
/// The same tree writes HTML5 (``html``: void elements such as `<meta>` without an end tag)
/// and XML (``xml``: empty elements as `<rect/>`), so a chart can go inline into a page or
/// into a standalone `.svg` file.
public struct Markup: Sendable {
    /// One attribute: a name chosen by Sandan's code and a value that is escaped when written.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    enum Content: Sendable {
        case element(name: String, attributes: [Attribute], children: [Markup])
        case text(String)
        case raw(String)
        case fragment([Markup])
    }

    let content: Content

    /// An element with attributes (in the order given) and children.
    public static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [Markup] = []) -> Markup {
        Markup(content: .element(name: name, attributes: attributes, children: children))
    }

    /// An element whose only child is the text `text`.
    public static func element(_ name: String, _ attributes: [Attribute] = [], text: String) -> Markup {
        element(name, attributes, [.text(text)])
    }

    /// Text, escaped when written.
    public static func text(_ text: String) -> Markup { Markup(content: .text(text)) }

    /// Markup written as is: only for the report's own constant style sheet and script.
    public static func raw(_ source: StaticString) -> Markup { Markup(content: .raw(source.description)) }

    /// JSON text for the body of a `<script type="application/json">` element: `<`, `>` and `&`
    /// are written `\u003c`, `\u003e`, `\u0026` (and U+2028, U+2029 as escapes), which leaves
    /// the JSON's value unchanged (they can only occur inside its strings) while no `</script>`
    /// or `<!--` in the data can end the element. O(length of `json`).
    public static func scriptData(json: String) -> Markup {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return Markup(content: .raw(out))
    }

    /// Several nodes side by side, with no element around them.
    public static func fragment(_ children: [Markup]) -> Markup { Markup(content: .fragment(children)) }

    /// The element's name, or nil for text and fragments.
    public var elementName: String? {
        if case let .element(name, _, _) = content { return name }
        return nil
    }

    /// The element's attributes (empty for text and fragments).
    public var attributes: [Attribute] {
        if case let .element(_, attributes, _) = content { return attributes }
        return []
    }

    /// The element's or fragment's children.
    public var children: [Markup] {
        switch content {
        case let .element(_, _, children), let .fragment(children): return children
        case .text, .raw: return []
        }
    }

    /// The value of attribute `name`, if the element has it.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The text of this node and all below it, unescaped, in document order.
    public var textContent: String {
        var out = ""
        visit { node in
            if case let .text(text) = node.content { out += text }
        }
        return out
    }

    /// Calls `body` for this node and every node below it, in document order.
    ///
    /// Walks with an explicit stack, so a deep tree cannot overflow the call stack.
    public func visit(_ body: (Markup) -> Void) {
        var stack: [Markup] = [self]
        while let node = stack.popLast() {
            body(node)
            stack.append(contentsOf: node.children.reversed())
        }
    }
}

extension Markup {
    /// HTML elements that have no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// The tree written as HTML5: void elements have no end tag, empty SVG elements close
    /// themselves (`<rect/>`, allowed in HTML's foreign content), other empty elements get an
    /// end tag.
    public var html: String { serialized(xml: false) }

    /// The tree written as XML: every empty element closes itself.
    public var xml: String { serialized(xml: true) }

    private enum Step {
        case open(Markup, foreign: Bool)
        case close(String)
    }

    private func serialized(xml: Bool) -> String {
        var out = ""
        var stack: [Step] = [.open(self, foreign: xml)]
        while let step = stack.popLast() {
            switch step {
            case let .close(name):
                out += "</\(name)>"
            case let .open(node, foreign):
                switch node.content {
                case let .text(text):
                    out += MarkupEscaping.text(text)
                case let .raw(source):
                    out += source
                case let .fragment(children):
                    stack.append(contentsOf: children.reversed().map { .open($0, foreign: foreign) })
                case let .element(name, attributes, children):
                    let inForeign = foreign || name == "svg"
                    out += "<" + name
                    for attribute in attributes {
                        out += " \(attribute.name)=\"\(MarkupEscaping.attribute(attribute.value))\""
                    }
                    if children.isEmpty {
                        if inForeign {
                            out += "/>"
                        } else {
                            out += Markup.voidElements.contains(name) ? ">" : "></\(name)>"
                        }
                    } else {
                        out += ">"
                        stack.append(.close(name))
                        stack.append(contentsOf: children.reversed().map { .open($0, foreign: inForeign) })
                    }
                }
            }
        }
        return out
    }
}
