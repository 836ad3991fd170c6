import ArgumentParser
import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy token add NAME --role ROLE`: prints a new token, alone on one line, and
/// nothing else on standard output, so that `token add vle --role system > vle.token` works.
struct TokenAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a token and print it (once: only its SHA-256 is kept).",
        discussion: """
            A system token's NAME is the system it records changes as (POST /v1/changes). \
            Exit status: 0 created, 2 error (the name is taken, the store cannot be used).
            """)

    @Argument(help: ArgumentHelp("The token's name: letters, digits, '.', '_' and '-'.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("What the token may do: system (check, record as NAME), helpdesk (check), admin (everything).",
                               valueName: "system|helpdesk|admin"))
    var role: TokenRoleArgument

    @OptionGroup var store: TokenStoreOptions

    func validate() throws {
        guard ServiceToken.isValidName(name) else {
            throw ValidationError(Messages.tokenBadName(name))
        }
    }

    func run() throws {
        let tokens = try store.open()
        var token = try CLIError.wrap { () throws(HistoryError) in try ServiceToken.generate() }
        defer { secureWipe(&token) }
        let digest = token.withUnsafeBufferPointer { ServiceToken.digest(of: $0) }
        let record = ServiceToken(name: name, role: role.role, digest: digest, created: Int64(time(nil)))
        guard try CLIError.wrap({ () throws(HistoryError) in try tokens.addToken(record) }) else {
            throw CLIError.message(Messages.tokenNameTaken(name))
        }
        token.append(0x0A)
        token.withUnsafeBytes { Terminal.writeAll(STDOUT_FILENO, $0) }
    }
}

/// `--role`, as argument-parser reads it.
struct TokenRoleArgument: ExpressibleByArgument {
    let role: TokenRole

    init?(argument: String) {
        guard let role = TokenRole(rawValue: argument) else { return nil }
        self.role = role
    }

    static var allValueStrings: [String] { TokenRole.allCases.map(\.rawValue) }
}
