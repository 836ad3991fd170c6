#if canImport(Glibc)
import Glibc
#endif

/// Checks candidate passwords against one policy. Reuse one checker for many candidates: it
/// keeps its decoding buffers, which it wipes after every check. Not thread-safe; make one
/// per thread.
public final class PolicyChecker {
    public let settings: Settings
    private let dictionaryRule: DictionaryRule?
    private let text = PasswordText()
    /// The `dictionary` violation for each pattern, made once: messages are the same for every
    /// candidate, and building them per candidate cost more than the rule's lookups.
    private static let dictionaryViolations: [WeakPattern: Violation] = {
        var violations: [WeakPattern: Violation] = [:]
        for pattern in WeakPattern.allCases {
            violations[pattern] = Violation(rule: .dictionary, message: Messages.dictionary(pattern))
        }
        return violations
    }()
    private var cachedContext: CheckContext?
    private var cachedTokens: PersonalTokens?

    /// `wordList` is needed when `settings.dictCheck` is on; pass nil otherwise.
    public init(settings: Settings, wordList: WordList?) {
        self.settings = settings
        self.dictionaryRule = settings.dictCheck ? wordList.map(DictionaryRule.init) : nil
    }

    /// Every rule `password` breaks for the person in `context`.
    public func check(_ password: UnsafeBufferPointer<UInt8>, context: CheckContext) -> Verdict {
        if cachedContext != context || cachedTokens == nil {
            cachedTokens = PersonalTokens(context: context, settings: settings)
            cachedContext = context
        }
        return check(password, tokens: cachedTokens ?? PersonalTokens(context: context, settings: settings))
    }

    public func check(_ password: [UInt8], context: CheckContext) -> Verdict {
        password.withUnsafeBufferPointer { check($0, context: context) }
    }

    /// Every rule `password` breaks, with the personal tokens prepared by the caller.
    public func check(_ password: UnsafeBufferPointer<UInt8>, tokens: PersonalTokens) -> Verdict {
        defer { text.wipe() }
        text.load(password, cap: settings.maxLength)
        var violations: [Violation] = []
        if text.invalidUTF8 {
            violations.append(Violation(rule: .encoding, message: Messages.invalidUTF8))
        } else if text.hasControl {
            violations.append(Violation(rule: .encoding, message: Messages.controlCharacter))
        }
        if text.overCap {
            violations.append(Violation(rule: .maxLength, message: Messages.tooLong(max: settings.maxLength)))
            return Verdict(violations: violations)
        }
        CompositionRules.check(text, settings, into: &violations)
        tokens.check(text, into: &violations)
        if let rule = dictionaryRule, let pattern = rule.weakPattern(in: text) {
            violations.append(Self.dictionaryViolations[pattern] ?? Violation(rule: .dictionary, message: Messages.dictionary(pattern)))
        }
        return Verdict(violations: violations)
    }
}
