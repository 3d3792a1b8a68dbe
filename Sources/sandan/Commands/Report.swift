import ArgumentParser

/// `sandan report`: Write an HTML or Markdown report of a network.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML or Markdown report of a network.",
        discussion: """
        Example:
          sandan report Graphs -o report.html
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan report' is not built yet")
    }
}
