/// A report that cannot be made, with a message for the user.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in a sentence.
    public let description: String

    public init(_ description: String) { self.description = description }
}
