import Testing
@testable import PassPolicy

@Suite struct RotationLoginAgeTests {
    let today = 20513
    let settings = Settings()

    func outcome(_ lastChange: Int?, _ shadowMax: Int? = nil, settings: Settings? = nil) -> LoginAgeOutcome {
        LoginAge.evaluate(lastChange: lastChange, shadowMax: shadowMax, today: today, settings: settings ?? self.settings)
    }

    @Test func expiredNamesAgeAndPolicy() {
        let o = outcome(today - 63)
        #expect(o == .expired(ageDays: 63, maxDays: 60))
        #expect(o.message == "Your password is 63 days old; the policy requires a new one every 60 days. Change it now.")
    }

    @Test func warnsWithinWarnage() {
        #expect(outcome(today - 46) == .warn(daysLeft: 14))
        #expect(outcome(today - 45) == .ok)
        #expect(outcome(today - 60) == .warn(daysLeft: 0))
        #expect(outcome(today - 61) == .expired(ageDays: 61, maxDays: 60))
        #expect(outcome(today - 55).message == "Your password expires in 5 days. Change it with `passwd` before then.")
        #expect(outcome(today - 59).message == "Your password expires tomorrow. Change it with `passwd` before then.")
        #expect(outcome(today - 60).message == "Your password expires today. Change it now with `passwd`.")
    }

    @Test func glibcEmptyFieldsMeanNotSet() {
        // getspnam gives -1 for empty fields.
        #expect(outcome(-1, -1) == .ok)
        #expect(outcome(nil) == .ok)
        #expect(outcome(today - 63, -1) == .expired(ageDays: 63, maxDays: 60))
        #expect(outcome(today - 63, 99999) == .expired(ageDays: 63, maxDays: 60))
    }

    @Test func stricterShadowMaxWins() {
        #expect(outcome(today - 31, 30) == .expired(ageDays: 31, maxDays: 30))
        #expect(outcome(today - 31, 90) == .ok)
    }

    @Test func rotationOff() {
        var off = Settings()
        off.maxAge = 0
        #expect(outcome(today - 1000, nil, settings: off) == .ok)
        #expect(outcome(today - 1000, 99999, settings: off) == .ok)
        #expect(outcome(today - 100, 90, settings: off) == .expired(ageDays: 100, maxDays: 90))
    }

    @Test func zeroMeansChangeNow() {
        #expect(outcome(0) == .mustChange)
        #expect(outcome(0).message == Messages.rotationMustChange(.english))
    }

    @Test func extremesDoNotTrap() {
        #expect(outcome(Int.max) == .ok)
        #expect(LoginAge.evaluate(lastChange: 1, shadowMax: Int.max, today: Int.min, settings: settings) == .ok)
        #expect(outcome(today + 5) == .ok)
    }
}
