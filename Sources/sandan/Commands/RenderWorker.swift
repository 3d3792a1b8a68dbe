import ArgumentParser
import Foundation
import SandanGraphviz

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

/// `sandan render-worker` (hidden): the child process `sandan render` lays out and renders
/// in. Reads DOT on standard input, writes the rendered bytes on standard output; see
/// `RenderWorker` for the protocol.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker",
        abstract: "Internal: lay out and render DOT from standard input (used by 'sandan render').",
        shouldDisplay: false
    )

    @Option(name: .long) var layout: LayoutEngine
    @Option(name: .long) var format: RenderFormat
    @Option(name: .customLong("memory-limit-mb")) var memoryLimitMB = 4096
    @Option(name: .customLong("parent-pid")) var parentPID: Int32?
    @Option(name: .customLong("cpu-seconds")) var cpuSeconds: Int?

    func run() throws {
        Foundation.exit(RenderWorker.run(layout: layout, format: format, memoryLimitBytes: memoryLimitMB << 20,
                                         parentPID: parentPID, cpuSeconds: cpuSeconds))
    }
}
