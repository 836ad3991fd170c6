import Foundation
import PassPolicy
import PassPolicyTestSupport
import Testing

/// `passpolicyd` as an admin runs it: a separate process, reached over loopback with curl.
@Suite(.serialized) struct DaemonTests {
    @Test func sqliteStoreEndToEnd() throws {
        let fixture = try ServiceFixture(extra: ["history_checks_per_hour = 5"])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        let secret = "Lantern!Quiver!Basalt6"
        let check = try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"], body: json(["password": secret]))
        #expect(check.status == 200)
        #expect(check.body.contains("\"accepted\": true"))
        let recorded = try daemon.request("POST", "/v1/changes", token: fixture.tokens["vle"], body: json(["user": "lee.parry", "password": secret]))
        #expect(recorded.status == 201)
        let reuse = try daemon.request("POST", "/v1/check", token: fixture.tokens["mail"], body: json(["user": "lee.parry", "password": secret]))
        #expect(reuse.body.contains("\"rule\": \"reuse\""))
        #expect(try daemon.request("POST", "/v1/check", body: json(["password": secret])).status == 401)
        #expect(try daemon.request("GET", "/v1/due", token: fixture.tokens["vle"]).status == 403)
        #expect(try daemon.request("POST", "/v1/check", token: fixture.tokens["vle"],
                                   body: json(["password": String(repeating: "y", count: 9000)])).status == 413)
        #expect(try daemon.request("DELETE", "/v1/check", token: fixture.tokens["admin"]).status == 405)
        for _ in 0..<5 { _ = try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"], body: json(["user": "lee.parry", "password": "x"])) }
        #expect(try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"],
                                   body: json(["user": "lee.parry", "password": "x"])).status == 429)
        let output = daemon.stop()
        // Nothing the service printed holds the password or a token.
        for leaked in [secret] + Array(fixture.tokens.values) {
            #expect(!output.stdout.contains(leaked) && !output.stderr.contains(leaked))
        }
    }

    /// Two instances on one PostgreSQL server share histories and tokens.
    @Test func twoInstancesShareOnePostgres() throws {
        let url = try PostgresTestServer.url()
        let database = "pp_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try Spawn.run("/usr/bin/psql", [url, "-q", "-c", "CREATE DATABASE \(database)"])
        let store = String(url.dropLast("postgres".count)) + database
        let fixture = try ServiceFixture(store: store)
        let first = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        let second = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try first.start()
        try second.start()
        defer { first.stop(); second.stop() }
        let secret = "Marble=Tundra=Whisk5"
        #expect(try first.request("POST", "/v1/changes", token: fixture.tokens["vle"],
                                  body: json(["user": "cerys", "password": secret])).status == 201)
        let answer = try second.request("POST", "/v1/check", token: fixture.tokens["mail"], body: json(["user": "cerys", "password": secret]))
        #expect(answer.status == 200)
        #expect(answer.body.contains("\"rule\": \"reuse\""))
        // A token revoked through the CLI stops working on both within a second or so.
        #expect(try fixture.cli(["token", "revoke", "mail"]).status == 0)
        sleep(2)
        #expect(try first.request("POST", "/v1/check", token: fixture.tokens["mail"], body: json(["password": "a"])).status == 401)
        #expect(try second.request("POST", "/v1/check", token: fixture.tokens["mail"], body: json(["password": "a"])).status == 401)
    }

    @Test func tlsWithASelfSignedCertificate() throws {
        let fixture = try ServiceFixture(tls: true)
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort(), tls: true)
        try daemon.start(extraCurl: ["--cacert", fixture.certificate])
        defer { daemon.stop() }
        let answer = try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"], body: json(["password": "abc"]),
                                        curl: ["--cacert", fixture.certificate])
        #expect(answer.status == 200)
        #expect(answer.body.contains("min-length"))
        // Without the CA the certificate is not trusted: nothing is answered.
        #expect(try daemon.request("GET", "/v1/policy").status == 0)
    }

    @Test func plainHTTPOffLoopbackIsRefused() throws {
        let fixture = try ServiceFixture(extra: ["listen = 0.0.0.0:8743"], tokens: [:])
        let refused = try Spawn.run(ServiceFixture.binary("passpolicyd"), ["--check-config", "--config", fixture.configPath])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("insecure_http"))
        let allowed = try ServiceFixture(extra: ["listen = 0.0.0.0:8743", "insecure_http = yes"], tokens: [:])
        #expect(try Spawn.run(ServiceFixture.binary("passpolicyd"), ["--check-config", "--config", allowed.configPath]).status == 0)
        let broken = try ServiceFixture(extra: ["kdf_concurrency = lots"], tokens: [:])
        let error = try Spawn.run(ServiceFixture.binary("passpolicyd"), ["--check-config", "--config", broken.configPath])
        #expect(error.status == 2)
        #expect(error.stderr.contains("passpolicy.conf:4: key 'kdf_concurrency'"))
    }

    /// A client sending one byte a second is cut off after `request_timeout`; others are served.
    @Test func slowClientIsCutOff() throws {
        let fixture = try ServiceFixture(extra: ["request_timeout = 2"], tokens: [:])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        defer { daemon.stop() }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(daemon.port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        signal(SIGPIPE, SIG_IGN)
        let request = Array("GET /v1/policy HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) + [UInt8](repeating: 0x61, count: 20)
        var closed = false
        for byte in request {
            if send(fd, [byte], 1, 0) != 1 { closed = true; break }
            // A closed connection reads as end of file.
            var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&pollfd, 1, 1000) > 0 {
                var buffer = [UInt8](repeating: 0, count: 64)
                if recv(fd, &buffer, 64, 0) <= 0 { closed = true; break }
            }
        }
        #expect(closed, "the server kept a 1-byte-a-second request open for \(request.count) seconds")
        #expect(try daemon.request("GET", "/v1/policy").status == 200)
    }
}

