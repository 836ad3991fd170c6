import Testing
@testable import PassPolicy

@Suite struct RotationParsingTests {
    func shadow(_ text: String) -> ShadowFile { ShadowFile(bytes: Array(text.utf8), file: "shadow") }
    func passwd(_ text: String) -> PasswdFile { PasswdFile(bytes: Array(text.utf8), file: "passwd") }

    @Test func dayNumbersMatchTheCalendar() {
        #expect(ShadowDay.parse("1970-01-01") == 0)
        #expect(ShadowDay.parse("2026-03-01") == 20513)
        #expect(ShadowDay.parse("2000-02-29") == 11016)
        #expect(ShadowDay.parse("9999-12-31") == 2_932_896)
        #expect(ShadowDay.format(20513) == "2026-03-01")
        #expect(ShadowDay.format(0) == "1970-01-01")
        #expect(ShadowDay.format(11016) == "2000-02-29")
        // chage -l prints INT_MAX as 5881580-07-11.
        #expect(ShadowDay.format(ShadowDay.maxDay) == "5881580-07-11")
        #expect(ShadowDay.format(Int.max) == nil)
        for day in stride(from: 0, through: 2_932_896, by: 997) {
            #expect(ShadowDay.format(day).flatMap(ShadowDay.parse) == day)
        }
    }

    @Test func badDatesAreRefused() {
        for text in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "1969-12-31", "", "2026-03-01x", "+026-03-01", "2026-03-32"] {
            #expect(ShadowDay.parse(text) == nil, "\(text)")
        }
    }

    @Test func unixSecondsRoundDown() {
        #expect(ShadowDay.fromUnixSeconds(86_399) == 0)
        #expect(ShadowDay.fromUnixSeconds(86_400) == 1)
        #expect(ShadowDay.fromUnixSeconds(-1) == -1)
    }

    @Test func readsEveryField() {
        let file = shadow("alice:$6$salt$hash:20000:1:60:14:7:21000:\n")
        #expect(file.problems.isEmpty)
        #expect(file.entries == [ShadowEntry(user: "alice", password: .usable, lastChange: 20000, minDays: 1,
                                             maxDays: 60, warnDays: 14, inactiveDays: 7, expireDay: 21000)])
    }

    @Test func emptyFieldsAreNil() {
        let e = shadow("bob:*:::::::\n").entries.first
        #expect(e?.lastChange == nil)
        #expect(e?.maxDays == nil)
        #expect(e?.limitingMaxDays == nil)
    }

    @Test func maximumOf99999MeansNone() {
        let e = shadow("c:$6$x:20000:0:99999:7:::\nd:$6$x:20000:0:99998:7:::\n").entries
        #expect(e.map(\.limitingMaxDays) == [nil, 99998])
    }

    @Test func malformedLinesAreReportedAndTheRestKept() {
        let text = """
            ok1:$6$x:20000:0:60:14:::
            short:$6$x:20000
            neg:$6$x:-5:0:60:14:::
            huge:$6$x:99999999999999999999:0:60:14:::
            big:$6$x:2147483648:0:60:14:::
            word:$6$x:abc:0:60:14:::
            plus:$6$x:+5:0:60:14:::
            :$6$x:20000:0:60:14:::
            maxbad:$6$x:20000:0:1e3:14:::

            ok2:$6$x:2147483647:0:60:14:::
            +nisuser::::::::
            """
        let file = shadow(text)
        #expect(file.entries.map(\.user) == ["ok1", "ok2"])
        #expect(file.problems.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
        #expect(file.problems[0].reason == .fieldCount(expected: 9, found: 3))
        #expect(file.problems[1].reason == .badNumber(field: "last change", max: 2_147_483_647))
        #expect(file.problems[6].reason == .emptyUserName)
        #expect(file.problems[7].reason == .badNumber(field: "maximum age", max: 2_147_483_647))
        #expect(file.problems[1].description == "shadow:3: the last change field is not a whole number from 0 to 2147483647; line skipped")
    }

    @Test func passwordFieldKinds() {
        let cases: [(String, PasswordState)] = [
            ("$6$salt$hash", .usable), ("abcdefghijklm", .usable),
            ("!$6$salt$hash", .locked), ("!!$6$salt$hash", .locked),
            ("*", .disabled), ("!", .disabled), ("!!", .disabled), ("!*", .disabled), ("*LK*", .disabled),
            ("", .empty),
        ]
        for (field, state) in cases {
            #expect(PasswordState(field: field) == state, "\(field)")
        }
    }

    @Test func passwdSystemAccounts() {
        let file = passwd("""
            root:x:0:0:root:/root:/bin/bash
            alice:x:1000:1000:Alice:/home/alice:/bin/bash
            svc:x:1500:1500::/srv:/usr/sbin/nologin
            off:x:1501:1501::/home/off:/bin/false
            big:x:4294967294:100::/home/big:/bin/sh
            bad:x:notanumber:1::/:/bin/sh
            """)
        #expect(file.entries.map(\.user) == ["root", "alice", "svc", "off", "big"])
        #expect(file.entries.map(\.isSystem) == [true, false, true, true, false])
        #expect(file.problems == [LineProblem(file: "passwd", line: 6, reason: .badNumber(field: "uid", max: 4_294_967_295))])
    }

    @Test func windowsLineEndsAndMissingFinalNewline() {
        let file = shadow("a:$6$x:20000:0:60:14:::\r\nb:!:20000:0:60:14:::")
        #expect(file.entries.map(\.user) == ["a", "b"])
        #expect(file.entries.map(\.password) == [.usable, .disabled])
    }
}
