import Foundation
import Glibc

/// A real PostgreSQL 15 server for the tests: initdb on a temporary directory, started with
/// pg_ctl on a free port of 127.0.0.1 (as user `postgres` when the tests run as root), and
/// stopped when the test process exits.
public final class PostgresTestServer: Sendable {
    static let binDirectory = "/usr/lib/postgresql/15/bin"

    /// The one server of this test process, started on first use.
    public static let shared: Result<PostgresTestServer, TestServerError> = Result { () throws(TestServerError) in
        try PostgresTestServer()
    }

    public static func url() throws -> String { try shared.get().url }

    /// A server of the caller's own, for tests that stop and start it (the shared one must
    /// stay up for the others). Stopped at exit like the shared one.
    public static func startPrivate() throws -> PostgresTestServer { try PostgresTestServer() }

    /// Stops the server at once (`pg_ctl stop -m immediate`), as a crash or a lost host would.
    public func stop() throws {
        try Self.runAsPostgres("\(Self.binDirectory)/pg_ctl", ["-D", "\(directory)/data", "-m", "immediate", "-w", "stop"])
    }

    /// Starts it again on the same port and data.
    public func start() throws {
        try Self.runAsPostgres("\(Self.binDirectory)/pg_ctl",
                               ["-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-t", "60",
                                "-o", "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c max_connections=100", "start"])
    }

    public let directory: String
    public let port: Int
    /// `postgresql://postgres@127.0.0.1:<port>/postgres`
    public let url: String

    private init() throws(TestServerError) {
        var template = Array("/tmp/passpolicy-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestServerError("mkdtemp failed") }
        directory = String(cString: made)
        port = Self.freePort()
        url = "postgresql://postgres@127.0.0.1:\(port)/postgres"
        if getuid() == 0 {
            try Self.run("/bin/chown", ["postgres:postgres", directory])
        }
        try Self.runAsPostgres("\(Self.binDirectory)/initdb",
                               ["-D", "\(directory)/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-instructions"])
        try Self.runAsPostgres("\(Self.binDirectory)/pg_ctl",
                               ["-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-t", "60",
                                "-o", "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c max_connections=100",
                                "start"])
        if stopAtExitDirectories.isEmpty {
            atexit {
                for dir in stopAtExitDirectories {
                    try? PostgresTestServer.runAsPostgres("\(PostgresTestServer.binDirectory)/pg_ctl",
                                                          ["-D", "\(dir)/data", "-m", "immediate", "-w", "stop"])
                    try? FileManager.default.removeItem(atPath: dir)
                }
            }
        }
        stopAtExitDirectories.append(directory)
    }

    /// A port nothing listens on right now: bind port 0, read it back, close.
    public static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func runAsPostgres(_ tool: String, _ arguments: [String]) throws(TestServerError) {
        if getuid() == 0 {
            try run("/usr/sbin/runuser", ["-u", "postgres", "--", tool] + arguments)
        } else {
            try run(tool, arguments)
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws(TestServerError) {
        let output: Spawn.Output
        do { output = try Spawn.run(tool, arguments) } catch { throw TestServerError("\(tool): \(error)") }
        guard output.status == 0 else {
            throw TestServerError("\(tool) \(arguments.joined(separator: " ")) exited \(output.status): \(output.stdout)\(output.stderr)")
        }
    }
}

public struct TestServerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

nonisolated(unsafe) private var stopAtExitDirectories: [String] = []
