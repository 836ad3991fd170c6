import Foundation
import Testing

/// `passpolicy check` under Welsh and English locales: the real binary, the catalogs compiled
/// by msgfmt (scripts/build-locale.sh), no generated locale.
@Suite struct WelshCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let locale = root.appendingPathComponent(".build/locale").path

    let config: URL

    init() throws {
        if !FileManager.default.fileExists(atPath: Self.locale + "/cy/LC_MESSAGES/passpolicy.mo") {
            let build = Process()
            build.executableURL = Self.root.appendingPathComponent("scripts/build-locale.sh")
            build.arguments = [Self.locale]
            try build.run()
            build.waitUntilExit()
        }
        // The dictionary rule too when scripts/test.sh compiled the word list.
        let words = ProcessInfo.processInfo.environment["PASSPOLICY_TEST_DICT"]
            ?? Self.root.appendingPathComponent(".build/test-words.pwdict").path
        let dictionary = FileManager.default.fileExists(atPath: words) ? "dictpath = \(words)" : "dictcheck = no"
        config = try temporaryConfig("\(dictionary)\nstore = none\n")
    }

    /// `check --user lee.parry` under `environment` (plus PATH and the test catalogs).
    func check(_ password: String, _ environment: [String: String], _ extra: [String] = []) throws -> CLIRunner.Result {
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["PASSPOLICY_LOCALEDIR"] = Self.locale
        return try CLIRunner.run(["check", "--config", config.path, "--user", "lee.parry"] + extra,
                                 stdin: Data((password + "\n").utf8), environment: env)
    }

    /// The rule ids and messages of a text verdict.
    func violations(_ output: String) -> [(rule: String, message: String)] {
        output.split(separator: "\n").filter { $0.hasPrefix("  - ") }.compactMap { line in
            let body = line.dropFirst(4)
            guard let colon = body.firstIndex(of: ":") else { return nil }
            return (String(body[..<colon]), String(body[body.index(colon, offsetBy: 2)...]))
        }
    }

    static let weak = ["ParryParry1", "ab", "Jennifer&37", "Yrrap.eel99", "aaaa\u{200B}Bb1!"]

    @Test("LANG=cy_GB.UTF-8 and LANGUAGE=cy: every violation in Welsh, the same rule ids as in English",
          arguments: [["LANG": "cy_GB.UTF-8"], ["LANGUAGE": "cy"], ["LC_ALL": "cy_GB.UTF-8", "LANG": "en_GB.UTF-8"]])
    func welsh(_ environment: [String: String]) throws {
        for password in Self.weak {
            let english = try check(password, ["LANG": "en_GB.UTF-8"])
            let welsh = try check(password, environment)
            #expect(welsh.status == 1 && english.status == 1)
            #expect(welsh.stdout.hasPrefix("GWRTHODWYD: "), "\(welsh.stdout)")
            let en = violations(english.stdout), cy = violations(welsh.stdout)
            #expect(en.map(\.rule) == cy.map(\.rule))
            #expect(!cy.isEmpty)
            for (e, c) in zip(en, cy) {
                #expect(e.message != c.message, "not in Welsh: \(c.message)")
                #expect(!c.message.contains("The password") && !c.message.contains(" the "), "English left: \(c.message)")
            }
        }
        let accepted = try check("zKEy%7trPwqx", environment)
        #expect(accepted.status == 0)
        #expect(accepted.stdout.hasPrefix("DERBYNIWYD: "))
    }

    @Test("--format json: the rule ids are the same in Welsh; only the messages change")
    func json() throws {
        for password in Self.weak {
            let english = try check(password, ["LANG": "C"], ["--format", "json"])
            let welsh = try check(password, ["LANG": "cy_GB.UTF-8"], ["--format", "json"])
            func parse(_ text: String) throws -> [[String: String]] {
                let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                return object?["violations"] as? [[String: String]] ?? []
            }
            let en = try parse(english.stdout), cy = try parse(welsh.stdout)
            #expect(en.map { $0["rule"] } == cy.map { $0["rule"] })
            #expect(zip(en, cy).allSatisfy { $0["message"] != $1["message"] })
        }
    }

    @Test("LANG=en_GB.UTF-8, C and no locale at all: the English, unchanged")
    func englishUnchanged() throws {
        for password in Self.weak {
            let plain = try check(password, [:])
            #expect(plain.stdout.hasPrefix("REJECTED: "))
            #expect(try check(password, ["LANG": "en_GB.UTF-8"]).stdout == plain.stdout)
            #expect(try check(password, ["LANG": "C"]).stdout == plain.stdout)
            #expect(try check(password, ["LANG": "C", "LANGUAGE": "cy"]).stdout == plain.stdout)  // gettext: C ignores LANGUAGE
        }
    }

    @Test("language = cy in passpolicy.conf: Welsh when the locale names no language")
    func configuredDefault() throws {
        let welshConfig = try temporaryConfig("dictcheck = no\nstore = none\nlanguage = cy\n")
        func run(_ env: [String: String]) throws -> String {
            var env = env
            env["PATH"] = "/usr/bin:/bin"
            env["PASSPOLICY_LOCALEDIR"] = Self.locale
            return try CLIRunner.run(["check", "--config", welshConfig.path], stdin: Data("ab\n".utf8), environment: env).stdout
        }
        #expect(try run(["LANG": "C.UTF-8"]).hasPrefix("GWRTHODWYD: "))
        #expect(try run([:]).hasPrefix("GWRTHODWYD: "))
        #expect(try run(["LANG": "en_GB.UTF-8"]).hasPrefix("REJECTED: "))
    }

    @Test("the helpdesk checking someone else's password reads 'the user name'")
    func helpdeskWording() throws {
        let r = try check("Xlee.parry#42q", ["LANG": "C"])
        #expect(r.stdout.contains("the user name"))
        #expect(!r.stdout.contains("your user name"))
    }
}
