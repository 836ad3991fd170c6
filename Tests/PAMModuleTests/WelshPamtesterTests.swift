import Foundation
import PassPolicy
@testable import PAMModule
import Testing

/// pamtester under a Welsh locale: the module reads the environment of the program that
/// loaded it (as pam_pwquality does through gettext) and the catalogs msgfmt compiled, with
/// no cy_GB locale generated. Root only, like `PamtesterTests`.
@Suite("pam_passpolicy in Welsh under pamtester", .enabled(if: ModuleLocation.isRoot, "needs root: unshare and mount"))
struct WelshPamtesterTests {
    static let service = "passpolicy-pamtester-cy"
    static let locale = ModuleLocation.packageRoot.appendingPathComponent(".build/locale").path

    static var welsh: Language {
        if !FileManager.default.fileExists(atPath: locale + "/cy/LC_MESSAGES/passpolicy.mo") {
            _ = try? ProcessRunner.run(ModuleLocation.packageRoot.appendingPathComponent("scripts/build-locale.sh").path, [locale])
        }
        setenv("PASSPOLICY_LOCALEDIR", locale, 1)
        return Language.named("cy") ?? .english
    }

    /// pamtester for alice (no such user: root sets someone else's password) under `env`, at a
    /// terminal (pexpect gives it a pseudo-terminal: without one the module shows one short
    /// refusal and no policy line), answering "abc", then "Summer1", at each first prompt.
    func run(_ env: String, arguments: String = "") throws -> ProcessRunner.Result {
        let pamtester = try #require(ProcessRunner.which("pamtester"), "install the Debian package pamtester")
        let etc = try IsolatedEtc.service(Self.service, options: "retry=2 dictcheck=no store=none enforce_for_root \(arguments)")
        defer { etc.remove() }
        let script = """
            import pexpect, sys
            c = pexpect.spawn(sys.argv[1], [sys.argv[2], "alice", "chauthtok"], encoding="utf-8", timeout=30)
            out = ""
            for answer in ["abc", "Summer1"]:
                c.expect(["New password: ", "Cyfrinair newydd: "])
                out += c.before + c.after
                c.sendline(answer)
            c.expect(pexpect.EOF)
            out += c.before
            c.close()
            print(out)
            sys.exit(c.exitstatus if c.exitstatus is not None else 1)
            """
        return try etc.run("exec env \(env) PASSPOLICY_LOCALEDIR=\"$3\" /usr/bin/python3 -c \"$4\" \"$1\" \"$2\"",
                           [pamtester, Self.service, Self.locale, script], input: Data())
    }

    /// The module's lines for `password`, as the core words them in `language` for root.
    func expected(_ password: String, _ language: Language) -> [String] {
        var settings = Settings()
        settings.dictCheck = false
        let checker = PolicyChecker(settings: settings, wordList: nil)
        let verdict = checker.check(Array(password.utf8), context: CheckContext(userName: "alice", language: language, audience: .other))
        return verdict.violations.map { Messages.pamBadPassword($0.message, language) }
    }

    @Test("LANG=cy_GB.UTF-8 (and LANGUAGE=cy): Welsh CYFRINAIR GWAEL lines, prompts and policy line",
          arguments: ["LANG=cy_GB.UTF-8", "LANGUAGE=cy LANG=en_GB.UTF-8"])
    func welshLines(_ env: String) throws {
        let welsh = Self.welsh
        try #require(welsh.code == "cy")
        let result = try run(env)
        #expect(result.status != 0 && result.status != 97)
        let lines = expected("abc", welsh) + expected("Summer1", welsh)
        for line in lines { #expect(result.output.contains(line), "missing: \(line)\n\(result.output)") }
        #expect(!result.output.contains("BAD PASSWORD"))
        var settings = Settings()
        settings.dictCheck = false
        for line in Messages.pamPolicySummary(settings, history: false, welsh, .other) {
            #expect(result.output.contains(line), "\(line)\n\(result.output)")
        }
        #expect(result.output.contains("Polisi cyfrineiriau: o leiaf 8 nod"))
        #expect(result.output.contains("Cyfrinair newydd: "))
        #expect(result.output.contains(Messages.pamTooManyTries(welsh)))
    }

    @Test("LANG=C: English, as before; language=cy on the module line makes it Welsh")
    func englishAndConfigured() throws {
        let english = try run("LANG=C")
        for line in expected("abc", .english) { #expect(english.output.contains(line)) }
        #expect(english.output.contains("Password policy: at least 8 characters"))
        let configured = try run("LANG=C", arguments: "language=cy")
        for line in expected("abc", Self.welsh) { #expect(configured.output.contains(line), "\(configured.output)") }
        let chosen = try run("LANG=en_GB.UTF-8", arguments: "language=cy")
        #expect(chosen.output.contains("BAD PASSWORD: "))
    }
}
