import ArgumentParser
import PassPolicy
import PassPolicyStore

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy due`: whose password has expired or expires soon.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List accounts whose password has expired or expires soon, soonest first.",
        discussion: """
            A password changed on day C expires on C + the smaller of `maxage` and shadow's \
            maximum (empty or 99999: none). Statuses: expired, due (expires within DAYS), \
            must-change (shadow's last change is 0), never (no ageing applies), locked, \
            no-password (*, !, !!, !* or an empty field), ok. Dates are UTC. System accounts \
            (uid < 1000 or a nologin/false shell) are left out unless --include-system. \
            Unreadable lines are reported on standard error with file and line; the other \
            accounts are still listed. With a history store (--store, else the `store` setting \
            when it is a postgresql:// or https:// URL or an existing file), each person's latest change on \
            each system it recorded is listed too, its source the system's name: one row per \
            person and system (this host's row takes the store's date, as the login check \
            does), and people with no account on this host are marked (ACCOUNT "store only"; \
            "local_account": false in JSON). --group (may be repeated) lists only the members \
            of those groups. Exit status 0, or 2 for usage, configuration, read or store errors.
            """)

    @OptionGroup var policy: PolicyOptions

    @Option(help: ArgumentHelp("List accounts expiring within this many days (default: warnage).", valueName: "days"))
    var within: String?

    @Option(help: ArgumentHelp("Evaluate as of this day (UTC) instead of today.", valueName: "YYYY-MM-DD"))
    var now: String?

    @Option(help: ArgumentHelp("The shadow file.", valueName: "file"))
    var shadow = "/etc/shadow"

    @Option(help: ArgumentHelp("The passwd file (uids and shells, to leave system accounts out).", valueName: "file"))
    var passwd = "/etc/passwd"

    @Option(help: ArgumentHelp("The history store, overriding the `store` setting: an absolute SQLite file path, a postgresql:// URL or the https:// URL of a passpolicyd; `none` lists shadow only.",
                               valueName: "path|url"))
    var store: String?

    @Flag(help: "List every account, not only those expired, due or required to change.")
    var all = false

    @Flag(name: .customLong("include-system"), help: "Include system accounts (uid < 1000, nologin or false shell).")
    var includeSystem = false

    @Option(help: ArgumentHelp("Output format: table, csv or json.", valueName: "format"))
    var format = "table"

    @Option(name: .customLong("group"), help: ArgumentHelp("Only the members of this group (may be repeated).", valueName: "name"))
    var groups: [String] = []

    @Option(name: .customLong("group-file"), help: ArgumentHelp("The group file, for --group.", valueName: "file"))
    var groupFile = "/etc/group"

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        guard let outputFormat = DueOutput.Format(rawValue: format) else {
            throw CLIError.message(Messages.rotationBadFormat(format))
        }
        let today = try now.map(Self.parseDay) ?? ShadowDay.today()
        let days = try within.map(Self.parseDays) ?? settings.warnAge

        let passwdFile: PasswdFile
        switch SystemFile.read(passwd, limit: 1 << 30) {
        case .success(let bytes): passwdFile = PasswdFile(bytes: bytes, file: passwd)
        case .failure(let error): throw CLIError.message(RotationError.unreadable(path: passwd, error: error).description)
        }
        var records: [AgeRecord] = []
        var problems = passwdFile.problems
        for source in try sources(settings) {
            let loaded: SourceRecords
            do {
                loaded = try source.load()
            } catch {
                throw CLIError.message("\(error)")
            }
            records.append(contentsOf: loaded.records)
            problems.append(contentsOf: loaded.problems)
        }
        for problem in problems { Terminal.error(problem.description) }

        let byUser = passwdFile.byUser
        // An empty passwd file (`--passwd /dev/null`, the service's view) says nothing about
        // who has an account here: no row is marked then.
        records = AgeRecord.onePerPersonAndSystem(records, localSystem: HistoryService.systemName(settings),
                                                  localUsers: byUser.isEmpty ? nil : Set(byUser.keys))
        let selection = try AccountSelectionOptions.selection(users: [], groups: groups, groupFile: groupFile)
        if !selection.everyone {
            records = records.filter { selection.includes($0.user, passwd: byUser[$0.user]) }
        }
        let report = RotationReport(records: records, settings: settings, today: today, within: days, all: all,
                                    systemUsers: passwdFile.systemUsers, includeSystem: includeSystem)
        let output = DueOutput.render(report.rows, as: outputFormat, CLILanguage.current)
        output.withUnsafeBytes { Terminal.writeAll(STDOUT_FILENO, $0) }
    }

    /// Where last-change dates come from: shadow, and the history store when there is one
    /// (see `HistoryGate.forReading`), whose records carry the system name as their source.
    func sources(_ settings: Settings) throws(CLIError) -> [any LastChangeSource] {
        let service: (any HistoryBackend)?
        do {
            service = try HistoryGate.forReading(settings, store: store)
        } catch {
            throw .message(error.description)
        }
        return [ShadowSource(path: shadow)] + (service.map { [HistorySource(service: $0)] } ?? [])
    }

    static func parseDay(_ text: String) throws(CLIError) -> Int {
        guard let day = ShadowDay.parse(text) else { throw .message(Messages.rotationBadDate(text)) }
        return day
    }

    static func parseDays(_ text: String) throws(CLIError) -> Int {
        guard let days = Int(text), (0...99_999).contains(days) else { throw .message(Messages.rotationBadDays(text)) }
        return days
    }
}
