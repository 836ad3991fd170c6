import CSQLite
import PassPolicy

/// An SQLite result code with its message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (SQLITE_BUSY, SQLITE_CANTOPEN, …).
    public let code: Int32
    public let message: String

    /// The file could not be opened, read or locked: nothing wrong with its contents.
    public var isUnavailable: Bool {
        [SQLITE_CANTOPEN, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH].contains(code)
    }

    /// The file is not a database, or a damaged one.
    public var isDamaged: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

    public var description: String { message }

    /// Another connection holds the lock.
    public var isBusy: Bool { code == SQLITE_BUSY }
}

/// A value bound to or read from a statement.
public enum SQLiteValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case null

    public var text: String? { if case .text(let t) = self { return t } else { return nil } }
    public var integer: Int64? { if case .integer(let i) = self { return i } else { return nil } }
}

/// One SQLite connection: the only file that calls libsqlite3.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// Opens (creating if `create`) the database at `path`, refusing a symbolic link, and
    /// sets the busy timeout: a locked database is waited for that long before SQLITE_BUSY.
    public init(path: String, create: Bool, busyTimeoutMilliseconds: Int32) throws(SQLiteError) {
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        if create { flags |= SQLITE_OPEN_CREATE }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc & 0xFF, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 0)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements without results.
    public func execute(_ sql: String) throws(SQLiteError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc) }
    }

    /// Runs one statement with `bindings` (?1, ?2, …) and returns every row.
    @discardableResult
    public func query(_ sql: String, _ bindings: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        var statement: OpaquePointer?
        var rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        defer { sqlite3_finalize(statement) }
        for (i, value) in bindings.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .integer(let v): rc = sqlite3_bind_int64(statement, index, v)
            case .text(let t): rc = sqlite3_bind_text(statement, index, t, -1, Self.transient)
            case .null: rc = sqlite3_bind_null(statement, index)
            }
            guard rc == SQLITE_OK else { throw error(rc) }
        }
        var rows: [[SQLiteValue]] = []
        while true {
            rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw error(rc) }
            var row: [SQLiteValue] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_NULL: row.append(.null)
                default:
                    if let text = sqlite3_column_text(statement, column) {
                        row.append(.text(String(cString: text)))
                    } else {
                        row.append(.null)
                    }
                }
            }
            rows.append(row)
        }
        return rows
    }

    private func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc & 0xFF, message: String(cString: sqlite3_errmsg(handle)))
    }

    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)
}
