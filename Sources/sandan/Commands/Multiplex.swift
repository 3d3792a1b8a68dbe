import ArgumentParser
import SandanClusters

/// `sandan multiplex`: per-layer degrees, layer overlap and multiplex participation.
struct Multiplex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Multiplex measures with edge kinds as layers: degree per layer, layer overlap, participation.",
        discussion: """
        Layers are the edge kinds; --kind (repeatable) chooses one, several or (by default) all.
        For each node: distinct neighbours per layer, in the aggregate, the overlapping degree
        o = Σ k[α], and the multiplex participation coefficient P = M/(M−1)·(1 − Σ (k[α]/o)²)
        (Battiston, Nicosia and Latora 2014; 1 = evenly spread over the M layers, 0 = one layer).
        For each pair of layers: node pairs linked in both, and their Jaccard index.

        Tables: nodes (the CSV default), layers, overlap.

        Examples:
          sandan multiplex
          sandan multiplex --kind anchor-link --kind value-chain --format csv
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice

    func run() throws {
        let (graph, _) = try input.load(defaultLayer: .all)
        try output.emit(try multiplexProfile(graph, kinds: input.kind.isEmpty ? nil : input.kind), choice: choice, of: graph)
    }
}
