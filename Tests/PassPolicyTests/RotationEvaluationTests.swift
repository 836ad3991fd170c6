import Testing
@testable import PassPolicy

@Suite struct RotationEvaluationTests {
    /// 2026-03-01.
    let today = 20513
    let settings = Settings()  // maxage 60, warnage 14

    func age(_ line: String, settings: Settings? = nil, within: Int = 14) -> AccountAge? {
        let records = ShadowSource.records(from: ShadowFile(bytes: Array(line.utf8), file: "shadow")).records
        return records.first.map {
            PasswordAge.evaluate($0, settings: settings ?? self.settings, today: today, within: within)
        }
    }

    @Test func policyMaximumApplies() {
        // Changed 63 days ago, no shadow max: the policy's 60 days ran out 3 days ago.
        let a = age("u:$6$x:\(today - 63):0:99999:7:::")
        #expect(a?.status == .expired)
        #expect(a?.daysLeft == -3)
        #expect(a?.expires == today - 3)
        #expect(a?.lastChange == today - 63)
    }

    @Test func stricterShadowMaximumWins() {
        let a = age("u:$6$x:\(today - 25):0:30:7:::")
        #expect(a?.expires == today + 5)
        #expect(a?.status == .due)
        // A looser shadow max does not loosen the policy.
        #expect(age("u:$6$x:\(today - 25):0:90:7:::")?.expires == today + 35)
    }

    @Test func lastValidDayIsDueAndTheNextIsExpired() {
        #expect(age("u:$6$x:\(today - 60):0:::::")?.status == .due)
        #expect(age("u:$6$x:\(today - 60):0:::::")?.daysLeft == 0)
        #expect(age("u:$6$x:\(today - 61):0:::::")?.status == .expired)
    }

    @Test func dueWindowIsInclusive() {
        #expect(age("u:$6$x:\(today - 46):0:::::")?.status == .due)   // 14 days left
        #expect(age("u:$6$x:\(today - 45):0:::::")?.status == .ok)    // 15 days left
        #expect(age("u:$6$x:\(today - 45):0:::::", within: 15)?.status == .due)
    }

    @Test func lastChangeZeroMustChange() {
        let a = age("u:$6$x:0:0:60:7:::")
        #expect(a?.status == .mustChange)
        #expect(a?.lastChange == nil && a?.expires == nil && a?.daysLeft == nil)
    }

    @Test func emptyLastChangeMeansNoAgeing() {
        let a = age("u:$6$x::0:60:7:::")
        #expect(a?.status == .never)
        #expect(a?.lastChange == nil && a?.expires == nil)
    }

    @Test func noLimitAnywhereIsNever() {
        var off = Settings()
        off.maxAge = 0
        let a = age("u:$6$x:\(today - 500):0:99999:7:::", settings: off)
        #expect(a?.status == .never)
        #expect(a?.lastChange == today - 500)
        #expect(a?.expires == nil)
        // With rotation off, shadow's own max still counts.
        #expect(age("u:$6$x:\(today - 500):0:400:7:::", settings: off)?.status == .expired)
    }

    @Test func futureChangeDateIsValidLonger() {
        let a = age("u:$6$x:\(today + 10):0:::::")
        #expect(a?.status == .ok)
        #expect(a?.daysLeft == 70)
    }

    @Test func largestDayDoesNotTrap() {
        let a = age("u:$6$x:2147483647:0:2147483647:7:::")
        #expect(a?.status == .ok)
        #expect(a?.expires == 2_147_483_647 + 60)
    }

    @Test func overflowingRecordIsNeverRatherThanATrap() {
        let record = AgeRecord(user: "u", source: "x", lastChange: .day(Int.max - 5), sourceMaxDays: 30)
        let a = PasswordAge.evaluate(record, settings: settings, today: today, within: 14)
        #expect(a.status == .never)
        #expect(a.expires == nil)
    }

    @Test func lockedKeepsItsDates() {
        let a = age("u:!$6$x:\(today - 63):0:::::")
        #expect(a?.status == .locked)
        #expect(a?.daysLeft == -3)
    }

