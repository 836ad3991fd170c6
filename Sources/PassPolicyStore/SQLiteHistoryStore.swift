import Glibc
import PassPolicy

/// The password history in one SQLite file: for a single server, or several sharing a file
/// system. Created mode 0600 in a directory that must exist (see `StoreFile`); WAL journal,
/// so a `kill -9` mid-write leaves the last committed state; every write is one
/// `BEGIN IMMEDIATE` transaction, so concurrent writers queue behind the busy timeout
/// instead of failing or losing entries.
public final class SQLiteHistoryStore: HistoryStore {
    public let location: String
    private let db: SQLiteDatabase

    public static let busyTimeoutMilliseconds: Int32 = 15_000
    static let schemaVersion: Int64 = 2

    /// Opens the store at `path`. With `create`, a missing file is created (never its
    /// directories); without, a missing file is `.unavailable` ("store not found").
    public init(path: String, create: Bool = true) throws(HistoryError) {
        location = path
        if try !StoreFile.exists(path) {
            guard create else { throw .unavailable(store: path, reason: Messages.historyStoreMissing(SystemError(errno: ENOENT).description)) }
            try Self.createFile(path)
        }
        do {
            db = try SQLiteDatabase(path: path, create: false, busyTimeoutMilliseconds: Self.busyTimeoutMilliseconds)
        } catch {
            throw Self.historyError(error, path)
        }
        try configure()
    }

    /// Creates the file 0600 before SQLite sees the path, so the file is never readable by
    /// others, not even for a moment. Its directory must exist (`StoreFile.exists` said so).
    static func createFile(_ path: String) throws(HistoryError) {
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd >= 0 {
            close(fd)
        } else if errno != EEXIST {
            throw .unavailable(store: path, reason: "cannot create the file: \(SystemError(errno: errno))")
        }
    }

