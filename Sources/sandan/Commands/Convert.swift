import ArgumentParser
import SandanIO

extension UCINETFormat.Layout: ExpressibleByArgument {}

/// `sandan convert`: read a graph in one format, write it in another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph to another format, chosen from the output's extension.",
        discussion: """
        Ids, kinds, weights and attributes are kept where the format can hold them; what it \
        cannot (attributes in an edge list or Pajek, booleans in GML, types in CSV and DOT, the \
        direction of a CSV table) is named in a warning. A .csv output gets its node table beside it \
        (X.nodes.csv) when there are node attributes or isolated nodes; otherwise an old X.nodes.csv \
        is removed. The files are written whole or not at all; -o may name the input itself \
        (in-place conversion), which other commands refuse.
        A .gexf output is drawn for Gephi as sandan render draws it: each node's colour, size \
        and position (viz:color, viz:size, viz:position) from the Graphviz layout, coloured by \
        region when the nodes have one and sized by degree unless --color-by and --size-by say \
        otherwise (--no-viz: no drawing; above \(VizOptions.automaticNodeLimit) nodes only with --viz).
        A .dl output (UCINET) is an edge list (EDGELIST1) unless --dl-layout fullmatrix asks \
        for the n×n matrix (at most \(UCINETFormat.maximumMatrixNodes) nodes, no parallel edges).

        Examples:
          sandan convert Graphs -o national.json
          sandan convert network.edges -o network.csv
          sandan convert Graphs -o gephi.gexf --size-by betweenness
          sandan convert Graphs --kind anchor-link -o anchors.dl --dl-layout fullmatrix
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The file to write; its extension picks the format.")
    var output: String

    @OptionGroup var viz: VizOptions

    @Option(name: .customLong("dl-layout"), help: "With a .dl output: edgelist1 (one row per edge) or fullmatrix (n rows of n values).")
    var dlLayout: UCINETFormat.Layout?

    func validate() throws {
        try viz.validate(output: output)
        if dlLayout != nil, (try? GraphFormat.of(extensionOf: output)) != .ucinet {
            throw ValidationError("--dl-layout applies to a .dl output")
        }
    }

    func run() throws {
        let (graph, _) = try input.load(defaultLayer: .all)
        let gexf = try GraphFormat.of(extensionOf: output) == .gexf
        let options = WriteOptions(nodeVisuals: gexf ? try viz.visuals(for: graph) : nil, dlLayout: dlLayout ?? .edgeList)
        for w in try GraphFile.write(graph, to: output, options: options) { warn(w.description) }
    }
}
