import SandanGraph

/// A place in a file: 1-based line and column (columns count Unicode scalars), as much of it
/// as is known.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, or as much of it as is known.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// What a user should read about a place in a file: a location and a message. Sandan's one
/// type for "location + message": a reader's or writer's warning is one, the dataset
/// validator's problems are, and ``InputError`` and ``OutputError`` each carry one.
///
/// Rendered `FILE:LINE:COLUMN: message`, the form compilers use, here and nowhere else; the CLI
/// prints it after `sandan: error:` or `sandan: warning:`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file, 1-based line and column of what the message is about (as much as is known).
    public var location: SourceLocation
    /// What is wrong or worth knowing, and how to fix it when that is not obvious.
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.init(SourceLocation(file: file, line: line, column: column), message)
    }

    /// `FILE:LINE:COLUMN: message`.
    public var description: String { "\(location): \(message)" }
}

/// Bad input: what is wrong and where. The CLI prints it as
/// `sandan: error: FILE:LINE:COLUMN: message` and exits with status 1.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where and what.
    public var diagnostic: Diagnostic

    public init(_ location: SourceLocation, _ message: String) {
        diagnostic = Diagnostic(location, message)
    }

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.init(SourceLocation(file: file, line: line, column: column), message)
    }

    public var location: SourceLocation { diagnostic.location }
    public var message: String { diagnostic.message }
    public var description: String { diagnostic.description }
}

/// Output that cannot be made: the format cannot carry something the graph holds (a NUL
/// character, an id DOT would rename), or the file system refuses the file. Thrown by every
/// writer, never by a reader, so that a caller can tell a bad input from an output it should
/// write elsewhere or in another format. The CLI prints it as `sandan: error: FILE: message`
/// and exits with status 1; the file is left as it was (see ``AtomicFile``).
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output file and what went wrong.
    public var diagnostic: Diagnostic

    public init(file: String, _ message: String) {
        diagnostic = Diagnostic(file: file, message)
    }

    /// The output file, as the caller named it.
    public var file: String { diagnostic.location.file }
    public var message: String { diagnostic.message }
    public var description: String { diagnostic.description }
}
