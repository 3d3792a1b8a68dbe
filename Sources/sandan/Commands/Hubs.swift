import ArgumentParser
import SandanClusters

/// `sandan hubs`: the hub–spoke report.
struct Hubs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hub–spoke report: anchors, their spokes, regional shares, hub dominance, star-ness; structural vs policy hubs.",
        discussion: """
        Anchors (the policy hubs) are the sources of anchor-link edges and the nodes with an
        anchor_since year (designated anchors, such as the six 2019 ones without linked
        complexes); spokes are the targets of their anchor-links. An anchor without spokes is
        listed with 0 spokes: its regional_share and starness are empty and its hub_dominance
        counts its other linkages (0 when it has none). --until YEAR drops anchor_since values
        after YEAR, so --until 2018 has no 2019 anchor. For each anchor:
        regional_share = share of its linkages (all kinds given) whose other end is in its region;
        hub_dominance = distinct neighbours in its region / (nodes in the region − 1)
        (Lancichinetti et al. 2010); starness = Freeman's degree centralisation of its ego
        network = 1 − density among its neighbours (Freeman 1978). Structural hubs are the top-k
        nodes by each --score (k = number of anchors unless --top), ties at the cut included;
        disagreements list anchors that are not structural hubs and structural hubs that are not
        anchors.

        Tables: anchors (the CSV default), structural_hubs, disagreements.

        Examples:
          sandan hubs                                     # the bundled network
          sandan hubs Graphs --kind anchor-link --kind value-chain --format csv
          sandan hubs --candidate complex --top 10 --format json -o hubs.json
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice

    @Option(name: .long, help: "Centrality to find structural hubs by (repeatable; known: \(NodeScore.known.map(\.name).joined(separator: ", "))).")
    var score: [String] = []

    @Option(name: .long, help: "How many structural hubs per score (default: as many as there are anchors).")
    var top: Int?

    @Option(name: .long, help: "Only nodes of this kind can be structural hubs (repeatable; e.g. complex, area).")
    var candidate: [String] = []

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        for name in score { _ = try NodeScore.validated(name) }
    }

    func run() throws {
        let (graph, _) = try input.load()
        let scores = score.isEmpty ? NodeScore.known : try score.map(NodeScore.validated)
        let report = try HubReport(graph, scores: scores,
                                   comparison: HubComparisonOptions(k: top, candidateKinds: candidate.isEmpty ? nil : Set(candidate)))
        try output.emit(report, choice: choice, of: graph)
    }
}
