import ArgumentParser
import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy age`: shadow's maximum and warning days beside the policy's, and with
/// `--apply` the policy's values set through chage (this command never writes shadow).
struct AgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "age",
        abstract: "Show (and with --apply set, through chage) shadow's maximum and warning days for regular users.",
        discussion: """
            For every regular user (uid ≥ 1000 with a login shell) the maximum and warning days \
            in shadow are shown beside maxage and warnage. With --apply, `chage -M maxage -W \
            warnage USER` (with `-R DIR` for --root) is run for each user that differs; a \
            maximum stricter than maxage is kept. Locked accounts and accounts without a \
            password are listed but never changed. --user and --group (each may be repeated) \
            limit the command to those users and the members of those groups. Without --apply \
            nothing is changed. Exit status 0, or 2 for usage, configuration or read errors \
            and when chage fails.
            """)

    @OptionGroup var policy: PolicyOptions

    @Flag(help: "Run chage for each user that differs from the policy (default: only show).")
    var apply = false

    @Option(help: ArgumentHelp("The shadow file (default: /etc/shadow, or DIR/etc/shadow with --root).", valueName: "file"))
    var shadow: String?

    @Option(help: ArgumentHelp("The passwd file (default: /etc/passwd, or DIR/etc/passwd with --root).", valueName: "file"))
    var passwd: String?

    @Option(help: ArgumentHelp("Work on the system under DIR: passed to chage as -R DIR.", valueName: "dir"))
    var root: String?

    @Option(name: .customLong("user"), help: ArgumentHelp("Only this user (may be repeated).", valueName: "name"))
    var users: [String] = []

    @Option(name: .customLong("group"), help: ArgumentHelp("Only the members of this group (may be repeated).", valueName: "name"))
    var groups: [String] = []

    @Option(name: .customLong("group-file"), help: ArgumentHelp("The group file, for --group (default: /etc/group, or DIR/etc/group with --root).", valueName: "file"))
    var groupFile: String?

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        let prefix = root.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? ""
        let shadowPath = shadow ?? prefix + "/etc/shadow"
        let passwdPath = passwd ?? prefix + "/etc/passwd"
        let shadowFile = ShadowFile(bytes: try Self.read(shadowPath), file: shadowPath)
        let passwdFile = PasswdFile(bytes: try Self.read(passwdPath), file: passwdPath)
        for problem in passwdFile.problems + shadowFile.problems { Terminal.error(problem.description) }

        let selection = try AccountSelectionOptions.selection(users: users, groups: groups,
                                                              groupFile: groupFile ?? prefix + "/etc/group")
        let plan = AgePlan(shadow: shadowFile.entries, passwd: passwdFile.byUser, settings: settings, selection: selection)
        Terminal.write(Self.table(plan, settings))
        if plan.rotationOff {
            Terminal.write(Messages.rotationAgeOff + "\n")
            return
        }
        let changes = plan.items.filter(\.needsChange)
        for item in plan.items {
            if let skip = item.skipped { Terminal.write(Messages.rotationAgeSkipped(user: item.user, skip) + "\n") }
        }
        guard apply else {
            for item in changes {
                Terminal.write(Messages.rotationAgeChange(user: item.user, arguments: item.chageArguments, applied: false) + "\n")
            }
            Terminal.write(Messages.rotationAgeDryRunHint(count: changes.count) + "\n")
            return
        }
        var failed = false
        for item in changes {
            var arguments = ["/usr/bin/chage"]
            if let root { arguments += ["-R", root] }
            arguments += item.chageArguments + ["--", item.user]
            switch Self.spawnAndWait(arguments) {
            case .success(0):
                Terminal.write(Messages.rotationAgeChange(user: item.user, arguments: item.chageArguments, applied: true) + "\n")
            case .success(let status):
                Terminal.error(Messages.rotationChageFailed(user: item.user, status: status, detail: ""))
                failed = true
            case .failure(let error):
                throw CLIError.message(Messages.rotationChageNotRun("\(error)"))
            }
        }
        if failed { throw ExitCode(2) }
    }

    static func read(_ path: String) throws(CLIError) -> [UInt8] {
        switch SystemFile.read(path, limit: 1 << 30) {
        case .success(let bytes): return bytes
        case .failure(let error): throw .message(RotationError.unreadable(path: path, error: error).description)
        }
    }

    static func table(_ plan: AgePlan, _ settings: Settings) -> String {
        func cell(_ value: Int?) -> String { value.map { String($0) } ?? "-" }
        var rows = [Messages.ageTableHeader]
        for item in plan.items {
            let change = item.skipped.map { Messages.rotationAgeSkipCell($0) }
                ?? (item.needsChange ? item.chageArguments.joined(separator: " ") : "-")
            rows.append([Messages.rotationDisplayName(item.user), cell(item.shadowMax), cell(item.shadowWarn),
                         String(settings.maxAge), String(settings.warnAge), change])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.unicodeScalars.count) } }
        var out = ""
        for row in rows {
            for (i, c) in row.enumerated() {
                out += c
                if i + 1 < row.count { out += String(repeating: " ", count: widths[i] - c.unicodeScalars.count + 2) }
            }
            out += "\n"
        }
        return out
    }

    /// Runs `arguments[0]` with the arguments (no shell), standard streams inherited, and
    /// returns its exit status (128 + signal when killed).
    static func spawnAndWait(_ arguments: [String]) -> Result<Int32, SystemError> {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = argv.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress, let path = base.pointee else { return EINVAL }
            return posix_spawn(&pid, path, nil, nil, base, environ)
        }
        guard rc == 0 else { return .failure(SystemError(errno: rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .failure(SystemError(errno: errno)) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
        if status & 0x7F == 0 { return .success((status >> 8) & 0xFF) }
        return .success(128 + (status & 0x7F))
    }
}

/// `--user` and `--group` of the admin commands, as an `AccountSelection`.
enum AccountSelectionOptions {
    /// Reads `groupFile` only when groups are named; an unknown group is an error (exit 2).
    static func selection(users: [String], groups: [String], groupFile: String) throws(CLIError) -> AccountSelection {
        guard !groups.isEmpty else { return AccountSelection(users: users, groups: []) }
        let file = GroupFile(bytes: try AgeCommand.read(groupFile), file: groupFile)
        var entries: [GroupEntry] = []
        for name in groups {
            guard let entry = file.named(name) else { throw .message(Messages.rotationUnknownGroup(name, file: groupFile)) }
            entries.append(entry)
        }
        return AccountSelection(users: users, groups: entries)
    }
}
