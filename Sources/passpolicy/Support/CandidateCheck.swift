import PassPolicy

/// Every rule for one candidate: the policy's, then the shared history's. One place for
/// `check` and `check --batch`.
struct CandidateCheck {
    let checker: PolicyChecker
    let tokens: PersonalTokens
    let history: HistoryCheck

    func verdict(_ password: UnsafeBufferPointer<UInt8>) throws(CLIError) -> Verdict {
        var verdict = checker.check(password, tokens: tokens)
        try history.judge(password, into: &verdict)
        return verdict
    }
}
