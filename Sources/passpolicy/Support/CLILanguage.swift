import PassPolicy
import Synchronization

/// The language of the CLI's own sentences (headers, status lines, errors): the locale's,
/// as gettext chooses it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the `language` setting
/// once a config file has been read. Column data, JSON, rule ids and syslog lines do not change.
enum CLILanguage {
    private static let configured = Mutex<Language>(.english)

    /// Notes the `language` setting of the configuration just read.
    static func configure(_ settings: Settings) {
        let language = settings.language.language
        configured.withLock { $0 = language }
    }

    static var current: Language {
        Language.fromProcessEnvironment(fallback: configured.withLock { $0 })
    }
}

/// The language of the CLI's sentences, for `l.tr(…)` in the CLI's message functions.
var l: Language { CLILanguage.current }
