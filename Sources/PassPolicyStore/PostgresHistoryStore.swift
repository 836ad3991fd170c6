import Glibc
import PassPolicy

/// The password history in PostgreSQL: one history for every system of a school.
/// Tables `passpolicy_person` and `passpolicy_entry` are created if absent (under an
/// advisory lock, so concurrent first connections do not collide). Every write is one
/// transaction; the salt is inserted with `ON CONFLICT DO NOTHING` and read back under a
/// row lock, so concurrent first records of a person agree on one salt, and `forget` cannot
/// interleave with `add`.
public final class PostgresHistoryStore: HistoryStore {
    public let location: String
    private let connection: PostgresConnection
    private let secrets: [String]

    public static let connectTimeoutSeconds = 5
    static let schemaLock = 0x7061_7373  // "pass": the advisory lock key for schema creation

    /// `url` is a `postgresql://` or `postgres://` URL. Errors show it with its password
    /// removed, and never contain the password.
    public init(url: String) throws(HistoryError) {
        location = StoreLocation.redacted(url)
        secrets = StoreLocation.passwords(in: url)
        do {
            connection = try PostgresConnection(conninfo: url, connectTimeout: Self.connectTimeoutSeconds)
        } catch {
            throw .unavailable(store: location, reason: StoreLocation.scrub(error.message, secrets))
        }
        try createSchema()
    }

