/// A report as plain values, before it is written as HTML or Markdown.
///
/// The content (which sections, which sentences, which tables) is decided once, here; the
/// writers (``HTMLReportWriter``, ``MarkdownReportWriter``) only lay it out, so the HTML and
/// Markdown reports say the same things.
public struct ReportDocument: Sendable {
    /// The language of the headings and sentences; also the page's `lang`.
    public var language: ReportLanguage
    /// The report's title.
    public var title: String
    /// One line under the title (the data, the date of the data).
    public var subtitle: String?
    /// The sections, in reading order.
    public var sections: [ReportSection]
    /// What made the report, for the page's `generator` meta (e.g. "Sandan 0.1.0").
    public var generator: String

    public init(language: ReportLanguage, title: String, subtitle: String? = nil,
                sections: [ReportSection], generator: String) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.generator = generator
    }
}

/// One section of a report: a heading and blocks.
public struct ReportSection: Sendable {
    /// A short ASCII name, unique in the report: the HTML anchor and the prefix of the ids
    /// inside the section's pictures.
    public var id: String
    /// The heading.
    public var title: String
    /// The content.
    public var blocks: [ReportBlock]

    public init(id: String, title: String, blocks: [ReportBlock]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}

/// A piece of a section.
public enum ReportBlock: Sendable {
    /// A paragraph.
    case paragraph([ReportInline])
    /// A subheading inside a section.
    case subheading(String)
    /// A bulleted list, one item per element.
    case list([[ReportInline]])
    /// A table.
    case table(ReportTable)
    /// A picture with a caption.
    case figure(ReportFigure)
    /// A remark set apart from the text (a caveat, a missing analysis).
    case note([ReportInline])
    /// A few headline numbers, each with its label ("119" "nodes").
    case keyFigures([KeyFigure])
    /// The interactive explorer of the network, with its static picture: the HTML page shows
    /// the explorer once its script runs and the picture otherwise (scripts off, print);
    /// Markdown has only the picture.
    case explorer(ReportExplorer)

    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> ReportBlock { .paragraph([.text(text)]) }

    /// A note of plain text.
    public static func note(_ text: String) -> ReportBlock { .note([.text(text)]) }
}

/// A run of text inside a paragraph, list item or note.
public enum ReportInline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// Text to stand out (a name, a number).
    case strong(String)
    /// Code: a command, a column name, a file name.
    case code(String)

    /// The run's text.
    public var string: String {
        switch self {
        case let .text(s), let .strong(s), let .code(s): return s
        }
    }
}

/// A picture in a report: made by Sandan (a chart) or by Graphviz (a diagram).
public struct ReportFigure: Sendable {
    /// A name unique in the report, used for the ids inside the picture and, slugged, for the
    /// SVG file beside a Markdown report.
    public var name: String
    /// The caption.
    public var caption: String
    /// The picture.
    public var image: SVGImage

    public init(name: String, caption: String, image: SVGImage) {
        self.name = name
        self.caption = caption
        self.image = image
    }
}

/// The explorer of a report's network (``ReportBlock/explorer(_:)``): its markup, made by
/// `ExplorerPage`, and the static figure shown instead of it where scripts do not run.
public struct ReportExplorer: Sendable {
    /// The static picture, numbered and captioned as any figure.
    public var fallback: ReportFigure
    /// The explorer's `<div id="explorer">`, hidden until its script shows it.
    let view: Markup

    init(fallback: ReportFigure, view: Markup) {
        self.fallback = fallback
        self.view = view
    }
}

/// A headline number of a report with its label.
public struct KeyFigure: Sendable, Equatable {
    /// The number as shown ("119", "48.7%").
    public var value: String
    /// What it counts ("노드", "nodes").
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}
