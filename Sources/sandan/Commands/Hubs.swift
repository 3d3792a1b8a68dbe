import ArgumentParser

/// `sandan hubs`: Hub–spoke report: anchors, their spokes, regional shares, hub dominance.
struct Hubs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hub–spoke report: anchors, their spokes, regional shares, hub dominance.",
        discussion: """
        Example:
          sandan hubs Graphs --format table
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan hubs' is not built yet")
    }
}