    private func createSchema() throws(HistoryError) {
        // The token table came last (passpolicyd): a database that has it has everything.
        let present = try run("SELECT to_regclass('passpolicy_token') IS NOT NULL").first?.first ?? nil
        if present == "t" { return }
        try inTransaction { () throws(PostgresError) in
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.schemaLock))")
            try connection.execute("CREATE TABLE IF NOT EXISTS passpolicy_person (name text PRIMARY KEY, salt text NOT NULL)")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS passpolicy_entry (
                    id bigserial PRIMARY KEY,
                    person text NOT NULL, system text NOT NULL, time bigint NOT NULL,
                    exact_hash text NOT NULL, similar_hash text NOT NULL)
                """)
            try connection.execute("CREATE INDEX IF NOT EXISTS passpolicy_entry_person ON passpolicy_entry (person, time, id)")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS passpolicy_token (
                    name text PRIMARY KEY, role text NOT NULL, digest text NOT NULL,
                    created bigint NOT NULL, last_used bigint)
                """)
        }
    }

    public func entries(of user: String) throws(HistoryError) -> [HistoryEntry] {
        let rows = try run(
            "SELECT system, time, exact_hash, similar_hash FROM passpolicy_entry WHERE person = $1 ORDER BY time, id", [user])
        var entries: [HistoryEntry] = []
        for row in rows {
            guard row.count == 4, let system = row[0], let timeText = row[1], let time = Int64(timeText),
                  let exact = row[2], let similar = row[3]
            else { throw .storeFailed(store: location, reason: "an entry has a column of the wrong type") }
            entries.append(HistoryEntry(system: system, time: time, exactHash: exact, similarHash: similar))
        }
        return entries
    }

    public func establishSalt(of user: String, proposed: [UInt8]) throws(HistoryError) -> [UInt8] {
        try inTransaction { () throws(PostgresError) in try storedSalt(user, proposing: proposed, lock: false) } ?? proposed
    }

    public func add(_ entry: HistoryEntry, user: String, salt: [UInt8]) throws(HistoryError) -> Bool {
        try inTransaction { () throws(PostgresError) -> Bool in
            guard try storedSalt(user, proposing: salt, lock: true) == salt else { return false }
            try connection.execute(
                "INSERT INTO passpolicy_entry (person, system, time, exact_hash, similar_hash) VALUES ($1, $2, $3, $4, $5)",
                [user, entry.system, String(entry.time), entry.exactHash, entry.similarHash])
            return true
        }
    }

    public func forget(user: String) throws(HistoryError) -> Int {
        try inTransaction { () throws(PostgresError) -> Int in
            // Lock the person first: an `add` waiting on this row sees it gone and starts over.
            try connection.execute("SELECT 1 FROM passpolicy_person WHERE name = $1 FOR UPDATE", [user])
            let count = try connection.execute(
                "WITH gone AS (DELETE FROM passpolicy_entry WHERE person = $1 RETURNING 1) SELECT count(*) FROM gone", [user])
            try connection.execute("DELETE FROM passpolicy_person WHERE name = $1", [user])
            return Int((count.first?.first ?? nil) ?? "0") ?? 0
        }
    }

    public func latestChanges() throws(HistoryError) -> [LatestChange] {
        let rows = try run("""
            SELECT person, system, max(time) FROM passpolicy_entry GROUP BY person, system
            ORDER BY person COLLATE "C", system COLLATE "C"
            """)
        var changes: [LatestChange] = []
        changes.reserveCapacity(rows.count)
        for row in rows {
            guard row.count == 3, let user = row[0], let system = row[1], let timeText = row[2], let time = Int64(timeText)
            else { throw .storeFailed(store: location, reason: "an entry has a column of the wrong type") }
            changes.append(LatestChange(user: user, system: system, time: time))
        }
        return changes
    }

    public func addToken(_ token: ServiceToken) throws(HistoryError) -> Bool {
        let rows = try run("""
            INSERT INTO passpolicy_token (name, role, digest, created) VALUES ($1, $2, $3, $4)
            ON CONFLICT (name) DO NOTHING RETURNING 1
            """, [token.name, token.role.rawValue, Base64.encode(token.digest), String(token.created)])
        return !rows.isEmpty
    }

    public func tokens() throws(HistoryError) -> [ServiceToken] {
        let rows = try run("SELECT name, role, digest, created, last_used FROM passpolicy_token ORDER BY name COLLATE \"C\"")
        var tokens: [ServiceToken] = []
        for row in rows {
            guard row.count == 5, let name = row[0], let role = row[1].flatMap({ TokenRole(rawValue: $0) }),
                  let digest = row[2].flatMap({ Base64.decode($0) }), let created = row[3].flatMap({ Int64($0) })
            else { throw .storeFailed(store: location, reason: "a token has a column of the wrong type") }
            tokens.append(ServiceToken(name: name, role: role, digest: digest, created: created,
                                       lastUsed: row[4].flatMap { Int64($0) }))
        }
        return tokens
    }

    public func revokeToken(named name: String) throws(HistoryError) -> Bool {
        !(try run("DELETE FROM passpolicy_token WHERE name = $1 RETURNING 1", [name])).isEmpty
    }

    public func markTokenUsed(named name: String, at time: Int64) throws(HistoryError) {
        _ = try run("UPDATE passpolicy_token SET last_used = $2 WHERE name = $1", [name, String(time)])
    }

    /// The person's salt after inserting `proposing` if they had none; with `lock`, the row
    /// stays share-locked until the transaction ends.
    private func storedSalt(_ user: String, proposing: [UInt8], lock: Bool) throws(PostgresError) -> [UInt8]? {
        try connection.execute("INSERT INTO passpolicy_person (name, salt) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
                               [user, Base64.encode(proposing)])
        let rows = try connection.execute("SELECT salt FROM passpolicy_person WHERE name = $1" + (lock ? " FOR SHARE" : ""), [user])
        guard let text = rows.first?.first ?? nil else { return nil }
        return Base64.decode(text)
    }

    /// One statement outside a transaction.
    private func run(_ sql: String, _ parameters: [String?] = []) throws(HistoryError) -> [[String?]] {
        do {
            return try connection.execute(sql, parameters)
        } catch {
            throw fail(error)
        }
    }

    /// Runs `body` in one transaction, again (up to 5 times) after a deadlock or a
    /// serialization failure, which PostgreSQL asks clients to retry.
    private func inTransaction<T>(_ body: () throws(PostgresError) -> T) throws(HistoryError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                try connection.execute("BEGIN")
                let result = try body()
                try connection.execute("COMMIT")
                return result
            } catch {
                _ = try? connection.execute("ROLLBACK")
                let retry = error.sqlState == "40001" || error.sqlState == "40P01" || error.sqlState == "23505"
                if retry && attempt < 5 { continue }
                throw fail(error)
            }
        }
    }

    private func fail(_ error: PostgresError) -> HistoryError {
        let reason = StoreLocation.scrub(error.message, secrets)
        return error.kind == .connection ? .unavailable(store: location, reason: reason)
                                         : .storeFailed(store: location, reason: reason)
    }
}
