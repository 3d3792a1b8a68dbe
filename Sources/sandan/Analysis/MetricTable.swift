import Foundation
import SandanClusters
import SandanGraph
import SandanIO

/// Node measures side by side, one row per node, rendered as CSV, JSON or an aligned text
/// table: the id, then node attributes that say which node it is (``attributes``: by default
/// its name and region), then the measures in the order asked.
struct MetricTable {
    let graph: Graph
    let columns: [(metric: Metric, values: MetricColumn)]
    /// Facts about how the values were computed, for the JSON `settings` object.
    let settings: [(String, String)]
    /// Node attributes printed between the id and the measures.
    var attributes: [String] = []
    /// The nodes in row order (all of them in node order unless sorted or cut).
    var rows: [Int]

    init(graph: Graph, columns: [(metric: Metric, values: MetricColumn)], settings: [(String, String)]) {
        self.graph = graph
        self.columns = columns
        self.settings = settings
        rows = Array(0..<graph.nodeCount)
    }

    /// The attributes shown next to the id by default: the node's name (the first of `name_ko`,
    /// `name`, `name_en`, `label` the graph has) and its `region`, when present.
    static func defaultAttributes(of graph: Graph) -> [String] {
        let names = graph.nodeAttributes.names
        return (["name_ko", "name", "name_en", "label"].first(where: names.contains).map { [$0] } ?? [])
            + (names.contains("region") ? ["region"] : [])
    }

    /// Orders the rows by `metric`'s column, largest first (text in ascending order; missing
    /// and non-finite values last; ties in node order), then keeps the first `top` when given.
    ///
    /// Complexity: O(n log n).
    mutating func sort(by metric: Metric?, top: Int?) {
        if let metric, let column = columns.first(where: { $0.metric == metric })?.values {
            rows.sort { a, b in
                switch column {
                case .real(let v):
                    let (x, y) = (v[a].isFinite ? v[a] : -.infinity, v[b].isFinite ? v[b] : -.infinity)
                    return x != y ? x > y : a < b
                case .integer(let v): return v[a] != v[b] ? v[a] > v[b] : a < b
                case .boolean(let v): return v[a] != v[b] ? v[a] : a < b
                case .text(let v): return v[a] != v[b] ? v[a] < v[b] : a < b
                }
            }
        }
        if let top { rows = Array(rows.prefix(top)) }
    }

    /// `id,<attributes>,<metric>,…` then one row per node. Reals in the shortest form that reads
    /// back exactly, integers as integers, booleans 1/0, non-finite and missing values empty.
    var csv: String {
        var out = (["id"] + attributes + columns.map(\.metric.rawValue)).map(CSVParser.escape).joined(separator: ",") + "\n"
        for v in rows {
            out += CSVParser.escape(graph.ids[v])
            for name in attributes { out += "," + CSVParser.escape(graph.nodeAttributes.value(name, at: v)?.description ?? "") }
            for column in columns { out += "," + MetricTable.plain(column.values, v) }
            out += "\n"
        }
        return out
    }

    /// One object: `graph` (size, direction, weight attribute), `metrics` (names in order),
    /// `settings`, and `nodes`, an array of `{"id": …, "<attribute>": value, "<metric>": value, …}`
    /// in row order (attribute values typed, missing ones null).
    var json: String {
        let names = columns.map { JSONWriter.quote($0.metric.rawValue) }.joined(separator: ", ")
        let settingsText = settings.map { JSONWriter.quote($0.0) + ": " + $0.1 }.joined(separator: ", ")
        var out = """
        {"graph": {"nodes": \(graph.nodeCount), "edges": \(graph.edgeCount), "directed": \(graph.isDirected), \
        "weight": \(graph.weightAttribute.map(JSONWriter.quote) ?? "null")},
         "metrics": [\(names)],
         "settings": {\(settingsText)},
         "nodes": [
        """
        for (r, v) in rows.enumerated() {
            var fields = ["\"id\": " + JSONWriter.quote(graph.ids[v])]
            for name in attributes {
                fields.append(JSONWriter.quote(name) + ": " + MetricTable.json(graph.nodeAttributes.value(name, at: v)))
            }
            for column in columns {
                fields.append(JSONWriter.quote(column.metric.rawValue) + ": " + MetricTable.json(column.values, v))
            }
            out += (r == 0 ? "\n  {" : ",\n  {") + fields.joined(separator: ", ") + "}"
        }
        return out + (rows.isEmpty ? "]}\n" : "\n ]}\n")
    }

    /// One workbook sheet `measures`: the CSV's columns with typed cells (attributes as their
    /// type, measures as numbers, flags as booleans).
    var sheet: Sheet {
        Sheet(name: "measures", header: ["id"] + attributes + columns.map(\.metric.rawValue), rows: rows.map { v in
            [.text(graph.ids[v])] + attributes.map { name -> SheetCell in
                switch graph.nodeAttributes.value(name, at: v) {
                case .string(let text): .text(text)
                case .integer(let value): .integer(value)
                case .double(let value): .number(value)
                case .bool(let value): .bool(value)
                case nil: .text("")
                }
            } + columns.map { column -> SheetCell in
                switch column.values {
                case .real(let values): .number(values[v])
                case .integer(let values): .integer(values[v])
                case .boolean(let values): .bool(values[v])
                case .text(let values): .text(values[v])
                }
            }
        })
    }

    /// The graph with each measure as a node attribute of its name (reals as doubles, missing
    /// when not finite), for GEXF and GraphML output.
    var graphWithMeasures: Graph {
        columns.reduce(graph) { graph, column in
            let values: AttributeColumn = switch column.values {
            case .real(let values): .double(values.map { $0.isFinite ? $0 : nil })
            case .integer(let values): .integer(values)
            case .boolean(let values): .bool(values)
            case .text(let values): .string(values)
            }
            return graph.settingNodeColumn(column.metric.rawValue, values)
        }
    }

    /// Aligned columns for a terminal; reals with six significant digits.
    var table: String {
        var table = TextTable(["id"] + attributes + columns.map(\.metric.rawValue))
        for v in rows {
            table.append([graph.ids[v]] + attributes.map { graph.nodeAttributes.value($0, at: v)?.description ?? "" } + columns.map { column in
                if case .real(let values) = column.values { return String(format: "%.6g", values[v]) }
                return MetricTable.plain(column.values, v)
            })
        }
        return table.rendered
    }

    private static func plain(_ column: MetricColumn, _ v: Int) -> String {
        switch column {
        case .real(let values): values[v].isFinite ? "\(values[v])" : ""
        case .integer(let values): String(values[v])
        case .boolean(let values): values[v] ? "1" : "0"
        case .text(let values): CSVParser.escape(values[v])
        }
    }

    private static func json(_ column: MetricColumn, _ v: Int) -> String {
        switch column {
        case .real(let values): JSONWriter.number(values[v])
        case .integer(let values): String(values[v])
        case .boolean(let values): values[v] ? "true" : "false"
        case .text(let values): JSONWriter.quote(values[v])
        }
    }

    private static func json(_ value: AttributeValue?) -> String {
        switch value {
        case .string(let s): JSONWriter.quote(s)
        case .integer(let i): String(i)
        case .double(let d): JSONWriter.number(d)
        case .bool(let b): b ? "true" : "false"
        case nil: "null"
        }
    }
}
