import Foundation
import Testing

/// `passpolicy due` against the real `chage -l` on the same shadow file: the expiry dates,
/// and the statuses and days left that follow from them, must agree.
@Suite(.enabled(if: getuid() == 0, "chage -R chroots into the temporary root: run the tests as root to compare with chage"),
       .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chage"), "/usr/bin/chage is missing (Debian package passwd)"))
struct DueChageComparisonTests {
    /// Accounts with dates relative to today, so every status appears whatever the date.
    static func lines(today t: Int) -> [(user: String, shadow: String)] {
        [
            ("expired", "$6$c$expired:\(t - 95):0:90:7:::"),
            ("lastday", "$6$c$lastday:\(t - 30):0:30:7:::"),
            ("dayafter", "$6$c$dayafter:\(t - 31):0:30:7:::"),
            ("due", "$6$c$due:\(t - 20):0:30:7:::"),
            ("edge", "$6$c$edge:\(t - 16):0:30:7:::"),     // 14 days left: still due
            ("ok", "$6$c$ok:\(t - 15):0:30:7:::"),         // 15 days left
            ("mustchange", "$6$c$must:0:0:30:7:::"),
            ("unset", "$6$c$unset::0:30:7:::"),
            ("nomax", "$6$c$nomax:\(t - 400):0::7:::"),
            ("nomax99999", "$6$c$nomax99999:\(t - 400):0:99999:7:::"),
            ("future", "$6$c$future:\(t + 10):0:30:7:::"),
            ("zeromax", "$6$c$zeromax:\(t - 1):0:0:7:::"),
            ("largest", "$6$c$largest:2147483647:0:60:7:::"),
            ("locked", "!$6$c$locked:\(t - 95):0:90:7:::"),
        ]
    }

    @Test func statusesAndDaysLeftAgreeWithChage() throws {
        let (t, todayText) = todayUTC()
        let accounts = Self.lines(today: t)
        var passwdLines = ["root:x:0:0:root:/root:/bin/bash"]
        var shadowLines = ["root:*:\(t):0:99999:7:::"]
        for (i, a) in accounts.enumerated() {
            passwdLines.append("\(a.user):x:\(2000 + i):\(2000 + i)::/home/\(a.user):/bin/bash")
            shadowLines.append("\(a.user):\(a.shadow)")
        }
        let root = try TemporaryRoot(shadowLines: shadowLines, passwdLines: passwdLines)
        defer { root.remove() }
        // maxage = 0: only shadow's maximum applies, which is all chage knows about.
        let conf = try DueFixtures.config("maxage = 0\n")
        let r = try CLIRunner.run(["due", "--all", "--format", "json", "--now", todayText, "--within", "14",
                                   "--shadow", root.shadow, "--passwd", root.passwd, "--config", conf.path])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let byUser = Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["user"] as? String).map { ($0, row) } })
        #expect(byUser.count == accounts.count)

        var compared = 0
        for a in accounts {
            let row = try #require(byUser[a.user], "\(a.user) is not listed")
            let chage = try root.chageList(a.user)
            let lastChange = try #require(chage["Last password change"])
            let expires = try #require(chage["Password expires"])
            let status = row["status"] as? String
            let ours = (row["expires"] as? String) ?? "never"
            if lastChange == "password must be changed" {
                #expect(status == "must-change", "\(a.user)")
            } else if expires == "never" {
                #expect(status == "never", "\(a.user)")
                #expect(row["expires"] is NSNull, "\(a.user)")
            } else {
                #expect(ours == expires, "\(a.user): expires \(ours), chage says \(expires)")
                let chageDays = try #require(dayNumber(expires)) - t
                #expect(row["days_left"] as? Int == chageDays, "\(a.user)")
                let expected = a.user == "locked" ? "locked" : chageDays < 0 ? "expired" : chageDays <= 14 ? "due" : "ok"
                #expect(status == expected, "\(a.user): \(status ?? "nil") vs chage's \(expires) (\(chageDays) days)")
            }
            if lastChange != "never" && lastChange != "password must be changed" {
                #expect(row["last_change"] as? String == lastChange, "\(a.user)")
            }
            compared += 1
        }
        #expect(compared == accounts.count)
        // Every status this comparison is about occurred.
        let statuses = Set(rows.compactMap { $0["status"] as? String })
        #expect(statuses.isSuperset(of: ["expired", "due", "ok", "must-change", "never", "locked"]))
    }
}
