import ArgumentParser
import PassPolicy

@main
struct PassPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "passpolicy", abstract: "Password policy checks.",
                                                    subcommands: [DictCommand.self])
}
