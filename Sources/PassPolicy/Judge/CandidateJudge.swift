#if canImport(Glibc)
import Glibc
#endif

/// The history side of a check, as a front end could obtain it for one person.
public enum HistoryAccess {
    /// Not checked by design: no user was named, or `store = none`.
    case off
    /// The person's history, read.
    case available(any PersonHistoryCheck)
    /// The store could not be opened or read.
    case failed(HistoryError)
    /// The user running the check has no permission to read `path` (the SQLite store, a
    /// directory above it, or the pepper file): a helpdesk member without root.
    case notPermitted(store: String, path: String)

    /// Reads `user`'s history like `read(user:system:open:)`, but first asks whether the
    /// user running this (not root) may read an SQLite `store` and the pepper file at all,
    /// so that a permission problem is told apart from a store that is down.
    public static func read(user: String?, system: String, store: String, pepperFile: String, tokenFile: String = "",
                            open: () throws(HistoryError) -> (any HistoryBackend)?) -> HistoryAccess {
        guard user != nil else { return .off }
        if geteuid() != 0, let path = deniedPath(store: store, pepperFile: pepperFile, tokenFile: tokenFile) {
            return .notPermitted(store: store, path: path)
        }
        return read(user: user, system: system, open: open)
    }

    /// The first of the store's directories, the store file and the pepper file (or, for a
    /// store kept by passpolicyd, `https://…`, this host's token file) that this process may
    /// not read (EACCES or EPERM), or nil. A file that does not exist is not a permission
    /// problem; a postgresql:// store is left to the server.
    static func deniedPath(store: String, pepperFile: String, tokenFile: String) -> String? {
        func denied(_ path: String, _ mode: Int32) -> Bool {
            access(path, mode) != 0 && (errno == EACCES || errno == EPERM)
        }
        if store.hasPrefix("/") {
            var prefix = ""
            for part in store.split(separator: "/").dropLast() {
                prefix += "/" + part
                if denied(prefix, X_OK) { return prefix }
            }
            if denied(store, R_OK) { return store }
        }
        if !pepperFile.isEmpty && denied(pepperFile, R_OK) { return pepperFile }
        if store.hasPrefix("https://") && !tokenFile.isEmpty && denied(tokenFile, R_OK) { return tokenFile }
        return nil
    }

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

/// What a judgement left out: under `store_unavailable = allow`, or a history the reader
/// may not read in an advisory check. The front end must say so (a warning on standard
/// error, in syslog or in the service's log), never stay silent.
public struct SkippedHistory: Error, Sendable, Equatable {
    public let error: HistoryError
    /// Set when the history was left out because the reader may not read this path.
    public let deniedPath: String?

    public init(error: HistoryError, deniedPath: String? = nil) {
        self.error = error
        self.deniedPath = deniedPath
    }
}

/// The one place that turns the policy's rules, the person's history and the
/// `store_unavailable` setting into a verdict. The CLI, the PAM module and `passpolicyd` all
/// judge candidates here, so they cannot disagree.
///
/// The rules always run. The history then adds `reuse` or `similar`; when it cannot be used,
/// the candidate is judged without it only if the store was merely unreachable and
/// `store_unavailable = allow` (fail open, reported); otherwise the judgement fails (fail
/// closed) and the front end refuses the change.
///
/// One deliberate exception: a history the *reader* has no permission to read (a helpdesk
/// member running `passpolicy check` without root) in an `advisory` judgement, one that
/// sets no password. The other rules still give the verdict and the front end warns
/// "history not checked: permission denied on …", whatever `store_unavailable` says: refusing
/// would tell the helpdesk nothing about the rules, and nothing is changed on the strength
/// of the answer. A judgement that lets a change through (the PAM module, passpolicyd) is
/// never advisory: there a permission problem is the store being unavailable, and
/// `store_unavailable` decides.
public struct CandidateJudge {
    public let settings: Settings
    /// True for a check that sets no password (`passpolicy check`).
    public let advisory: Bool

    public init(settings: Settings, advisory: Bool = false) {
        self.settings = settings
        self.advisory = advisory
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
        case .notPermitted(let store, let path):
            return try skipNotPermitted(store: store, path: path)
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
        switch history {
        case .failed(let error): _ = try skip(error)
        case .notPermitted(let store, let path): _ = try skipNotPermitted(store: store, path: path)
        case .off, .available: break
        }
    }

    /// A history the reader may not read: a warning in an advisory check, else the store
    /// is unavailable and `store_unavailable` decides.
    private func skipNotPermitted(store: String, path: String) throws(HistoryError) -> SkippedHistory {
        let error = HistoryError.unavailable(store: store, reason: Messages.historyPermissionDenied(path: path))
        if advisory { return SkippedHistory(error: error, deniedPath: path) }
        return try skip(error)
    }

    /// `error` as a skipped history when the settings allow it, else thrown.
    private func skip(_ error: HistoryError) throws(HistoryError) -> SkippedHistory {
        guard error.maySkipHistory(settings) else { throw error }
        return SkippedHistory(error: error)
    }
}
