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

    @Test("a weak password is refused with its BAD PASSWORD lines; pamtester reports the failure")
    func refused() throws {
        let module = try ModuleLocation.module()
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        try etc.write("""
            password requisite \(module) retry=2 dictcheck=no store=none enforce_for_root
            password required pam_permit.so

            """, to: "pam.d/\(Self.service)")
        let result = try etc.run("exec \"$1\" \"$2\" alice chauthtok", [try pamtester(), Self.service],
                                 input: Data("abc\nabc\nSummer1\nSummer1\n".utf8))
        #expect(result.status != 0 && result.status != 97)
        let bad = result.output.split(separator: "\n").filter { $0.contains("BAD PASSWORD: ") }
        let expected = try ChauthtokTests.expectedLines("abc", arguments: ChauthtokTests.base)
            + ChauthtokTests.expectedLines("Summer1", arguments: ChauthtokTests.base)
        #expect(bad.count == expected.count)
        for line in expected { #expect(result.output.contains(line)) }
        #expect(result.output.contains("Authentication token manipulation error"))
    }

    @Test("root without a terminal is refused; root at a terminal is warned and the change goes through")
    func rootScriptVersusTerminal() throws {
        let module = try ModuleLocation.module()
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        try etc.write("""
            password requisite \(module) retry=1 store=none dictpath=\(try TestWordList.get())
            password required pam_unix.so use_authtok yescrypt

            """, to: "pam.d/\(Self.service)")
        let user = "ppt" + String(UUID().uuidString.prefix(8)).lowercased()
        // pamtester at a terminal (pexpect gives it a pseudo-terminal), answering each prompt.
        let atTerminal = """
            import pexpect, sys
            c = pexpect.spawn(sys.argv[1], sys.argv[2:] + ["chauthtok"], encoding="utf-8", timeout=30)
            for prompt in ("New password:", "Retype new password:"):
                c.expect(prompt)
                c.sendline("Autumn2025!")
            c.expect(pexpect.EOF)
            print(c.before)
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
        let module = try ModuleLocation.module()
        let etc = try IsolatedEtc()
        defer { etc.remove() }
        try etc.write("""
            password requisite \(module) retry=1 dictcheck=no store=none enforce_for_root
            password required pam_unix.so use_authtok yescrypt

            """, to: "pam.d/\(Self.service)")
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
