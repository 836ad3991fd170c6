import CPAM
import Foundation
import PassPolicy
@testable import PAMModule
import Testing

/// `pam_chauthtok` through the real libpam, with the built module named by absolute path in
/// a temporary service folder. `enforce_for_root` is on the line wherever a rejection is
/// expected, so the outcome is the same whether the tests run as root or not.
@Suite("pam_passpolicy through libpam")
struct ChauthtokTests {
    static let user = "alice"  // not in /etc/passwd: no full name, the user name still counts
    static let strong = "Vq7#mLp2zR"  // 10 characters, 4 classes, no doubles
    static let base = ["retry=1", "dictcheck=no", "enforce_for_root"]

    /// The BAD PASSWORD lines the core gives `password` under `arguments`, for comparison.
    static func expectedLines(_ password: String, arguments: [String], user: String = user,
                              fullName: String? = nil) throws -> [String] {
        var configuration = Configuration()
        try configuration.apply(arguments: arguments)
        let checker = PolicyChecker(settings: configuration.settings, wordList: nil)
        // Whoever runs the tests sets another user's password (the module says "the user name").
        let audience: Audience = getpwnam(user).map { $0.pointee.pw_uid == getuid() } == true ? .own : .other
        let verdict = checker.check(Array(password.utf8), context: CheckContext(userName: user, fullName: fullName, audience: audience))
        return verdict.violations.map { Messages.pamBadPassword($0.message, .english) }
    }

    static func run(_ arguments: [String], answers: [String], user: String = user,
                    after: [String] = ["required pam_permit.so"], flags: Int32 = 0,
                    endFlags: Int32 = 0) throws -> ChauthtokResult {
        let module = try ModuleLocation.module()
        // Never the machine's real history: tests that want one name a store of their own.
        let history = arguments.contains { $0.hasPrefix("store=") } ? [] : ["store=none"]
        let line = (["requisite", module] + arguments + history).joined(separator: " ")
        return try PAMSession.chauthtok(user: user, stack: [line] + after, answers: answers,
                                        flags: flags, endFlags: endFlags)
    }

    @Test("a weak password is refused with every broken rule, after the policy line, before any retype")
    func weakPasswordShowsEveryRule() throws {
        let result = try Self.run(Self.base, answers: ["aab", "aab"])
        let expected = try Self.expectedLines("aab", arguments: Self.base)
        #expect(expected.count >= 3)  // too short, too few classes, doubled character
        #expect(result.badPasswordLines == expected)
        #expect(result.status == PAM_AUTHTOK_ERR)
        var settings = Settings()
        settings.dictCheck = false
        #expect(result.messages.first == ConversationMessage(style: .info, text: Messages.pamPolicySummary(settings, history: false, .english, .other)[0]))
        // Checked after the first entry: the retype is never asked for a refused password.
        #expect(result.prompts == [Messages.pamNewPasswordPrompt(.english)])
        #expect(result.unusedAnswers == 1)
        #expect(result.errors.last == Messages.pamTooManyTries(.english))
    }

    @Test("the retype is asked only once the first entry passes")
    func retypeOnlyAfterAPass() throws {
        let result = try Self.run(["retry=2", "dictcheck=no", "enforce_for_root"], answers: ["abc", Self.strong, Self.strong])
        #expect(result.status == PAM_SUCCESS)
        #expect(result.prompts == [Messages.pamNewPasswordPrompt(.english), Messages.pamNewPasswordPrompt(.english), Messages.pamRetypePrompt(.english)])
        let bad = result.messages.firstIndex { $0.text.hasPrefix("BAD PASSWORD: ") }
        let retype = result.messages.firstIndex { $0.text == Messages.pamRetypePrompt(.english) }
        #expect(bad != nil && retype != nil && bad! < retype!)
        #expect(result.unusedAnswers == 0)
    }

    @Test("enforcing = no: every broken rule is a warning and the change goes through")
    func notEnforcing() throws {
        let result = try Self.run(Self.base + ["enforcing=no"], answers: ["abc", "abc"])
        #expect(result.status == PAM_SUCCESS)
        #expect(result.badPasswordLines == (try Self.expectedLines("abc", arguments: Self.base)))
        #expect(result.infos.contains(Messages.pamNotEnforcing(.english)))
        #expect(result.prompts == [Messages.pamNewPasswordPrompt(.english), Messages.pamRetypePrompt(.english)])
        // A password that passes is not warned about.
        let clean = try Self.run(Self.base + ["enforcing=no"], answers: [Self.strong, Self.strong])
        #expect(clean.status == PAM_SUCCESS && clean.errors.isEmpty && !clean.infos.contains(Messages.pamNotEnforcing(.english)))
    }

