import Foundation
import PassPolicy
@testable import PAMModule
import Testing

/// The same host as `RemoteStoreTests`, driven the way an administrator tries it: pamtester
/// runs a PAM service whose module line names a passpolicyd over TLS (`IsolatedEtc` gives it
/// a private /etc/pam.d). Fed from a pipe, as scripts do: no retype after a refusal.
@Suite("pam_passpolicy under pamtester, with the history behind passpolicyd", .serialized,
       .enabled(if: ModuleLocation.isRoot, "needs root: unshare and mount"))
struct RemoteStorePamtesterTests {
    static let service = "passpolicy-remote"

    func chauthtok(_ host: RemoteStoreTests.Service, _ password: String, extra: String = "") throws -> ProcessRunner.Result {
        let pamtester = try #require(ProcessRunner.which("pamtester"), "install the Debian package pamtester")
        let options = RemoteStoreTests().arguments(host).joined(separator: " ")
        let etc = try IsolatedEtc.service(Self.service, options: "\(options) \(extra)")
        defer { etc.remove() }
        return try etc.run("exec \"$1\" \"$2\" \"$3\" chauthtok", [pamtester, Self.service, ChauthtokTests.user],
                           input: Data("\(password)\n\(password)\n".utf8))
    }

    @Test("accepted and recorded under the host's name; another system's password refused as reuse; an outage follows store_unavailable")
    func throughTheService() throws {
        let host = try RemoteStoreTests.Service()
        try host.start()
        defer { host.stop() }

        let accepted = try chauthtok(host, "Hv6%Tq2!Rm9z")
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(try host.systems(of: ChauthtokTests.user) == ["web01"])

        try host.recordThroughMail(ChauthtokTests.user, "Yb3@Kw7#Pn")
        let reused = try chauthtok(host, "Yb3@Kw7#Pn")
        #expect(reused.status != 0 && reused.status != 97)
        #expect(reused.output.contains(Messages.pamBadPasswordShort(rules: ["reuse"], .english)), "\(reused.output)")
        #expect(try host.systems(of: ChauthtokTests.user) == ["web01", "mail"] || host.systems(of: ChauthtokTests.user) == ["mail", "web01"])

        host.stop()
        let refused = try chauthtok(host, "Gc8^Lz4&Wq1v")
        #expect(refused.status != 0 && refused.status != 97, "\(refused.output)")
        let allowed = try chauthtok(host, "Gc8^Lz4&Wq1v", extra: "store_unavailable=allow store_timeout=2")
        #expect(allowed.status == 0, "\(allowed.output)")
    }
}
