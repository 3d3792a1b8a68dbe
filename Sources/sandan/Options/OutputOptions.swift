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

    @Option(name: .shortAndLong, help: "Write to this file (atomically; a device or FIFO directly; never over an input) instead of standard output.")
    var output: String?

    /// Writes `text` to the output file or standard output (from the string's own bytes,
    /// without a copy: a table of a million nodes is not held twice).
    func emit(_ text: String) throws {
        if let output {
            try AtomicFile.write(text, to: output, sparing: ReadInputs.all)
        } else {
            var text = text
            let failure = text.withUTF8 { DescriptorOutput.writeAll(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
            if let failure { throw CommandFailure("cannot write to standard output: \(String(cString: strerror(failure)))") }
        }
    }
}
