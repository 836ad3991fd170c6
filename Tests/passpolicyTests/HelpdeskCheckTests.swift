import Foundation
import Testing

/// A helpdesk member without root: `check --user` when the history cannot be read for lack
/// of permission gives the verdict on every other rule, a plain warning, and an exit code from
/// the rules, whatever `store_unavailable` says (see CandidateJudge). Root only: the test
/// records as root and checks as `nobody`.
@Suite(.enabled(if: getuid() == 0, "needs root: records as root, checks as nobody"))
struct HelpdeskCheckTests {
    let folder: URL
    let store: String
    let config: URL

    init() throws {
        folder = try DueFixtures.temporaryDirectory("passpolicy-helpdesk")
        chmod(folder.path, 0o755)
        let storeDir = folder.appendingPathComponent("private")
        try FileManager.default.createDirectory(at: storeDir, withIntermediateDirectories: true)
        chmod(storeDir.path, 0o700)  // root only, as /var/lib/passpolicy is
        store = storeDir.appendingPathComponent("history.db").path
        config = folder.appendingPathComponent("passpolicy.conf")
        try "dictcheck = no\nstore = \(store)\n".write(to: config, atomically: true, encoding: .utf8)
        chmod(config.path, 0o644)
    }

    func asNobody(_ args: [String], stdin: String) throws -> CLIRunner.Result {
        let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/runuser"
        return try CLIRunner.run(["-u", "nobody", "--", CLIRunner.binary.path] + args, stdin: Data(stdin.utf8),
                                 executable: URL(fileURLWithPath: runuser))
    }

    @Test func noPermissionWarnsAndTheRulesDecide() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let password = "Kq9#Lmv2Tz5!"
        let recorded = try CLIRunner.run(["record", "--config", config.path, "--user", "root", "--system", "portal"], stdin: password + "\n")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        // Root sees the reuse.
        let asRoot = try CLIRunner.run(["check", "--config", config.path, "--user", "root"], stdin: password + "\n")
        #expect(asRoot.status == 1)
        #expect(asRoot.stdout.contains("reuse"))

        // nobody cannot enter the store's directory: the other rules decide, with a warning.
        let reused = try asNobody(["check", "--config", config.path, "--user", "root"], stdin: password + "\n")
        #expect(reused.status == 0, "\(reused.stdout)\(reused.stderr)")
        #expect(reused.stdout.contains("ACCEPTED"))
        #expect(reused.stderr.contains("history not checked: permission denied on \(folder.path)/private"))
        let weak = try asNobody(["check", "--config", config.path, "--user", "root"], stdin: "abc\n")
        #expect(weak.status == 1)
        #expect(weak.stderr.contains("history not checked: permission denied"))
        // The same with store_unavailable = allow, and in a batch (one warning).
        try "dictcheck = no\nstore = \(store)\nstore_unavailable = allow\n".write(to: config, atomically: true, encoding: .utf8)
        let batch = try asNobody(["check", "--config", config.path, "--user", "root", "--batch"], stdin: "\(password)\nabc\n")
        #expect(batch.status == 1)
        #expect(batch.stderr.components(separatedBy: "history not checked").count == 2)
    }
}
