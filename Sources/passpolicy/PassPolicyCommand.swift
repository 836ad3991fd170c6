import ArgumentParser
import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

/// The root command: configuration only. Each subcommand lives in its own file.
@main
struct PassPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passpolicy",
        abstract: "Check passwords against a school's password policy.",
        discussion: """
            Settings are read in one order, later wins: built-in defaults, then \
            /etc/security/passpolicy.conf (or --config FILE), then its drop-ins \
            (/etc/security/passpolicy.conf.d/*.conf, or FILE.d), then options on the PAM line.
            `passpolicy config` shows the effective settings and the file and line that set each.
            """,
        version: PassPolicyVersion.string,
        subcommands: [
            CheckCommand.self,
            ConfigCommand.self,
            RecordCommand.self, HistoryCommand.self, ForgetCommand.self,
            DictCommand.self,
            GenerateCommand.self,
            DueCommand.self,
            AgeCommand.self,
            TokenCommand.self,
            ManCommand.self,
        ])

    /// Exit statuses that mean something: 0 accepted/success, 1 rejected, 2 usage or
    /// configuration error (argument-parser would use 64 for usage errors).
    static func main() {
        StandardStreams.secure()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Terminal.error(error.message(CLILanguage.current))
            Glibc.exit(2)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            Terminal.write(fullMessage(for: error) + "\n", to: STDERR_FILENO)
            Glibc.exit(2)
        }
    }
}
