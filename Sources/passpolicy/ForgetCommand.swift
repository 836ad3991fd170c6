import ArgumentParser
import PassPolicy
import PassPolicyStore

/// `passpolicy forget`: remove everything remembered about a person.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove a person's password history from the shared store (for example when they leave).",
        discussion: "Exit status: 0 removed (also when there was nothing), 2 error.")

    @OptionGroup var policy: PolicyOptions
    @OptionGroup var history: HistoryOptions

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        let service = try history.openService(settings, create: false)
        let count: Int
        do {
            count = try service.forget(user: history.user)
        } catch {
            throw CLIError.message(error.description)
        }
        Terminal.write(Messages.historyForgotten(user: history.user, count: count) + "\n")
    }
}
