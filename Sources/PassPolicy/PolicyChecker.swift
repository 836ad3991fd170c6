#if canImport(Glibc)
import Glibc
#endif

/// Checks candidate passwords against one policy. Reuse one checker for many candidates: it
/// keeps its decoding buffers, which it wipes after every check. Not thread-safe; make one
/// per thread.
public final class PolicyChecker {
    public let settings: Settings
    private let composition: CompositionRules
    private let dictionaryRule: DictionaryRule?
    private let text = PasswordText()
    /// The `dictionary` violation for each pattern, at its `rawValue`, made once per process:
    /// messages are the same for every candidate, and building them per candidate cost more
    /// than the rule's lookups.
    private static let dictionaryViolationTable: [Violation] = WeakPattern.allCases.map {
        Violation(rule: .dictionary, message: Messages.dictionary($0))
    }
    /// This checker's reference to the table: reading a `let` of the instance skips the
    /// static's once-only initialisation check on every candidate.
    private let dictionaryViolations = PolicyChecker.dictionaryViolationTable
    private var cachedContext: CheckContext?
    private var cachedTokens: PersonalTokens?

    /// `wordList` is needed when `settings.dictCheck` is on; pass nil otherwise.
    public init(settings: Settings, wordList: WordList?) {
        self.settings = settings
        self.composition = CompositionRules(settings)
        self.dictionaryRule = settings.dictCheck ? wordList.map { DictionaryRule(wordList: $0, minGuesses: settings.minGuesses) } : nil
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
        var verdict = Verdict()
        check(password, tokens: tokens, into: &verdict)
        return verdict
    }

    /// As `check(_:tokens:)`, replacing the contents of `verdict`: a caller checking many
    /// candidates passes the same verdict each time, so its storage is allocated once.
    public func check(_ password: UnsafeBufferPointer<UInt8>, tokens: PersonalTokens, into verdict: inout Verdict) {
        defer { text.wipe() }
        if !verdict.violations.isEmpty { verdict.violations.removeAll(keepingCapacity: true) }
        text.load(password, cap: settings.maxLength)
        if text.invalidUTF8 {
            verdict.violations.append(Violation(rule: .encoding, message: Messages.invalidUTF8))
        } else if text.hasControl {
            verdict.violations.append(Violation(rule: .encoding, message: Messages.controlCharacter))
        } else if text.hasFormat {
            verdict.violations.append(Violation(rule: .encoding, message: Messages.formatCharacter))
        }
        if text.overCap {
            verdict.violations.append(Violation(rule: .maxLength, message: Messages.tooLong(max: settings.maxLength)))
            return
        }
        composition.check(text, into: &verdict.violations)
        tokens.check(text, into: &verdict.violations)
        if let rule = dictionaryRule, let pattern = rule.weakPattern(in: text) {
            verdict.violations.append(dictionaryViolations[pattern.rawValue])
        }
    }

}
