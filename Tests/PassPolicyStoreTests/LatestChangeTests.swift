import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// The latest change per person and system: `HistoryStore.latestChanges` on a real SQLite
/// file and a real PostgreSQL server, `HistoryService.lastChange`, the `due` source and
/// `HistoryGate.forReading`.
@Suite struct LatestChangeTests {
    /// Cheap Argon2id parameters: these tests are about dates, not hashing cost.
    static let cheap = KDFParameters(memoryKiB: 64, iterations: 1, parallelism: 1)

    /// Two people: the first changed on A twice, on B and on `a` (after B in byte order).
    func recordTwoPeople(_ service: HistoryService) throws -> (String, String) {
        let base = uniqueUser("latest")
        let first = base + "-1", second = base + "-2"
        try service.record("Maple-Quartz-11", user: first, system: "A", at: 1_700_000_000)
        try service.record("Harbor-Velvet-22", user: first, system: "B", at: 1_700_100_000)
        try service.record("Cobalt-Meadow-33", user: first, system: "A", at: 1_700_200_000)
        try service.record("Saffron-Glacier-44", user: first, system: "a", at: 1_600_000_000)
        try service.record("Tulip-Lantern-55", user: second, system: "A", at: 1_700_300_000)
        return (first, second)
    }

    @Test(arguments: Backend.allCases)
    func latestChangesGivesOneRowPerPersonAndSystem(_ backend: Backend) throws {
        let service = try backend.service(parameters: Self.cheap)
        let (first, second) = try recordTwoPeople(service)
        // The PostgreSQL database is shared with other tests: look at these two people only.
        let mine = try service.latestChanges().filter { $0.user == first || $0.user == second }
        #expect(mine == [
            LatestChange(user: first, system: "A", time: 1_700_200_000),
            LatestChange(user: first, system: "B", time: 1_700_100_000),
            LatestChange(user: first, system: "a", time: 1_600_000_000),
            LatestChange(user: second, system: "A", time: 1_700_300_000),
        ])
        try service.forget(user: first)
        #expect(try service.latestChanges().filter { $0.user == first || $0.user == second }
                == [LatestChange(user: second, system: "A", time: 1_700_300_000)])
    }

    @Test(arguments: Backend.allCases)
    func lastChangeOfOnePerson(_ backend: Backend) throws {
        let service = try backend.service(parameters: Self.cheap)
        let (first, second) = try recordTwoPeople(service)
        #expect(try service.lastChange(of: first, system: "A") == 1_700_200_000)
        #expect(try service.lastChange(of: first, system: "B") == 1_700_100_000)
        #expect(try service.lastChange(of: first, system: "a") == 1_600_000_000)
        #expect(try service.lastChange(of: first) == 1_700_200_000)
        #expect(try service.lastChange(of: first, system: "C") == nil)
        #expect(try service.lastChange(of: second, system: "B") == nil)
        #expect(try service.lastChange(of: uniqueUser("nobody")) == nil)
        #expect(throws: HistoryError.invalidName(field: "system")) { try service.lastChange(of: first, system: "") }
    }

    @Test func emptyStoreHasNoLatestChanges() throws {
        let service = try Backend.sqlite.service(parameters: Self.cheap)
        #expect(try service.latestChanges().isEmpty)
    }

    @Test func inMemoryStoreAgreesWithTheRealOnes() throws {
        let service = HistoryService(store: InMemoryHistoryStore(), hasher: Argon2Hasher(), remember: 24, parameters: Self.cheap)
        let (first, second) = try recordTwoPeople(service)
        #expect(try service.latestChanges() == [
            LatestChange(user: first, system: "A", time: 1_700_200_000),
            LatestChange(user: first, system: "B", time: 1_700_100_000),
            LatestChange(user: first, system: "a", time: 1_600_000_000),
            LatestChange(user: second, system: "A", time: 1_700_300_000),
        ])
    }

    @Test func historySourceGivesDueRecordsNamedAfterTheSystem() throws {
        let service = try Backend.sqlite.service(parameters: Self.cheap)
        let (first, _) = try recordTwoPeople(service)
        let loaded = try HistorySource(service: service).load()
        #expect(loaded.problems.isEmpty)
        let records = loaded.records.filter { $0.user == first }
        // 1_700_200_000 s is 2023-11-17 05:46:40 UTC, day 19678.
        #expect(records.first == AgeRecord(user: first, source: "A", lastChange: .day(19678)))
        #expect(records.map(\.source) == ["A", "B", "a"])
        #expect(records.allSatisfy { $0.sourceMaxDays == nil && $0.password == nil })
        #expect(HistorySource(service: service).name == service.storeLocation)
    }

    @Test func readingNeverCreatesAFile() throws {
        let dir = try TemporaryDirectory.make()
        let missing = dir + "/not-yet.db"
        var settings = Settings()
        settings.store = missing
        #expect(try HistoryGate.forReading(settings) == nil)
        #expect(!FileManager.default.fileExists(atPath: missing))
        // Named explicitly, a missing file is an error: a mistyped path must not list nothing.
        #expect(throws: HistoryError.self) { try HistoryGate.forReading(Settings(), store: missing) }
        do {
            _ = try HistoryGate.forReading(Settings(), store: missing)
        } catch {
            #expect(error.isUnavailable)
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        settings.store = "none"
        #expect(try HistoryGate.forReading(settings) == nil)
        #expect(try HistoryGate.forReading(Settings(), store: "none") == nil)
    }

    @Test func readingAnExistingFileOpensIt() throws {
        let location = try Backend.sqlite.makeLocation()
        let writer = try Backend.sqlite.service(parameters: Self.cheap, location: location)
        try writer.record("Granite+Otter+17", user: "reader-test", system: "portal", at: 1_700_000_000)
        var settings = Settings()
        settings.store = location
        let reader = try #require(try HistoryGate.forReading(settings))
        #expect(try reader.lastChange(of: "reader-test", system: "portal") == 1_700_000_000)
    }
}
