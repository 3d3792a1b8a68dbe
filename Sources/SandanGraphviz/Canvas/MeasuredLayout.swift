import Foundation

/// What Graphviz's layout pass says about a drawing (read from its `-Tjson` output): where
/// each node is, how large each node's and edge's label text is, how large the graph's label
/// (the legend) is.
///
/// Text sizes come from Graphviz itself (the `width` of each xdot text operation, measured
/// with the same font engine that draws the final output), so no font metrics live in Sandan.
struct MeasuredLayout {
    /// A text block: width and height in points, at `fontSize` points.
    struct TextBox { var width: Double, height: Double, fontSize: Double, lines: Int }

    /// Node centres in points (y up), indexed like the document's nodes.
    var positions: [(x: Double, y: Double)]
    /// Each node's label text block; nil for unlabelled nodes.
    var labels: [TextBox?]
    /// Each edge's label text block (in the document's edge order); nil for unlabelled edges.
    var edgeLabels: [TextBox?]
    /// The graph label's size in points, nil without one.
    var legend: (width: Double, height: Double)?
    /// Each cluster's box (points, y up) and label text block, indexed like the document's
    /// clusters; nil for a cluster the engine did not draw (neato, sfdp).
    var clusters: [(box: LabelPlacement.Rect, label: TextBox?)?]

    /// Line height as a multiple of the font size (Graphviz's `LINESPACING`).
    static let lineSpacing = 1.2

    /// Reads Graphviz's JSON for a document of `nodeCount` nodes named `n0`, `n1`, ….
    /// O(size of the JSON).
    /// - Throws: ``RenderError/graphviz(stage:message:)`` when the JSON lacks a node or a position.
    ///
    /// `edges` are the document's edges with their label text: Graphviz numbers edges in its own
    /// order, so each measured edge label is matched to the document's edge by its ends and text.
    init(json: [UInt8], nodeCount: Int, edges: [(tail: Int, head: Int, label: String?)], clusterCount: Int = 0) throws(RenderError) {
        func failure(_ why: String) -> RenderError { .graphviz(stage: "reading the layout", message: why) }
        guard let root = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] else {
            throw failure("Graphviz's JSON could not be read")
        }
        positions = Array(repeating: (0, 0), count: nodeCount)
        labels = Array(repeating: nil, count: nodeCount)
        var seen = 0
        var nodeOfGvid: [Int: Int] = [:]
        clusters = Array(repeating: nil, count: clusterCount)
        for case let object as [String: Any] in root["objects"] as? [Any] ?? [] {
            if let name = object["name"] as? String, name.hasPrefix("cluster_"), let k = Int(name.dropFirst(8)), k >= 0, k < clusterCount,
               let bb = object["bb"] as? String {
                let v = bb.split(separator: ",").compactMap { Double($0) }
                if v.count == 4 {
                    clusters[k] = (LabelPlacement.Rect(minX: v[0], minY: v[1], maxX: v[2], maxY: v[3]), Self.textBox(object["_ldraw_"] as? [Any]))
                }
                continue
            }
            guard let name = object["name"] as? String, name.hasPrefix("n"), let v = Int(name.dropFirst()),
                  v >= 0, v < nodeCount, let pos = object["pos"] as? String else { continue }
            if let gvid = object["_gvid"] as? Int { nodeOfGvid[gvid] = v }
            let xy = pos.split(separator: ",").compactMap { Double($0.filter { $0 != "!" }) }
            guard xy.count == 2 else { throw failure("node \(name) has the position '\(pos)'") }
            positions[v] = (xy[0], xy[1])
            labels[v] = Self.textBox(object["_ldraw_"] as? [Any])
            seen += 1
        }
        guard seen == nodeCount else { throw failure("\(nodeCount - seen) of \(nodeCount) nodes have no position") }
        var measuredEdges: [String: [TextBox]] = [:]
        for case let edge as [String: Any] in (root["edges"] as? [Any] ?? []).reversed() {
            guard let t = (edge["tail"] as? Int).flatMap({ nodeOfGvid[$0] }), let h = (edge["head"] as? Int).flatMap({ nodeOfGvid[$0] }),
                  let text = edge["label"] as? String, let box = Self.textBox(edge["_ldraw_"] as? [Any]) else { continue }
            measuredEdges["\(t) \(h) \(text)", default: []].append(box)
        }
        edgeLabels = edges.map { edge in
            guard let text = edge.label else { return nil }
            return measuredEdges["\(edge.tail) \(edge.head) \(text)"]?.popLast()
        }
        if let w = (root["lwidth"] as? String).flatMap(Double.init), let h = (root["lheight"] as? String).flatMap(Double.init) {
            legend = (w * 72, h * 72)
        }
    }

    /// The block of the non-empty text operations of an xdot drawing list (the blank lines
    /// that push a label under its node in the layout pass are not text). O(operations).
    static func textBox(_ operations: [Any]?) -> TextBox? {
        var fontSize = 14.0
        var width = 0.0
        var lines = 0
        for case let op as [String: Any] in operations ?? [] {
            switch op["op"] as? String {
            case "F": fontSize = (op["size"] as? Double) ?? fontSize
            case "T":
                guard let text = op["text"] as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                width = max(width, (op["width"] as? Double) ?? 0)
                lines += 1
            default: continue
            }
        }
        guard lines > 0 else { return nil }
        return TextBox(width: width, height: Double(lines) * fontSize * lineSpacing, fontSize: fontSize, lines: lines)
    }
}
