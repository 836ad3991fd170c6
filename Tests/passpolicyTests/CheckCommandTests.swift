import Foundation
import Testing

/// A config file in a temporary folder, removed by the caller.
func temporaryConfig(_ text: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("passpolicy.conf")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
}

@Suite struct CheckCommandTests {
    let config: URL

    init() throws {
        // The dictionary rule has its own CLI tests with a compiled word list, the history
        // its own suites: never the machine's store (whose directory may not exist here,
        // which is an error, not an empty history).
        config = try temporaryConfig("dictcheck = no\nstore = none\n")
    }

    func check(_ stdin: String, _ args: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", "--config", config.path] + args, stdin: stdin)
    }

    @Test func acceptedExitsZero() throws {
        let r = try check("zKEy%7trPwqx\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("ACCEPTED"))
    }

    @Test func rejectedListsEveryRuleAndExitsOne() throws {
        let r = try check("Parry&Tide7\n", ["--user", "lee.parry"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("repeated-char:"))
        #expect(r.stdout.contains("username:"))
        #expect(!r.stdout.contains("Parry&Tide7"))
        #expect(!r.stdout.contains("Tide"))
    }

    @Test func jsonOutput() throws {
        let r = try check("Sian#2023x\n", ["--user", "shughes", "--full-name", "Sian Hughes", "--format", "json"])
        #expect(r.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["accepted"] as? Bool == false)
        let violations = object?["violations"] as? [[String: String]] ?? []
        #expect(violations.map { $0["rule"] } == ["personal-info"])
        #expect(violations.first?["message"]?.contains("Sian#2023x") == false)
    }

    @Test func readsOnlyTheFirstLine() throws {
        #expect(try check("zKEy%7trPwqx\nshort\n").status == 0)
        #expect(try check("zKEy%7trPwqx\r\n").status == 0)   // a CRLF line end is not part of it
    }

    @Test func emptyInputAndHugeLinesGetAVerdict() throws {
        let empty = try check("", ["--format", "json"])
        #expect(empty.status == 1 && empty.stdout.contains("min-length"))
        let huge = try CLIRunner.run(["check", "--config", config.path, "--format", "json"],
                                     stdin: Data(repeating: 0x41, count: 10 << 20))
        #expect(huge.status == 1 && huge.stdout.contains("max-length"))
    }

    @Test func invalidUTF8AndNUL() throws {
        var bytes = Data("Abc1!x".utf8); bytes.append(0xFF); bytes.append(contentsOf: "yz\n".utf8)
        let r = try CLIRunner.run(["check", "--config", config.path, "--format", "json"], stdin: bytes)
        #expect(r.status == 1 && r.stdout.contains("\"encoding\""))
        var nul = Data("Abc1!x".utf8); nul.append(0); nul.append(contentsOf: "yz\n".utf8)
        #expect(try CLIRunner.run(["check", "--config", config.path], stdin: nul).stdout.contains("encoding"))
    }

    @Test func batchWritesOneObjectPerLineInOrder() throws {
        let lines = ["zKEy%7trPwqx", "short", "", "Qm7#vLp2Xw9!", "aa"]
        let r = try check(lines.joined(separator: "\n") + "\n", ["--batch"])
        #expect(r.status == 1)
        let outLines = r.stdout.split(separator: "\n")
        #expect(outLines.count == lines.count)
        for (i, line) in outLines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["line"] as? Int == i + 1)
        }
        #expect(outLines[0] == #"{"line": 1, "accepted": true, "violations": []}"#)
        #expect(outLines[1].contains("\"accepted\": false"))
        #expect(!r.stdout.contains("zKEy") && !r.stdout.contains("Qm7#"))
        let all = try check("zKEy%7trPwqx\nQm7#vLp2Xw9!", ["--batch"])
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 2)   // a last line without newline counts
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try check("x\n", ["--batch", "--format", "text"]).status == 2)
        #expect(try check("x\n", ["--no-such-flag"]).status == 2)
        #expect(try CLIRunner.run(["check", "zKEy%7trPwqx"], stdin: "").status == 2)   // no password on argv
    }

    @Test func configErrorsNameFileLineAndKey() throws {
        let bad = try temporaryConfig("dictcheck = no\nminlen = 8\nminlenn = 10\n")
        let r = try CLIRunner.run(["check", "--config", bad.path], stdin: "zKEy%7trPwqx\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(bad.path):3: key 'minlenn'"))
        let missing = try CLIRunner.run(["check", "--config", "/nonexistent/x.conf"], stdin: "zKEy%7trPwqx\n")
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/x.conf"))
    }

    @Test func missingWordListIsNamed() throws {
        let conf = try temporaryConfig("dictpath = /nonexistent/words.pwdict\n")
        let r = try CLIRunner.run(["check", "--config", conf.path], stdin: "zKEy%7trPwqx\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/words.pwdict"))
        #expect(r.stderr.contains("passpolicy dict build"))
    }

    @Test func configFlagsOverrideTheFile() throws {
        let conf = try temporaryConfig("dictcheck = no\nminlen = 14\n")
        let r = try CLIRunner.run(["check", "--config", conf.path], stdin: "zKEy%7trPwqx\n")
        #expect(r.status == 1 && r.stdout.contains("min-length"))
    }
}

