import ArgumentParser
import SandanClusters

/// `sandan proximity`: pairs of complexes within a distance, and anchor-link lengths.
struct Proximity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Derived proximity links: nodes within a distance (haversine on lat/lon), and each anchor-link's length.",
        discussion: """
        The seeds select linked complexes within 7.5 km (대구) and 10 km (전남). The coordinates of
        Graphs/ are approximate city centres (coords = approx-city): two complexes of one city are
        0 km apart, neighbouring ones in two cities may be 20 km apart. A warning says so.

        Tables: pairs (the CSV default), anchor_links.

        Examples:
          sandan proximity --km 7.5 --node-kind complex
          sandan proximity --km 10 --format csv --table anchor_links

        To add the pairs to the graph as edges of kind proximity for another command, use the
        input option --proximity-km (e.g. sandan multiplex --proximity-km 10).
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Distance in kilometres.")
    var km: Double = 10

    @Option(name: .customLong("node-kind"), help: "Only nodes of this kind get proximity links (repeatable; e.g. complex; default: every node but organisations, as --proximity-km).")
    var nodeKind: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice

    func validate() throws {
        if !km.isFinite || km < 0 { throw ValidationError("--km must be a non-negative number") }
    }

    func run() throws {
        let (graph, _) = try input.load()
        let links = try derivedProximityLinks(graph, options: .industrial(km: km, kinds: nodeKind, maximumPairs: input.maxPairs))
        try output.emit(links, choice: choice, of: graph)
    }
}
