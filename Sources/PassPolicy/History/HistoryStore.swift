/// One remembered password of a person: where and when it was set, and two Argon2id-derived
/// tags in PHC string format (see `HistoryTags`). Nothing in it can be turned back into the
/// password.
public struct HistoryEntry: Sendable, Equatable {
    public var system: String
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64
    /// `$argon2id$v=19$m=…,t=…,p=…$<salt>$<tag of the whole password>`
    public var exactHash: String
    /// `$argon2id$v=19$m=…,t=…,p=…$<salt>$<tag of the password's skeleton>`
    public var similarHash: String

    public init(system: String, time: Int64, exactHash: String, similarHash: String) {
        self.system = system
        self.time = time
        self.exactHash = exactHash
        self.similarHash = similarHash
    }
}

/// A person's latest recorded change on one system: when `passpolicy due` and the login
/// check take the last change from the history store instead of shadow.
public struct LatestChange: Sendable, Equatable {
    public var user: String
    public var system: String
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64

    public init(user: String, system: String, time: Int64) {
        self.user = user
        self.system = system
        self.time = time
    }
}

/// Where password histories are kept: one history per person, shared by every system.
///
/// Every method is one transaction. Implementations: `InMemoryHistoryStore` (unit tests of
/// the rule logic only), `SQLiteHistoryStore` and `PostgresHistoryStore` in PassPolicyStore.
/// A store is used from one thread at a time.
public protocol HistoryStore: TokenStore {
    /// A description of the store for messages, with any database password removed.
    var location: String { get }

    /// The person's entries, oldest first (by time, then by order of recording).
    func entries(of user: String) throws(HistoryError) -> [HistoryEntry]

    /// The person's salt, storing `proposed` first if they have none yet. Concurrent callers
    /// for the same new person all get the same salt back.
    func establishSalt(of user: String, proposed: [UInt8]) throws(HistoryError) -> [UInt8]

    /// Adds `entry` if the person's salt is still `salt` (storing it if the person has none),
    /// all in one transaction. Returns false, adding nothing, when the stored salt differs:
    /// the person was forgotten and recorded again meanwhile, and the caller must derive the
    /// tags again with the new salt.
    func add(_ entry: HistoryEntry, user: String, salt: [UInt8]) throws(HistoryError) -> Bool

    /// Removes the person's entries and salt; returns how many entries there were.
    func forget(user: String) throws(HistoryError) -> Int

    /// Every person's latest change on every system they have changed on: one element per
    /// (user, system), ordered by user, then system (byte order). No hashes.
    func latestChanges() throws(HistoryError) -> [LatestChange]
}

/// A history kept in memory, for unit tests of the rule logic. Not a replacement for the
/// real stores, which are tested against real SQLite files and a real PostgreSQL server.
public final class InMemoryHistoryStore: HistoryStore {
    private var salts: [String: [UInt8]] = [:]
    private var histories: [String: [HistoryEntry]] = [:]
    private var serviceTokens: [String: ServiceToken] = [:]

    public init() {}

    public func addToken(_ token: ServiceToken) throws(HistoryError) -> Bool {
        guard serviceTokens[token.name] == nil else { return false }
        serviceTokens[token.name] = token
        return true
    }

    public func tokens() throws(HistoryError) -> [ServiceToken] {
        serviceTokens.values.sorted { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) }
    }

    public func revokeToken(named name: String) throws(HistoryError) -> Bool {
        serviceTokens.removeValue(forKey: name) != nil
    }

    public func markTokenUsed(named name: String, at time: Int64) throws(HistoryError) {
        serviceTokens[name]?.lastUsed = time
    }

    public var location: String { "memory" }

    public func entries(of user: String) throws(HistoryError) -> [HistoryEntry] {
        (histories[user] ?? []).sorted { $0.time < $1.time }  // sort is stable: ties keep recording order
    }

    public func establishSalt(of user: String, proposed: [UInt8]) throws(HistoryError) -> [UInt8] {
        if let salt = salts[user] { return salt }
        salts[user] = proposed
        return proposed
    }

    public func add(_ entry: HistoryEntry, user: String, salt: [UInt8]) throws(HistoryError) -> Bool {
        let stored = try establishSalt(of: user, proposed: salt)
        guard stored == salt else { return false }
        histories[user, default: []].append(entry)
        return true
    }

    public func forget(user: String) throws(HistoryError) -> Int {
        salts[user] = nil
        return histories.removeValue(forKey: user)?.count ?? 0
    }

    public func latestChanges() throws(HistoryError) -> [LatestChange] {
        var latest: [LatestChange] = []
        for (user, entries) in histories {
            var bySystem: [String: Int64] = [:]
            for entry in entries { bySystem[entry.system] = max(bySystem[entry.system] ?? entry.time, entry.time) }
            for (system, time) in bySystem { latest.append(LatestChange(user: user, system: system, time: time)) }
        }
        return latest.sorted { a, b in
            a.user != b.user ? Array(a.user.utf8).lexicographicallyPrecedes(b.user.utf8)
                             : Array(a.system.utf8).lexicographicallyPrecedes(b.system.utf8)
        }
    }
}
