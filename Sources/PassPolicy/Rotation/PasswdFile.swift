/// One line of passwd(5), as far as rotation needs it.
public struct PasswdEntry: Sendable, Equatable {
    public let user: String
    public let uid: Int
    public let shell: String
    /// The primary group; nil when not read.
    public let gid: Int?

    public init(user: String, uid: Int, shell: String, gid: Int? = nil) {
        self.user = user
        self.uid = uid
        self.shell = shell
        self.gid = gid
    }

    /// The first uid useradd gives people (Debian's UID_MIN in login.defs).
    public static let firstRegularUID = 1000

    /// A service account rather than a person: a uid below 1000, or a shell that refuses
    /// logins (`…/nologin`, `…/false`).
    public var isSystem: Bool {
        if uid < PasswdEntry.firstRegularUID { return true }
        return shell.hasSuffix("/nologin") || shell.hasSuffix("/false") || shell == "nologin" || shell == "false"
    }
}

/// The lines of a passwd file that could be read, and the ones that could not.
public struct PasswdFile: Sendable {
    public var entries: [PasswdEntry] = []
    public var problems: [LineProblem] = []

    /// Parses passwd(5) text: 7 fields, a user name and a numeric uid.
    public init(bytes: [UInt8], file: String) {
        entries.reserveCapacity(bytes.count / 48)
        AccountLines.forEach(bytes) { line, f in
            guard f.count == 7 else {
                problems.append(LineProblem(file: file, line: line, reason: .fieldCount(expected: 7, found: f.count)))
                return
            }
            guard !f[0].isEmpty else {
                problems.append(LineProblem(file: file, line: line, reason: .emptyUserName))
                return
            }
            guard case .value(let uid) = AccountLines.number(f[2], max: Int(UInt32.max)) else {
                problems.append(LineProblem(file: file, line: line, reason: .badNumber(field: "uid", max: Int(UInt32.max))))
                return
            }
            var gid: Int?
            if case .value(let g) = AccountLines.number(f[3], max: Int(UInt32.max)) { gid = g }
            entries.append(PasswdEntry(user: AccountLines.text(f[0]), uid: uid, shell: AccountLines.text(f[6]), gid: gid))
        }
    }

    /// The names of the system accounts (`PasswdEntry.isSystem`); a name listed twice counts
    /// as system when either line says so.
    public var systemUsers: Set<String> {
        var names = Set<String>()
        for e in entries where e.isSystem { names.insert(e.user) }
        return names
    }

    /// The entries by user name; the first line wins when a name appears twice (as getpwnam).
    public var byUser: [String: PasswdEntry] {
        var map: [String: PasswdEntry] = [:]
        map.reserveCapacity(entries.count)
        for e in entries where map[e.user] == nil { map[e.user] = e }
        return map
    }
}
