import ArgumentParser

/// The progress switch of the commands that can run long (`analyze`, `resilience`, `report`).
struct ProgressOptions: ParsableArguments {
    @Flag(name: .customLong("no-progress"),
          help: "Draw no progress bar (one is drawn on standard error only when it is a terminal and the run lasts over half a second).")
    var noProgress = false

    /// A bar labelled `label`: drawn on a terminal unless `--no-progress`, silent otherwise.
    func bar(_ label: String, counts: Bool = true) -> ProgressBar {
        ProgressBar(label: label, counts: counts, enabled: !noProgress)
    }
}
