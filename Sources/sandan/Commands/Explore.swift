import ArgumentParser
import Foundation
import SandanGraphviz
import SandanIO
import SandanReport

/// `sandan explore`: Write an interactive explorer of a network as one HTML page.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an interactive explorer of a network as one self-contained HTML page.",
        discussion: """
        The page loads nothing from the network: the picture (laid out by Graphviz, drawn as \
        `render` draws) is inline SVG that pans and zooms (wheel, drag, pinch, + - arrows, 0 to \
        fit), labels as many of the largest nodes as fit at the zoom, switches to a map (nodes at \
        their lat/lon over the 시·도 outlines of Graphs/boundaries, as `render --geo`), recolours \
        (region, wide-area region, community, kind) and resizes (degree, betweenness, PageRank) \
        without a new layout, and saves the view as SVG or PNG; a \
        search box finds complexes by Korean or English name, id or Korean initials (ㄱㅁ → 구미); \
        clicking a node shows its degree, betweenness, PageRank, community and brokerage roles \
        by province (the numbers of `sandan analyze`) and highlights its linkages; boxes filter \
        by kind and province, a list by programme, and a slider shows \
        the network up to a year (as --until), with a play button. --lang chooses the interface language; the \
        default is Korean when the nodes have Korean names.

        Examples:
          sandan explore -o network.html                  # the bundled network
          sandan explore Graphs --layer all -o all.html --lang en
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The page to write (FILE.html).")
    var output: String

    @Option(name: .long, help: "Language of the interface: ko or en.")
    var lang: ReportLanguage?

    @Option(name: .long, help: "Seconds the layout may take before it is stopped.")
    var timeout: Double = 120

    func validate() throws {
        guard (output as NSString).pathExtension.lowercased() == "html" else {
            throw ValidationError("-o must name a .html file, not '\(output)'")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let (graph, _) = try input.load()
        let outlines = try BoundaryFiles.provinces(dataset: input.graph)
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let page: String
        do {
            page = try ExplorerPage.html(for: graph, language: lang ?? .default(for: graph),
                                         generator: "sandan \(Sandan.version)", outlines: outlines,
                                         renderer: IsolatedRenderer(executable: executable, timeout: timeout))
        } catch {
            throw CommandFailure(error.description)
        }
        try AtomicFile.write(page, to: output, sparing: ReadInputs.all)
    }
}
