import ArgumentParser

/// Two repairs around swift-argument-parser's reading of the command line.
extension Sandan {
    /// Parses `arguments` (without the program name) into a command.
    ///
    /// - A negative value after an option (`--top -5`) is read by the parser as an unknown
    ///   option, which it reports as "Missing value for '--top <top>'"; when that happens and the
    ///   next argument is a negative number, it is parsed again as `--top=-5`, so that the
    ///   command's own check says what is wrong ("--top must be at least 1").
    /// - `sandan help NAME` with a NAME that is no command printed the overview and exited 0;
    ///   it is a usage error (exit 2) naming the commands.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if arguments.first == "help", arguments.count > 1, !arguments[1].hasPrefix("-") {
            let names = configuration.subcommands.map { $0._commandName }
            guard names.contains(arguments[1]) || arguments[1] == "help" else {
                throw ValidationError("help: no command '\(arguments[1])' (commands: \(names.filter { $0 != RenderWorkerCommand._commandName }.joined(separator: ", ")))")
            }
        }
        do {
            return try parseAsRoot(arguments)
        } catch {
            guard let joined = joiningNegativeValue(arguments, after: error) else { throw error }
            return try parse(joined)
        }
    }

    /// `arguments` with `--name -N` written `--name=-N`, when `error` is the parser's "Missing
    /// value for '--name …'" and the argument after `--name` is a negative number; else nil.
    private static func joiningNegativeValue(_ arguments: [String], after error: Error) -> [String]? {
        guard let match = fullMessage(for: error).firstMatch(of: /Missing value for '(--[A-Za-z0-9-]+)/),
              let k = arguments.firstIndex(of: String(match.1)), k + 1 < arguments.count,
              arguments[k + 1].wholeMatch(of: /-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/) != nil else { return nil }
        var joined = arguments
        joined[k] += "=" + joined[k + 1]
        joined.remove(at: k + 1)
        return joined
    }
}
