import ArgumentParser
import Foundation
import SandanGraph
import SandanIO
import SandanReport

/// How a command prints a result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Options for commands that print a result: where and in which format.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically; a device or FIFO directly; never over an input) instead of standard output; FILE.xlsx writes an Excel workbook.")
    var output: String?

    @Flag(name: .long, help: "Begin CSV with a UTF-8 byte-order mark, so that Excel shows Hangul (pandas reads either).")
    var bom = false

    @Option(name: .long, help: "Language of a workbook's header row (-o FILE.xlsx): ko or en (default: ko for Korean data, as sandan report). CSV and JSON keep the machine column names.")
    var lang: ReportLanguage?

    func validate() throws {
        if bom && format != .csv { throw ValidationError("--bom applies to --format csv") }
        if writesWorkbook && format != .table { throw ValidationError("-o FILE.xlsx writes a workbook; leave out --format \(format.rawValue)") }
        if lang != nil && !writesWorkbook { throw ValidationError("--lang names the header row of a workbook (-o FILE.xlsx); CSV and JSON keep the machine column names") }
    }

    /// Whether the output is an Excel workbook (`-o FILE.xlsx`): every table a typed sheet.
    var writesWorkbook: Bool { output.map { ($0 as NSString).pathExtension.lowercased() == "xlsx" } ?? false }

    /// Writes `sheets` as the workbook at the output path, each header row in --lang, else in
    /// the language a report on `graph` would have (``ReportLanguage/default(for:)``): machine
    /// column names become their captions (``ReportStrings/columnHeading(_:)``).
    func emit(sheets: [Sheet], of graph: Graph) throws {
        guard let output else { throw CommandFailure("a workbook needs -o FILE.xlsx") }
        let strings = ReportStrings(lang ?? .default(for: graph))
        let headed = sheets.map { sheet in
            Sheet(name: sheet.name, header: sheet.header.map(strings.columnHeading), rows: sheet.rows)
        }
        try AtomicFile.write(try XLSXWriter.workbook(headed, file: output), to: output)
    }

    /// Writes `text` to the output file or standard output (from the string's own bytes,
    /// without a copy: a table of a million nodes is not held twice).
    func emit(_ text: String) throws {
        let text = bom ? "\u{FEFF}" + text : text
        if let output {
            try AtomicFile.write(text, to: output, sparing: ReadInputs.all)
        } else {
            var text = text
            let failure = text.withUTF8 { DescriptorOutput.writeAll(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
            if let failure { throw CommandFailure("cannot write to standard output: \(String(cString: strerror(failure)))") }
        }
    }
}
