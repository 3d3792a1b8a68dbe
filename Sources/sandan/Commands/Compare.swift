import ArgumentParser
import SandanClusters

/// `sandan compare`: what changed between two networks, or one network at two dates.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two networks: nodes, linkages, centrality.",
        discussion: """
        Both graphs are read with the same input options. B defaults to A, so one folder can be
        compared with itself over time: --since-a/--until-a and --since-b/--until-b keep, on
        each side, only the linkages whose year is at least / at most YEAR (they override
        --since and --until for that side; anchor_since follows the same window).

        Linkages are matched by their ends, kind, programme and year (a multiset: two copies
        against one is one added linkage); ends are unordered unless both graphs are directed.
        Nodes "linked"/"unlinked" exist in both but gain their first or lose their last linkage.
        Centrality changes are for nodes in both, largest |delta| first.

        Tables: linkages (the CSV default), nodes, centrality, summary.

        Examples:
          sandan compare Graphs --until-a 2022     # up to 2022 against everything
          sandan compare Graphs --since 2019 --until-a 2022 --until-b 2024
          sandan compare Graphs --until-a 2020 --until-b 2023 --kind anchor-link
          sandan compare before.csv after.csv --format csv --table centrality
        """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "The second graph (default: the same as the first).")
    var graphB: String?

    @Option(name: .customLong("since-a"), help: "For graph A only: keep linkages whose year is at least YEAR.")
    var sinceA: Int?

    @Option(name: .customLong("until-a"), help: "For graph A only: keep linkages whose year is at most YEAR.")
    var untilA: Int?

    @Option(name: .customLong("since-b"), help: "For graph B only: keep linkages whose year is at least YEAR.")
    var sinceB: Int?

    @Option(name: .customLong("until-b"), help: "For graph B only: keep linkages whose year is at most YEAR.")
    var untilB: Int?

    @Option(name: .long, help: "Centrality whose changes are listed (repeatable; known: \(NodeScore.known.map(\.name).joined(separator: ", "))).")
    var score: [String] = []

    @Option(name: .long, help: "How many of the largest centrality changes to list per score.")
    var top: Int = 10

    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice

    func validate() throws {
        if top < 0 { throw ValidationError("--top must not be negative") }
        try InputOptions.checkWindow(since: sinceA ?? input.since, until: untilA ?? input.until, names: ("graph A's first year", "its last year"))
        try InputOptions.checkWindow(since: sinceB ?? input.since, until: untilB ?? input.until, names: ("graph B's first year", "its last year"))
        for name in score { _ = try NodeScore.validated(name) }
    }

    func run() throws {
        var sideA = input, sideB = input
        sideA.since = sinceA ?? input.since
        sideA.until = untilA ?? input.until
        sideB.since = sinceB ?? input.since
        sideB.until = untilB ?? input.until
        if let graphB { sideB.graph = graphB }
        let a = try sideA.load().graph
        let b = try sideB.load().graph
        let scores = score.isEmpty ? NodeScore.known : try score.map(NodeScore.validated)
        try output.emit(try compareNetworks(a, b, options: ComparisonOptions(scores: scores, top: top)), choice: choice, of: a)
    }
}