/// The helpdesk page in real headless Chromium (Debian's chromium, chromium-driver and
/// python3-selenium): sign in, every rule ticked or crossed as a candidate is typed.
@Suite(.serialized) struct HelpdeskPageTests {
    @Test func pageInHeadlessChromium() throws {
        let fixture = try ServiceFixture(extra: ["history_checks_per_hour = 0"])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        defer { daemon.stop() }
        let page = try daemon.request("GET", "/")
        #expect(page.status == 200 && page.body.contains("name=\"token\""))
        let script = ServiceFixture.packageRoot.appendingPathComponent("Tests/PassPolicyServiceTests/Scripts/helpdesk_page.py").path
        // The screenshot is kept as the test's artefact.
        let artefacts = ServiceFixture.packageRoot.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let screenshot = artefacts.appendingPathComponent("helpdesk-page.png").path
        let run = try Spawn.run("/usr/bin/python3", [script, daemon.base, screenshot], stdin: Array(((fixture.tokens["helpdesk"] ?? "") + "\n").utf8))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr.suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: screenshot))
        let output = daemon.stop()
        #expect(!output.stderr.contains("Quartz$Meadow$Lantern4") && !output.stderr.contains("Parry&Tide7"))
    }

    @Test func pageHeaders() throws {
        let fixture = try ServiceFixture(tokens: [:])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        defer { daemon.stop() }
        let headers = try Spawn.run("/usr/bin/curl", ["-sS", "-D", "-", "-o", "/dev/null", daemon.base + "/"]).stdout.lowercased()
        #expect(headers.contains("content-security-policy: default-src 'none'; script-src 'self'"))
        #expect(!headers.contains("unsafe-inline"))
        #expect(headers.contains("set-cookie") == false)
        #expect(try daemon.request("GET", "/helpdesk.js").body.contains("sessionStorage"))
    }
}
