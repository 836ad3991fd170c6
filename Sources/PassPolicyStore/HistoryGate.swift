#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// When the password history takes part, shared by `passpolicy check` and the PAM module.
///
/// - `store = none` (or empty) turns the history off.
/// - `store = https://…` is a passpolicyd: `RemoteHistory`, which opens nothing locally.
/// - Checking never creates a store: an SQLite file that does not exist yet, in a directory
///   that does, holds no history, so there is nothing to compare with. Anything else that
///   stops the file being opened — its directory missing or not enterable, a symbolic link,
///   a relative path — is an error, never "no history" (see `StoreFile`).
/// - Recording creates the SQLite file (mode 0600) on the first change, never a directory.
/// - Reading dates (`passpolicy due`, the login check) never creates one either; a store
///   named explicitly (`--store`) must exist, the `store` setting's file need not yet.
public enum HistoryGate {
    public static func isOff(_ location: String) -> Bool {
        location.isEmpty || location == "none"
    }

    /// The history to check candidates with; nil when the history is off or still empty.
    public static func forChecking(_ settings: Settings, store: String? = nil) throws(HistoryError) -> (any HistoryBackend)? {
        let location = store ?? settings.store
        if isOff(location) { return nil }
        if RemoteHistory.isService(location) { return try RemoteHistory(settings: settings, location: location) }
        if !StoreLocation.isPostgres(location), try !fileExists(location) { return nil }
        return try HistoryService.open(settings: settings, store: location, create: false)
    }

    /// The service to read last-change dates with; nil when the history is off, or when the
    /// `store` setting names an SQLite file that does not exist yet (in a directory that
    /// does). A `store` given explicitly that names a missing file is an error
    /// (`.unavailable`): a mistyped path must not silently list nothing.
    public static func forReading(_ settings: Settings, store: String? = nil) throws(HistoryError) -> (any HistoryBackend)? {
        let location = store ?? settings.store
        if isOff(location) { return nil }
        if RemoteHistory.isService(location) { return try RemoteHistory(settings: settings, location: location) }
        if !StoreLocation.isPostgres(location), try !fileExists(location) {
            guard store != nil else { return nil }
            throw .unavailable(store: location, reason: Messages.historyStoreMissing(SystemError(errno: ENOENT).description))
        }
        return try HistoryService.open(settings: settings, store: location, create: false)
    }

    /// The history to record a change with; nil when the history is off.
    public static func forRecording(_ settings: Settings, store: String? = nil) throws(HistoryError) -> (any HistoryBackend)? {
        let location = store ?? settings.store
        if isOff(location) { return nil }
        if RemoteHistory.isService(location) { return try RemoteHistory(settings: settings, location: location) }
        return try HistoryService.open(settings: settings, store: location, create: true)
    }

    /// `StoreFile.exists`, with a relative path reported as it is written elsewhere.
    private static func fileExists(_ location: String) throws(HistoryError) -> Bool {
        guard location.hasPrefix("/") else { throw .badLocation(StoreLocation.redacted(location)) }
        return try StoreFile.exists(location)
    }
}
