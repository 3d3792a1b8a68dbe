import ArgumentParser

/// `sandan communities`: Detect communities (Louvain or Leiden) and compare them with regions.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Detect communities (Louvain or Leiden) and compare them with regions.",
        discussion: """
        Example:
          sandan communities Graphs --method leiden --resolution 1 --seed 7
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandFailure("'sandan communities' is not built yet")
    }
}
