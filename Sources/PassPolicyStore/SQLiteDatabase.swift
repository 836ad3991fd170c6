import CSQLite
import Glibc
import PassPolicy

/// An SQLite result code with its message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (SQLITE_BUSY, SQLITE_CANTOPEN, …).
    public let code: Int32
    public let message: String

    /// The file could not be opened, read or locked: nothing wrong with its contents. Also
    /// when libsqlite3 itself cannot be loaded (SQLITE_CANTOPEN with a message saying so).
    public var isUnavailable: Bool {
        [SQLITE_CANTOPEN, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH].contains(code)
    }

    /// The file is not a database, or a damaged one.
    public var isDamaged: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

    public var description: String { message }

    /// Another connection holds the lock.
    public var isBusy: Bool { code == SQLITE_BUSY }
}

/// libsqlite3, loaded with dlopen when the first SQLite store is opened rather than linked
/// (as libpq is, see PostgresConnection.swift): `passwd`, `login` and `sshd` load the PAM
/// module on every password change and login, and most of those calls never open a store
/// (the account check without one, `store = none`, a PostgreSQL store), so they should not
/// pay for mapping and relocating libsqlite3. CSQLite gives the types and constants only.
struct SQLiteLibrary: @unchecked Sendable {
    typealias Destructor = @convention(c) (UnsafeMutableRawPointer?) -> Void
    /// sqlite3_exec's row callback; always passed as NULL here.
    typealias ExecCallback = @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                             UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32

