import Foundation
import Testing

/// The history store's location through the real CLI: only a missing file in a directory
/// that exists means "no history yet"; a missing or unenterable directory, a symbolic link or
/// a relative path stops the check (exit 2) or, for the unreachable cases, follows
/// `store_unavailable`; nothing ever creates a store's directories.
@Suite struct StoreLocationCLITests {
    let folder: URL
    let config: URL
    let allow: URL
    static let password = "Kq9#Lmv2Tz5!"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-storeloc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        config = folder.appendingPathComponent("refuse.conf")
        try "dictcheck = no\n".write(to: config, atomically: true, encoding: .utf8)
        allow = folder.appendingPathComponent("allow.conf")
        try "dictcheck = no\nstore_unavailable = allow\n".write(to: allow, atomically: true, encoding: .utf8)
    }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    func run(_ command: String, store: String, config: URL? = nil, system: String = "b") throws -> CLIRunner.Result {
        var args = [command, "--config", (config ?? self.config).path, "--user", "alice", "--store", store]
        if command != "history" && command != "forget" { args += ["--system", system] }
        return try CLIRunner.run(args, stdin: Self.password + "\n")
    }

    @Test func aStoreWhoseDirectoryWentAwayIsNotAnEmptyHistory() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: path("share"), withIntermediateDirectories: false)
        let store = path("share/h.db")
        #expect(try run("record", store: store, system: "a").status == 0)
        #expect(try run("check", store: store).status == 1)  // reuse

        // The share is unmounted: moved away.
        try FileManager.default.moveItem(atPath: path("share"), toPath: path("share.away"))
        let refused = try run("check", store: store)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the directory \(path("share")) does not exist"))
        #expect(!refused.stdout.contains("ACCEPTED"))
        let allowed = try run("check", store: store, config: allow)
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("warning:") && allowed.stderr.contains("does not exist"))

        // Recording never creates the missing directory.
        let recorded = try run("record", store: store)
        #expect(recorded.status == 2)
        #expect(recorded.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: path("share")))
    }

    @Test func aRelativeStoreIsRefusedByCheckAsByRecord() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["check", "record"] {
            let r = try run(command, store: "share/h.db")
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr.contains("is neither an absolute file path"), "\(command)")
        }
    }

    /// Issue 15 (helpdesk without root) decides this case for `check`, which sets no
    /// password: a reader without permission gets the other rules' verdict and a warning that
    /// names the directory, never a silent "no history" (issue 13, D1). The PAM module and the
    /// service still treat such a store as unreachable (store_unavailable): see CandidateJudge.
    @Test("a directory the user cannot enter is never read as empty: check warns that the history was not checked", .enabled(if: getuid() == 0))
    func anUnenterableDirectory() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o755)
        try FileManager.default.createDirectory(atPath: path("private"), withIntermediateDirectories: false)
        let store = path("private/h.db")
        #expect(try run("record", store: store, system: "a").status == 0)
        chmod(path("private"), 0o700)
        chmod(config.path, 0o644)
        let r = try CLIRunner.run(["check", "--config", config.path, "--user", "alice", "--system", "b", "--store", store],
                                  redirection: "<<'EOF'\n\(Self.password)\nEOF\n", user: "nobody")
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")  // the other rules pass; reuse could not be checked
        #expect(r.stderr.contains("history not checked: permission denied on \(path("private"))"))
        // `record` by the same user is still an error (it would split the history).
        let record = try CLIRunner.run(["record", "--config", config.path, "--user", "alice", "--system", "b", "--store", store],
                                       redirection: "<<'EOF'\n\(Self.password)\nEOF\n", user: "nobody")
        #expect(record.status == 2)
    }

    @Test func symbolicLinksAnywhereInThePathAreRefusedAndNothingIsCreated() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: path("real"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("linkdir"), withDestinationPath: path("real"))
        for command in ["record", "check", "history"] {
            let r = try run(command, store: path("linkdir/h.db"))
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr.contains("\(path("linkdir")) is a symbolic link; symbolic link refused"), "\(command): \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("real")).isEmpty)
        // The file itself as a link.
        #expect(try run("record", store: path("real/h.db"), system: "a").status == 0)
        try FileManager.default.createSymbolicLink(atPath: path("real/link.db"), withDestinationPath: path("real/h.db"))
        let r = try run("check", store: path("real/link.db"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("symbolic link refused"))
    }

    @Test func historyAndForgetOfAMissingStoreSayNotFound() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["history", "forget"] {
            let r = try run(command, store: path("missing.db"))
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr.contains("store not found"), "\(command)")
            #expect(!r.stdout.contains("No password history"))
        }
        #expect(!FileManager.default.fileExists(atPath: path("missing.db")))
    }

    /// A file that is not a database: refused by default; with `store_unavailable = allow`
    /// the check goes on without the history, and says the store is damaged.
    @Test func aDamagedStoreFollowsStoreUnavailable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = path("damaged.db")
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: store))
        let refused = try run("check", store: store)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is damaged (file is not a database)"))
        let allowed = try run("check", store: store, config: allow)
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("warning:") && allowed.stderr.contains("is damaged"))
        // Recording is not a check: it never goes on without the store.
        #expect(try run("record", store: store, config: allow).status == 2)
    }
}
