import PassPolicy
import PassPolicyStore

/// Every rule for one candidate, judged by the core's `CandidateJudge`: one place for `check`
/// and `check --batch`. The person's history is read once, when the check is set up, so a
/// batch of candidates for one user costs one read of the store, not one a line.
///
/// A class, so that the batch loop's closure holds one reference rather than copying the
/// checker, the tokens and the history (and retaining what they hold) for every line.
final class CandidateCheck {
    let checker: PolicyChecker
    let tokens: PersonalTokens
    private let judge: CandidateJudge
    private let history: HistoryAccess
    /// A history set aside under `store_unavailable = allow` is reported once, not per line.
    private var reportedSkip = false

    /// The history takes part when `user` is named and a store is configured (`--store`
    /// overrides the `store` setting; `--system` the system name).
    init(settings: Settings, checker: PolicyChecker, tokens: PersonalTokens,
         user: String?, system: String?, store: String?) {
        self.checker = checker
        self.tokens = tokens
        // Advisory: `check` sets no password, so a helpdesk member who may not read the
        // history still gets the other rules' verdict, with a warning (see CandidateJudge).
        self.judge = CandidateJudge(settings: settings, advisory: true)
        self.history = HistoryAccess.read(user: user, system: system ?? HistoryService.systemName(settings),
                                          store: store ?? settings.store, pepperFile: settings.pepperFile,
                                          tokenFile: settings.tokenFile) {
            () throws(HistoryError) in try HistoryGate.forChecking(settings, store: store)
        }
    }

    func verdict(_ password: UnsafeBufferPointer<UInt8>) throws(CLIError) -> Verdict {
        var verdict = Verdict()
        try judge(password, into: &verdict)
        return verdict
    }

    /// Replaces the contents of `verdict` with `password`'s: the batch reuses one verdict.
    /// A history that must not be skipped stops the check (exit 2); one skipped under
    /// `store_unavailable = allow` is reported on standard error.
    func judge(_ password: UnsafeBufferPointer<UInt8>, into verdict: inout Verdict) throws(CLIError) {
        let skipped: SkippedHistory?
        do {
            skipped = try judge.judge(password, checker: checker, tokens: tokens, history: history, into: &verdict)
        } catch {
            throw .message(error.description)
        }
        if let skipped, !reportedSkip {
            reportedSkip = true
            if let path = skipped.deniedPath {
                Terminal.error(Messages.historyNotCheckedPermission(path: path))
            } else {
                Terminal.error(Messages.historySkipped(skipped.error.description))
            }
        }
    }
}
