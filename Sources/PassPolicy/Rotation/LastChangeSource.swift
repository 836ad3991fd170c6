/// When a password was last changed, as one source knows it.
public enum LastChange: Sendable, Equatable {
    /// No date: shadow's empty field, which disables ageing for the account.
    case unset
    /// shadow's 0: the password must be changed at the next login.
    case mustChange
    /// The day (see `ShadowDay`) the password was changed.
    case day(Int)

    /// shadow's lastchg field (nil when empty) as a `LastChange`.
    public init(shadowField: Int?) {
        switch shadowField {
        case nil: self = .unset
        case 0?: self = .mustChange
        case let day?: self = .day(day)
        }
    }
}

/// One account's password age as one source knows it: a row of `passpolicy due`.
public struct AgeRecord: Sendable, Equatable {
    public var user: String
    /// Where the date comes from: `shadow` for the local shadow file, or the name of the
    /// system a history store recorded the change on.
    public var source: String
    public var lastChange: LastChange
    /// The limit the source itself sets (shadow's max field, 99999 already turned into nil);
    /// nil when it sets none. The policy's `maxage` applies on top: the stricter one wins.
    public var sourceMaxDays: Int?
    /// What the password field holds, when the source knows (a history store does not).
    public var password: PasswordState?
    /// Whether the person has an account on this host (in passwd); nil when not known.
    /// False marks people known only to the history store.
    public var localAccount: Bool?

    public init(user: String, source: String, lastChange: LastChange, sourceMaxDays: Int? = nil,
                password: PasswordState? = nil, localAccount: Bool? = nil) {
        self.user = user
        self.source = source
        self.lastChange = lastChange
        self.sourceMaxDays = sourceMaxDays
        self.password = password
        self.localAccount = localAccount
    }

    /// One record per person and system: a person's shadow record and the store's record of
    /// the same person on this host (`localSystem`) become one row under the system's name,
    /// judged as the login check judges it (`LoginAge`): shadow's 0 (a change required)
    /// wins, else the store's day; shadow's maximum and password field still apply. Every
    /// record from the store gets `localAccount` from `localUsers` (nil leaves it unknown).
    public static func onePerPersonAndSystem(_ records: [AgeRecord], localSystem: String,
                                             localUsers: Set<String>?) -> [AgeRecord] {
        let shadow = ShadowSource.sourceName
        var storeDay: [String: Int] = [:]
        var shadowUsers = Set<String>()
        for r in records {
            if r.source == shadow {
                shadowUsers.insert(r.user)
            } else if r.source == localSystem, case .day(let day) = r.lastChange {
                storeDay[r.user] = day
            }
        }
        var out: [AgeRecord] = []
        out.reserveCapacity(records.count)
        for var r in records {
            if r.source == shadow, let day = storeDay[r.user] {
                r.source = localSystem
                if r.lastChange != .mustChange { r.lastChange = .day(max(1, day)) }
            } else if r.source == localSystem && shadowUsers.contains(r.user) {
                continue  // merged into the person's shadow row
            }
            // Only the store's rows can be of people without an account here: shadow's are.
            if let localUsers, r.password == nil { r.localAccount = localUsers.contains(r.user) }
            out.append(r)
        }
        return out
    }

}

/// What a source yielded: its records, and the lines it could not read (reported as
/// warnings; the other records are still listed).
public struct SourceRecords: Sendable {
    public var records: [AgeRecord]
    public var problems: [LineProblem]

    public init(records: [AgeRecord] = [], problems: [LineProblem] = []) {
        self.records = records
        self.problems = problems
    }
}

/// Anything that knows when passwords were last changed. `passpolicy due` lists the records
/// of every source it is given: the local shadow file (`ShadowSource`) and, once the history
/// store is wired in (`--store`), one record per user and system from the store, whose
/// `source` is the system name.
public protocol LastChangeSource {
    /// For error messages: the file path, or the store's redacted address.
    var name: String { get }
    /// Reads the records. Throws when the source cannot be read at all.
    func load() throws -> SourceRecords
}

/// The local shadow file as a `LastChangeSource`.
public struct ShadowSource: LastChangeSource {
    /// The `source` of every record from shadow.
    public static let sourceName = "shadow"

    public let path: String

    public init(path: String = "/etc/shadow") {
        self.path = path
    }

    public var name: String { path }

    public func load() throws(RotationError) -> SourceRecords {
        switch SystemFile.read(path, limit: 1 << 30) {
        case .success(let bytes): return ShadowSource.records(from: ShadowFile(bytes: bytes, file: path))
        case .failure(let error): throw .unreadable(path: path, error: error)
        }
    }

    /// The records of an already parsed shadow file.
    public static func records(from file: ShadowFile) -> SourceRecords {
        var records: [AgeRecord] = []
        records.reserveCapacity(file.entries.count)
        for entry in file.entries {
            records.append(AgeRecord(
                user: entry.user, source: sourceName, lastChange: LastChange(shadowField: entry.lastChange),
                sourceMaxDays: entry.limitingMaxDays, password: entry.password))
        }
        return SourceRecords(records: records, problems: file.problems)
    }
}

/// A file the rotation commands need could not be read.
public enum RotationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, error: SystemError)

    public var description: String {
        switch self {
        case .unreadable(let path, let error):
            return LateTranslation.english { Messages.rotationUnreadable(path: path, error: "\(error)", $0) }
        }
    }
}
