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
                "{\"system\": \(JSON.string($0.system)), \"time\": \(JSON.string(Self.utc($0.time))), \"timestamp\": \($0.time)}"
            }
            Terminal.write("{\"user\": \(JSON.string(history.user)), \"changes\": [\(items.joined(separator: ", "))]}\n")
        case .text:
            if events.isEmpty {
                Terminal.write(Messages.historyEmpty(user: history.user) + "\n")
            }
            for event in events {
                Terminal.write("\(Self.utc(event.time))  \(event.system)\n")
            }
        }
    }

    /// `2024-05-01T12:00:00Z`
    static func utc(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil else { return String(seconds) }
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
