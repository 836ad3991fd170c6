import Foundation
import Testing

/// `passpolicy due` with the history store as a second source of last changes: changes
/// recorded with the real `passpolicy record` into a real SQLite file.
@Suite struct DueStoreTests {
    let folder: URL
    let config: URL

    init() throws {
        folder = try DueFixtures.temporaryDirectory("passpolicy-due-store")
        config = folder.appendingPathComponent("passpolicy.conf")
        try "".write(to: config, atomically: true, encoding: .utf8)
    }

    func record(user: String, system: String, store: String?, config: URL? = nil) throws {
        let storeArgs = store.map { ["--store", $0] } ?? []
        let r = try CLIRunner.run(["record", "--config", (config ?? self.config).path, "--user", user, "--system", system] + storeArgs,
                                  stdin: "Autumn2024!\n")
        #expect(r.status == 0, "\(r.stderr)")
    }

    func due(_ args: [String], now: String, config: URL? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["due", "--now", now, "--shadow", DueFixtures.shadow, "--passwd", DueFixtures.passwd,
                           "--config", (config ?? self.config).path] + args)
    }

    func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func recordedChangesAreListedBesideShadowWithTheSystemAsSource() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.db").path
        let before = todayUTC()
        try record(user: "alice", system: "portal", store: store)
        try record(user: "newcomer", system: "portal", store: store)  // not in passwd: still listed
        let after = todayUTC()

        let r = try due(["--store", store, "--all", "--format", "json"], now: before.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("Autumn"))
        let all = try rows(r.stdout)
        for row in all {
            // local_account only on the store's rows (shadow's are this host's accounts).
            let keys: Set<String> = ["user", "source", "last_change", "expires", "days_left", "status"]
            #expect(Set(row.keys) == (row["source"] as? String == "shadow" ? keys : keys.union(["local_account"])))
        }
        let portal = all.filter { $0["source"] as? String == "portal" }
        #expect(Set(portal.compactMap { $0["user"] as? String }) == ["alice", "newcomer"])
        // newcomer has no account here: known only to the store.
        #expect(portal.first { $0["user"] as? String == "newcomer" }?["local_account"] as? Bool == false)
        #expect(portal.first { $0["user"] as? String == "alice" }?["local_account"] as? Bool == true)
        let alice = try #require(portal.first { $0["user"] as? String == "alice" })
        let lastText = try #require(alice["last_change"] as? String)
        #expect(lastText == before.text || lastText == after.text)
        let last = try #require(dayNumber(lastText))
        let expiresText = try #require(alice["expires"] as? String)
        let expires = try #require(dayNumber(expiresText))
        #expect(expires - last == 60)  // the built-in maxage; the store sets no maximum of its own
        #expect(alice["days_left"] as? Int == expires - before.day)
        #expect(alice["status"] as? String == "ok")
        // shadow's row for alice is still there, with shadow's date.
        let shadowAlice = all.filter { $0["user"] as? String == "alice" && $0["source"] as? String == "shadow" }
        #expect(shadowAlice.count == 1 && shadowAlice.first?["last_change"] as? String == "2025-12-28")
        #expect(all.count == 18 + 2)

        // Without --all a fresh change is not listed; 62 days on (past maxage even if the day
        // turned between recording and `before`) it has expired.
        let current = try due(["--store", store, "--format", "csv"], now: before.text)
        #expect(current.status == 0 && !current.stdout.contains("portal"))
        let later = try #require(ShadowDayText.format(before.day + 62))
        let expired = try due(["--store", store, "--format", "csv"], now: later)
        let expiredLines = expired.stdout.split(separator: "\n").filter { $0.contains(",portal,") }
        #expect(expiredLines.count == 2)
        // The store's rows end with local_account: alice has an account here, newcomer not.
        #expect(expiredLines.allSatisfy { $0.hasSuffix(",expired,true") || $0.hasSuffix(",expired,false") })
    }

    @Test func theStoreSettingIsUsedOnlyWhenItsFileExists() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("configured.db").path
        let conf = folder.appendingPathComponent("with-store.conf")
        try "store = \(store)\n".write(to: conf, atomically: true, encoding: .utf8)
        let today = todayUTC().text

        let none = try due(["--all", "--format", "csv"], now: today, config: conf)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(!none.stdout.contains("portal"))
        #expect(!FileManager.default.fileExists(atPath: store))  // reading never creates the file

        try record(user: "bob", system: "portal", store: nil, config: conf)
        let listed = try due(["--all", "--format", "csv"], now: today, config: conf)
        #expect(listed.stdout.split(separator: "\n").contains { $0.hasPrefix("bob,portal,") })

        // `--store none` turns the store off whatever the setting says.
        let off = try due(["--store", "none", "--all", "--format", "csv"], now: today, config: conf)
        #expect(off.status == 0 && !off.stdout.contains("portal"))
    }

    @Test func anUnreachableStoreIsAnErrorWithoutItsPassword() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try due(["--store", "postgresql://pp:Sekr3tPw@127.0.0.1:1/none?connect_timeout=2", "--all"], now: "2026-03-01")
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot be reached"))
        #expect(!r.stderr.contains("Sekr3tPw"))
    }

    @Test func aMissingStoreFileNamedExplicitlyIsAnError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("typo.db").path
        let r = try due(["--store", missing, "--all"], now: "2026-03-01")
        #expect(r.status == 2)
        #expect(r.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

/// YYYY-MM-DD of a day number, with Foundation (an independent check of the core's dates).
enum ShadowDayText {
    static func format(_ day: Int) -> String? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(day * 86_400)))
    }
}
