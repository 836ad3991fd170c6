import PassPolicy
import PassPolicyStore

/// The `reuse` and `similar` rules for `passpolicy check`: on when a user is named and a
/// history exists (see `HistoryGate`). An unreachable store stops the check (exit 2), or with
/// `store_unavailable = allow` is reported on standard error and the history is skipped.
struct HistoryCheck {
    private let service: HistoryService?
    private let user: String
    private let system: String
    private let settings: Settings

    init(settings: Settings, user: String?, system: String?, store: String?) throws(CLIError) {
        self.user = user ?? ""
        self.system = system ?? HistoryService.systemName(settings)
        self.settings = settings
        guard user != nil else { service = nil; return }
        do {
            service = try HistoryGate.forChecking(settings, store: store)
        } catch {
            try Self.skipOrThrow(error, settings)
            service = nil
        }
    }

    /// Adds the history's violations for `password` to `verdict`.
    func judge(_ password: UnsafeBufferPointer<UInt8>, into verdict: inout Verdict) throws(CLIError) {
        guard let service else { return }
        do {
            verdict.violations += try service.violations(for: password, user: user, system: system)
        } catch {
            try Self.skipOrThrow(error, settings)
        }
    }

    /// Reports `error` on standard error when the history may be skipped, else throws it.
    private static func skipOrThrow(_ error: HistoryError, _ settings: Settings) throws(CLIError) {
        guard error.maySkipHistory(settings) else { throw .message(error.description) }
        Terminal.error(Messages.historySkipped(error.description))
    }
}
