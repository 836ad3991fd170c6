import ArgumentParser
import PassPolicy

/// `passpolicy token revoke NAME`: the token stops working on every instance at once.
struct TokenRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a token.",
        discussion: "Exit status: 0 revoked, 2 no such token or error.")

    @Argument(help: ArgumentHelp("The token's name.", valueName: "name"))
    var name: String

    @OptionGroup var store: TokenStoreOptions

    func run() throws {
        let tokens = try store.open()
        guard try CLIError.wrap({ () throws(HistoryError) in try tokens.revokeToken(named: name) }) else {
            throw CLIError.message(Messages.tokenUnknown(name))
        }
        Terminal.error(Messages.tokenRevoked(name))
    }
}
