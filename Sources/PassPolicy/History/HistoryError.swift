/// Why the password history could not be used. No case ever carries a password or a
/// database password: store locations are redacted before they get here.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store could not be reached or opened: the server is down or refuses the
    /// connection, the file's directory cannot be created or read, the file stays locked
    /// past the busy timeout. `store_unavailable = allow` may let a change through on this
    /// error, and on no other.
    case unavailable(store: String, reason: String)
    /// The store answered but an operation failed: an SQL error, a schema written by a newer
    /// passpolicy, an entry that is not a valid hash string.
    case storeFailed(store: String, reason: String)
    /// The store's file is damaged or is not a database at all ("file is not a database").
    /// Like `.unavailable`, `store_unavailable = allow` may let a change through on it (the
    /// history cannot be consulted either way), with a warning that names the damage.
    case damaged(store: String, reason: String)
    /// A symbolic link on an SQLite store's path (`link`: the path up to it): refused, so the
    /// history cannot be sent elsewhere by a link, and nothing is created through one.
    case symbolicLink(store: String, link: String)
    /// The `store` setting is neither an absolute path nor a postgres URL.
    case badLocation(String)
    /// The pepper file cannot be used.
    case pepper(path: String, problem: PepperProblem)
    /// Argon2 failed (for example it could not get its memory).
    case hashing(String)
    /// A user or system name that cannot be stored: empty, too long or with control characters.
    case invalidName(field: String)

    /// True when the store could not be reached at all, as opposed to a failure once reached.
    public var isUnavailable: Bool {
        if case .unavailable = self { return true }
        return false
    }

    /// True when the store's file is damaged (see `.damaged`).
    public var isDamaged: Bool {
        if case .damaged = self { return true }
        return false
    }

    /// Whether a check may go on without the history under `settings`: only when the store
    /// could not be reached, or is damaged, and `store_unavailable = allow`.
    public func maySkipHistory(_ settings: Settings) -> Bool {
        (isUnavailable || isDamaged) && settings.storeUnavailable == .allow
    }

    /// In English, as logs show it (and remembered for `LateTranslation.text`).
    public var description: String { LateTranslation.english { [self] in Messages.describe(self, $0) } }

    /// For a person reading it in `language`.
    public func message(_ language: Language) -> String { Messages.describe(self, language) }
}

/// What is wrong with a pepper file.
public enum PepperProblem: Sendable, Equatable {
    case unreadable(errno: Int32)
    case notARegularFile
    /// Group or others have some permission on it: it must be readable by its owner only.
    case accessibleByOthers(mode: UInt32)
    /// Owned by someone other than root or the user running passpolicy.
    case wrongOwner(uid: UInt32)
    case tooShort(bytes: Int, minimum: Int)
    case tooLong(bytes: Int, maximum: Int)
}