@Suite struct ConfigCommandTests {
    @Test func showsEffectiveSettingsAndOrigins() throws {
        let conf = try temporaryConfig("# school policy\nminlen = 10\n")
        let r = try CLIRunner.run(["config", "--config", conf.path], stdin: "")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let minlen = try #require(lines.first { $0.hasPrefix("minlen ") })
        let minclass = try #require(lines.first { $0.hasPrefix("minclass ") })
        #expect(minlen.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == ["minlen", "=", "10", "#", "\(conf.path):2"])
        #expect(minclass.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == ["minclass", "=", "3", "#", "default"])
        // The columns are aligned: every "=" and every "#" at the same place.
        let settings = lines.filter { !$0.hasPrefix("#") }
        #expect(Set(settings.compactMap { line in line.firstIndex(of: "=").map { line.distance(from: line.startIndex, to: $0) } }).count == 1)
        #expect(Set(settings.map { $0.split(separator: "#", maxSplits: 1)[0].count }).count == 1)
    }

    /// pam/passpolicy.conf is the documented example: it must be exactly what the option
    /// table generates, so the docs cannot drift from the code.
    @Test func exampleFileMatchesTheOptionTable() throws {
        let r = try CLIRunner.run(["config", "--example"], stdin: "")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("pam/passpolicy.conf"), encoding: .utf8)
        #expect(r.stdout == file, "regenerate with: passpolicy config --example > pam/passpolicy.conf")
        // And the example parses with every default in force.
        let parsed = try CLIRunner.run(["config", "--config", root.appendingPathComponent("pam/passpolicy.conf").path], stdin: "")
        #expect(parsed.status == 0)
    }
}

@Suite struct CheckWithHistoryTests {
    @Test func reuseOnAnotherSystemAndVariantsAreRefused() throws {
        let config = try temporaryConfig("dictcheck = no\n")
        let store = config.deletingLastPathComponent().appendingPathComponent("history.db").path
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        let recorded = try CLIRunner.run(["record", "--config", config.path, "--user", "u1", "--system", "portal", "--store", store],
                                         stdin: "Autumn2024!\n")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let reuse = try CLIRunner.run(["check", "--config", config.path, "--user", "u1", "--system", "linux", "--store", store, "--format", "json"],
                                      stdin: "Autumn2024!\n")
        #expect(reuse.status == 1 && reuse.stdout.contains("\"reuse\""))
        #expect(reuse.stdout.contains("portal"))
        let similar = try CLIRunner.run(["check", "--config", config.path, "--user", "u1", "--system", "linux", "--store", store, "--format", "json"],
                                        stdin: "autumn2025?\n")
        #expect(similar.status == 1 && similar.stdout.contains("\"similar\""))
        let fresh = try CLIRunner.run(["check", "--config", config.path, "--user", "u1", "--system", "linux", "--store", store],
                                      stdin: "Wp4&zRt8Nq\n")
        #expect(fresh.status == 0)
        // Another person's history is not this person's.
        let other = try CLIRunner.run(["check", "--config", config.path, "--user", "u2", "--store", store], stdin: "Autumn2024!\n")
        #expect(other.status == 0)
    }

    @Test func unreachableStoreIsAnErrorUnlessAllowed() throws {
        let url = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"
        let refuse = try temporaryConfig("dictcheck = no\nstore = \(url)\n")
        let r = try CLIRunner.run(["check", "--config", refuse.path, "--user", "u1"], stdin: "Wp4&zRt8Nq\n")
        #expect(r.status == 2 && !r.stderr.contains("Wp4&"))
        let allow = try temporaryConfig("dictcheck = no\nstore = \(url)\nstore_unavailable = allow\n")
        let a = try CLIRunner.run(["check", "--config", allow.path, "--user", "u1"], stdin: "Wp4&zRt8Nq\n")
        #expect(a.status == 0 && a.stderr.contains("warning"))
    }
}
