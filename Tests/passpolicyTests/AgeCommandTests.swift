import Foundation
import Testing

/// `passpolicy age` on a temporary root: a dry run changes nothing; `--apply --root DIR`
/// really changes DIR/etc/shadow through chage.
@Suite struct AgeCommandTests {
    static let passwdLines = [
        "root:x:0:0:root:/root:/bin/bash",
        "loose:x:1000:1000::/home/loose:/bin/bash",
        "strict:x:1001:1001::/home/strict:/bin/bash",
        "exact:x:1002:1002::/home/exact:/bin/bash",
        "empty:x:1003:1003::/home/empty:/bin/bash",
        "svc:x:1004:1004::/srv:/usr/sbin/nologin",
    ]
    static let shadowLines = [
        "root:*:20000:0:99999:7:::",
        "loose:$6$a$loose:20000:0:99999:7:::",
        "strict:$6$a$strict:20000:0:30:14:::",
        "exact:$6$a$exact:20000:0:60:14:::",
        "empty:$6$a$empty:20000:0:::::",
        "svc:$6$a$svc:20000:0:99999:7:::",
    ]

    func shadowFields(_ root: TemporaryRoot) throws -> [String: [String]] {
        let text = try String(contentsOfFile: root.shadow, encoding: .utf8)
        var map: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            map[f[0]] = f
        }
        return map
    }

    @Test func dryRunShowsThePlanAndChangesNothing() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        let conf = try DueFixtures.config("")
        let before = try Data(contentsOf: URL(fileURLWithPath: root.shadow))
        let r = try CLIRunner.run(["age", "--root", root.url.path, "--config", conf.path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("loose 99999 7 60 14 -M 60 -W 14"))
        #expect(lines.contains("strict 30 14 60 14 -"))
        #expect(lines.contains("empty - - 60 14 -M 60 -W 14"))
        #expect(!lines.contains { $0.hasPrefix("svc ") || $0.hasPrefix("root ") })
        #expect(lines.contains("would set -M 60 -W 14 for loose"))
        #expect(lines.last == "2 users differ from the policy; run again with --apply to set them with chage.")
        #expect(try Data(contentsOf: URL(fileURLWithPath: root.shadow)) == before)
    }

    @Test(.enabled(if: getuid() == 0, "chage -R chroots into the temporary root: run the tests as root"))
    func applySetsThePolicyThroughChage() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        let conf = try DueFixtures.config("maxage = 45\nwarnage = 10\n")
        let r = try CLIRunner.run(["age", "--apply", "--root", root.url.path, "--config", conf.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("set -M 45 -W 10 for loose\n"))
        #expect(r.stdout.contains("set -W 10 for strict\n"))
        let f = try shadowFields(root)
        // Fields 4 and 5 are max and warn; the hash and last change stay as they were.
        #expect(f["loose"].map { Array($0[1...5]) } == ["$6$a$loose", "20000", "0", "45", "10"])
        #expect(f["strict"].map { Array($0[4...5]) } == ["30", "10"])
        #expect(f["exact"].map { Array($0[4...5]) } == ["45", "10"])
        #expect(f["empty"].map { Array($0[4...5]) } == ["45", "10"])
        #expect(f["svc"].map { Array($0[4...5]) } == ["99999", "7"])
        #expect(f["root"].map { Array($0[4...5]) } == ["99999", "7"])
        // chage itself reads the new values back.
        let listed = try root.chageList("loose")
        #expect(listed["Maximum number of days between password change"] == "45")
        #expect(listed["Number of days of warning before password expires"] == "10")
        // A second run finds nothing left to do.
        let again = try CLIRunner.run(["age", "--apply", "--root", root.url.path, "--config", conf.path])
        #expect(again.status == 0)
        #expect(!again.stdout.contains("set "))
    }

    @Test func rotationOffApplyChangesNothing() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        let conf = try DueFixtures.config("maxage = 0\nwarnage = 0\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: root.shadow))
        let r = try CLIRunner.run(["age", "--apply", "--root", root.url.path, "--config", conf.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("maxage is 0 (rotation is off)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: root.shadow)) == before)
    }

    @Test func unreadableShadowExitsTwo() throws {
        let conf = try DueFixtures.config("")
        let r = try CLIRunner.run(["age", "--root", "/nonexistent-root", "--config", conf.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot read /nonexistent-root/etc/shadow"))
    }
}
