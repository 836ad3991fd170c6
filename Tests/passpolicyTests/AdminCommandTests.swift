import Foundation
import Testing

/// Issue 15's admin commands and CLI details: age --user/--group and locked accounts, due
/// one row per person and system with --group, record and check for unknown users, config
/// naming drop-ins and profiles, the manual pages kept in sync, check --help's defaults.
@Suite struct AdminCommandTests {
    static let passwdLines = [
        "root:x:0:0:root:/root:/bin/bash",
        "ann:x:1000:1000::/home/ann:/bin/bash",
        "ben:x:1001:1001::/home/ben:/bin/bash",
        "locked:x:1002:1002::/home/locked:/bin/bash",
        "nopass:x:1003:1003::/home/nopass:/bin/bash",
        "star:x:1004:1004::/home/star:/bin/bash",
    ]
    static let shadowLines = [
        "root:*:20000:0:99999:7:::",
        "ann:$6$a$ann:20000:0:99999:7:::",
        "ben:$6$a$ben:20000:0:99999:7:::",
        "locked:!$6$a$locked:20000:0:99999:7:::",
        "nopass::20000:0:99999:7:::",
        "star:*:20000:0:99999:7:::",
    ]

    func shadowLine(_ root: TemporaryRoot, _ user: String) throws -> String {
        let text = try String(contentsOfFile: root.shadow, encoding: .utf8)
        return text.split(separator: "\n").map(String.init).first { $0.hasPrefix(user + ":") } ?? ""
    }

    @Test func ageApplySkipsLockedAndPasswordlessAccounts() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        let conf = try DueFixtures.config("")
        let r = try CLIRunner.run(["age", "--root", root.url.path, "--config", conf.path, "--apply"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try shadowLine(root, "ann") == "ann:$6$a$ann:20000:0:60:14:::")
        #expect(try shadowLine(root, "locked") == "locked:!$6$a$locked:20000:0:99999:7:::")
        #expect(try shadowLine(root, "nopass") == "nopass::20000:0:99999:7:::")
        #expect(try shadowLine(root, "star") == "star:*:20000:0:99999:7:::")
        #expect(r.stdout.contains("skipped locked: the account is locked"))
        #expect(r.stdout.contains("skipped nopass: the account has no password"))
        #expect(r.stdout.contains("skipped (locked)"))
    }

    @Test func ageTakesUserAndGroup() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        // ben is a listed member of "staff"; ann is in it by her primary group 1000 ("ann").
        try "ann:x:1000:\nben:x:1001:\nstaff:x:2000:ben\n".write(toFile: root.url.appendingPathComponent("etc/group").path,
                                                                 atomically: true, encoding: .utf8)
        let conf = try DueFixtures.config("")
        let help = try CLIRunner.run(["age", "--help"])
        #expect(help.stdout.contains("--group <name>") && help.stdout.contains("--user <name>"))

        let byUser = try CLIRunner.run(["age", "--root", root.url.path, "--config", conf.path, "--apply", "--user", "ann"])
        #expect(byUser.status == 0, "\(byUser.stderr)")
        #expect(try shadowLine(root, "ann").contains(":60:14:"))
        #expect(try shadowLine(root, "ben") == "ben:$6$a$ben:20000:0:99999:7:::")

        let byGroup = try CLIRunner.run(["age", "--root", root.url.path, "--config", conf.path, "--apply", "--group", "staff"])
        #expect(byGroup.status == 0, "\(byGroup.stderr)")
        #expect(try shadowLine(root, "ben").contains(":60:14:"))

