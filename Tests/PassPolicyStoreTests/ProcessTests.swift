import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// The built CLI binary: `$PASSPOLICY_BIN`, else the one next to this test bundle.
enum CLIBinary {
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["PASSPOLICY_BIN"] { return path }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("passpolicy").path
    }

    /// Starts `passpolicy record` for `user` with `password` on standard input.
    static func startRecord(_ password: String, user: String, system: String, store: String) throws -> Spawn.Child {
        try Spawn.start(path, ["record", "--config", emptyConfig, "--user", user, "--system", system, "--store", store],
                        stdin: Array((password + "\n").utf8))
    }

    /// A config file with the defaults, so that /etc/security/passpolicy.conf plays no part.
    static let emptyConfig: String = {
        let path = (try? TemporaryDirectory.make()).map { $0 + "/empty.conf" } ?? "/tmp/passpolicy-test-empty-\(getpid()).conf"
        _ = FileManager.default.createFile(atPath: path, contents: Data("# defaults\n".utf8))
        return path
    }()
}

/// Many processes at once, and processes killed mid-write, against both real stores.
@Suite struct ProcessTests {
    @Test(arguments: Backend.allCases)
    func twentyParallelRecordsLoseNoEntry(_ backend: Backend) throws {
        let store = try backend.makeLocation()
        let user = uniqueUser("par")
        let passwords = (0..<20).map { "Parallel-\($0)-Quokka-\($0 * 37)" }
        let children = try passwords.enumerated().map { i, p in
            try CLIBinary.startRecord(p, user: user, system: "sys\(i % 5)", store: store)
        }
        let outputs = children.map { $0.wait() }
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
        }
        let entries = try HistoryStores.open(store).entries(of: user)
        #expect(entries.count == 20)
        // Every process used the one salt of the person, whoever inserted it first.
        let salts = Set(entries.compactMap { PHCString(parsing: $0.exactHash)?.salt })
        #expect(salts.count == 1)
        // Each system's current password is one of the recorded ones and is recognised.
        let service = try backend.service(location: store)
        let current = Dictionary(entries.map { ($0.system, $0) }, uniquingKeysWith: { _, last in last })
        #expect(current.count == 5)
        var reused = 0
        for p in passwords where try service.rules(p, user: user, system: "elsewhere") == [.reuse] {
            reused += 1
        }
        #expect(reused == 5)
    }

    @Test(arguments: Backend.allCases)
    func killedWritersLeaveAConsistentStore(_ backend: Backend) throws {
        let store = try backend.makeLocation()
        let user = uniqueUser("kill")
        // Three complete records first: the store and the person exist however slow the
        // machine, and their duration shows when, roughly, a record writes (at its end,
        // after the KDF). The kills below are aimed around that moment; where they land
        // varies, and no assertion depends on it.
        var durations: [Double] = []
        for k in 0..<3 {
            let t0 = monotonicMilliseconds()
            let full = try CLIBinary.startRecord("Before-The-Storm-\(k)x", user: user, system: "k\(k)", store: store).wait()
            #expect(full.status == 0, "\(full.stderr)")
            durations.append(monotonicMilliseconds() - t0)
        }
        let typical = durations.sorted()[1]
        var launched = 3
        var succeeded = 3
        for round in 0..<16 {
            // Three writers at a time (slower together than one alone), killed between 0.8 and
            // 2.4 times a typical record:
            // during the KDF, waiting for the lock, the write itself, or just after it.
            let children = try (0..<3).map { k in
                try CLIBinary.startRecord("Killed-\(round)-\(k)-Walrus", user: user, system: "k\(k)", store: store)
            }
            launched += children.count
            let delay = typical * (0.8 + 1.6 * Double(round) / 16)
            usleep(useconds_t(max(0, delay * 1000)))
            for child in children { child.kill(SIGKILL) }
            for child in children where child.wait().status == 0 { succeeded += 1 }
        }
        if backend == .sqlite {
            let db = try SQLiteDatabase(path: store, create: false, busyTimeoutMilliseconds: 5000)
            #expect(try db.query("PRAGMA integrity_check") == [[.text("ok")]])
        }
        let entries = try HistoryStores.open(store).entries(of: user)
        #expect(entries.count >= succeeded && entries.count <= launched)
        let salts = Set(entries.compactMap { PHCString(parsing: $0.exactHash)?.salt })
        #expect(salts.count == 1)
        for e in entries {
            #expect(PHCString(parsing: e.exactHash) != nil && PHCString(parsing: e.similarHash) != nil)
        }
        // The store takes new writes and answers checks.
        let after = try CLIBinary.startRecord("After-The-Storm-42", user: user, system: "k0", store: store).wait()
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try backend.service(location: store).rules("After-The-Storm-42", user: user, system: "k9") == [.reuse])
        #expect(try HistoryStores.open(store).entries(of: user).count == entries.count + 1)
    }

    @Test func recordHistoryForgetThroughTheCLI() throws {
        let store = try TemporaryDirectory.make() + "/h.db"
        let cli = CLIBinary.path, config = CLIBinary.emptyConfig
        #expect(try CLIBinary.startRecord("Beacon-Thimble-5", user: "carol", system: "mail", store: store).wait().status == 0)
        let listed = try Spawn.run(cli, ["history", "--config", config, "--user", "carol", "--store", store, "--format", "json"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\"system\": \"mail\""))
        #expect(!listed.stdout.contains("argon2"))
        let forgot = try Spawn.run(cli, ["forget", "--config", config, "--user", "carol", "--store", store])
        #expect(forgot.status == 0)
        #expect(forgot.stdout.contains("1"))
        let empty = try Spawn.run(cli, ["history", "--config", config, "--user", "carol", "--store", store])
        #expect(empty.stdout.contains("No password history"))
        // No password on stdin, and an unreachable store: exit 2, no password in the message.
        let none = try Spawn.run(cli, ["record", "--config", config, "--user", "carol", "--store", store])
        #expect(none.status == 2)
        let down = try CLIBinary.startRecord("Beacon-Thimble-5", user: "carol", system: "mail",
                                             store: "postgresql://pp:Hunter2Db@127.0.0.1:\(PostgresTestServer.freePort())/x").wait()
        #expect(down.status == 2)
        #expect(down.stderr.contains("cannot be reached"))
        #expect(!down.stderr.contains("Hunter2Db") && !down.stderr.contains("Beacon"))
    }
}

func monotonicMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}
