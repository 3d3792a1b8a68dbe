import ArgumentParser
import Foundation
import SandanGraph
import SandanGraphviz
import SandanIO
import SandanReport

extension ReportLanguage: ExpressibleByArgument {}

/// `sandan report`: Write an HTML or Markdown report of a network.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML or Markdown report of a network.",
        discussion: """
        The format follows the extension of -o: .html is one self-contained page (inline SVG,
        no network access needed, printable) whose network section is the interactive explorer
        of `sandan explore` (the static diagram where scripts are off, and in print); .md is Markdown with each diagram as an SVG file
        written beside it. --lang chooses the language of headings and sentences; the default is
        Korean when the nodes have Korean names (name_ko, or Hangul ids), English otherwise.
        On a terminal a progress bar follows the analyses and the drawing (--no-progress: none).

        Examples:
          sandan report -o report.html                      # the bundled network
          sandan report Graphs -o report.md --lang en
          sandan report Graphs --layer all -o union.html     # both layers
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The report file: FILE.html or FILE.md.")
    var output: String

    @Option(name: .long, help: "Language of headings and sentences: ko or en.")
    var lang: ReportLanguage?

    @Option(name: .long, help: "The report's title.")
    var title: String?

    @Option(name: .long, help: "How many nodes each ranking table shows.")
    var top: Int = 10

    @Option(name: .long, help: "Seconds each diagram's layout may take before it is stopped.")
    var timeout: Double = 120

    @OptionGroup var progress: ProgressOptions

    var format: ReportFormat? { ReportFormat(rawValue: (output as NSString).pathExtension.lowercased()) }

    func validate() throws {
        guard format != nil else { throw ValidationError("-o must name a .html or .md file, not '\(output)'") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let (graph, layer, _) = try input.loadAllLayers()
        let bar = progress.bar("report", counts: false)
        let options = NetworkReportOptions(
            language: lang ?? .default(for: graph), title: title,
            source: input.graph ?? "Graphs/", command: Report.commandLine(), sandanVersion: Sandan.version,
            topCount: top, progress: bar.report,
            renderer: WarningRenderer(IsolatedRenderer(executable: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]), timeout: timeout)),
            graphvizVersion: GraphvizLibrary.version, layer: layer,
            explorer: format == .html,
            provinceOutlines: try BoundaryFiles.provinces(dataset: input.graph).map { MapOutlineLayer(map: $0, name: "sido", weight: .major) })
        let document: ReportDocument
        do {
            defer { bar.finish() }
            document = try NetworkReport.document(for: graph, options: options).document
        } catch let error as ReportError {
            throw CommandFailure(error.description)
        }
        switch format {
        case .html, nil:
            try AtomicFile.write(HTMLReportWriter.html(document), to: output, sparing: ReadInputs.all)
        case .markdown:
            let folder = (output as NSString).deletingLastPathComponent
            let base = ((output as NSString).lastPathComponent as NSString).deletingPathExtension
            let written = MarkdownReportWriter.markdown(document, baseName: base)
            var files: [(path: String, data: Data?)] = [(output, Data(written.markdown.utf8))]
            for file in written.files {
                files.append(((folder as NSString).appendingPathComponent(file.name), Data(file.contents.utf8)))
            }
            try AtomicFile.writeSet(files, sparing: ReadInputs.all)
        }
    }

    /// The command line as typed, each argument quoted for a POSIX shell where it needs it.
    static func commandLine() -> String {
        (["sandan"] + CommandLine.arguments.dropFirst()).map { argument in
            let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "-_./=:,+@%".unicodeScalars.contains($0)
            }
            return plain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

/// Lays out and renders each diagram in a child process (`sandan render-worker`), so that a
/// Graphviz crash or hang cannot take the report down; Graphviz's warnings go to standard error.
private struct WarningRenderer: DOTRendering {
    let renderer: IsolatedRenderer
    init(_ renderer: IsolatedRenderer) { self.renderer = renderer }

    func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> RenderedOutput {
        let output = try renderer.render(dot: dot, layout: layout, format: format)
        for message in output.warnings { warn("graphviz: " + message) }
        return output
    }
}