        let unknown = try CLIRunner.run(["age", "--root", root.url.path, "--config", conf.path, "--group", "nosuch"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--group 'nosuch': no such group"))
    }

    @Test func dueTakesGroup() throws {
        let root = try TemporaryRoot(shadowLines: Self.shadowLines, passwdLines: Self.passwdLines)
        defer { root.remove() }
        let group = root.url.appendingPathComponent("etc/group").path
        try "staff:x:2000:ben\n".write(toFile: group, atomically: true, encoding: .utf8)
        let conf = try DueFixtures.config("")
        let r = try CLIRunner.run(["due", "--all", "--now", "2026-01-01", "--shadow", root.shadow, "--passwd", root.passwd,
                                   "--config", conf.path, "--group", "staff", "--group-file", group, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let users = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(users == ["ben"])
    }

    @Test func dueGivesOneRowPerPersonAndSystem() throws {
        let folder = try DueFixtures.temporaryDirectory("passpolicy-due-one")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.db").path
        let conf = folder.appendingPathComponent("p.conf")
        try "system = thishost\n".write(to: conf, atomically: true, encoding: .utf8)
        for (user, system) in [("alice", "thishost"), ("alice", "portal")] {
            let r = try CLIRunner.run(["record", "--config", conf.path, "--user", user, "--system", system, "--store", store],
                                      stdin: "Autumn2024!\n")
            #expect(r.status == 0, "\(r.stderr)")
        }
        let r = try CLIRunner.run(["due", "--all", "--format", "json", "--shadow", DueFixtures.shadow, "--passwd", DueFixtures.passwd,
                                   "--config", conf.path, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let alice = rows.filter { $0["user"] as? String == "alice" }
        // shadow's row and the store's row for this host are one row, under the host's name.
        #expect(Set(alice.compactMap { $0["source"] as? String }) == ["thishost", "portal"])
        #expect(alice.count == 2)
        let table = try CLIRunner.run(["due", "--all", "--shadow", DueFixtures.shadow, "--passwd", DueFixtures.passwd,
                                       "--config", conf.path, "--store", store])
        #expect(!table.stdout.contains("store only"))
    }

    @Test func recordWarnsForAUserUnknownHere() throws {
        let folder = try DueFixtures.temporaryDirectory("passpolicy-record")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("h.db").path
        let conf = try DueFixtures.config("")
        let r = try CLIRunner.run(["record", "--config", conf.path, "--user", "nosuchuser42", "--store", store], stdin: "Kq9#Lmv2Tz5!\n")
        #expect(r.status == 0)
        #expect(r.stderr.contains("nosuchuser42 is not a user on this host"))
        let known = try CLIRunner.run(["record", "--config", conf.path, "--user", "root", "--store", store], stdin: "Kq9#Lmv2Tz5!\n")
        #expect(known.status == 0 && known.stderr.isEmpty, "\(known.stderr)")
    }

    @Test func checkSaysTheNameRulesHadOnlyTheName() throws {
        let conf = try DueFixtures.config("dictcheck = no\n")
        let unknown = try CLIRunner.run(["check", "--config", conf.path, "--user", "nosuchuser42"], stdin: "Kq9#Lmv2Tz5!\n")
        #expect(unknown.status == 0)
        #expect(unknown.stderr.contains("the name rules used only the name given"))
        let named = try CLIRunner.run(["check", "--config", conf.path, "--user", "nosuchuser42", "--full-name", "No Such"],
                                      stdin: "Kq9#Lmv2Tz5!\n")
        #expect(named.stderr.isEmpty)
    }

    @Test func checkHelpShowsDefaults() throws {
        let r = try CLIRunner.run(["check", "--help"])
        // Help is wrapped to the terminal's width: compare with blanks folded.
        let text = r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(text.contains("(default: /etc/security/passpolicy.conf"))
        #expect(text.contains("(default: text;"))
        #expect(text.contains("(default: /var/lib/passpolicy/history.db)"))
    }

    @Test func configNamesTheDropInAndTheProfile() throws {
        let folder = try DueFixtures.temporaryDirectory("passpolicy-dropin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let main = folder.appendingPathComponent("passpolicy.conf")
        try "profile = ncsc\nminlen = 10   # staff\n".write(to: main, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: main.path + ".d", withIntermediateDirectories: true)
        try "minlen = 14\n".write(toFile: main.path + ".d/90-site.conf", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["config", "--config", main.path])
        #expect(r.status == 0, "\(r.stderr)")
        let minlen = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("minlen ") })
        #expect(minlen.contains("= 14") && minlen.contains("\(main.path).d/90-site.conf:1"))
        let minclass = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("minclass ") })
        #expect(minclass.contains("(profile ncsc)"))
        #expect(r.stdout.contains("# read \(main.path).d/90-site.conf"))
        let system = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("system ") })
        #expect(system.hasSuffix("# host name"))
        let profiles = try CLIRunner.run(["config", "--profiles"])
        for name in ["caerau-primary", "use-of-computers", "winnington-park", "avanti-trust", "ncsc", "nist-800-63b"] {
            #expect(profiles.stdout.contains("\(name): "))
        }
        try "difok = 5\n".write(to: main, atomically: true, encoding: .utf8)
        let hint = try CLIRunner.run(["config", "--config", main.path])
        #expect(hint.status == 2)
        #expect(hint.stderr.contains("key 'difok': passpolicy has no difok"))
    }

    /// man/ holds the pages `passpolicy man PAGE` writes: regenerate with scripts/gen-man.sh.
    @Test(arguments: ["passpolicy.1", "passpolicy.conf.5", "pam_passpolicy.8", "passpolicyd.8"])
    func manualPagesMatchTheCode(page: String) throws {
        let r = try CLIRunner.run(["man", page])
        #expect(r.status == 0)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("man/\(page)"), encoding: .utf8)
        #expect(r.stdout == file, "regenerate with: scripts/gen-man.sh")
        if page == "passpolicy.conf.5" {
            let keys = try CLIRunner.run(["config", "--keys"]).stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
            for key in keys { #expect(file.contains(".BR \(key.replacingOccurrences(of: "-", with: "\\-")) "), "\(key)") }
        }
    }
}
