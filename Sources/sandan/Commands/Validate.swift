import ArgumentParser

/// `sandan validate`: Check a dataset: ids, edge ends, kinds, years, sources, figures.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset: ids, edge ends, kinds, years, sources, figures.",
        discussion: """
        Example:
          sandan validate Graphs
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan validate' is not built yet")
    }
}
