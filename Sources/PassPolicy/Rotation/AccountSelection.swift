/// Which accounts an admin command works on: every account, or those named with `--user`
/// and the members of the `--group`s (members listed in the group file, and accounts whose
/// primary group it is).
public struct AccountSelection: Sendable {
    public let users: Set<String>
    public let groupIDs: Set<Int>
    public let groupMembers: Set<String>
    /// True when neither users nor groups were given: every account.
    public let everyone: Bool

    public init(users: [String], groups: [GroupEntry]) {
        self.users = Set(users)
        groupIDs = Set(groups.map(\.gid))
        groupMembers = Set(groups.flatMap(\.members))
        everyone = users.isEmpty && groups.isEmpty
    }

    public static let all = AccountSelection(users: [], groups: [])

    /// Whether `user` (with its passwd entry, when there is one) is selected.
    public func includes(_ user: String, passwd: PasswdEntry?) -> Bool {
        if everyone || users.contains(user) || groupMembers.contains(user) { return true }
        if let gid = passwd?.gid, groupIDs.contains(gid) { return true }
        return false
    }
}

/// One line of group(5): name, gid and the listed members.
public struct GroupEntry: Sendable, Equatable {
    public let name: String
    public let gid: Int
    public let members: [String]

    public init(name: String, gid: Int, members: [String]) {
        self.name = name
        self.gid = gid
        self.members = members
    }
}

/// The lines of a group file that could be read, and the ones that could not.
public struct GroupFile: Sendable {
    public var entries: [GroupEntry] = []
    public var problems: [LineProblem] = []

    /// Parses group(5) text: 4 fields, a name and a numeric gid, members separated by commas.
    public init(bytes: [UInt8], file: String) {
        AccountLines.forEach(bytes) { line, f in
            guard f.count == 4 else {
                problems.append(LineProblem(file: file, line: line, reason: .fieldCount(expected: 4, found: f.count)))
                return
            }
            guard !f[0].isEmpty else {
                problems.append(LineProblem(file: file, line: line, reason: .emptyUserName))
                return
            }
            guard case .value(let gid) = AccountLines.number(f[2], max: Int(UInt32.max)) else {
                problems.append(LineProblem(file: file, line: line, reason: .badNumber(field: "gid", max: Int(UInt32.max))))
                return
            }
            let members = AccountLines.text(f[3]).split(separator: ",").map(String.init).filter { !$0.isEmpty }
            entries.append(GroupEntry(name: AccountLines.text(f[0]), gid: gid, members: members))
        }
    }

    public func named(_ name: String) -> GroupEntry? { entries.first { $0.name == name } }
}
