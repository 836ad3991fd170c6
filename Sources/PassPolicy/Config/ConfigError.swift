/// A configuration mistake, with where it is: the file (or "PAM arguments"), the line (or
/// argument number) and the key.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case unreadable(errno: Int32)
        case unknownKey
        case badValue(ValueProblem)
        case malformedLine
        case contradiction(otherKey: String, reason: String)
        /// A key of pam_pwquality, pam_cracklib or passwdqc that passpolicy spells or does
        /// differently; `hint` says what to use here.
        case otherToolKey(hint: String)
    }

    public let source: String
    public let line: Int
    public let key: String?
    public let problem: Problem

    public init(source: String, line: Int, key: String?, problem: Problem) {
        self.source = source
        self.line = line
        self.key = key
        self.problem = problem
    }

    /// In English, as logs show it (and remembered for `LateTranslation.text`).
    public var description: String { LateTranslation.english { [self] in Messages.describe(self, $0) } }

    /// For a person reading it in `language`: the file, line and key as they are, the problem translated.
    public func message(_ language: Language) -> String { Messages.describe(self, language) }
}
