import CPAM
import Foundation
import PassPolicy
@testable import PAMModule
import PassPolicyTestSupport
import Testing

/// A host whose `store` is a passpolicyd over TLS: the real libpam runs the module, which
/// checks the rules locally and asks the service (through libcurl) only for the history.
@Suite("pam_passpolicy with the history behind passpolicyd", .serialized)
struct RemoteStoreTests {
    static func binary(_ name: String) -> String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(name).path
    }

    final class Service {
        let dir: String
        let port = PostgresTestServer.freePort()
        let config: String
        var child: Spawn.Child?
        var tokens: [String: String] = [:]

        init() throws {
            dir = try TemporaryDirectory.make()
            config = dir + "/service.conf"
            let cert = try Spawn.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                                          "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                                          "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem"])
            guard cert.status == 0 else { throw TestServerError("openssl: \(cert.stderr)") }
            try """
                dictpath = \(try TestWordList.get())
                store = \(dir)/history.db
                tls_certificate = \(dir)/cert.pem
                tls_key = \(dir)/key.pem
                history_checks_per_hour = 0

                """.write(toFile: config, atomically: true, encoding: .utf8)
            for (name, role) in [("web01", "system"), ("mail", "system"), ("ops", "admin")] {
                let out = try Spawn.run(RemoteStoreTests.binary("passpolicy"), ["token", "add", name, "--role", role, "--config", config])
                guard out.status == 0 else { throw TestServerError("token add: \(out.stderr)") }
                tokens[name] = out.stdout.trimmingCharacters(in: .newlines)
            }
            // The host's token: a root-only file.
            FileManager.default.createFile(atPath: dir + "/host.token", contents: Data(((tokens["web01"] ?? "") + "\n").utf8),
                                           attributes: [.posixPermissions: 0o600])
        }

        func start() throws {
            child = try Spawn.start(RemoteStoreTests.binary("passpolicyd"), ["--config", config, "--listen", "127.0.0.1:\(port)"])
            for _ in 0..<300 {
                let probe = try Spawn.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", dir + "/cert.pem",
                                                            "https://127.0.0.1:\(port)/healthz"])
                if probe.stdout == "200" { return }
                usleep(100_000)
            }
            throw TestServerError("passpolicyd did not start")
        }

        func stop() {
            child?.kill(SIGTERM)
            _ = child?.wait()
            child = nil
        }

        /// `passpolicy record` on the service's own store, as another system would through it.
        func recordThroughMail(_ user: String, _ password: String) throws {
            let header = dir + "/mail.header"
            try "Authorization: Bearer \(tokens["mail"] ?? "")\n".write(toFile: header, atomically: true, encoding: .utf8)
            let body = String(decoding: try JSONSerialization.data(withJSONObject: ["user": user, "password": password]), as: UTF8.self)
            let out = try Spawn.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", dir + "/cert.pem",
                                                      "-H", "@" + header, "-H", "Content-Type: application/json", "--data-binary", "@-",
                                                      "https://127.0.0.1:\(port)/v1/changes"], stdin: Array(body.utf8))
            #expect(out.stdout == "201")
        }

        func systems(of user: String) throws -> [String] {
            let out = try Spawn.run(RemoteStoreTests.binary("passpolicy"), ["history", "--user", user, "--format", "json", "--config", config])
            let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
            return ((object?["changes"] as? [[String: Any]]) ?? []).compactMap { $0["system"] as? String }
        }
    }

    func arguments(_ service: Service, extra: [String] = []) -> [String] {
        ["retry=1", "enforce_for_root", "dictpath=\((try? TestWordList.get()) ?? "")", "store=https://127.0.0.1:\(service.port)",
         "token_file=\(service.dir)/host.token", "ca_file=\(service.dir)/cert.pem", "system=web01"] + extra
    }

    @Test("a change is checked and recorded through the service; another system's password is refused; an outage follows store_unavailable")
    func throughTheService() throws {
        let service = try Service()
        try service.start()
        defer { service.stop() }
        let user = ChauthtokTests.user

        let strong = "Kq9#Lmv2Tz5!"
        let first = try ChauthtokTests.run(arguments(service), answers: [strong, strong])
        #expect(first.status == PAM_SUCCESS, "\(first.messages)")
        #expect(try service.systems(of: user) == ["web01"])

        // Recorded on the mail system through its own token: refused here as its current password.
        let mailPassword = "Wp4&zRt8Nq"
        try service.recordThroughMail(user, mailPassword)
        let reuse = try ChauthtokTests.run(arguments(service), answers: [mailPassword, mailPassword])
        #expect(reuse.status == PAM_AUTHTOK_ERR)
        #expect(reuse.badPasswordLines == [Messages.pamBadPassword(Messages.reusedOnOtherSystem("mail"))])

        // A rule broken locally is reported once, not again by the service.
        let weak = try ChauthtokTests.run(arguments(service), answers: ["abc", "abc"])
        #expect(weak.status == PAM_AUTHTOK_ERR)
        #expect(weak.badPasswordLines.filter { $0.contains("8") && $0.contains("characters") }.count <= 1)

        // The service stops: refused by default, allowed with store_unavailable = allow.
        service.stop()
        let refused = try ChauthtokTests.run(arguments(service), answers: ["Zr7!Lp3#Qm8$", "Zr7!Lp3#Qm8$"])
        #expect(refused.status == PAM_AUTHTOK_ERR)
        let allowed = try ChauthtokTests.run(arguments(service, extra: ["store_unavailable=allow", "store_timeout=2"]),
                                             answers: ["Zr7!Lp3#Qm8$", "Zr7!Lp3#Qm8$"])
        #expect(allowed.status == PAM_SUCCESS)
    }

    @Test("a token file others can read is refused")
    func exposedToken() throws {
        let service = try Service()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: service.dir + "/host.token")
        let result = try ChauthtokTests.run(arguments(service), answers: ["Kq9#Lmv2Tz5!", "Kq9#Lmv2Tz5!"])
        #expect(result.status == PAM_AUTHTOK_ERR)
    }
}
