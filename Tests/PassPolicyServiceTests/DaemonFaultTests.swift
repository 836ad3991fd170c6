import Foundation
import PassPolicy
import PassPolicyTestSupport
import Synchronization
import Testing

/// The service when things go wrong: the database stops under load, the service is killed
/// mid-write. Nothing it acknowledged may be lost, and nothing may hang.
@Suite(.serialized) struct DaemonFaultTests {
    /// Records from `workers` threads until `stop()` says so; returns every user whose record
    /// was acknowledged (201) and every status seen.
    final class RecordLoad: Sendable {
        let acknowledged = Mutex<[String]>([])
        let statuses = Mutex<[Int: Int]>([:])
        let running = Atomic<Bool>(true)
        let group = DispatchGroup()

        init(_ daemon: DaemonProcess, token: String, workers: Int, prefix: String) {
            nonisolated(unsafe) let daemon = daemon
            for worker in 0..<workers {
                DispatchQueue.global().async(group: group) { [self] in
                    var i = 0
                    while running.load(ordering: .relaxed) && i < 2000 {
                        i += 1
                        let user = "\(prefix)-\(worker)-\(i)"
                        let status = (try? daemon.request("POST", "/v1/changes", token: token,
                                                          body: json(["user": user, "password": "Sable#Fjord#\(i)Kite"])).status) ?? -1
                        statuses.withLock { $0[status, default: 0] += 1 }
                        if status == 201 { acknowledged.withLock { $0.append(user) } }
                    }
                }
            }
        }

        func stop() -> [String] {
            running.store(false, ordering: .relaxed)
            group.wait()
            return acknowledged.withLock { $0 }
        }
    }

    /// Every user in `users` has a history in the store `fixture` uses.
    func expectRecorded(_ users: [String], _ fixture: ServiceFixture) throws {
        #expect(!users.isEmpty)
        var missing: [String] = []
        for user in users {
            let out = try fixture.cli(["history", "--user", user, "--format", "json"])
            if !out.stdout.contains("\"system\": \"admin\"") { missing.append(user) }
        }
        #expect(missing.isEmpty, "acknowledged but not in the history: \(missing.prefix(5))")
    }

    @Test(arguments: ["sqlite", "postgres"]) func killNineLosesNothingAcknowledged(_ backend: String) throws {
        var store: String? = nil
        if backend == "postgres" {
            let url = try PostgresTestServer.url()
            let database = "pp_\(UUID().uuidString.prefix(8).lowercased())"
            _ = try Spawn.run("/usr/bin/psql", [url, "-q", "-c", "CREATE DATABASE \(database)"])
            store = String(url.dropLast("postgres".count)) + database
        }
        let fixture = try ServiceFixture(store: store, extra: ["kdf_concurrency = 2"], tokens: ["admin": .admin])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        let load = RecordLoad(daemon, token: fixture.tokens["admin"] ?? "", workers: 4, prefix: "k9")
        // Let records flow, then kill the service mid-write.
        for _ in 0..<100 where load.acknowledged.withLock({ $0.count }) < 20 { usleep(100_000) }
        daemon.stop(SIGKILL)
        let acknowledged = load.stop()
        try expectRecorded(acknowledged, fixture)
        // It starts again on the same store.
        try daemon.start()
        #expect(try daemon.request("GET", "/healthz").status == 200)
        daemon.stop()
    }

    /// PostgreSQL stopped and started again under load: requests during the outage get 503
    /// (not a hang), the service recovers without a restart, every 201 is in the history.
    @Test func postgresOutageUnderLoad() throws {
        let server = try PostgresTestServer.startPrivate()
        let fixture = try ServiceFixture(store: server.url, extra: ["kdf_concurrency = 2"], tokens: ["admin": .admin, "helpdesk": .helpdesk])
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        defer { daemon.stop() }
        // Checks without history from wrk, when it is installed, while records run.
        var wrk: Spawn.Child?
        if access("/usr/bin/wrk", X_OK) == 0 {
            let script = fixture.directory + "/check.lua"
            try """
                wrk.method = "POST"
                wrk.body = '{"password": "Otter+Gravel+Mint4"}'
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Authorization"] = "Bearer \(fixture.tokens["helpdesk"] ?? "")"
                """.write(toFile: script, atomically: true, encoding: .utf8)
            wrk = try Spawn.start("/usr/bin/wrk", ["-t1", "-c8", "-d6s", "-s", script, daemon.base + "/v1/check"])
        }
        let load = RecordLoad(daemon, token: fixture.tokens["admin"] ?? "", workers: 3, prefix: "pgout")
        for _ in 0..<100 where load.acknowledged.withLock({ $0.count }) < 10 { usleep(100_000) }
        try server.stop()
        let before = load.statuses.withLock { $0[503, default: 0] }
        for _ in 0..<100 where load.statuses.withLock({ $0[503, default: 0] }) < before + 5 { usleep(100_000) }
        #expect(load.statuses.withLock { $0[503, default: 0] } >= before + 5, "requests during the outage did not get 503")
        #expect(try daemon.request("GET", "/healthz").status == 503)
        try server.start()
        let during = load.acknowledged.withLock { $0.count }
        for _ in 0..<200 where load.acknowledged.withLock({ $0.count }) < during + 10 { usleep(100_000) }
        #expect(load.acknowledged.withLock { $0.count } >= during + 10, "the service did not recover")
        let acknowledged = load.stop()
        _ = wrk?.wait()
        let statuses = load.statuses.withLock { $0 }
        #expect(Set(statuses.keys).isSubset(of: [201, 503]), "unexpected answers: \(statuses)")
        #expect(try daemon.request("GET", "/healthz").status == 200)
        try expectRecorded(acknowledged, fixture)
    }
}
