/// A person's remembered passwords as a check needs them: the `reuse` and `similar` rules
/// for one candidate. `PersonHistory` reads them from a database; a host whose store is a
/// passpolicyd asks the service.
public protocol PersonHistoryCheck {
    func violations(for password: UnsafeBufferPointer<UInt8>) throws(HistoryError) -> [Violation]
}

extension PersonHistory: PersonHistoryCheck {}

/// The password history as the CLI and the PAM module use it, wherever it is kept: in a
/// database they open themselves (`HistoryService`: SQLite, PostgreSQL) or behind the policy
/// service (`RemoteHistory` in PassPolicyStore, for `store = https://…`).
public protocol HistoryBackend: AnyObject {
    /// Where the history is, for messages: never with a password.
    var storeLocation: String { get }
    /// What `user`'s history holds for candidates on `system`.
    func personHistory(_ user: String, on system: String) throws(HistoryError) -> any PersonHistoryCheck
    /// Remembers that `user` now has `password` on `system` (call once the change happened).
    func record(password: UnsafeBufferPointer<UInt8>, user: String, system: String) throws(HistoryError)
    /// Where and when `user` changed passwords, oldest first.
    func history(of user: String) throws(HistoryError) -> [HistoryEvent]
    /// Removes everything remembered about `user`; returns how many entries there were.
    func forget(user: String) throws(HistoryError) -> Int
    /// When `user` last changed passwords on `system` (any system when nil), or nil.
    func lastChange(of user: String, system: String?) throws(HistoryError) -> Int64?
    /// Every person's latest change on every system.
    func latestChanges() throws(HistoryError) -> [LatestChange]
}

extension HistoryService: HistoryBackend {
    public func personHistory(_ user: String, on system: String) throws(HistoryError) -> any PersonHistoryCheck {
        try person(user, on: system)
    }

    public func record(password: UnsafeBufferPointer<UInt8>, user: String, system: String) throws(HistoryError) {
        try record(password: password, user: user, system: system, at: nil)
    }
}