    @Test func noPasswordHasNoExpiry() {
        for field in ["*", "!", "!!", "!*", ""] {
            let a = age("u:\(field):\(today - 63):0:::::")
            #expect(a?.status == .noPassword, "\(field)")
            #expect(a?.expires == nil)
            #expect(a?.lastChange == today - 63)
        }
    }

    @Test func historyRecordsUseThePolicyOnly() {
        // A row from another system has no hash and no shadow max.
        let record = AgeRecord(user: "alice", source: "library-pc", lastChange: .day(today - 50))
        let a = PasswordAge.evaluate(record, settings: settings, today: today, within: 14)
        #expect(a.source == "library-pc")
        #expect(a.status == .due)
        #expect(a.daysLeft == 10)
    }

    @Test func reportFiltersSortsAndSkipsSystemAccounts() {
        let shadowText = """
            root:$6$x:\(today - 100):0:99999:7:::
            ok:$6$x:\(today - 1):0:::::
            late:$6$x:\(today - 70):0:::::
            later:$6$x:\(today - 90):0:::::
            soon:$6$x:\(today - 50):0:::::
            must:$6$x:0:0:::::
            ghost:$6$x:\(today - 61):0:::::
            svc:$6$x:\(today - 80):0:::::
            """
        let passwdText = """
            root:x:0:0::/root:/bin/bash
            ok:x:1000:1000::/home/ok:/bin/bash
            late:x:1001:1001::/home/late:/bin/bash
            later:x:1002:1002::/home/later:/bin/bash
            soon:x:1003:1003::/home/soon:/bin/bash
            must:x:1004:1004::/home/must:/bin/bash
            svc:x:1005:1005::/srv:/usr/sbin/nologin
            """
        let records = ShadowSource.records(from: ShadowFile(bytes: Array(shadowText.utf8), file: "s")).records
        let system = PasswdFile(bytes: Array(passwdText.utf8), file: "p").systemUsers
        let due = RotationReport(records: records, settings: settings, today: today, within: 14, all: false,
                                 systemUsers: system, includeSystem: false)
        #expect(due.rows.map(\.user) == ["must", "later", "late", "ghost", "soon"])
        let all = RotationReport(records: records, settings: settings, today: today, within: 14, all: true,
                                 systemUsers: system, includeSystem: true)
        #expect(all.rows.map(\.user) == ["must", "root", "later", "svc", "late", "ghost", "soon", "ok"])
    }
}

/// The seam the history store plugs into: any `LastChangeSource` adds rows whose `source` is
/// the system the change was recorded on, listed beside shadow's.
@Suite struct RotationSourceTests {
    /// Rows as the history store will give them: user, system, day of the last change.
    struct RecordedChanges: LastChangeSource {
        let rows: [(String, String, Int)]
        var name: String { "recorded changes" }
        func load() throws -> SourceRecords {
            SourceRecords(records: rows.map { AgeRecord(user: $0.0, source: $0.1, lastChange: .day($0.2)) })
        }
    }

    @Test func otherSystemsAreListedBesideShadow() throws {
        let today = 20513
        let shadowBytes = Array("alice:$6$x:\(today - 10):0:99999:7:::\n".utf8)
        let shadow = ShadowSource.records(from: ShadowFile(bytes: shadowBytes, file: "shadow"))
        let history = try RecordedChanges(rows: [("alice", "library-pc", today - 70), ("bob", "office", today - 55)]).load()
        let report = RotationReport(records: shadow.records + history.records, settings: Settings(), today: today,
                                    within: 14, all: true, systemUsers: [], includeSystem: false)
        #expect(report.rows.map { "\($0.user)@\($0.source):\($0.status.rawValue):\($0.daysLeft ?? 0)" } ==
                ["alice@library-pc:expired:-10", "bob@office:due:5", "alice@shadow:ok:50"])
    }

    @Test func shadowSourceReportsAnUnreadableFile() {
        #expect(throws: RotationError.unreadable(path: "/nonexistent/shadow", error: SystemError(errno: 2))) {
            try ShadowSource(path: "/nonexistent/shadow").load()
        }
    }
}
