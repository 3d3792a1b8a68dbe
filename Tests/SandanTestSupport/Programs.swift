import Foundation

/// What a program printed and how it ended.
public struct ProgramResult: Sendable {
    /// The exit status, or the number of the signal that ended the program when `signalled`.
    public let status: Int32
    /// Whether a signal ended the program.
    public let signalled: Bool
    /// The bytes written to standard output and standard error (empty when not captured).
    public let standardOutputData: Data
    public let standardErrorData: Data

    /// Standard output decoded as UTF-8 (invalid bytes replaced).
    public var stdout: String { String(decoding: standardOutputData, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (invalid bytes replaced).
    public var stderr: String { String(decoding: standardErrorData, as: UTF8.self) }
}

/// A program that did not end, or whose output pipes were not closed, within its time limit:
/// the program was killed, and the test fails with this error instead of hanging.
public struct ProgramTimedOut: Error, CustomStringConvertible {
    public let command: String
    public let seconds: Double
    public var description: String {
        "`\(command)` did not end, or left a child holding its output open, within \(seconds) s (a program still running then is killed)"
    }
}

/// What a program reads on standard input.
public enum ProgramInput: Sendable {
    /// Nothing: the null device.
    case none
    /// These bytes, written on a thread of their own and then closed (so a program that writes
    /// before it has read everything cannot deadlock against the test).
    case bytes(Data)
    /// The file at this URL.
    case file(URL)

    /// `text` as UTF-8 bytes.
    public static func text(_ text: String) -> ProgramInput { .bytes(Data(text.utf8)) }
}

/// A started program whose standard output and standard error are drained by two threads of
/// their own while it runs, so that neither pipe fills up and blocks the program (reading one
/// pipe to its end before the other deadlocks once the other holds more than a pipe's 64 KiB).
///
/// ```swift
/// let program = try RunningProgram(binary, ["render", path, "-o", out])
/// kill(program.pid, SIGTERM)
/// let result = try program.wait()
/// ```
public final class RunningProgram: @unchecked Sendable {
    // `process` is only started here and waited on in `wait`; the buffers below are each
    // written by one thread before its semaphore is signalled and read after the wait.
    private let process = Process()
    private let command: String
    private var outputData = Data(), errorData = Data()
    private let drained = DispatchSemaphore(value: 0)
    private let ended = DispatchSemaphore(value: 0)
    private let pipes: Int

    /// Starts `executable` with `arguments`, reading `input`, in `directory` (the current one
    /// when nil), with `environment` added to this process's environment. Standard output and
    /// error are captured unless `captureOutput` is false (then they go to the null device: for a
    /// program whose children may outlive it and hold the pipes open). The Swift runtime's
    /// backtracer is switched off (`SWIFT_BACKTRACE=enable=no`): a crashing child would
    /// otherwise leave a `swift-backtrace` process holding the pipes.
    public init(_ executable: URL, _ arguments: [String], input: ProgramInput = .none, directory: URL? = nil,
                environment: [String: String] = [:], captureOutput: Bool = true) throws {
        command = ([executable.path] + arguments).joined(separator: " ")
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment
            .merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }.merging(environment) { $1 }
        var writer: (Pipe, Data)?
        switch input {
        case .none: process.standardInput = FileHandle.nullDevice
        case .file(let url): process.standardInput = try FileHandle(forReadingFrom: url)
        case .bytes(let data):
            let pipe = Pipe()
            process.standardInput = pipe
            writer = (pipe, data)
        }
        let ended = ended
        process.terminationHandler = { _ in ended.signal() }
        if captureOutput {
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            pipes = 2
            try process.run()
            drain(out) { [self] in outputData = $0 }
            drain(err) { [self] in errorData = $0 }
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            pipes = 0
            try process.run()
        }
        if let (pipe, data) = writer {
            Thread {
                // A program that exits without reading everything closes the pipe: EPIPE is expected then.
                try? pipe.fileHandleForWriting.write(contentsOf: data)
                try? pipe.fileHandleForWriting.close()
            }.start()
        }
    }

    /// The program's process id (for signals and /proc).
    public var pid: Int32 { process.processIdentifier }

    /// Reads `pipe` to its end on a new thread, hands the bytes to `store`, then signals `drained`.
    private func drain(_ pipe: Pipe, _ store: @escaping @Sendable (Data) -> Void) {
        let drained = drained
        Thread {
            store(pipe.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }.start()
    }

    /// Waits until the program has ended and both of its output pipes are closed, at most
    /// `seconds` in all; past that the program is killed (SIGKILL) and ``ProgramTimedOut`` thrown.
    public func wait(seconds: Double = 300) throws -> ProgramResult {
        let deadline = DispatchTime.now() + seconds
        guard ended.wait(timeout: deadline) == .success else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ProgramTimedOut(command: command, seconds: seconds)
        }
        process.waitUntilExit()
        for _ in 0..<pipes where drained.wait(timeout: deadline) == .timedOut {
            throw ProgramTimedOut(command: command, seconds: seconds)
        }
        return ProgramResult(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                             standardOutputData: outputData, standardErrorData: errorData)
    }
}

/// Runs `executable` with `arguments` to its end (see ``RunningProgram``) within `seconds`.
public func runProgram(_ executable: URL, _ arguments: [String], input: ProgramInput = .none, directory: URL? = nil,
                       environment: [String: String] = [:], seconds: Double = 300) throws -> ProgramResult {
    try RunningProgram(executable, arguments, input: input, directory: directory, environment: environment).wait(seconds: seconds)
}

/// Runs a program found on PATH (`/usr/bin/env arguments…`) to its end within `seconds`.
public func runTool(_ arguments: [String], input: ProgramInput = .none, directory: URL? = nil,
                    environment: [String: String] = [:], seconds: Double = 300) throws -> ProgramResult {
    try runProgram(URL(fileURLWithPath: "/usr/bin/env"), arguments, input: input, directory: directory,
                   environment: environment, seconds: seconds)
}
