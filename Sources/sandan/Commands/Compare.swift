import ArgumentParser

/// `sandan compare`: What changed between two networks: nodes, linkages, centrality.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two networks: nodes, linkages, centrality.",
        discussion: """
        Example:
          sandan compare before.csv after.csv
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan compare' is not built yet")
    }
}
