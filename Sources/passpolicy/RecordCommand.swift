import ArgumentParser
import PassPolicy
import PassPolicyStore

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy record`: remember a password change that has happened, in the shared history.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Remember a password change in the shared history (after the change succeeded).",
        discussion: """
            The new password is read from standard input (its first line), or asked for with \
            echo off when standard input is a terminal; never from the command line. Only \
            Argon2id-derived hashes are stored.
            Exit status: 0 recorded, 2 error.
            """)

    @OptionGroup var policy: PolicyOptions
    @OptionGroup var history: HistoryOptions

    @Option(help: ArgumentHelp("The system the password was changed on (default: the `system` setting, else the host name).",
                               valueName: "name"))
    var system: String?

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        let service = try history.openService(settings, create: true)
        let system = self.system ?? HistoryService.systemName(settings)
        // Another system's change (--system) may well be for a person without an account here.
        if self.system == nil && UserAccount.lookup(history.user) == nil {
            Terminal.error(Messages.recordUnknownUser(history.user))
        }
        let reader = LineReader()
        defer { reader.wipe() }
        var failure: HistoryError?
        var empty = false
        let body: (UnsafeBufferPointer<UInt8>) -> Void = { password in
            if password.isEmpty { empty = true; return }
            do throws(HistoryError) {
                try service.record(password: password, user: history.user, system: system)
            } catch {
                failure = error
            }
        }
        let gotLine = Terminal.stdinIsTerminal
            ? HiddenPrompt.read(prompt: Messages.recordPrompt, into: reader, body)
            : reader.nextLine(body)
        if let error = reader.readError { throw CLIError.message(Messages.noPasswordGiven(error.description)) }
        if !gotLine || empty { throw CLIError.message(Messages.historyNoPassword) }
        if let failure { throw CLIError.message(failure.description) }
        Terminal.write(Messages.historyRecorded(user: history.user, system: system) + "\n")
    }
}

/// The options of the history subcommands: whose history, and where it is.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The person (user name) whose history it is.", valueName: "name"))
    var user: String

    @Option(help: ArgumentHelp("The history store, overriding the `store` setting: an absolute SQLite file path, a postgresql:// URL or the https:// URL of a passpolicyd.",
                               valueName: "path|url"))
    var store: String?

    /// `create`: only `record` creates a store (its file, never its directories); `history`
    /// and `forget` report a missing one (exit 2), so a mistyped path never reads as empty.
    func openService(_ settings: Settings, create: Bool) throws(CLIError) -> any HistoryBackend {
        do {
            let location = store ?? settings.store
            if RemoteHistory.isService(location) { return try RemoteHistory(settings: settings, location: location) }
            return try HistoryService.open(settings: settings, store: store, create: create)
        } catch {
            throw .message(error.description)
        }
    }
}
