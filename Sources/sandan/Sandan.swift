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
        With no GRAPH, commands use the bundled network in Graphs/: the policy-linkage network of the
        source documents, not a sample of Korea's complexes. It holds the 72 industrial complexes that five
        policy documents name (about 5.5% of the 1,306 complexes counted nationally in 2023), 6 linked areas
        and 43 organisations (41 offices of the industrial-complex agency KICOX, two other bodies); 52 of its
        127 edges are the agency's management edges. Commands analyse its industrial layer unless --layer
        governance|all says otherwise.
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
            Convert.self, Compare.self, Validate.self, Regions.self, Resilience.self, Multiplex.self, Proximity.self, Explore.self,
            RenderWorkerCommand.self,
        ]
    )

    /// Runs the command line with Sandan's exit statuses: 0 on success, 1 for bad input or a
    /// failed computation (`sandan: error: FILE:LINE:COLUMN: …`), 2 for bad usage.
    static func main() {
        if let invalid = RawArguments.firstInvalidUTF8() {
            writeToStandardError("sandan: error: argument \(invalid.position) ('\(invalid.shown)') is not valid UTF-8; Sandan reads file names as UTF-8 text: rename the file (convmv can) or link to it under a UTF-8 name\n")
            Foundation.exit(2)
        }
        refuseUnknownSubcommand(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parse(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch let error as InputError {
            fail(error.description)
        } catch let error as OutputError {
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
        writeToStandardError("sandan: error: \(shownLine(message))\n")
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
    writeToStandardError("sandan: warning: \(shownLine(message))\n")
}

/// A diagnostic as printed on one line: control characters (a line break that would forge a
/// second diagnostic, ESC sequences a terminal would obey) escaped, and cut after 2,000
/// characters ("… (N bytes)"), whatever value a message echoes (values themselves are cut at
/// 80 characters where they are quoted, ``IdentifierCheck/displayed(_:limit:)``).
func shownLine(_ message: String) -> String {
    IdentifierCheck.displayed(message, limit: 2_000)
}
