/// An SVG picture as a ``Markup`` tree whose root is an `<svg>` element: a chart made by
/// Sandan or a Graphviz drawing passed through ``init(graphvizSVG:)``.
///
/// A report shows several pictures inline in one page, so every id in a picture is given the
/// figure's prefix before it is written (``prefixingIDs(_:)``), together with every reference
/// to an id (`url(#…)`, `href="#…"`, `aria-labelledby`).
public struct SVGImage: Sendable {
    /// The `<svg>` element.
    public let root: Markup

    /// The deepest nesting an SVGImage may have: charts and Graphviz drawings stay far below it,
    /// and the bound keeps the tree walks' recursion shallow.
    static let maximumDepth = 64

    /// Wraps `root`, which must be an `<svg>` element no deeper than 64 levels.
    public init(root: Markup) {
        precondition(root.elementName == "svg", "an SVGImage's root must be an <svg> element")
        self.root = root
    }

    /// The picture as a standalone SVG file (XML declaration, then the `<svg>` element).
    public var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.xml + "\n"
    }

    /// Every `id` in the picture, in document order.
    public var ids: [String] {
        var out: [String] = []
        root.visit { node in if let id = node.attribute("id") { out.append(id) } }
        return out
    }

    /// The same picture with `prefix` put before every id and every reference to an id.
    public func prefixingIDs(_ prefix: String) -> SVGImage {
        SVGImage(root: SVGImage.prefixed(root, prefix, depth: 0))
    }

    private static func prefixed(_ node: Markup, _ prefix: String, depth: Int) -> Markup {
        guard let name = node.elementName, depth < maximumDepth else { return node }
        let attributes = node.attributes.map { attribute in
            Markup.Attribute(attribute.name, prefixedValue(attribute, prefix))
        }
        return .element(name, attributes, node.children.map { prefixed($0, prefix, depth: depth + 1) })
    }

    private static func prefixedValue(_ attribute: Markup.Attribute, _ prefix: String) -> String {
        let value = attribute.value
        switch attribute.name {
        case "id":
            return prefix + value
        case "aria-labelledby", "aria-describedby":
            return value.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
        case "href", "xlink:href":
            return value.hasPrefix("#") ? "#" + prefix + value.dropFirst() : value
        default:
            return value.replacing("url(#", with: "url(#" + prefix)
        }
    }
}
