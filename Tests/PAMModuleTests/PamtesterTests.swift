import Foundation
import PassPolicy
@testable import PAMModule
import Testing

/// pamtester (Debian `pamtester`) running a service that names the built module. pamtester
/// has no option for another service folder, so the service file goes into a private /etc
/// (see `IsolatedEtc`); root only.
@Suite("pam_passpolicy under pamtester", .enabled(if: ModuleLocation.isRoot, "needs root: unshare and mount"))
struct PamtesterTests {
    static let service = "passpolicy-pamtester"

    func pamtester() throws -> String {
        try #require(ProcessRunner.which("pamtester"), "install the Debian package pamtester")
    }

    @Test("fed from a pipe (no terminal), a weak password gets one short refusal: no policy line, no retype, no retry")
    func refusedWithoutTerminal() throws {
        let etc = try IsolatedEtc.service(Self.service, options: "retry=2 dictcheck=no store=none enforce_for_root")
        defer { etc.remove() }
        let result = try etc.run("exec \"$1\" \"$2\" alice chauthtok", [try pamtester(), Self.service],
                                 input: Data("abc\nabc\nSummer1\nSummer1\n".utf8))
        #expect(result.status != 0 && result.status != 97)
        let bad = result.output.split(separator: "\n").filter { $0.contains("BAD PASSWORD: ") }
        #expect(bad.count == 1)
        #expect(result.output.contains(Messages.pamBadPasswordShort(rules: ["min-length", "char-classes"], .english)))
        #expect(!result.output.contains("Password policy:"))
        #expect(!result.output.contains("Retype"))
        #expect(result.output.contains("Authentication token manipulation error"))
    }

    @Test("at a terminal, a single weak entry shows BAD PASSWORD before any retype prompt")
    func badPasswordBeforeRetype() throws {
        let etc = try IsolatedEtc.service(Self.service, options: "retry=2 dictcheck=no store=none enforce_for_root")
        defer { etc.remove() }
        let script = """
            import pexpect, sys
            c = pexpect.spawn(sys.argv[1], sys.argv[2:] + ["alice", "chauthtok"], encoding="utf-8", timeout=30)
            c.expect("New password:")
            c.sendline("abc")
            print("first:" + ("bad" if c.expect(["BAD PASSWORD", "Retype new password:"]) == 0 else "retype"))
            c.expect("New password:")
            c.sendline("Vq7#mLp2zR")
            c.expect("Retype new password:")
            c.sendline("Vq7#mLp2zR")
            c.expect(pexpect.EOF)
            print(c.before)
            """
        let result = try etc.run("python3 -c \"$3\" \"$1\" \"$2\"", [try pamtester(), Self.service, script])
        #expect(result.output.contains("first:bad"), "\(result.output)")
        #expect(result.output.contains("successfully"), "\(result.output)")
    }

    @Test("enforcing = no: a weak password is changed, with a warning")
    func notEnforcingChangesPassword() throws {
        let etc = try IsolatedEtc.service(Self.service, options: "retry=1 dictcheck=no store=none enforce_for_root enforcing=no", then: "pam_unix.so use_authtok yescrypt")
        defer { etc.remove() }
        let user = "ppt" + String(UUID().uuidString.prefix(8)).lowercased()
        let result = try etc.run("""
            useradd -M "$3" || exit 98
            before=$(grep "^$3:" /etc/shadow)
            printf 'abcdefg1\\nabcdefg1\\n' | "$1" "$2" "$3" chauthtok; echo "status=$?"
            [ "$(grep "^$3:" /etc/shadow)" = "$before" ] || echo "shadow=changed"
            """, [try pamtester(), Self.service, user])
        #expect(result.output.contains("BAD PASSWORD: "), "\(result.output)")
        #expect(result.output.contains("status=0"), "\(result.output)")
        #expect(result.output.contains("shadow=changed"), "\(result.output)")
    }

    @Test("root without a terminal is refused; root at a terminal is warned and the change goes through")
    func rootScriptVersusTerminal() throws {
        let etc = try IsolatedEtc.service(Self.service, options: "retry=1 store=none dictpath=\(try TestWordList.get())", then: "pam_unix.so use_authtok yescrypt")
        defer { etc.remove() }
        let user = "ppt" + String(UUID().uuidString.prefix(8)).lowercased()
        // pamtester at a terminal (pexpect gives it a pseudo-terminal), answering each prompt.
        let atTerminal = """
            import pexpect, sys
            c = pexpect.spawn(sys.argv[1], sys.argv[2:] + ["chauthtok"], encoding="utf-8", timeout=30)
            c.logfile_read = sys.stdout  # the whole terminal: the warning comes before the retype
            for prompt in ("New password:", "Retype new password:"):
                c.expect(prompt)
                c.sendline("Autumn2025!")
            c.expect(pexpect.EOF)
            """
        let result = try etc.run("""
            useradd -M "$3" || exit 98
            before=$(grep "^$3:" /etc/shadow)
            printf 'Autumn2025!\\nAutumn2025!\\n' | "$1" "$2" "$3" chauthtok; echo "piped-status=$?"
            [ "$(grep "^$3:" /etc/shadow)" = "$before" ] && echo "piped-shadow=unchanged"
            python3 -c "$4" "$1" "$2" "$3"; echo "tty-status=$?"
            [ "$(grep "^$3:" /etc/shadow)" = "$before" ] || echo "tty-shadow=changed"
            """, [try pamtester(), Self.service, user, atTerminal])
        #expect(result.output.contains("BAD PASSWORD: "))
        #expect(result.output.contains("piped-shadow=unchanged"), "\(result.output)")
        #expect(!result.output.contains("piped-status=0"))
        #expect(result.output.contains(Messages.pamRootOverride(.english)))
        #expect(result.output.contains("tty-shadow=changed"), "\(result.output)")
    }

    @Test("an accepted password reaches pam_unix through PAM_AUTHTOK and changes /etc/shadow")
    func acceptedReachesPamUnix() throws {
        let etc = try IsolatedEtc.service(Self.service, options: "retry=1 dictcheck=no store=none enforce_for_root", then: "pam_unix.so use_authtok yescrypt")
        defer { etc.remove() }
        let user = "ppt" + String(UUID().uuidString.prefix(8)).lowercased()
        let password = "Vq7#mLp2zR"
        let result = try etc.run("""
            useradd -M -c 'Pam Tester' "$3" || exit 98
            exec "$1" "$2" "$3" chauthtok
            """, [try pamtester(), Self.service, user], input: Data("\(password)\n\(password)\n".utf8))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("successfully"))
        let entry = etc.read("shadow")?.split(separator: "\n").first { $0.hasPrefix(user + ":") }
        let hash = entry?.split(separator: ":", omittingEmptySubsequences: false).dropFirst().first
        #expect(hash?.hasPrefix("$y$") == true)  // yescrypt, set by pam_unix
        // The real /etc never saw the user.
        #expect(getpwnam(user) == nil)
    }
}
