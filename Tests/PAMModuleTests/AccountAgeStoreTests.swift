import Foundation
import PassPolicy
import PassPolicyStore
import Testing

/// `pam_acct_mgmt` taking the last change from a real SQLite history store (recorded with
/// the real service) instead of shadow, through pamtester in a private /etc; root only.
@Suite("pam_passpolicy account check with the history store", .enabled(if: ModuleLocation.isRoot, "needs root: unshare, mount, useradd"))
struct AccountAgeStoreTests {
    static let service = "passpolicy-account-store"
    static let system = "pamhost"

    /// A new user whose shadow last change is `shadowDaysAgo` days ago and who, in the store
    /// `store` (a fresh SQLite file when nil), changed on `storeSystem` `storeDaysAgo` days
    /// ago (nothing recorded when nil); the module runs with `store=… system=pamhost`.
    func accountCheck(shadowDaysAgo: Int, storeDaysAgo: Int?, storeSystem: String = system,
                      store: String? = nil) throws -> ProcessRunner.Result {
        let module = try ModuleLocation.module()
        let pamtester = try #require(ProcessRunner.which("pamtester"), "install the Debian package pamtester")
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        let location = store ?? etc.root.appendingPathComponent("history.db").path
        let user = "pps" + String(UUID().uuidString.prefix(8)).lowercased()
        if let storeDaysAgo {
            let history = HistoryService(store: try HistoryStores.open(location), hasher: Argon2Hasher(), remember: 5,
                                         parameters: KDFParameters(memoryKiB: 64, iterations: 1, parallelism: 1))
            let now = Int64(Date().timeIntervalSince1970)
            try history.record(password: Array("Granite+Otter+17".utf8), user: user, system: storeSystem,
                               at: now - Int64(storeDaysAgo) * 86_400)
        }
        try etc.write("account required \(module) store=\(location) system=\(Self.system)\n", to: "pam.d/\(Self.service)")
        return try etc.run("""
            useradd -M "$3" || exit 98
            chage -d "$(date -u -d "$4 days ago" +%F)" "$3" || exit 98
            exec "$1" "$2" "$3" acct_mgmt
            """, [pamtester, Self.service, user, String(shadowDaysAgo)])
    }

    @Test("the store's older change on this system expires the password although shadow's is recent")
    func storeDateExpires() throws {
        let r = try accountCheck(shadowDaysAgo: 5, storeDaysAgo: 63)
        #expect(r.status == 1, "\(r.output)")
        #expect(r.output.contains("Your password is 63 days old; the policy requires a new one every 60 days."))
    }

    @Test("the store's recent change on this system passes although shadow's date is old")
    func storeDateIsRecent() throws {
        let r = try accountCheck(shadowDaysAgo: 63, storeDaysAgo: 5)
        #expect(r.status == 0, "\(r.output)")
        #expect(!r.output.contains("expire") && !r.output.contains("days old"))
    }

    @Test("a change recorded on another system does not count here: shadow decides")
    func otherSystemIsIgnored() throws {
        let r = try accountCheck(shadowDaysAgo: 63, storeDaysAgo: 5, storeSystem: "elsewhere")
        #expect(r.status == 1)
        #expect(r.output.contains("Your password is 63 days old"))
    }

    @Test("an unreachable store locks nobody out: shadow's date is used")
    func unreachableStoreFallsBackToShadow() throws {
        let r = try accountCheck(shadowDaysAgo: 50, storeDaysAgo: nil,
                                 store: "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("Your password expires in 10 days."))
    }
}
