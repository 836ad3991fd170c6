import ArgumentParser
import PassPolicy
import PassPolicyStore

/// `passpolicy token`: the tokens systems, helpdesk staff and admins call `passpolicyd` with.
/// They live in the history store (only their SHA-256), so every instance of the service on
/// one PostgreSQL database knows the same tokens.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Add, list or revoke the tokens passpolicyd accepts.",
        subcommands: [TokenAddCommand.self, TokenListCommand.self, TokenRevokeCommand.self])
}

/// The options every `token` subcommand shares: the policy (for its `store`) and `--store`.
struct TokenStoreOptions: ParsableArguments {
    @OptionGroup var policy: PolicyOptions

    @Option(help: ArgumentHelp("The history store holding the tokens, overriding the `store` setting.", valueName: "path|url"))
    var store: String?

    /// The store's tokens; creating the SQLite file when it is the first use of the store.
    func open() throws(CLIError) -> any TokenStore {
        let settings = try policy.loadConfiguration().settings
        let backend = try CLIError.wrap { () throws(HistoryError) in try HistoryGate.forRecording(settings, store: store) }
        guard let backend else { throw .message(Messages.tokenStoreOff) }
        guard let service = backend as? HistoryService else { throw .message(Messages.tokenStoreRemote) }
        return service.tokenStore
    }
}
