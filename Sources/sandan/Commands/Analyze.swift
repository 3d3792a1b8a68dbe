import ArgumentParser

/// `sandan analyze`: Compute node measures (centrality, components, communities, …).
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute node measures (centrality, components, communities, …).",
        discussion: """
        Example:
          sandan analyze Graphs --metric betweenness --metric pagerank --format csv
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan analyze' is not built yet")
    }
}
