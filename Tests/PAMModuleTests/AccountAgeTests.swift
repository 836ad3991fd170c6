import Foundation
import Testing

/// `pam_acct_mgmt` through the real libpam (pamtester) for throwaway users whose last change
/// is set with the real `chage -d`, in a private /etc (see `IsolatedEtc`); root only.
@Suite("pam_passpolicy account check (60-day rotation)", .enabled(if: ModuleLocation.isRoot, "needs root: unshare, mount, useradd"))
struct AccountAgeTests {
    static let service = "passpolicy-account"

    /// Runs `pamtester SERVICE USER acct_mgmt` for a new user whose password was last changed
    /// `daysAgo` days ago, with `arguments` on the module's line.
    func accountCheck(daysAgo: Int, arguments: String = "") throws -> ProcessRunner.Result {
        let module = try ModuleLocation.module()
        let pamtester = try #require(ProcessRunner.which("pamtester"), "install the Debian package pamtester")
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        try etc.write("account required \(module) \(arguments)\n", to: "pam.d/\(Self.service)")
        let user = "ppa" + String(UUID().uuidString.prefix(8)).lowercased()
        return try etc.run("""
            useradd -M "$3" || exit 98
            chage -d "$(date -u -d "$4 days ago" +%F)" "$3" || exit 98
            exec "$1" "$2" "$3" acct_mgmt
            """, [pamtester, Self.service, user, String(daysAgo)])
    }

    @Test("a password older than 60 days must be changed: PAM_NEW_AUTHTOK_REQD, and the policy is named")
    func expired() throws {
        let r = try accountCheck(daysAgo: 63)
        #expect(r.status == 1)
        #expect(r.output.contains("Your password is 63 days old; the policy requires a new one every 60 days."))
        #expect(r.output.contains("new one required"))   // pamtester's text for PAM_NEW_AUTHTOK_REQD
    }

    @Test("a password 50 days old is still valid, with a warning of the days left")
    func warned() throws {
        let r = try accountCheck(daysAgo: 50)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("Your password expires in 10 days."))
        #expect(r.output.contains("account management done"))
    }

    @Test("a recent password passes silently")
    func recent() throws {
        let r = try accountCheck(daysAgo: 5)
        #expect(r.status == 0)
        #expect(!r.output.contains("expire"))
    }

    @Test("maxage on the PAM line overrides the file")
    func pamLineOverride() throws {
        let r = try accountCheck(daysAgo: 35, arguments: "maxage=30 warnage=7")
        #expect(r.status == 1)
        #expect(r.output.contains("Your password is 35 days old; the policy requires a new one every 30 days."))
    }
}
