import PassPolicy
import PassPolicyStore

/// The `reuse` and `similar` rules for `passpolicy check`: on when a user is named and a
/// history exists (see `HistoryGate`). An unreachable store stops the check (exit 2), or with
/// `store_unavailable = allow` is reported on standard error and the history is skipped.
struct HistoryCheck {
    private let service: HistoryService?
    private let user: String
    private let system: String
    private let failOpen: Bool

    init(settings: Settings, user: String?, system: String?, store: String?) throws(CLIError) {
        self.user = user ?? ""
        self.system = system ?? HistoryService.systemName(settings)
        self.failOpen = settings.storeUnavailable == .allow
        guard user != nil else { service = nil; return }
        do {
            service = try HistoryGate.forChecking(settings, store: store)
        } catch {
            guard error.isUnavailable && failOpen else { throw .message(error.description) }
            Terminal.error(Messages.historySkipped(error.description))
            service = nil
        }
    }

    /// Adds the history's violations for `password` to `verdict`.
    func judge(_ password: UnsafeBufferPointer<UInt8>, into verdict: inout Verdict) throws(CLIError) {
        guard let service else { return }
        do {
            verdict.violations += try service.violations(for: password, user: user, system: system)
        } catch {
            guard error.isUnavailable && failOpen else { throw .message(error.description) }
            Terminal.error(Messages.historySkipped(error.description))
        }
    }
}