    let openV2: @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?, Int32, UnsafePointer<CChar>?) -> Int32
    let closeV2: @convention(c) (OpaquePointer?) -> Int32
    let errmsg: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    let errstr: @convention(c) (Int32) -> UnsafePointer<CChar>?
    let extendedResultCodes: @convention(c) (OpaquePointer?, Int32) -> Int32
    let busyTimeout: @convention(c) (OpaquePointer?, Int32) -> Int32
    let exec: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, ExecCallback?, UnsafeMutableRawPointer?,
                              UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32
    let prepareV2: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<OpaquePointer?>?,
                                   UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32
    let finalize: @convention(c) (OpaquePointer?) -> Int32
    let bindInt64: @convention(c) (OpaquePointer?, Int32, Int64) -> Int32
    let bindText: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, Int32, Destructor?) -> Int32
    let bindNull: @convention(c) (OpaquePointer?, Int32) -> Int32
    let step: @convention(c) (OpaquePointer?) -> Int32
    let columnCount: @convention(c) (OpaquePointer?) -> Int32
    let columnType: @convention(c) (OpaquePointer?, Int32) -> Int32
    let columnInt64: @convention(c) (OpaquePointer?, Int32) -> Int64
    let columnText: @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<UInt8>?

    static let soname = "libsqlite3.so.0"
    /// Loaded once, on first use (a Swift global is initialised lazily and thread-safely).
    static let shared: Result<SQLiteLibrary, SQLiteError> = load(soname)

    /// `soname` is a parameter only so that a test can ask for a library that is not there.
    static func load(_ soname: String) -> Result<SQLiteLibrary, SQLiteError> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(SQLiteError(code: SQLITE_CANTOPEN, message: "\(soname) cannot be loaded (\(reason)); install libsqlite3-0"))
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(SQLiteError) -> T {
            guard let pointer = dlsym(handle, name) else {
                throw SQLiteError(code: SQLITE_CANTOPEN, message: "\(soname) has no \(name)")
            }
            return unsafeBitCast(pointer, to: type)
        }
        do throws(SQLiteError) {
            return .success(SQLiteLibrary(
                openV2: try symbol("sqlite3_open_v2", as: (@convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?, Int32,
                                                                            UnsafePointer<CChar>?) -> Int32).self),
                closeV2: try symbol("sqlite3_close_v2", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                errmsg: try symbol("sqlite3_errmsg", as: (@convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?).self),
                errstr: try symbol("sqlite3_errstr", as: (@convention(c) (Int32) -> UnsafePointer<CChar>?).self),
                extendedResultCodes: try symbol("sqlite3_extended_result_codes", as: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
                busyTimeout: try symbol("sqlite3_busy_timeout", as: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
                exec: try symbol("sqlite3_exec", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, ExecCallback?, UnsafeMutableRawPointer?,
                                                                      UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32).self),
                prepareV2: try symbol("sqlite3_prepare_v2", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<OpaquePointer?>?,
                                                                                  UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32).self),
                finalize: try symbol("sqlite3_finalize", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                bindInt64: try symbol("sqlite3_bind_int64", as: (@convention(c) (OpaquePointer?, Int32, Int64) -> Int32).self),
                bindText: try symbol("sqlite3_bind_text", as: (@convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, Int32, Destructor?) -> Int32).self),
                bindNull: try symbol("sqlite3_bind_null", as: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
                step: try symbol("sqlite3_step", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                columnCount: try symbol("sqlite3_column_count", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                columnType: try symbol("sqlite3_column_type", as: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
                columnInt64: try symbol("sqlite3_column_int64", as: (@convention(c) (OpaquePointer?, Int32) -> Int64).self),
                columnText: try symbol("sqlite3_column_text", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafePointer<UInt8>?).self)))
        } catch {
            return .failure(error)
        }
    }
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
    private let sqlite: SQLiteLibrary

    /// Opens (creating if `create`) the database at `path`, refusing a symbolic link, and
    /// sets the busy timeout: a locked database is waited for that long before SQLITE_BUSY.
    /// libsqlite3 is loaded on the first call; if it cannot be, SQLITE_CANTOPEN saying so.
    public init(path: String, create: Bool, busyTimeoutMilliseconds: Int32) throws(SQLiteError) {
        let sqlite = try SQLiteLibrary.shared.get()
        self.sqlite = sqlite
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        if create { flags |= SQLITE_OPEN_CREATE }
        var db: OpaquePointer?
        let rc = sqlite.openV2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = Self.text(db.flatMap { sqlite.errmsg($0) } ?? sqlite.errstr(rc), code: rc)
            _ = sqlite.closeV2(db)
            throw SQLiteError(code: rc & 0xFF, message: message)
        }
        handle = db
        _ = sqlite.extendedResultCodes(db, 0)
        _ = sqlite.busyTimeout(db, busyTimeoutMilliseconds)
    }

    deinit { _ = sqlite.closeV2(handle) }

    /// Runs one or more statements without results.
    public func execute(_ sql: String) throws(SQLiteError) {
        let rc = sqlite.exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc) }
    }

    /// Runs one statement with `bindings` (?1, ?2, …) and returns every row.
    @discardableResult
    public func query(_ sql: String, _ bindings: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        var statement: OpaquePointer?
        var rc = sqlite.prepareV2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        defer { _ = sqlite.finalize(statement) }
        for (i, value) in bindings.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .integer(let v): rc = sqlite.bindInt64(statement, index, v)
            case .text(let t): rc = sqlite.bindText(statement, index, t, -1, Self.transient)
            case .null: rc = sqlite.bindNull(statement, index)
            }
            guard rc == SQLITE_OK else { throw error(rc) }
        }
        var rows: [[SQLiteValue]] = []
        while true {
            rc = sqlite.step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw error(rc) }
            var row: [SQLiteValue] = []
            for column in 0..<sqlite.columnCount(statement) {
                switch sqlite.columnType(statement, column) {
                case SQLITE_INTEGER: row.append(.integer(sqlite.columnInt64(statement, column)))
                case SQLITE_NULL: row.append(.null)
                default:
                    if let text = sqlite.columnText(statement, column) {
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
        SQLiteError(code: rc & 0xFF, message: Self.text(sqlite.errmsg(handle), code: rc))
    }

    /// SQLite's message, or the code when there is none (only if SQLite ran out of memory).
    private static func text(_ message: UnsafePointer<CChar>?, code: Int32) -> String {
        message.map { String(cString: $0) } ?? "SQLite error \(code)"
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text before sqlite3_bind_text returns.
    private static let transient = unsafeBitCast(Int(-1), to: SQLiteLibrary.Destructor.self)
}
