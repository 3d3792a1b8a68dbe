import ArgumentParser
import Foundation
import SandanIO

/// How a command prints a result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Options for commands that print a result: where and in which format.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Writes `text` to the output file or standard output.
    func emit(_ text: String) throws {
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
