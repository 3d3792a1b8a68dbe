import ArgumentParser
import SandanClusters

/// `sandan regions`: the region-level network and each region's E–I index.
struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Region-level network (시·도 or 5+2 광역경제권): linkage counts, each region's E–I index, brokers between regions.",
        discussion: """
        Counts every linkage (edge) between and inside regions, direction ignored, and gives each
        region Krackhardt and Stern's E–I index (E − I)/(E + I): +1 when all its linkages cross
        its border, −1 when none does. Nodes without a region are left out (counted in the
        network table).

        The brokers table gives each complex's Gould–Fernandez brokerage roles with the regions as
        groups (coordinator, itinerant = UCINET's consultant, representative, gatekeeper, liaison;
        R sna::brokerage raw counts). Add --directed to follow the written direction of linkages
        (anchor → linked, supplier → buyer); undirected, each linkage counts both ways.
        --candidate KIND (as in sandan hubs) lists only brokers of those node kinds, e.g. without
        the KICOX offices (kind organisation); the regions and every count stay the same.

        Tables: regions (the CSV default), links, network, brokers.

        Examples:
          sandan regions                          # 시·도 of the bundled network
          sandan regions --level macro_region --kind cross-region --directed
          sandan regions --attribute industries --format json
          sandan regions --candidate complex --candidate area --table brokers
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Region level: region (시·도) or macro_region (5+2).")
    var level: RegionLevel = .province

    @Option(name: .long, help: "Group by this node attribute instead of a region level.")
    var attribute: String?

    @Option(name: .long, help: "Only nodes of this kind are listed as brokers (repeatable; e.g. complex, area); counts are unchanged.")
    var candidate: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice

    func run() throws {
        let (graph, _) = try input.load()
        let name = attribute ?? level.attribute
        try output.emit(CombinedResult([try regionNetwork(graph, attribute: name), try regionalBrokerage(graph, attribute: name, candidateKinds: candidate.isEmpty ? nil : Set(candidate))]), choice: choice, of: graph)
    }
}

extension RegionLevel: ExpressibleByArgument {}
