import Foundation
import PassPolicy
@testable import PAMModule
import Testing

/// The real setuid `passwd`, run by a throwaway user under a pseudo-terminal (Python pexpect,
/// Debian python3-pexpect), with /etc/pam.d/passwd replaced by a stack of pam_passpolicy and
/// pam_unix `use_authtok`. Everything happens in a private /etc (`IsolatedEtc`): the user
/// and the changed passwd file exist only there, and vanish with the namespace. Root only.
@Suite("pam_passpolicy in the real passwd", .enabled(if: ModuleLocation.isRoot, "needs root: unshare, useradd, setuid passwd"))
struct RealPasswdTests {
    struct Attempt: Decodable {
        let status: Int32?
        let transcript: String
        let shadowChanged: Bool
    }

    static let script = ModuleLocation.packageRoot
        .appendingPathComponent("Tests/PAMModuleTests/Scripts/passwd_under_pty.py").path

    /// A random password the policy accepts for this person (checked with the core).
    static func strongPassword(for context: CheckContext, settings: Settings) throws -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%+=!?-")
        let checker = PolicyChecker(settings: settings, wordList: nil)
        for _ in 0..<100 {
            let candidate = String((0..<16).map { _ in alphabet.randomElement() ?? "x" })
            if checker.check(Array(candidate.utf8), context: context).accepted { return candidate }
        }
        throw CancellationError()
    }

    @Test("a weak password is refused with every rule and /etc/shadow stays; a strong one changes it")
    func weakThenStrong() throws {
        let module = try ModuleLocation.module()
        let python = try #require(ProcessRunner.which("python3"))
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        try etc.write("""
            # pam_passpolicy test stack (private /etc of RealPasswdTests)
            password requisite \(module) retry=1 dictcheck=no store=none
            password required pam_unix.so use_authtok yescrypt

            """, to: "pam.d/passwd")

        let user = "ppt" + String(UUID().uuidString.prefix(8)).lowercased()
        let fullName = "Ada Lovelace"
        var settings = Settings()
        settings.dictCheck = false
        let context = CheckContext(userName: user, fullName: fullName)
        let old = try Self.strongPassword(for: context, settings: settings)
        let strong = try Self.strongPassword(for: context, settings: settings)
        let weak = "lovelace42"  // 2 classes, and part of the full name
        // The user runs passwd for themselves: "your name".
        var own = context
        own.audience = .own
        let expected = PolicyChecker(settings: settings, wordList: nil)
            .check(Array(weak.utf8), context: own).violations.map { Messages.pamBadPassword($0.message, .english) }
        #expect(expected.count >= 2)

        let request: [String: Any] = ["user": user, "fullName": fullName, "old": old, "attempts": [weak, strong]]
        let input = try JSONSerialization.data(withJSONObject: request)
        let result = try etc.run("exec \"$1\" \"$2\"", [python, Self.script], input: input)
        try #require(result.status == 0, "the passwd driver failed: \(result.stderr)")
        let attempts = try JSONDecoder().decode([Attempt].self, from: Data(result.stdout.utf8))
        try #require(attempts.count == 2)

        let refused = attempts[0]
        #expect(refused.status != 0)
        #expect(!refused.shadowChanged)
        for line in Messages.pamPolicySummary(settings, history: false, .english, .own) {
            #expect(refused.transcript.contains(line))
        }
        let badLines = refused.transcript.split(whereSeparator: \.isNewline).filter { $0.contains("BAD PASSWORD: ") }
        #expect(badLines.map { String($0).trimmingCharacters(in: .whitespaces) } == expected)
        #expect(refused.transcript.contains("password unchanged"))
        // Checked after the first entry: a refused password is never asked for again.
        #expect(!refused.transcript.contains("Retype new password"))

        let accepted = attempts[1]
        #expect(accepted.status == 0, "\(accepted.transcript)")
        #expect(accepted.shadowChanged)
        #expect(!accepted.transcript.contains("BAD PASSWORD"))
        #expect(accepted.transcript.contains("successfully"))

        #expect(getpwnam(user) == nil)  // the real /etc never saw the user
    }
}