    private func configure() throws(HistoryError) {
        // Switching to WAL needs a moment alone with the file; other processes opening it at
        // the same time get SQLITE_BUSY without the busy handler, so wait and try again (up to
        // the busy timeout, 15 s).
        var attempts = 0
        while true {
            do {
                try db.execute("PRAGMA journal_mode=WAL")
                break
            } catch where error.isBusy && attempts < 1500 {
                attempts += 1
                usleep(10_000)
            } catch {
                throw fail(error)
            }
        }
        do {
            // FULL: a commit is on disk before COMMIT returns, even across a power cut.
            try db.execute("PRAGMA synchronous=FULL")
        } catch {
            throw fail(error)
        }
        try inTransaction { () throws(SQLiteError) in
            let version = try db.query("PRAGMA user_version").first?.first?.integer ?? 0
            if version > Self.schemaVersion {
                throw SQLiteError(code: 0, message: "the schema (version \(version)) is newer than this passpolicy understands")
            }
            if version < Self.schemaVersion {
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS person (name TEXT PRIMARY KEY NOT NULL, salt TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS entry (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        person TEXT NOT NULL, system TEXT NOT NULL, time INTEGER NOT NULL,
                        exact_hash TEXT NOT NULL, similar_hash TEXT NOT NULL);
                    CREATE INDEX IF NOT EXISTS entry_person ON entry (person, time, id);
                    CREATE TABLE IF NOT EXISTS token (
                        name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL, digest TEXT NOT NULL,
                        created INTEGER NOT NULL, last_used INTEGER);
                    PRAGMA user_version = \(Self.schemaVersion);
                    """)
            }
        }
    }

    public func entries(of user: String) throws(HistoryError) -> [HistoryEntry] {
        let rows: [[SQLiteValue]]
        do {
            rows = try db.query(
                "SELECT system, time, exact_hash, similar_hash FROM entry WHERE person = ?1 ORDER BY time, id",
                [.text(user)])
        } catch {
            throw fail(error)
        }
        var entries: [HistoryEntry] = []
        for row in rows {
            guard row.count == 4, let system = row[0].text, let time = row[1].integer,
                  let exact = row[2].text, let similar = row[3].text
            else { throw .storeFailed(store: location, reason: "an entry has a column of the wrong type") }
            entries.append(HistoryEntry(system: system, time: time, exactHash: exact, similarHash: similar))
        }
        return entries
    }

    public func establishSalt(of user: String, proposed: [UInt8]) throws(HistoryError) -> [UInt8] {
        try inTransaction { () throws(SQLiteError) in try storedSalt(user, proposing: proposed) } ?? proposed
    }

    public func add(_ entry: HistoryEntry, user: String, salt: [UInt8]) throws(HistoryError) -> Bool {
        try inTransaction { () throws(SQLiteError) -> Bool in
            guard try storedSalt(user, proposing: salt) == salt else { return false }
            try db.query("INSERT INTO entry (person, system, time, exact_hash, similar_hash) VALUES (?1, ?2, ?3, ?4, ?5)",
                         [.text(user), .text(entry.system), .integer(entry.time), .text(entry.exactHash), .text(entry.similarHash)])
            return true
        }
    }

    public func forget(user: String) throws(HistoryError) -> Int {
        try inTransaction { () throws(SQLiteError) -> Int in
            let count = try db.query("SELECT count(*) FROM entry WHERE person = ?1", [.text(user)]).first?.first?.integer ?? 0
            try db.query("DELETE FROM entry WHERE person = ?1", [.text(user)])
            try db.query("DELETE FROM person WHERE name = ?1", [.text(user)])
            return Int(count)
        }
    }

    public func latestChanges() throws(HistoryError) -> [LatestChange] {
        let rows: [[SQLiteValue]]
        do {
            rows = try db.query(
                "SELECT person, system, max(time) FROM entry GROUP BY person, system ORDER BY person, system")
        } catch {
            throw fail(error)
        }
        var changes: [LatestChange] = []
        changes.reserveCapacity(rows.count)
        for row in rows {
            guard row.count == 3, let user = row[0].text, let system = row[1].text, let time = row[2].integer
            else { throw .storeFailed(store: location, reason: "an entry has a column of the wrong type") }
            changes.append(LatestChange(user: user, system: system, time: time))
        }
        return changes
    }

    public func addToken(_ token: ServiceToken) throws(HistoryError) -> Bool {
        try inTransaction { () throws(SQLiteError) -> Bool in
            !(try db.query("INSERT OR IGNORE INTO token (name, role, digest, created) VALUES (?1, ?2, ?3, ?4) RETURNING 1",
                           [.text(token.name), .text(token.role.rawValue), .text(Base64.encode(token.digest)), .integer(token.created)])).isEmpty
        }
    }

    public func tokens() throws(HistoryError) -> [ServiceToken] {
        let rows: [[SQLiteValue]]
        do {
            rows = try db.query("SELECT name, role, digest, created, last_used FROM token ORDER BY name")
        } catch {
            throw fail(error)
        }
        var tokens: [ServiceToken] = []
        for row in rows {
            guard row.count == 5, let name = row[0].text, let role = row[1].text.flatMap(TokenRole.init(rawValue:)),
                  let digest = row[2].text.flatMap({ Base64.decode($0) }), let created = row[3].integer
            else { throw .storeFailed(store: location, reason: "a token has a column of the wrong type") }
            tokens.append(ServiceToken(name: name, role: role, digest: digest, created: created, lastUsed: row[4].integer))
        }
        return tokens
    }

    public func revokeToken(named name: String) throws(HistoryError) -> Bool {
        try inTransaction { () throws(SQLiteError) -> Bool in
            !(try db.query("DELETE FROM token WHERE name = ?1 RETURNING 1", [.text(name)])).isEmpty
        }
    }

    public func markTokenUsed(named name: String, at time: Int64) throws(HistoryError) {
        try inTransaction { () throws(SQLiteError) in
            _ = try db.query("UPDATE token SET last_used = ?2 WHERE name = ?1", [.text(name), .integer(time)])
        }
    }

    /// The person's salt after inserting `proposing` if they had none (inside a transaction).
    private func storedSalt(_ user: String, proposing: [UInt8]) throws(SQLiteError) -> [UInt8]? {
        try db.query("INSERT OR IGNORE INTO person (name, salt) VALUES (?1, ?2)", [.text(user), .text(Base64.encode(proposing))])
        guard let text = try db.query("SELECT salt FROM person WHERE name = ?1", [.text(user)]).first?.first?.text else {
            return nil
        }
        return Base64.decode(text)
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: the write lock is taken at the
    /// start, so two writers never both read and then collide on commit.
    private func inTransaction<T>(_ body: () throws(SQLiteError) -> T) throws(HistoryError) -> T {
        do {
            try db.execute("BEGIN IMMEDIATE")
        } catch {
            throw fail(error)
        }
        do {
            let result = try body()
            try db.execute("COMMIT")
            return result
        } catch {
            try? db.execute("ROLLBACK")
            throw fail(error)
        }
    }

    private func fail(_ error: SQLiteError) -> HistoryError {
        Self.historyError(error, location)
    }

    static func historyError(_ error: SQLiteError, _ location: String) -> HistoryError {
        if error.isUnavailable { return .unavailable(store: location, reason: error.message) }
        if error.isDamaged { return .damaged(store: location, reason: error.message) }
        return .storeFailed(store: location, reason: error.message)
    }
}
