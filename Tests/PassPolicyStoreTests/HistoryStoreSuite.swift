import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// One suite, run against a real SQLite file and a real PostgreSQL server.
@Suite struct HistoryStoreSuite {
    @Test(arguments: Backend.allCases)
    func reuseOnAnotherSystem(_ backend: Backend) throws {
        let service = try backend.service()
        let user = uniqueUser()
        try service.record("Correct-Horse-42", user: user, system: "A")
        #expect(try service.rules("Correct-Horse-42", user: user, system: "B") == [.reuse])
        #expect(try service.rules("Correct-Horse-42", user: user, system: "A") == [.reuse])
        // Another person with the same password is not affected.
        #expect(try service.rules("Correct-Horse-42", user: uniqueUser(), system: "B") == [])
    }

    @Test(arguments: Backend.allCases)
    func trivialVariantsAreSimilar(_ backend: Backend) throws {
        let service = try backend.service()
        let user = uniqueUser()
        try service.record("Autumn2024!", user: user, system: "A")
        #expect(try service.rules("Autumn2025!", user: user, system: "A") == [.similar])
        #expect(try service.rules("autumn2024!", user: user, system: "B") == [.similar])
        #expect(try service.rules("AUTUMN2024?", user: user, system: "A") == [.similar])
        #expect(try service.rules("Autumn2024!", user: user, system: "A") == [.reuse])
        #expect(try service.rules("Winter2024!", user: user, system: "A") == [])
    }

    @Test(arguments: Backend.allCases)
    func freshPasswordsAreAccepted(_ backend: Backend) throws {
        let service = try backend.service()
        let user = uniqueUser()
        #expect(try service.rules("Tulip-Lantern-93", user: user, system: "A") == [])
        try service.record("Tulip-Lantern-93", user: user, system: "A")
        #expect(try service.rules("Granite+Otter+17", user: user, system: "A") == [])
        #expect(try service.rules("Granite+Otter+17", user: user, system: "B") == [])
    }

    @Test(arguments: Backend.allCases)
    func rememberWindowOnTheSameSystem(_ backend: Backend) throws {
        let service = try backend.service(remember: 3)
        let user = uniqueUser()
        let passwords = ["Maple-Quartz-1", "Harbor-Velvet-2", "Cobalt-Meadow-3", "Saffron-Glacier-4"]
        for (i, p) in passwords.enumerated() {
            try service.record(p, user: user, system: "A", at: 1_700_000_000 + Int64(i))
        }
        // The oldest fell out of the window of 3 on A; the others are remembered.
        #expect(try service.rules(passwords[0], user: user, system: "A") == [])
        #expect(try service.rules(passwords[1], user: user, system: "A") == [.reuse])
        #expect(try service.rules(passwords[3], user: user, system: "A") == [.reuse])
        // On another system only A's CURRENT password counts.
        #expect(try service.rules(passwords[2], user: user, system: "B") == [])
        #expect(try service.rules(passwords[3], user: user, system: "B") == [.reuse])
    }

    @Test(arguments: Backend.allCases)
    func forgetRemovesEverything(_ backend: Backend) throws {
        let service = try backend.service()
        let user = uniqueUser(), other = uniqueUser()
        try service.record("Pebble-Sonnet-55", user: user, system: "A")
        try service.record("Pebble-Sonnet-56x", user: user, system: "B")
        try service.record("Pebble-Sonnet-55", user: other, system: "A")
        #expect(try service.forget(user: user) == 2)
        #expect(try service.history(of: user).isEmpty)
        #expect(try service.rules("Pebble-Sonnet-55", user: user, system: "A") == [])
        #expect(try service.forget(user: user) == 0)
        // Someone else's history stays.
        #expect(try service.rules("Pebble-Sonnet-55", user: other, system: "B") == [.reuse])
        // Recording again after forgetting works with a new salt.
        try service.record("Pebble-Sonnet-55", user: user, system: "A")
        #expect(try service.rules("Pebble-Sonnet-55", user: user, system: "B") == [.reuse])
    }

