import Testing
import PassPolicy
@testable import PassPolicyStore

/// libsqlite3 and libargon2 are loaded with dlopen on first use (so that the PAM module
/// loads fast): when one cannot be loaded, the caller gets a typed error that says which
/// library and why, and the history reports the store as unavailable or the hashing as failed.
@Suite struct LazyLibraryTests {
    @Test func missingSQLiteIsAnUnavailableStore() throws {
        let missing = "libsqlite3-passpolicy-test-missing.so.0"
        guard case .failure(let error) = SQLiteLibrary.load(missing) else {
            Issue.record("\(missing) loaded")
            return
        }
        #expect(error.isUnavailable)
        #expect(error.message.contains(missing) && error.message.contains("cannot be loaded"))
        #expect(SQLiteHistoryStore.historyError(error, "/var/lib/passpolicy/history.db")
                == .unavailable(store: "/var/lib/passpolicy/history.db", reason: error.message))
    }

    @Test func missingArgon2IsAHashingError() throws {
        let missing = "libargon2-passpolicy-test-missing.so.1"
        guard case .failure(let error) = LibArgon2.load(missing) else {
            Issue.record("\(missing) loaded")
            return
        }
        guard case .libraryUnavailable(let message) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(message.contains(missing) && message.contains("cannot be loaded"))
        #expect(error.description.hasPrefix("Argon2: "))
    }

    @Test func installedLibrariesLoad() throws {
        _ = try SQLiteLibrary.shared.get()
        _ = try LibArgon2.shared.get()
    }
}
