import Foundation
import Testing

/// "Did you mean …" for misspelt names, letter case in metric names, the `analyse` alias, and
/// help examples that can be pasted (never wrapped mid-command at 80 columns).
@Suite struct SuggestionsAndHelpTests {
    static let commands = ["analyze", "stats", "hubs", "communities", "render", "report", "convert", "compare",
                           "validate", "regions", "resilience", "multiplex", "proximity"]

    @Test func misspeltNamesGetSuggestions() throws {
        let command = try CLIRunner.run(["anlyze"])
        #expect(command.status == 2)
        #expect(command.stderr.contains("unknown command 'anlyze'; did you mean 'analyze'?"))
        let metric = try CLIRunner.run(["analyze", "--metric", "betweeness"])
        #expect(metric.status == 2)
        #expect(metric.stderr.contains("unknown metric 'betweeness'; did you mean 'betweenness'?"))
        #expect(metric.stderr.split(separator: "\n").count < 5, "no list of every metric: \(metric.stderr)")
        let kind = try CLIRunner.run(["stats", "--kind", "anchor-lnk"])
        #expect(kind.status == 1)
        #expect(kind.stderr.contains("no edges of kind 'anchor-lnk'; did you mean 'anchor-link'?"))
        let attribute = try CLIRunner.run(["communities", "--compare-with", "regoin"])
        #expect(attribute.stderr.contains("no attribute 'regoin'; did you mean 'region'?"), "\(attribute.stderr)")
        let score = try CLIRunner.run(["hubs", "--score", "betweeness"])
        #expect(score.status == 2)
        #expect(score.stderr.contains("did you mean 'betweenness'?"))
    }

    @Test func metricNamesIgnoreCaseAndAnalyseIsAnAlias() throws {
        let lower = try CLIRunner.run(["analyze", "--metric", "pagerank", "--format", "csv"])
        let mixed = try CLIRunner.run(["analyse", "--metric", "PageRank", "--format", "csv"])
        #expect(lower.status == 0 && mixed.status == 0, "\(mixed.stderr)")
        #expect(mixed.stdout == lower.stdout)
        #expect(lower.stdout.hasPrefix("id,"))
    }

    /// Every line of an `Examples:` block is a whole command (the parser wraps text longer than
    /// the terminal, 80 columns when standard output is not one).
    @Test(arguments: commands)
    func helpExamplesAreNeverWrapped(command: String) throws {
        let help = try CLIRunner.run([command, "--help"])
        #expect(help.status == 0)
        var inExamples = false
        for line in help.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Examples:" { inExamples = true; continue }
            if line.isEmpty { inExamples = false }
            if inExamples { #expect(line.hasPrefix("  sandan "), "a wrapped example line in `sandan \(command) --help`: '\(line)'") }
        }
    }
}
