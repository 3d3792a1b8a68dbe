import ArgumentParser

/// `sandan render`: Draw a graph through Graphviz to SVG, PNG, PDF or DOT.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a graph through Graphviz to SVG, PNG, PDF or DOT.",
        discussion: """
        Example:
          sandan render Graphs -o network.svg --color-by region --size-by betweenness
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan render' is not built yet")
    }
}
