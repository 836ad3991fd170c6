import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport
@testable import PassPolicyService

/// A service set up as an admin would: a config file in a fresh directory (a SQLite store
/// there unless another is given, the real Debian word list the test script compiled), and
/// one token of each role made with the real `passpolicy token add`.
struct ServiceFixture {
    let directory: String
    let configPath: String
    let store: String
    var tokens: [String: String] = [:]

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `$PASSPOLICY_TEST_DICT`, else `.build/test-words.pwdict` (scripts/test.sh writes it).
    static var wordList: String {
        ProcessInfo.processInfo.environment["PASSPOLICY_TEST_DICT"]
            ?? packageRoot.appendingPathComponent(".build/test-words.pwdict").path
    }

    /// A binary built next to this test bundle: `passpolicy` or `passpolicyd`.
    static func binary(_ name: String) -> String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(name).path
    }

    /// `extra` lines are appended to the config file (later keys win). With `tls`, the service
    /// speaks TLS with a self-signed certificate for 127.0.0.1, `certificate` (clients trust it
    /// as their CA).
    init(store: String? = nil, extra: [String] = [], tls: Bool = false, tokens roles: [String: TokenRole] = [
        "vle": .system, "mail": .system, "helpdesk": .helpdesk, "admin": .admin,
    ]) throws {
        directory = try TemporaryDirectory.make()
        self.store = store ?? directory + "/history.db"
        configPath = directory + "/passpolicy.conf"
        var tlsLines: [String] = []
        if tls {
            let made = try Spawn.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                                          "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                                          "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem"])
            guard made.status == 0 else { throw TestServerError("openssl: \(made.stderr)") }
            tlsLines = ["tls_certificate = \(directory)/cert.pem", "tls_key = \(directory)/key.pem"]
        }
        let lines = ["dictpath = \(Self.wordList)", "store = \(self.store)", "listen = 127.0.0.1:0"] + tlsLines + extra
        try (lines.joined(separator: "\n") + "\n").write(toFile: configPath, atomically: true, encoding: .utf8)
        for (name, role) in roles.sorted(by: { $0.key < $1.key }) {
            let out = try Spawn.run(Self.binary("passpolicy"), ["token", "add", name, "--role", role.rawValue, "--config", configPath])
            guard out.status == 0 else { throw TestServerError("token add \(name): \(out.stderr)") }
            tokens[name] = out.stdout.trimmingCharacters(in: .newlines)
        }
    }

    /// The certificate a `tls` fixture's service presents.
    var certificate: String { directory + "/cert.pem" }

    func service() throws -> PolicyService {
        var logger = Logger(label: "passpolicyd-test")
        logger.logLevel = .warning
        return try PolicyService(configPath: configPath, logger: logger)
    }

    func application() throws -> some ApplicationProtocol {
        try buildApplication(try service())
    }

    /// `passpolicy ARGS --config CONFIG` with `stdin`.
    func cli(_ arguments: [String], stdin: String = "") throws -> Spawn.Output {
        try Spawn.run(Self.binary("passpolicy"), arguments + ["--config", configPath], stdin: Array(stdin.utf8))
    }

    func bearer(_ name: String) -> HTTPFields {
        [.authorization: "Bearer \(tokens[name] ?? "")", .contentType: "application/json"]
    }
}

/// A JSON request body, built the way a client would (JSONSerialization escapes it).
func jsonBody(_ fields: [String: String]) -> ByteBuffer {
    let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
    return ByteBuffer(bytes: data)
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
}
