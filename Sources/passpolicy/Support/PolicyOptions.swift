import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// Errors the CLI reports with exit status 2.
enum CLIError: Error, CustomStringConvertible {
    case configuration(ConfigError)
    case wordList(WordListError)
    case message(String)

    var description: String { message(.english) }

    /// For the person at the terminal, in `l`. A `.message` made by `LateTranslation.english`
    /// (a history error's `description`, say) is shown in `l` too.
    func message(_ l: Language) -> String {
        switch self {
        case .configuration(let e):
            // TRANSLATORS: `passpolicy` commands; {error} is "FILE:LINE: key 'K': " and the problem (translated separately).
            return l.tr("configuration error: {error}", ["error": e.message(l)])
        case .wordList(let e): return e.message(l)
        case .message(let m): return LateTranslation.text(m, in: l)
        }
    }
}

extension CLIError {
    /// Runs `body`, reporting a history error as the CLI reports every error (exit 2).
    static func wrap<T>(_ body: () throws(HistoryError) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw .message(error.description)
        }
    }
}

/// The options every subcommand that reads the policy shares.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The config file (default: /etc/security/passpolicy.conf, then FILE.d/*.conf).", valueName: "file"))
    var config: String?

    /// The effective configuration: defaults, then the config file.
    func loadConfiguration() throws(CLIError) -> Configuration {
        do {
            let configuration = try Configuration.load(path: config)
            CLILanguage.configure(configuration.settings)
            return configuration
        } catch {
            throw .configuration(error)
        }
    }

    /// The compiled word list when the dictionary rule is on.
    func loadWordList(_ settings: Settings) throws(CLIError) -> WordList? {
        guard settings.dictCheck else { return nil }
        do {
            return try WordList.open(path: settings.dictPath)
        } catch {
            throw .wordList(error)
        }
    }
}

/// The person a password is checked for, from the command line and the user database.
struct PersonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The user the password is for (default: none; the name rules and the history need it).", valueName: "name"))
    var user: String?

    @Option(name: .customLong("full-name"),
            help: ArgumentHelp("The person's full name (default: from the passwd GECOS field when the user exists).", valueName: "name"))
    var fullName: String?

    /// The person, and the messages for whoever runs the command: in the locale's language
    /// (else the `language` setting), addressed to the person themselves only when `--user`
    /// names the account running it ("your user name"); the helpdesk checking someone
    /// else's password reads "the user name".
    func context(_ settings: Settings) -> CheckContext {
        var fullName = self.fullName
        let account = user.flatMap { UserAccount.lookup($0) }
        if fullName == nil, user != nil {
            fullName = account?.fullName
        }
        let own = account.map { $0.uid == getuid() } ?? false
        return CheckContext(userName: user, fullName: fullName,
                            language: Language.fromProcessEnvironment(fallback: settings.language.language),
                            audience: own ? .own : .other)
    }
}
