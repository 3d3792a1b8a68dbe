import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension SVGImage {
    /// Takes an SVG document written by Graphviz and keeps only what a report may show inline.
    ///
    /// - The XML declaration, DOCTYPE and comments are dropped (a DOCTYPE with an internal
    ///   subset or any `<!ENTITY` is refused before parsing, FIELD_NOTES §4).
    /// - Only drawing elements are kept (`svg`, `g`, `title`, `desc`, shapes, `text`, `tspan`,
    ///   `defs`, gradients and `stop`); an `<a>` is replaced by its children (Graphviz writes it
    ///   for `URL`/`tooltip`, and its `xlink:href` may hold `javascript:`, FIELD_NOTES §1
    ///   gotcha 5); anything else (`image`, `script`, `foreignObject`) is dropped with its content.
    /// - Only presentation and geometry attributes are kept; `style="stop-color:…"` is turned
    ///   into attributes, since the report's Content-Security-Policy blocks inline styles.
    /// - Ids are made unique inside the picture (Graphviz 2.42 gives a cluster the graph's
    ///   `id`); ``prefixingIDs(_:)`` then makes them unique in the page (gradient ids `l_0`
    ///   otherwise collide between two drawings, FIELD_NOTES §1 gotcha 7).
    ///
    /// - Parameter svg: the bytes of an SVG document, as `gvRenderData` returns them.
    /// - Throws: ``ReportError`` when the document is not well-formed SVG or nests deeper than
    ///   64 levels.
    /// - Complexity: O(`n`) in the length of `svg`.
    public init(graphvizSVG svg: String) throws {
        guard let start = svg.range(of: "<svg") else { throw ReportError("the drawing is not an SVG document") }
        let body = svg[start.lowerBound...]
        if body.contains("<!DOCTYPE") || body.contains("<!ENTITY") || svg[..<start.lowerBound].contains("<!ENTITY") {
            throw ReportError("the SVG drawing declares entities, which a report does not accept")
        }
        let builder = SVGTreeBuilder()
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = builder
        let parsed = parser.parse()
        if let failure = builder.failure { throw ReportError("the SVG drawing cannot be read: \(failure)") }
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "not well-formed"
            throw ReportError("the SVG drawing cannot be read: \(reason) (line \(parser.lineNumber))")
        }
        self.init(root: root)
    }
}

/// Builds a ``Markup`` tree from XMLParser events, with an explicit stack (no recursion),
/// keeping the allowed elements and attributes only.
private final class SVGTreeBuilder: NSObject, XMLParserDelegate {
    private struct Frame {
        var name: String
        var attributes: [Markup.Attribute]
        var children: [Markup] = []
    }

    private enum Open { case kept, unwrapped, skipped }

    static let elements: Set<String> = [
        "svg", "g", "title", "desc", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line",
        "text", "tspan", "defs", "linearGradient", "radialGradient", "stop",
    ]

    /// Kept attributes, in the order they are written.
    static let attributeOrder = [
        "id", "class", "width", "height", "viewBox", "preserveAspectRatio", "transform",
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "points", "d",
        "offset", "gradientUnits", "gradientTransform",
        "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "opacity", "stop-color", "stop-opacity",
        "font-family", "font-size", "font-weight", "font-style", "text-anchor", "text-decoration",
        "baseline-shift", "dominant-baseline", "xmlns",
    ]
    static let allowed = Set(attributeOrder)

    private(set) var root: Markup?
    private(set) var failure: String?
    private var stack: [Frame] = []
    private var opened: [Open] = []
    private var skipping = 0
    private var seenIDs: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        if skipping > 0 || !(SVGTreeBuilder.elements.contains(name) || name == "a") {
            skipping += 1
            opened.append(.skipped)
            return
        }
        if name == "a" {
            opened.append(.unwrapped)
            return
        }
        guard stack.count < SVGImage.maximumDepth else {
            failure = "it nests deeper than \(SVGImage.maximumDepth) elements"
            parser.abortParsing()
            return
        }
        if stack.isEmpty && name != "svg" {
            failure = "its root element is <\(name)>, not <svg>"
            parser.abortParsing()
            return
        }
        stack.append(Frame(name: name, attributes: kept(attributes)))
        opened.append(.kept)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch opened.popLast() {
        case .skipped: skipping -= 1
        case .unwrapped, nil: break
        case .kept:
            let frame = stack.removeLast()
            let node = Markup.element(frame.name, frame.attributes, frame.children)
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipping == 0, !stack.isEmpty else { return }
        stack[stack.count - 1].children.append(.text(string))
    }

    private func kept(_ raw: [String: String]) -> [Markup.Attribute] {
        var values = raw.filter { SVGTreeBuilder.allowed.contains($0.key) }
        for declaration in (raw["style"] ?? "").split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, SVGTreeBuilder.allowed.contains(parts[0]), parts[0] != "id", values[parts[0]] == nil {
                values[parts[0]] = parts[1]
            }
        }
        if let id = values["id"] {
            let seen = seenIDs[id, default: 0]
            seenIDs[id] = seen + 1
            if seen > 0 { values["id"] = "\(id)-\(seen + 1)" }
        }
        return SVGTreeBuilder.attributeOrder.compactMap { name in values[name].map { Markup.Attribute(name, $0) } }
    }
}