    @Test("without a terminal (PAM_SILENT): no policy line, one attempt, one short refusal")
    func silent() throws {
        let result = try Self.run(["retry=3", "dictcheck=no", "enforce_for_root"], answers: ["abc", "abc", "abc", "abc"],
                                  flags: Int32(PAM_SILENT))
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.infos.isEmpty)
        #expect(result.prompts == [Messages.pamNewPasswordPrompt(.english)])
        let rules = ["min-length", "char-classes"]
        #expect(result.errors == [Messages.pamBadPasswordShort(rules: rules, .english)])
        let accepted = try Self.run(["retry=3", "dictcheck=no", "enforce_for_root"], answers: [Self.strong, Self.strong],
                                    flags: Int32(PAM_SILENT))
        #expect(accepted.status == PAM_SUCCESS && accepted.messages.filter { $0.style != .hiddenPrompt }.isEmpty)
    }

    @Test("without a terminal and enforcing = no: one short warning, and the change goes through")
    func silentNotEnforcing() throws {
        let result = try Self.run(["retry=3", "dictcheck=no", "enforce_for_root", "enforcing=no"], answers: ["abc", "abc"],
                                  flags: Int32(PAM_SILENT))
        #expect(result.status == PAM_SUCCESS)
        #expect(result.errors == [Messages.pamBadPasswordShort(rules: ["min-length", "char-classes"], .english)])
        #expect(result.unusedAnswers == 0)
    }

    @Test("the policy line follows the settings")
    func policyLine() throws {
        let result = try Self.run(["minlen=12", "minclass=2", "maxrepeat=3", "usercheck=no", "personalcheck=no", "dictcheck=no"],
                                  answers: ["Vq7#mLp2zR+x4", "Vq7#mLp2zR+x4"])
        #expect(result.infos == ["Password policy: at least 12 characters, 2 of upper/lower/digit/symbol, no more than 3 identical characters in a row.",
                                 "A new password is needed every 60 days."])
        #expect(result.status == PAM_SUCCESS)
    }

    @Test("a strong password is accepted and nothing is shown but the policy line")
    func strongPasswordAccepted() throws {
        let result = try Self.run(Self.base, answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_SUCCESS)
        #expect(result.errors.isEmpty)
        #expect(result.infos.count == 2)  // the policy and its rotation line
        #expect(result.unusedAnswers == 0)
    }

    @Test("retry=N asks N times, then refuses", arguments: [1, 2, 3, 5])
    func retryCounting(retries: Int) throws {
        let weak = ["abc"]
        // One more pair than allowed: the module must stop before it.
        let answers = Array(repeating: weak, count: retries).flatMap { $0 } + [Self.strong, Self.strong]
        let result = try Self.run(["retry=\(retries)", "dictcheck=no", "enforce_for_root"], answers: answers)
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.prompts.filter { $0 == Messages.pamNewPasswordPrompt(.english) }.count == retries)
        #expect(result.unusedAnswers == 2)
        #expect(result.badPasswordLines.count == retries * (try Self.expectedLines("abc", arguments: Self.base).count))
    }

    @Test("a good password on the last try is accepted")
    func acceptedOnLastTry() throws {
        let answers = ["abc", "Summer", Self.strong, Self.strong]
        let result = try Self.run(["retry=3", "dictcheck=no", "enforce_for_root"], answers: answers)
        #expect(result.status == PAM_SUCCESS)
        #expect(result.unusedAnswers == 0)
        #expect(result.errors.allSatisfy { $0.hasPrefix("BAD PASSWORD: ") })
    }

    @Test("two different entries are reported and asked again")
    func mismatch() throws {
        let answers = [Self.strong, "Vq7#mLp2zX", Self.strong, Self.strong]
        let result = try Self.run(["retry=2", "dictcheck=no", "enforce_for_root"], answers: answers)
        #expect(result.errors == [Messages.pamMismatch(.english)])
        #expect(result.status == PAM_SUCCESS)
        #expect(result.prompts.count == 4)
    }

    @Test("a mismatch on the last try refuses")
    func mismatchOnLastTry() throws {
        let result = try Self.run(Self.base, answers: [Self.strong, "something else"])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors == [Messages.pamMismatch(.english), Messages.pamTooManyTries(.english)])
    }

    @Test("an empty password ends the change")
    func emptyPassword() throws {
        let result = try Self.run(["retry=3", "dictcheck=no"], answers: ["", "", Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors == [Messages.pamNoPassword(.english)])
        #expect(result.prompts.count == 1)
    }

    @Test("the user name counts, as a personal rule")
    func userName() throws {
        let password = "Xalice#42q"
        let result = try Self.run(Self.base, answers: [password])
        let expected = try Self.expectedLines(password, arguments: Self.base)
        #expect(expected.contains(Messages.pamBadPassword(Messages.containsUserName(part: "alice", .english, .other), .english)))
        #expect(result.badPasswordLines == expected)
        #expect(result.status == PAM_AUTHTOK_ERR)
        // The password itself is never echoed in any message.
        #expect(!result.messages.contains { $0.text.contains(password) })
    }

    @Test("use_authtok checks what the module before it accepted, and PAM_AUTHTOK carries it")
    func useAuthtok() throws {
        let module = try ModuleLocation.module()
        let stack = [
            "requisite \(module) retry=1 dictcheck=no enforce_for_root store=none",
            "requisite \(module) use_authtok minlen=12 dictcheck=no enforce_for_root store=none",
            "required pam_permit.so",
        ]
        // 10 characters: the first instance accepts and sets PAM_AUTHTOK, the second refuses.
        let short = try PAMSession.chauthtok(user: Self.user, stack: stack, answers: [Self.strong, Self.strong])
        #expect(short.status == PAM_AUTHTOK_ERR)
        #expect(short.prompts.count == 2)  // the second instance asks nothing
        let tooShort = Messages.pamBadPassword(Messages.tooShort(count: 10, min: 12, .english), .english)
        #expect(short.badPasswordLines == [tooShort])
        #expect(short.infos.count == 2)   // the policy and rotation lines of the first instance only

        let long = "Vq7#mLp2zR+x4"
        let ok = try PAMSession.chauthtok(user: Self.user, stack: stack, answers: [long, long])
        #expect(ok.status == PAM_SUCCESS)
        #expect(ok.errors.isEmpty)
    }

    @Test("use_authtok without a password from an earlier module refuses")
    func useAuthtokWithoutToken() throws {
        let result = try Self.run(["use_authtok", "dictcheck=no"], answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors == [Messages.pamNoPassword(.english)])
        #expect(result.prompts.isEmpty)
    }

    @Test("a PAM-line key overrides the config file")
    func lineOverridesFile() throws {
        let config = try TemporaryFile(contents: "# test\nminlen = 8\ndictcheck = no\n")
        defer { config.remove() }
        let fromFile = try Self.run(["config=\(config.path)", "retry=1", "enforce_for_root"],
                                    answers: [Self.strong, Self.strong])
        #expect(fromFile.status == PAM_SUCCESS)

        let overridden = try Self.run(["config=\(config.path)", "minlen=12", "retry=1", "enforce_for_root"],
                                      answers: [Self.strong, Self.strong])
        #expect(overridden.status == PAM_AUTHTOK_ERR)
        #expect(overridden.badPasswordLines == [Messages.pamBadPassword(Messages.tooShort(count: 10, min: 12, .english), .english)])
        #expect(overridden.infos.first?.hasPrefix("Password policy: at least 12 characters,") == true)
    }

    @Test("configuration errors refuse the change before any prompt (fail closed)",
          arguments: [
              "minlen = abc\n",        // bad value
              "frobnicate = 1\n",      // unknown key
              "minlen = 2\nminclass = 4\n",  // contradiction
          ])
    func badConfigFile(contents: String) throws {
        let config = try TemporaryFile(contents: "dictcheck = no\n" + contents)
        defer { config.remove() }
        let result = try Self.run(["config=\(config.path)"], answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        let line = contents.split(separator: "\n").count + 1   // the last line of the file is at fault
        #expect(result.errors == [Messages.pamConfigurationError(at: "\(config.path):\(line)", .english)])
        #expect(result.prompts.isEmpty)
    }

    @Test("bad PAM-line options and a missing config file refuse the change",
          arguments: [["frobnicate=1"], ["minlen=0"], ["retry=many"], ["config=/nonexistent/passpolicy.conf"]])
    func badLine(arguments: [String]) throws {
        let result = try Self.run(["dictcheck=no"] + arguments, answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("passpolicy: system configuration error (") == true)
        if arguments[0].hasPrefix("config=") {
            #expect(result.errors.first?.contains("/nonexistent/passpolicy.conf") == true)
        } else {
            #expect(result.errors.first?.contains("PAM arguments:2") == true)
        }
        #expect(result.prompts.isEmpty)
    }

    @Test("a PAM-line error counts the arguments as written, whatever the module takes off the line")
    func argumentNumbers() throws {
        let config = try TemporaryFile(contents: "dictcheck = no\n")
        defer { config.remove() }
        // config= is argument 1, debug 2, minlen=abc 3 (the module's own path is not counted).
        let result = try Self.run(["config=\(config.path)", "debug", "minlen=abc"], answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors == [Messages.pamConfigurationError(at: "PAM arguments:3", .english)])
    }

    @Test("a FIFO as config file or word list refuses the change at once (fail closed)")
    func fifoAsConfigOrWordList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-pamfifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Should the module block opening it (the bug), a writer comes by after 2 s: the test
        // then fails on time instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            for _ in 0..<2 {
                let fd = open(fifo, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
            }
        }
        let start = Date()
        let config = try Self.run(["config=\(fifo)"], answers: [Self.strong, Self.strong])
        #expect(config.status == PAM_AUTHTOK_ERR)
        #expect(config.errors == [Messages.pamConfigurationError(at: fifo, .english)])
        #expect(config.prompts.isEmpty)
        let words = try Self.run(["dictpath=\(fifo)"], answers: [Self.strong, Self.strong])
        #expect(words.status == PAM_AUTHTOK_ERR)
        #expect(words.errors == [Messages.pamWordListUnavailable(path: fifo, reason: Messages.wordListNotAFile, .english)])
        #expect(Date().timeIntervalSince(start) < 1.5)
    }

    @Test("a missing word list refuses the change while the dictionary rule is on")
    func missingWordList() throws {
        let result = try Self.run(["dictpath=/nonexistent/words.pwdict"], answers: [Self.strong, Self.strong])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("the word list /nonexistent/words.pwdict cannot be used (No such file or directory)") == true)
        #expect(result.errors.first?.contains("passpolicy dict build") == true)
        #expect(result.prompts.isEmpty)
    }

    @Test("root is warned, not refused, unless enforce_for_root")
    func rootOverride() throws {
        let warned = try Self.run(["retry=1", "dictcheck=no"], answers: ["abc", "abc"])
        let lines = try Self.expectedLines("abc", arguments: Self.base)
        #expect(warned.badPasswordLines == lines)
        // Root may override only at a terminal (see PamtesterTests for both cases under root).
        if ModuleLocation.isRoot && PAMSession.interactive {
            #expect(warned.status == PAM_SUCCESS)
            #expect(warned.infos.last == Messages.pamRootOverride(.english))
        } else {
            #expect(warned.status == PAM_AUTHTOK_ERR)
            #expect(!warned.infos.contains(Messages.pamRootOverride(.english)))
        }
        let enforced = try Self.run(["retry=1", "dictcheck=no", "enforce_for_root"], answers: ["abc", "abc"])
        #expect(enforced.status == PAM_AUTHTOK_ERR)
        #expect(!enforced.infos.contains(Messages.pamRootOverride(.english)))
    }

    @Test("local_users_only ignores users who are not in /etc/passwd")
    func localUsersOnly() throws {
        let ignored = try Self.run(Self.base + ["local_users_only"], answers: ["abc", "abc"])
        #expect(ignored.status == PAM_SUCCESS)  // PAM_IGNORE, then pam_permit
        #expect(ignored.messages.isEmpty)

        let local = try Self.run(Self.base + ["local_users_only"], answers: ["abc", "abc"], user: "root")
        #expect(local.status == PAM_AUTHTOK_ERR)
        #expect(!local.badPasswordLines.isEmpty)
    }

    @Test("the full name comes from GECOS", .enabled(if: getpwnam("list") != nil))
    func fullNameFromGecos() throws {
        // Debian's base-passwd: list:x:38:38:Mailing List Manager:/var/list:…
        guard let entry = getpwnam("list"), let gecos = entry.pointee.pw_gecos else { return }
        let fullName = String(cString: gecos).split(separator: ",").first.map(String.init)
        let password = "Manager#4x"
        let expected = try Self.expectedLines(password, arguments: Self.base, user: "list", fullName: fullName)
        // Root (or another user) sets the password of `list`: "the person's name".
        #expect(expected.contains { $0.contains(getuid() == entry.pointee.pw_uid ? "part of your name" : "part of the person's name") })
        let result = try Self.run(Self.base, answers: [password, password], user: "list")
        #expect(result.badPasswordLines == expected)
        #expect(result.status == PAM_AUTHTOK_ERR)
    }

    @Test("debug logs without changing the outcome")
    func debugOption() throws {
        let result = try Self.run(Self.base + ["debug"], answers: ["abc", "abc"])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.badPasswordLines == (try Self.expectedLines("abc", arguments: Self.base)))
    }
}

/// A file in the temporary folder, for config files.
struct TemporaryFile {
    let path: String

    init(contents: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-\(UUID().uuidString).conf").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
