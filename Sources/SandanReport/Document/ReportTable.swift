/// A table of a report: a caption, typed columns and rows of cells.
///
/// Numeric columns keep each cell's number beside its formatted text, so that the HTML table
/// sorts by value (0.9 before 10) while it shows the text.
public struct ReportTable: Sendable {
    /// A column: its heading and whether it holds numbers.
    public struct Column: Sendable, Equatable {
        public var title: String
        public var isNumeric: Bool

        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.isNumeric = numeric
        }
    }

    /// A cell: the text shown and, for numbers, the value to sort by.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var value: Double?

        public init(_ text: String, value: Double? = nil) {
            self.text = text
            self.value = value
        }

        /// A cell showing `value` with `decimals` digits after the point.
        public static func number(_ value: Double, decimals: Int) -> Cell {
            Cell(NumberFormatting.fixed(value, decimals: decimals), value: value)
        }

        /// A cell showing an integer.
        public static func integer(_ value: Int) -> Cell {
            Cell(NumberFormatting.grouped(value), value: Double(value))
        }
    }

    /// The caption, said before the table.
    public var caption: String
    /// The columns.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]

    /// - Precondition: every row has as many cells as there are columns.
    public init(caption: String, columns: [Column], rows: [[Cell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
