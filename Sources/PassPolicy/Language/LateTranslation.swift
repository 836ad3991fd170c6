import Synchronization

/// Sentences written before anyone knows who will read them: the reason inside a
/// `HistoryError` or a `WordListError`, the hint or contradiction inside a `ConfigError`.
/// Those stay `String`s in English (the form logs and `description` show, and tests compare),
/// and are remembered here with how to say them in any language, so that the CLI or the
/// service can show them to a Welsh reader later (`text(_:in:)`).
///
/// A text nobody registered (a system error, an SQL error, a value from a config file) is
/// shown as it is. The table holds at most `capacity` texts (a long-running passpolicyd
/// meets few distinct reasons; past the limit, new ones are simply shown in English).
public enum LateTranslation {
    public static let capacity = 512

    private static let known = Mutex<[String: @Sendable (Language) -> String]>([:])

    /// The English of `make`, remembered with `make` itself for `text(_:in:)`.
    public static func english(_ make: @escaping @Sendable (Language) -> String) -> String {
        let english = make(.english)
        known.withLock { table in
            if table[english] == nil && table.count < capacity { table[english] = make }
        }
        return english
    }

    /// `english` in `language` when it was made by `english(_:)`, else `english` unchanged.
    public static func text(_ english: String, in language: Language) -> String {
        guard language != .english, let make = known.withLock({ $0[english] }) else { return english }
        return make(language)
    }
}
