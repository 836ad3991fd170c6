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

/// One synchronous libpq connection (no event loop: this runs inside `passwd`): the only
/// file that calls libpq.
public final class PostgresConnection {
    private let connection: OpaquePointer

    /// Connects with a `postgresql://` URL or a `key=value` string. `connectTimeout` applies
    /// unless the URL sets its own `connect_timeout`.
    public init(conninfo: String, connectTimeout: Int) throws(PostgresError) {
        let keywords = ["connect_timeout", "dbname"]
        let values = [String(connectTimeout), conninfo]
        let made: OpaquePointer? = Self.withCStrings(keywords) { k in
            Self.withCStrings(values) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let made else {
            throw PostgresError(kind: .connection, sqlState: nil, message: "out of memory")
        }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(made))
            PQfinish(made)
            throw PostgresError(kind: .connection, sqlState: nil, message: message)
        }
        connection = made
        // Notices ("relation already exists, skipping") must not reach the terminal of passwd.
        PQsetNoticeProcessor(made, { _, _ in }, nil)
    }

    deinit { PQfinish(connection) }

    /// Runs one statement with text parameters ($1, $2, …; nil is NULL) and returns every
    /// row as text (nil for NULL).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[String?]] {
        let result: OpaquePointer? = Self.withOptionalCStrings(parameters) { values in
            PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard let result else {
            throw PostgresError(kind: .connection, sqlState: nil, message: Self.trimmed(PQerrorMessage(connection)))
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let kind: PostgresError.Kind = PQstatus(connection) == CONNECTION_OK ? .statement : .connection
            throw PostgresError(kind: kind, sqlState: state, message: Self.trimmed(PQresultErrorMessage(result)))
        }
        var rows: [[String?]] = []
        let columns = PQnfields(result)
        for row in 0..<PQntuples(result) {
            var values: [String?] = []
            for column in 0..<columns {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    values.append(PQgetvalue(result, row, column).map { String(cString: $0) })
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