    @Test(arguments: Backend.allCases)
    func historyListsSystemsAndTimesOldestFirst(_ backend: Backend) throws {
        let service = try backend.service()
        let user = uniqueUser()
        try service.record("Lemon-Cactus-71", user: user, system: "mail", at: 1_700_000_500)
        try service.record("Lemon-Cactus-72b", user: user, system: "moodle", at: 1_700_000_100)
        #expect(try service.history(of: user) == [
            HistoryEvent(system: "moodle", time: 1_700_000_100), HistoryEvent(system: "mail", time: 1_700_000_500),
        ])
    }

    @Test(arguments: Backend.allCases)
    func oneKDFPerCheckAndRecord(_ backend: Backend) throws {
        let hasher = CountingHasher()
        let service = try backend.service(hasher: hasher)
        let user = uniqueUser()
        let systems = ["A", "B", "C", "D"]
        for i in 0..<12 {
            try service.record("Orbit-Falcon-\(i)x\(i * 7)", user: user, system: systems[i % 4], at: 1_700_000_000 + Int64(i))
        }
        #expect(hasher.calls == 12)
        let before = hasher.calls
        #expect(try service.rules("Orbit-Falcon-11x77", user: user, system: "A") == [.reuse])
        #expect(hasher.calls == before + 1)
        #expect(try service.rules("Entirely-New-Thing-5", user: user, system: "B") == [])
        #expect(hasher.calls == before + 2)
        // No history: no KDF at all.
        #expect(try service.rules("Entirely-New-Thing-5", user: uniqueUser(), system: "B") == [])
        #expect(hasher.calls == before + 2)
    }

    /// Entries keep the parameters they were made with; a check after raising them needs
    /// one more KDF per old parameter set, and still finds the reuse.
    @Test(arguments: Backend.allCases)
    func raisedParametersStillCheckOldEntries(_ backend: Backend) throws {
        let location = try backend.makeLocation()
        let old = KDFParameters(memoryKiB: 8192, iterations: 1, parallelism: 1)
        let user = uniqueUser()
        try backend.service(parameters: old, location: location).record("Violet-Anchor-8", user: user, system: "A")
        let hasher = CountingHasher()
        let current = try backend.service(hasher: hasher, location: location)
        try current.record("Silver-Thistle-9", user: user, system: "B")
        #expect(hasher.calls == 1)
        #expect(try current.rules("Violet-Anchor-8", user: user, system: "B") == [.reuse])
        #expect(hasher.calls == 3)  // two parameter sets among the compared entries
    }

    @Test(arguments: Backend.allCases)
    func pepperIsPartOfTheHash(_ backend: Backend) throws {
        let location = try backend.makeLocation()
        let user = uniqueUser()
        let pepper = Array("0123456789abcdef-school-secret".utf8)
        try backend.service(pepper: pepper, location: location).record("Walnut-Breeze-33", user: user, system: "A")
        #expect(try backend.service(pepper: pepper, location: location).rules("Walnut-Breeze-33", user: user, system: "B") == [.reuse])
        #expect(try backend.service(location: location).rules("Walnut-Breeze-33", user: user, system: "B") == [])
    }

    @Test(arguments: Backend.allCases)
    func storedEntriesArePHCStrings(_ backend: Backend) throws {
        let location = try backend.makeLocation()
        let user = uniqueUser()
        try backend.service(location: location).record("Copper-Willow-64", user: user, system: "A")
        let entries = try HistoryStores.open(location).entries(of: user)
        #expect(entries.count == 1)
        for hash in [entries[0].exactHash, entries[0].similarHash] {
            #expect(hash.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
            #expect(PHCString(parsing: hash)?.hash.count == 32)
        }
        #expect(entries[0].exactHash != entries[0].similarHash)
    }

    @Test(arguments: Backend.allCases)
    func damagedEntryIsAStoreFailure(_ backend: Backend) throws {
        let location = try backend.makeLocation()
        let user = uniqueUser()
        let store = try HistoryStores.open(location)
        let salt = try store.establishSalt(of: user, proposed: Array(repeating: 7, count: 16))
        #expect(try store.add(HistoryEntry(system: "A", time: 1, exactHash: "$argon2id$v=19$m=99999999,t=2,p=1$AAAAAAAAAAA$AAAA",
                                           similarHash: "x"), user: user, salt: salt))
        let service = HistoryService(store: store, hasher: Argon2Hasher(), remember: 5)
        #expect { try service.violations(for: Array("Anything-at-all-1".utf8), user: user, system: "A") } throws: { error in
            guard let e = error as? HistoryError, case .storeFailed = e else { return false }
            return !e.isUnavailable
        }
    }

    @Test(arguments: Backend.allCases)
    func unreachableStoreIsATypedError(_ backend: Backend) throws {
        let location: String
        switch backend {
        case .sqlite: location = "/dev/null/history.db"
        case .postgres: location = "postgresql://school:S3cretDbPass@127.0.0.1:\(PostgresTestServer.freePort())/passpolicy"
        }
        do {
            _ = try HistoryStores.open(location)
            Issue.record("opening \(location) should fail")
        } catch {
            #expect(error.isUnavailable)
            #expect(!error.description.contains("S3cretDbPass"))
            if backend == .postgres { #expect(error.description.contains("school:***@127.0.0.1")) }
        }
    }

    /// The lead's entry point: `store_unavailable = allow` may rely on `isUnavailable`.
    @Test func openFromSettingsSeparatesUnreachableFromBroken() throws {
        var settings = Settings()
        settings.store = "postgresql://school:S3cretDbPass@127.0.0.1:\(PostgresTestServer.freePort())/passpolicy"
        #expect { _ = try HistoryService.open(settings: settings) } throws: { ($0 as? HistoryError)?.isUnavailable == true }
        // A file that is not an SQLite database is damaged, not unreachable; under
        // `store_unavailable = allow` a check may still go on without it (see HistoryGateTests).
        let dir = try TemporaryDirectory.make()
        _ = FileManager.default.createFile(atPath: dir + "/h.db", contents: Data(repeating: 0x42, count: 8192))
        settings.store = dir + "/h.db"
        #expect { _ = try HistoryService.open(settings: settings) } throws: { error in
            guard let e = error as? HistoryError, case .damaged = e else { return false }
            return !e.isUnavailable
        }
        // The --store override wins over the setting.
        let service = try HistoryService.open(settings: settings, store: dir + "/other.db")
        #expect(service.storeLocation == dir + "/other.db")
    }

    /// A server that drops the connection mid-session gives `.unavailable`, not a crash.
    @Test func droppedPostgresConnectionIsUnavailable() throws {
        let name = "victim-\(uniqueUser())"
        let store = try HistoryStores.open(try PostgresTestServer.url() + "?application_name=\(name)")
        #expect(try store.entries(of: "nobody").isEmpty)
        let admin = try PostgresConnection(conninfo: try PostgresTestServer.url(), connectTimeout: 5)
        let killed = try admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", [name])
        #expect(killed == [["1"]])
        #expect { _ = try store.entries(of: "nobody") } throws: { ($0 as? HistoryError)?.isUnavailable == true }
    }

    @Test(arguments: Backend.allCases)
    func namesAreValidated(_ backend: Backend) throws {
        let service = try backend.service()
        #expect(throws: HistoryError.invalidName(field: "user")) { try service.record("Plum-Rocket-12", user: "", system: "A") }
        #expect(throws: HistoryError.invalidName(field: "system")) { try service.record("Plum-Rocket-12", user: "x", system: "a\nb") }
    }
}
