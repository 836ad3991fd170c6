/// The history side of a check, as a front end could obtain it for one person.
public enum HistoryAccess {
    /// Not checked by design: no user was named, or `store = none`.
    case off
    /// The person's history, read.
    case available(any PersonHistoryCheck)
    /// The store could not be opened or read.
    case failed(HistoryError)

    /// Reads `user`'s history on `system` through `open`, which gives nil when the history is
    /// off (see `HistoryGate`), and turns any failure into `.failed` for the judge to decide.
    public static func read(user: String?, system: String,
                            open: () throws(HistoryError) -> (any HistoryBackend)?) -> HistoryAccess {
        guard let user else { return .off }
        do {
            guard let backend = try open() else { return .off }
            return .available(try backend.personHistory(user, on: system))
        } catch {
            return .failed(error)
        }
    }
}

/// What a judgement left out under `store_unavailable = allow`: the front end must say so
/// (a warning on standard error, in syslog or in the service's log), never stay silent.
public struct SkippedHistory: Error, Sendable, Equatable {
    public let error: HistoryError
}

/// The one place that turns the policy's rules, the person's history and the
/// `store_unavailable` setting into a verdict. The CLI, the PAM module and `passpolicyd` all
/// judge candidates here, so they cannot disagree.
///
/// The rules always run. The history then adds `reuse` or `similar`; when it cannot be used,
/// the candidate is judged without it only if the store was merely unreachable and
/// `store_unavailable = allow` (fail open, reported); otherwise the judgement fails (fail
/// closed) and the front end refuses the change.
public struct CandidateJudge {
    public let settings: Settings

    public init(settings: Settings) {
        self.settings = settings
    }

    /// Replaces the contents of `verdict` with `password`'s. Returns the history problem that
    /// was set aside under `store_unavailable = allow`, nil when nothing was; throws when the
    /// history failed in a way that must stop the change.
    @discardableResult
    public func judge(_ password: UnsafeBufferPointer<UInt8>, checker: PolicyChecker, tokens: PersonalTokens,
                      history: HistoryAccess, into verdict: inout Verdict) throws(HistoryError) -> SkippedHistory? {
        checker.check(password, tokens: tokens, into: &verdict)
        switch history {
        case .off:
            return nil
        case .failed(let error):
            return try skip(error)
        case .available(let person):
            do {
                verdict.violations += try person.violations(for: password, language: tokens.language, audience: tokens.audience)
                return nil
            } catch {
                return try skip(error)
            }
        }
    }

    /// Throws when `history` already rules out any change (the store failed and may not be
    /// skipped), so that a front end can refuse before asking for a password.
    public func precheck(_ history: HistoryAccess) throws(HistoryError) {
        if case .failed(let error) = history { _ = try skip(error) }
    }

    /// `error` as a skipped history when the settings allow it, else thrown.
    private func skip(_ error: HistoryError) throws(HistoryError) -> SkippedHistory {
        guard error.maySkipHistory(settings) else { throw error }
        return SkippedHistory(error: error)
    }
}
