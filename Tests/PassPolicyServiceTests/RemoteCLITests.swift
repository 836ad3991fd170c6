import Foundation
import PassPolicyTestSupport
import Testing

/// The CLI on a host whose `store` is a passpolicyd over TLS: `record`, `check`, `history`,
/// `due` and `forget` go through the service's API with the host's token (a root-only file),
/// not a database; the rules are still checked locally.
@Suite(.serialized) struct RemoteCLITests {
    /// A host's config: the service, its token file (0600) and the certificate to trust.
    func hostConfig(_ fixture: ServiceFixture, port: Int, token name: String) throws -> String {
        let token = fixture.directory + "/\(name).token"
        FileManager.default.createFile(atPath: token, contents: Data(((fixture.tokens[name] ?? "") + "\n").utf8),
                                       attributes: [.posixPermissions: 0o600])
        let config = fixture.directory + "/\(name).conf"
        try """
            dictpath = \(ServiceFixture.wordList)
            store = https://127.0.0.1:\(port)
            token_file = \(token)
            ca_file = \(fixture.certificate)
            system = \(name)

            """.write(toFile: config, atomically: true, encoding: .utf8)
        return config
    }

    func passpolicy(_ arguments: [String], config: String, stdin: String = "") throws -> Spawn.Output {
        try Spawn.run(ServiceFixture.binary("passpolicy"), arguments + ["--config", config], stdin: Array(stdin.utf8))
    }

    @Test func recordCheckHistoryDueAndForgetThroughTheService() throws {
        let fixture = try ServiceFixture(tls: true)
        let dir = fixture.directory
        let port = PostgresTestServer.freePort()
        let daemon = DaemonProcess(fixture, port: port, tls: true)
        try daemon.start(extraCurl: ["--cacert", fixture.certificate])
        defer { daemon.stop() }
        // The host configs live beside the service's; their tokens are the fixture's.
        let (vle, mail, admin) = (try hostConfig(fixture, port: port, token: "vle"), try hostConfig(fixture, port: port, token: "mail"),
                                  try hostConfig(fixture, port: port, token: "admin"))
        let secret = "Hv6%Tq2!Rm9z"

        let record = try passpolicy(["record", "--user", "cerys"], config: vle, stdin: secret + "\n")
        #expect(record.status == 0, "\(record.stderr)")
        // Another system's host: refused as reuse, found by the service; a local rule once.
        let check = try passpolicy(["check", "--user", "cerys", "--format", "json"], config: mail, stdin: secret + "\n")
        #expect(check.status == 1)
        #expect(check.stdout.contains("\"rule\": \"reuse\""))
        let weak = try passpolicy(["check", "--user", "cerys", "--format", "json"], config: mail, stdin: "abc\n")
        #expect(weak.stdout.components(separatedBy: "\"rule\": \"min-length\"").count == 2)

        let history = try passpolicy(["history", "--user", "cerys", "--format", "json"], config: admin)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("\"system\": \"vle\"") || history.stdout.contains("\"system\":\"vle\""), "\(history.stdout)")
        // A system token may not read histories: the service's 403 is an error, not "no history".
        #expect(try passpolicy(["history", "--user", "cerys"], config: mail).status == 2)

        let empty = dir + "/empty"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let due = try passpolicy(["due", "--all", "--format", "json", "--shadow", empty, "--passwd", empty], config: admin)
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("\"user\":\"cerys\"") && due.stdout.contains("\"source\":\"vle\""), "\(due.stdout)")

        #expect(try passpolicy(["forget", "--user", "cerys"], config: admin).status == 0)
        let after = try passpolicy(["check", "--user", "cerys", "--format", "json"], config: mail, stdin: secret + "\n")
        #expect(after.status == 0, "\(after.stdout)")

        // The service stopped: "cannot be reached", exit 2, no verdict of "accepted".
        daemon.stop()
        let down = try passpolicy(["check", "--user", "cerys"], config: mail, stdin: "Zr7!Lp3#Qm8$\n")
        #expect(down.status == 2, "\(down.stdout)\(down.stderr)")
    }
}
