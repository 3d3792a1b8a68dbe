import ArgumentParser
import Foundation
import SandanIO
import SandanGraph

/// The `sandan` command: network analysis of industrial complexes, drawn through Graphviz.
@main
struct Sandan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sandan",
        abstract: "Analyse networks of industrial complexes (산업단지) and draw them through Graphviz.",
        discussion: """
        With no GRAPH, commands use the bundled national network in Graphs/.
        GRAPH formats follow the extension: .edges/.txt, .csv (+ sibling nodes table), .json (node-link),
        .graphml, .gexf, .gml, .net, .gv/.dot, or a folder with complexes.csv and linkages.csv.

        Examples:
          sandan stats
          sandan analyze Graphs --metric betweenness --metric pagerank --format csv
          sandan render Graphs -o network.svg --color-by region --size-by betweenness
        """,
        version: version,
        subcommands: [
            Analyze.self, Stats.self, Hubs.self, Communities.self, Render.self, Report.self,
            Convert.self, Compare.self, Validate.self, Regions.self, Resilience.self, Multiplex.self, Proximity.self,
            RenderWorkerCommand.self,
        ]
    )

    /// Runs the command line with Sandan's exit statuses: 0 on success, 1 for bad input or a
    /// failed computation (`sandan: error: FILE:LINE:COLUMN: …`), 2 for bad usage.
    static func main() {
        refuseUnknownSubcommand(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.description)
        } catch let error as GraphError {
            fail(error.description)
        } catch let error as CommandFailure {
            fail(error.message)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            writeToStandardError(fullMessage(for: error) + "\n")
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }

    /// Exits with the usage status when the first argument is a word that names no subcommand,
    /// suggesting the nearest names (the parser would only call it unexpected).
    static func refuseUnknownSubcommand(_ arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        var names: [String] = [], all = ["help"]
        for command in configuration.subcommands {
            if command.configuration.shouldDisplay { names.append(command._commandName) }
            all += [command._commandName] + command.configuration.aliases
        }
        names.append("help")
        guard !all.contains(first) else { return }
        writeToStandardError("sandan: error: unknown command '\(first)'" + NameSuggestion.didYouMean(first, among: names)
                             + " (commands: \(names.joined(separator: ", ")))\n")
        Foundation.exit(2)
    }

    static func fail(_ message: String) -> Never {
        writeToStandardError("sandan: error: \(message)\n")
        Foundation.exit(1)
    }
}

/// A failure with a message for the user (exit status 1).
struct CommandFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Writes a diagnostic line to standard error (erasing a progress bar first).
func warn(_ message: String) {
    writeToStandardError("sandan: warning: \(message)\n")
}
