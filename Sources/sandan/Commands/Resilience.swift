import ArgumentParser
import SandanClusters

/// `sandan resilience`: how the network holds as complexes are lost.
struct Resilience: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove complexes one by one and follow the largest component, the components and the mean shortest path.",
        discussion: """
        --by SCORE removes the remaining node with the highest score, recomputed on the remaining
        network after each removal (add --initial to keep the intact network's order); --remove
        ID (repeatable) removes named nodes in that order instead. Direction is ignored; the mean
        shortest path is over pairs joined by a path (igraph's unconn=True).

        The critical table ranks single losses: for each node, how many others its loss alone
        cuts off from the largest remaining piece of its component, and how many pairs it
        disconnects (cut vertices only).

        On a graph of more than \(Resilience.fullRunLimit) nodes, --by stops after \(Resilience.largeGraphSteps) removals unless \
        --steps says otherwise (a warning says so): each removal costs O(n·m).

        Tables: steps (the CSV default), critical.

        Examples:
          sandan resilience --candidate complex --steps 10
          sandan resilience --by degree --initial --format csv
          sandan resilience --remove seongseo --remove gunsan

        A run over many removals draws a progress bar (one step per removal) on standard error
        when it is a terminal; --no-progress turns it off.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Score to remove by (known: \(NodeScore.known.map(\.name).joined(separator: ", "))).")
    var by: String = NodeScore.degree.name

    @Flag(name: .long, help: "Keep the intact network's order instead of recomputing the score after each removal.")
    var initial = false

    @Option(name: .long, help: "Remove this node (repeatable, in order) instead of following a score.")
    var remove: [String] = []

    @Option(name: .long, help: "At most this many removals (default: every node up to \(Resilience.fullRunLimit) nodes, else \(Resilience.largeGraphSteps)).")
    var steps: Int?

    /// The largest graph whose every node is removed by default.
    static let fullRunLimit = 1_000
    /// Removals by default beyond ``fullRunLimit`` nodes: each one costs O(n·m) (the mean
    /// shortest path, and the score when recomputed).
    static let largeGraphSteps = 50

    @Option(name: .long, help: "Only nodes of this kind are removed and ranked (repeatable; e.g. complex).")
    var candidate: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var choice: TableChoice
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if let steps, steps < 0 { throw ValidationError("--steps must not be negative") }
        _ = try NodeScore.validated(by)
        if !remove.isEmpty && initial { throw ValidationError("--initial applies to --by, not to --remove") }
    }

    func run() throws {
        let (graph, _) = try input.load()
        let order: RemovalOrder = remove.isEmpty ? .score(try NodeScore.validated(by), recomputed: !initial) : .named(remove)
        let kinds = candidate.isEmpty ? nil : Set(candidate)
        var removals = steps
        if removals == nil, remove.isEmpty, graph.nodeCount > Self.fullRunLimit {
            removals = Self.largeGraphSteps
            warn("removing the first \(Self.largeGraphSteps) of \(graph.nodeCount) nodes (each removal costs O(n·m) on a graph this size); give --steps for more")
        }
        let bar = progress.bar("resilience")
        let run: ResilienceRun
        do {
            defer { bar.finish() }
            run = try removalResilience(graph, order: order,
                                        options: ResilienceOptions(steps: removals, candidateKinds: kinds, progress: bar.report))
        }
        try output.emit(CombinedResult([run, criticalNodes(graph, candidateKinds: kinds)]), choice: choice, of: graph)
    }
}
