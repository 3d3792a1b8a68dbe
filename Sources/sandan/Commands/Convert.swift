import ArgumentParser
import SandanIO

/// `sandan convert`: read a graph in one format, write it in another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph to another format, chosen from the output's extension.",
        discussion: """
        Ids, kinds, weights and attributes are kept where the format can hold them; what it
        cannot (attributes in an edge list or Pajek, booleans in GML, types in CSV and DOT, the
        direction of a CSV table) is named in a warning. A .csv output gets its node table beside it
        (X.nodes.csv) when there are node attributes or isolated nodes; otherwise an old X.nodes.csv
        is removed. The files are written whole or not at all; -o may name the input itself
        (in-place conversion), which other commands refuse.

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
        for w in try GraphFile.write(graph, to: output) { warn(w.description) }
    }
}
