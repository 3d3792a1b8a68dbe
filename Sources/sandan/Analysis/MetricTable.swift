import Foundation
import SandanGraph
import SandanIO

/// Node measures side by side, one row per node in the graph's node order, rendered as CSV,
/// JSON or an aligned text table.
struct MetricTable {
    let graph: Graph
    let columns: [(metric: Metric, values: MetricColumn)]
    /// Facts about how the values were computed, for the JSON `settings` object.
    let settings: [(String, String)]

    /// `id,<metric>,…` then one row per node. Reals in the shortest form that reads back
    /// exactly, integers as integers, booleans 1/0, non-finite values empty.
    var csv: String {
        var out = (["id"] + columns.map(\.metric.rawValue)).joined(separator: ",") + "\n"
        for v in 0..<graph.nodeCount {
            out += CSVParser.escape(graph.ids[v])
            for column in columns { out += "," + MetricTable.plain(column.values, v) }
            out += "\n"
        }
        return out
    }

    /// One object: `graph` (size, direction, weight attribute), `metrics` (names in order),
    /// `settings`, and `nodes`, an array of `{"id": …, "<metric>": value, …}` in node order.
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
        for v in 0..<graph.nodeCount {
            var fields = ["\"id\": " + JSONWriter.quote(graph.ids[v])]
            for column in columns {
                fields.append(JSONWriter.quote(column.metric.rawValue) + ": " + MetricTable.json(column.values, v))
            }
            out += (v == 0 ? "\n  {" : ",\n  {") + fields.joined(separator: ", ") + "}"
        }
        return out + (graph.nodeCount == 0 ? "]}\n" : "\n ]}\n")
    }

    /// Aligned columns for a terminal; reals with six significant digits.
    var table: String {
        var table = TextTable(["id"] + columns.map(\.metric.rawValue))
        for v in 0..<graph.nodeCount {
            table.append([graph.ids[v]] + columns.map { column in
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
}
