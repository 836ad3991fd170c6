import PassPolicy

/// Every rule for one candidate: the policy's, then the shared history's. One place for
/// `check` and `check --batch`.
///
/// A class, so that the batch loop's closure holds one reference rather than copying the
/// checker, the tokens and the history (and retaining what they hold) for every line.
final class CandidateCheck {
    let checker: PolicyChecker
    let tokens: PersonalTokens
    let history: HistoryCheck

    init(checker: PolicyChecker, tokens: PersonalTokens, history: HistoryCheck) {
        self.checker = checker
        self.tokens = tokens
        self.history = history
    }

    func verdict(_ password: UnsafeBufferPointer<UInt8>) throws(CLIError) -> Verdict {
        var verdict = Verdict()
        try judge(password, into: &verdict)
        return verdict
    }

    /// Replaces the contents of `verdict` with `password`'s: the batch reuses one verdict.
    func judge(_ password: UnsafeBufferPointer<UInt8>, into verdict: inout Verdict) throws(CLIError) {
        checker.check(password, tokens: tokens, into: &verdict)
        try history.judge(password, into: &verdict)
    }
}
