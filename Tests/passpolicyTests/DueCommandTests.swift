import Foundation
import Testing

/// `passpolicy due` on the fixture shadow and passwd, as of 2026-03-01.
@Suite struct DueCommandTests {
    let config: URL

    init() throws {
        // An empty config: the built-in policy (maxage 60, warnage 14), whatever /etc says.
        config = try DueFixtures.config("")
    }

    func due(_ args: [String], config: URL? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["due", "--now", "2026-03-01", "--shadow", DueFixtures.shadow, "--passwd", DueFixtures.passwd,
                           "--config", (config ?? self.config).path] + args)
    }

    @Test func jsonListsExpiredAndDueSoonestFirst() throws {
        let r = try due(["--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout == (try DueFixtures.text("due-default.json")))
    }

    @Test func allWithSystemAccountsListsEveryReadableLine() throws {
        let r = try due(["--all", "--include-system", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout == (try DueFixtures.text("due-all-system.json")))
    }

    @Test func jsonObjectsHaveExactlyTheDocumentedKeys() throws {
        let r = try due(["--all", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        // 22 readable shadow lines, less root and daemon (uid < 1000), svc and nologin (shells).
        #expect(rows.count == 18)
        for row in rows {
            #expect(Set(row.keys) == ["user", "source", "last_change", "expires", "days_left", "status"])
        }
        let users = Set(rows.compactMap { $0["user"] as? String })
        #expect(!users.contains("root") && !users.contains("svc") && !users.contains("nologin") && !users.contains("daemon"))
        #expect(users.contains("sybil"))
    }

    @Test func malformedLinesAreWarnedWithFileAndLine() throws {
        let r = try due(["--format", "json"])
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "passpolicy: \(DueFixtures.passwd):24: the uid field is not a whole number from 0 to 4294967295; line skipped",
            "passpolicy: \(DueFixtures.shadow):23: the last change field is not a whole number from 0 to 2147483647; line skipped",
            "passpolicy: \(DueFixtures.shadow):24: the last change field is not a whole number from 0 to 2147483647; line skipped",
            "passpolicy: \(DueFixtures.shadow):25: 9 fields separated by ':' expected, 3 found; line skipped",
        ])
    }

    @Test func csvQuotesAndLeavesNullsEmpty() throws {
        let r = try due(["--format", "csv"])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "user,source,last_change,expires,days_left,status")
        #expect(lines.dropFirst().first == "dave,shadow,,,,must-change")
        #expect(lines.contains("\"o\"\"dd\\name\",shadow,2025-11-08,2026-01-07,-53,expired"))
        #expect(lines.count == 9)
    }

    @Test func tableIsTheDefault() throws {
        let r = try due([])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("USER") == true)
        #expect(lines.dropFirst().first?.split(separator: " ", omittingEmptySubsequences: true) == ["dave", "shadow", "-", "-", "-", "must-change"])
        #expect(lines.last?.split(separator: " ", omittingEmptySubsequences: true) == ["bob", "shadow", "2026-01-10", "2026-03-11", "10", "due"])
    }

    @Test func withinNarrowsTheWindow() throws {
        let r = try due(["--within", "0", "--format", "csv"])
        let users = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(users == ["dave", "\"o\"\"dd\\name\"", "alice", "olivia", "peggy"])
    }

    @Test func warnageFromTheConfigIsTheDefaultWindow() throws {
        let conf = try DueFixtures.config("warnage = 7\n")
        let r = try due(["--format", "csv"], config: conf)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\nbob,"))      // 10 days left
        #expect(r.stdout.contains("\nfrank,"))     // 7 days left
    }

    @Test func rotationOffLeavesOnlyShadowMaxima() throws {
        let conf = try DueFixtures.config("maxage = 0\n")
        let r = try due(["--all", "--format", "csv"], config: conf)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("frank,shadow,2026-02-06,2026-03-08,7,due"))
        #expect(lines.contains("alice,shadow,2025-12-28,,,never"))
        #expect(lines.contains("peggy,shadow,2025-12-31,,,never"))
    }

    @Test func usageAndReadErrorsExitTwo() throws {
        let badDate = try due(["--now", "2026-02-30"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--now '2026-02-30' is not a date"))
        let badWithin = try due(["--within=-1"])
        #expect(badWithin.status == 2)
        #expect(badWithin.stderr.contains("--within '-1'"))
        let badFormat = try due(["--format", "xml"])
        #expect(badFormat.status == 2)
        let missing = try CLIRunner.run(["due", "--shadow", "/nonexistent/shadow", "--passwd", DueFixtures.passwd,
                                         "--config", config.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/shadow: No such file or directory"))
        #expect(missing.stdout.isEmpty)
        let unknown = try due(["--bogus"])
        #expect(unknown.status == 2)
    }

    @Test func badConfigExitsTwo() throws {
        let conf = try DueFixtures.config("maxage = 10\nwarnage = 20\n")
        let r = try due([], config: conf)
        #expect(r.status == 2)
        #expect(r.stderr.contains("warnage"))
    }
}
