import PassPolicy

/// The policy one password change runs under: the config file, then the PAM line, then the
/// word list when the dictionary rule is on. Any failure refuses the change (fail closed).
struct ModulePolicy {
    let settings: Settings
    let wordList: WordList?

    /// Why no policy could be built; `description` is the full text for syslog (file, line,
    /// key), never shown to the person.
    enum LoadError: Error, CustomStringConvertible {
        case configuration(ConfigError)
        case wordList(WordListError)

        var description: String {
            switch self {
            case .configuration(let error): return error.description
            case .wordList(let error): return error.description
            }
        }
    }

    static func load(_ options: ModuleOptions) throws(LoadError) -> ModulePolicy {
        let configuration: Configuration
        do {
            configuration = try ConfigurationCache.load(path: options.configPath, arguments: options.policyArguments,
                                                             numbers: options.policyArgumentNumbers)
        } catch {
            throw .configuration(error)
        }
        let settings = configuration.settings
        var wordList: WordList?
        if settings.dictCheck {
            do {
                wordList = try WordListCache.open(path: settings.dictPath)
            } catch {
                throw .wordList(error)
            }
        }
        return ModulePolicy(settings: settings, wordList: wordList)
    }
}
