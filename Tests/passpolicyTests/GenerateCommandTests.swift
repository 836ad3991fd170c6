import Foundation
import Testing

/// `passpolicy generate`: every password it prints passes `check` under the same policy.
@Suite struct GenerateCommandTests {
    /// The word list scripts/test.sh compiles from the real Debian lists.
    static let wordList: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/test-words.pwdict").path
    }()

    func generatedPassCheck(_ config: String, count: Int = 200, extra: [String] = []) throws -> [String] {
        let conf = try temporaryConfig("dictpath = \(Self.wordList)\nstore = none\n" + config)
        let g = try CLIRunner.run(["generate", "--config", conf.path, "--count", "\(count)"] + extra)
        #expect(g.status == 0, "\(g.stderr)")
        let lines = g.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == count)
        #expect(Set(lines).count == lines.count)
        let c = try CLIRunner.run(["check", "--batch", "--config", conf.path], stdin: lines.joined(separator: "\n") + "\n")
        #expect(c.status == 0, "refused: \(c.stdout.split(separator: "\n").filter { $0.contains("\"accepted\": false") }.prefix(5))")
        return lines
    }

    @Test func defaultPolicy() throws {
        let lines = try generatedPassCheck("")
        for l in lines {
            let hasDigit = l.contains(where: { $0.isNumber })
            #expect(hasDigit)
            let hasSymbol = l.contains(where: { "!#%+=?@*-".contains($0) })
            #expect(hasSymbol)
            #expect(l.filter(\.isUppercase).count == 3)
        }
    }

    @Test func stricterPolicies() throws {
        _ = try generatedPassCheck("minlen = 24\nminclass = 4\n", count: 50)
        _ = try generatedPassCheck("maxrepeat = 1\nminguesses = 1000000000000000\n", count: 50)
        let four = try generatedPassCheck("", count: 20, extra: ["--words", "4"])
        for l in four { #expect(l.filter(\.isUppercase).count == 4) }
    }

    @Test func badCountIsAUsageError() throws {
        let r = try CLIRunner.run(["generate", "--count", "0"])
        #expect(r.status == 2)
    }
}
