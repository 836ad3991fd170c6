import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// The two real stores every store test runs against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A fresh store location: a new SQLite file in a new temporary directory, or the
    /// shared test server's database (tests use user names of their own there).
    func makeLocation() throws -> String {
        switch self {
        case .sqlite: return try TemporaryDirectory.make() + "/history.db"
        case .postgres: return try PostgresTestServer.url()
        }
    }

    func service(remember: Int = 24, hasher: any PasswordHasher = Argon2Hasher(),
                 parameters: KDFParameters = .owasp, pepper: [UInt8] = [], location: String? = nil) throws -> HistoryService {
        let store = try HistoryStores.open(location ?? makeLocation())
        return HistoryService(store: store, hasher: hasher, remember: remember, parameters: parameters, pepper: pepper)
    }
}

/// A user name no other test uses.
func uniqueUser(_ hint: String = "u") -> String {
    "\(hint)-\(UUID().uuidString.prefix(8).lowercased())"
}

/// The real Argon2 hasher, counting how often it runs.
final class CountingHasher: PasswordHasher, @unchecked Sendable {
    private let inner = Argon2Hasher()
    private(set) var calls = 0

    func deriveKey(from password: UnsafeBufferPointer<UInt8>, salt: [UInt8], pepper: [UInt8],
                   parameters: KDFParameters) throws(HistoryError) -> [UInt8] {
        calls += 1
        return try inner.deriveKey(from: password, salt: salt, pepper: pepper, parameters: parameters)
    }
}

extension HistoryService {
    func rules(_ password: String, user: String, system: String) throws -> [RuleID] {
        try violations(for: Array(password.utf8), user: user, system: system).map(\.rule)
    }

    func record(_ password: String, user: String, system: String, at time: Int64? = nil) throws {
        try record(password: Array(password.utf8), user: user, system: system, at: time)
    }
}
