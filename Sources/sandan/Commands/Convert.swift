import ArgumentParser
import SandanIO

/// `sandan convert`: read a graph in one format, write it in another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph to another format, chosen from the output's extension.",
        discussion: """
        Ids, kinds, weights and attributes are kept. A .csv output gets its node table beside it
        (X.nodes.csv) when there are node attributes or isolated nodes. The file is written whole
        or not at all.

        Examples:
          sandan convert Graphs -o national.json
          sandan convert network.edges -o network.csv
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The file to write; its extension picks the format.")
    var output: String

    func run() throws {
        let (graph, _) = try input.load(defaultLayer: .all)
        try GraphFile.write(graph, to: output)
    }
}
