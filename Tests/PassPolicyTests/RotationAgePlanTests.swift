import Testing
@testable import PassPolicy

@Suite struct RotationAgePlanTests {
    let passwd = PasswdFile(bytes: Array("""
        root:x:0:0::/root:/bin/bash
        loose:x:1000:1000::/home/loose:/bin/bash
        strict:x:1001:1001::/home/strict:/bin/bash
        exact:x:1002:1002::/home/exact:/bin/bash
        empty:x:1003:1003::/home/empty:/bin/bash
        svc:x:1004:1004::/srv:/usr/sbin/nologin
        """.utf8), file: "passwd").byUser
    let shadow = ShadowFile(bytes: Array("""
        root:*:20000:0:99999:7:::
        loose:$6$x:20000:0:99999:7:::
        strict:$6$x:20000:0:30:14:::
        exact:$6$x:20000:0:60:14:::
        empty:$6$x:20000:0:::::
        svc:$6$x:20000:0:99999:7:::
        stranger:$6$x:20000:0:99999:7:::
        """.utf8), file: "shadow").entries

    @Test func plansChageArgumentsForRegularUsersOnly() {
        let plan = AgePlan(shadow: shadow, passwd: passwd, settings: Settings())
        #expect(!plan.rotationOff)
        #expect(plan.items.map(\.user) == ["loose", "strict", "exact", "empty"])
        #expect(plan.items.map(\.chageArguments) == [["-M", "60", "-W", "14"], [], [], ["-M", "60", "-W", "14"]])
        #expect(plan.items.filter(\.needsChange).map(\.user) == ["loose", "empty"])
    }

    @Test func stricterMaximumIsKeptButWarningFollowsThePolicy() {
        var settings = Settings()
        settings.warnAge = 10
        let strict = AgePlan(shadow: shadow, passwd: passwd, settings: settings).items.first { $0.user == "strict" }
        #expect(strict?.chageArguments == ["-W", "10"])
    }

    @Test func rotationOffChangesNothing() {
        var settings = Settings()
        settings.maxAge = 0
        settings.warnAge = 0
        let plan = AgePlan(shadow: shadow, passwd: passwd, settings: settings)
        #expect(plan.rotationOff)
        #expect(plan.items.allSatisfy { !$0.needsChange })
    }
}
