import CLibPQ
import Glibc
import PassPolicy

/// A libpq failure. `message` is libpq's or the server's text, trimmed.
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Could not connect, or the connection broke.
        case connection
        /// The server refused a statement.
        case statement
    }

    public let kind: Kind
    /// The SQLSTATE of a statement error ("40001", "40P01", …).
    public let sqlState: String?
    public let message: String

    public var description: String { message }
}

/// libpq, loaded with dlopen when the first PostgreSQL store is opened rather than linked:
/// libpq needs some 25 libraries (TLS, Kerberos, LDAP, …), and `passwd` should map them only
/// on hosts whose history is in PostgreSQL, not on every password change and login.
private struct LibPQ: @unchecked Sendable {
    typealias CStringArray = UnsafePointer<UnsafePointer<CChar>?>?
    let connectdbParams: @convention(c) (CStringArray, CStringArray, Int32) -> OpaquePointer?
    let status: @convention(c) (OpaquePointer?) -> ConnStatusType
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (OpaquePointer?) -> Void
    let setNoticeProcessor: @convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?
    let execParams: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, CStringArray,
                                    UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> OpaquePointer?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let nfields: @convention(c) (OpaquePointer?) -> Int32
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?

    static let soname = "libpq.so.5"
    static let shared: Result<LibPQ, PostgresError> = load()

    private static func load() -> Result<LibPQ, PostgresError> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(PostgresError(kind: .connection, sqlState: nil, message: "\(soname) cannot be loaded (\(reason)); install libpq5"))
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(PostgresError) -> T {
            guard let pointer = dlsym(handle, name) else {
                throw PostgresError(kind: .connection, sqlState: nil, message: "\(soname) has no \(name)")
            }
            return unsafeBitCast(pointer, to: type)
        }
        do throws(PostgresError) {
            return .success(LibPQ(
                connectdbParams: try symbol("PQconnectdbParams", as: (@convention(c) (CStringArray, CStringArray, Int32) -> OpaquePointer?).self),
                status: try symbol("PQstatus", as: (@convention(c) (OpaquePointer?) -> ConnStatusType).self),
                errorMessage: try symbol("PQerrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
                finish: try symbol("PQfinish", as: (@convention(c) (OpaquePointer?) -> Void).self),
                setNoticeProcessor: try symbol("PQsetNoticeProcessor",
                                               as: (@convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?).self),
                execParams: try symbol("PQexecParams", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, CStringArray,
                                                                             UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> OpaquePointer?).self),
                clear: try symbol("PQclear", as: (@convention(c) (OpaquePointer?) -> Void).self),
                resultStatus: try symbol("PQresultStatus", as: (@convention(c) (OpaquePointer?) -> ExecStatusType).self),
                resultErrorField: try symbol("PQresultErrorField", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?).self),
                resultErrorMessage: try symbol("PQresultErrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
                nfields: try symbol("PQnfields", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                ntuples: try symbol("PQntuples", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                getisnull: try symbol("PQgetisnull", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> Int32).self),
                getvalue: try symbol("PQgetvalue", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?).self)))
        } catch {
            return .failure(error)
        }
    }
}

/// One synchronous libpq connection (no event loop: this runs inside `passwd`): the only
/// file that calls libpq.
public final class PostgresConnection {
    private let connection: OpaquePointer
    private let pq: LibPQ

    /// Connects with a `postgresql://` URL or a `key=value` string. `connectTimeout` applies
    /// unless the URL sets its own `connect_timeout`.
    public init(conninfo: String, connectTimeout: Int) throws(PostgresError) {
        let pq = try LibPQ.shared.get()
        self.pq = pq
        let keywords = ["connect_timeout", "dbname"]
        let values = [String(connectTimeout), conninfo]
        let made: OpaquePointer? = Self.withCStrings(keywords) { k in
            Self.withCStrings(values) { v in pq.connectdbParams(k, v, 1) }
        }
        guard let made else {
            throw PostgresError(kind: .connection, sqlState: nil, message: "out of memory")
        }
        guard pq.status(made) == CONNECTION_OK else {
            let message = Self.trimmed(pq.errorMessage(made))
            pq.finish(made)
            throw PostgresError(kind: .connection, sqlState: nil, message: message)
        }
        connection = made
        // Notices ("relation already exists, skipping") must not reach the terminal of passwd.
        _ = pq.setNoticeProcessor(made, { _, _ in }, nil)
    }

    deinit { pq.finish(connection) }

    /// Runs one statement with text parameters ($1, $2, …; nil is NULL) and returns every
    /// row as text (nil for NULL).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[String?]] {
        let result: OpaquePointer? = Self.withOptionalCStrings(parameters) { values in
            pq.execParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard let result else {
            throw PostgresError(kind: .connection, sqlState: nil, message: Self.trimmed(pq.errorMessage(connection)))
        }
        defer { pq.clear(result) }
        let status = pq.resultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let kind: PostgresError.Kind = pq.status(connection) == CONNECTION_OK ? .statement : .connection
            throw PostgresError(kind: kind, sqlState: state, message: Self.trimmed(pq.resultErrorMessage(result)))
        }
        var rows: [[String?]] = []
        let columns = pq.nfields(result)
        for row in 0..<pq.ntuples(result) {
            var values: [String?] = []
            for column in 0..<columns {
                if pq.getisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    values.append(pq.getvalue(result, row, column).map { String(cString: $0) })
                }
            }
            rows.append(values)
        }
        return rows
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown libpq error" }
        let s = String(cString: text)
        let lines = s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingSpaces }
        return lines.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// Calls `body` with a NULL-terminated array of C strings that live for the call.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        withOptionalCStrings(strings) { body($0) }
    }

    private static func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
        defer { for c in copies { free(c) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return pointers.withUnsafeBufferPointer { buffer in
            // A buffer of an array with one element at least always has a base address.
            guard let base = buffer.baseAddress else { preconditionFailure("empty pointer array") }
            return body(base)
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
