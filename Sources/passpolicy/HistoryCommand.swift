import ArgumentParser
import PassPolicy
import PassPolicyStore

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy history`: when and where a person changed passwords. No hashes.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List when and on which system a person changed passwords (dates and systems only).",
        discussion: "Exit status: 0 listed (also when empty), 2 error.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var policy: PolicyOptions
    @OptionGroup var history: HistoryOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        let service = try history.openService(settings, create: false)
        let events: [HistoryEvent]
        do {
            events = try service.history(of: history.user)
        } catch {
            throw CLIError.message(error.description)
        }
        switch format {
        case .json:
            let items = events.map {
                "{\"system\": \(JSON.string($0.system)), \"time\": \(JSON.string(UTCTime.iso8601($0.time))), \"timestamp\": \($0.time)}"
            }
            Terminal.write("{\"user\": \(JSON.string(history.user)), \"changes\": [\(items.joined(separator: ", "))]}\n")
        case .text:
            if events.isEmpty {
                Terminal.write(Messages.historyEmpty(user: history.user) + "\n")
            }
            // Members of a synced group show as one system: "ad (synced: ad, google, m365)".
            for event in events {
                let members = settings.syncedSystems.members(of: event.system)
                let group = members.count > 1 ? " (synced: \(members.joined(separator: ", ")))" : ""
                Terminal.write("\(UTCTime.iso8601(event.time))  \(event.system)\(group)\n")
            }
        }
    }
}
