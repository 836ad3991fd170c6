#if canImport(Glibc)
import Glibc
#endif

/// The password history as the CLI and the PAM module use it: check a candidate against the
/// person's history on every system, record a change once it has happened, list, forget.
///
/// Open one from the settings with `HistoryService.open(settings:store:)` in
/// PassPolicyStore. Not thread-safe: one per thread. Wipes every copy of the password it
/// makes, the pepper on deinit.
public final class HistoryService {
    public let remember: Int
    public let synced: SyncedSystems
    public let parameters: KDFParameters
    /// The store's description for messages and logs, without any database password.
    public var storeLocation: String { store.location }

    private let store: any HistoryStore
    private let hasher: any PasswordHasher
    private var pepper: [UInt8]
    private let text = PasswordText()

    /// Longest password, in characters, whose skeleton is computed in full.
    static let skeletonCap = 4096
    /// Longest user or system name, in UTF-8 bytes.
    public static let maxNameBytes = 256

    /// `pepper` is taken over and wiped when the service goes away.
    public init(store: any HistoryStore, hasher: any PasswordHasher, remember: Int, synced: SyncedSystems = SyncedSystems(),
                parameters: KDFParameters = .owasp, pepper: [UInt8] = []) {
        self.store = store
        self.hasher = hasher
        self.remember = remember
        self.synced = synced
        self.parameters = parameters
        self.pepper = pepper
    }

    deinit { secureWipe(&pepper) }

    /// The rules `password` breaks for `user` on `system`: at most one of `reuse` and
    /// `similar`. A person with no history costs no KDF run; otherwise one per distinct
    /// (parameters, salt) among the compared entries — normally exactly one.
    public func violations(for password: UnsafeBufferPointer<UInt8>, user: String, system: String) throws(HistoryError) -> [Violation] {
        try person(user, on: system).violations(for: password)
    }

    /// What `user`'s history holds for candidates on `system`, read from the store once: a
    /// caller checking many candidates for one person (`check --batch --user`) reads it once.
    public func person(_ user: String, on system: String) throws(HistoryError) -> PersonHistory {
        try Self.validate(user, field: "user")
        try Self.validate(system, field: "system")
        let compared = HistoryRules.comparedEntries(try store.entries(of: user), system: system, remember: remember, synced: synced)
        var parsed: [PersonHistory.Compared] = []
        parsed.reserveCapacity(compared.count)
        for entry in compared {
            guard let exact = PHCString(parsing: entry.exactHash), let similar = PHCString(parsing: entry.similarHash),
                  exact.parameters == similar.parameters, exact.salt == similar.salt
            else {
                throw .storeFailed(store: store.location, reason: Messages.malformedEntry(system: entry.system, time: entry.time))
            }
            parsed.append(PersonHistory.Compared(entry: entry, exact: exact, similar: similar))
        }
        return PersonHistory(service: self, system: system, sameSystem: Set(synced.members(of: system)), compared: parsed)
    }

    /// Argon2id over the skeleton of `password`, with this service's pepper; for `PersonHistory`.
    func key(for password: UnsafeBufferPointer<UInt8>, salt: [UInt8], parameters: KDFParameters) throws(HistoryError) -> [UInt8] {
        try deriveKey(password, salt: salt, parameters: parameters)
    }

    public func violations(for password: [UInt8], user: String, system: String) throws(HistoryError) -> [Violation] {
        try password.withUnsafeBufferPointer { (p) throws(HistoryError) in try violations(for: p, user: user, system: system) }
    }

    /// Remembers that `user` now has `password` on `system`. Call it only once the change
    /// has succeeded. `time` is seconds since 1970 (default: now). One KDF run (more only
    /// if the person is forgotten and recorded again by someone else meanwhile).
    public func record(password: UnsafeBufferPointer<UInt8>, user: String, system: String, at time: Int64? = nil) throws(HistoryError) {
        try Self.validate(user, field: "user")
        try Self.validate(system, field: "system")
        let when = time ?? Int64(Glibc.time(nil))
        for _ in 0..<3 {
            let salt = try store.establishSalt(of: user, proposed: try SecureRandom.bytes(HistoryTags.saltLength))
            var key = try deriveKey(password, salt: salt, parameters: parameters)
            let exact = HistoryTags.exactTag(key: key, password: password)
            let similar = HistoryTags.similarTag(key: key)
            secureWipe(&key)
            let entry = HistoryEntry(
                system: system, time: when,
                exactHash: PHCString(parameters: parameters, salt: salt, hash: exact).encoded,
                similarHash: PHCString(parameters: parameters, salt: salt, hash: similar).encoded)
            if try store.add(entry, user: user, salt: salt) { return }
        }
        throw .storeFailed(store: store.location, reason: Messages.saltKeptChanging)
    }

    public func record(password: [UInt8], user: String, system: String, at time: Int64? = nil) throws(HistoryError) {
        try password.withUnsafeBufferPointer { (p) throws(HistoryError) in try record(password: p, user: user, system: system, at: time) }
    }

    /// Where and when `user` changed passwords, oldest first. No hashes.
    public func history(of user: String) throws(HistoryError) -> [HistoryEvent] {
        try Self.validate(user, field: "user")
        return try store.entries(of: user).map { HistoryEvent(system: $0.system, time: $0.time) }
    }

    /// Removes everything remembered about `user`; returns how many entries there were.
    @discardableResult
    public func forget(user: String) throws(HistoryError) -> Int {
        try Self.validate(user, field: "user")
        return try store.forget(user: user)
    }

    /// When `user` last changed passwords on `system` (seconds since 1970), or on any system
    /// when `system` is nil; nil when the store holds no such change.
    public func lastChange(of user: String, system: String? = nil) throws(HistoryError) -> Int64? {
        try Self.validate(user, field: "user")
        if let system { try Self.validate(system, field: "system") }
        var latest: Int64?
        for entry in try store.entries(of: user) where system == nil || entry.system == system {
            latest = max(latest ?? entry.time, entry.time)
        }
        return latest
    }

    /// `passpolicyd`'s tokens, kept in the same store as the histories.
    public var tokenStore: any TokenStore { store }

    /// Every person's latest change on every system (see `HistoryStore.latestChanges`).
    public func latestChanges() throws(HistoryError) -> [LatestChange] {
        try store.latestChanges()
    }

    /// The `system` setting, or the host name when it is empty.
    public static func systemName(_ settings: Settings) -> String {
        if !settings.system.isEmpty { return settings.system }
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }

    /// Argon2id over the skeleton of `password`.
    private func deriveKey(_ password: UnsafeBufferPointer<UInt8>, salt: [UInt8], parameters: KDFParameters) throws(HistoryError) -> [UInt8] {
        text.load(password, cap: Self.skeletonCap)
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(text.scalars.count * 4 + 4)
        Skeleton.write(text, into: &skeleton)
        text.wipe()
        defer { secureWipe(&skeleton) }
        return try skeleton.withUnsafeBufferPointer { (s) throws(HistoryError) in
            try hasher.deriveKey(from: s, salt: salt, pepper: pepper, parameters: parameters)
        }
    }

    public static func validate(_ name: String, field: String) throws(HistoryError) {
        guard !name.isEmpty, name.utf8.count <= maxNameBytes,
              !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { throw .invalidName(field: field) }
    }
}
