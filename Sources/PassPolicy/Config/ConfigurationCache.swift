#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The configuration of a long-lived host of the PAM module (sshd, login, a display manager),
/// parsed once and kept while the file and the PAM line are unchanged.
///
/// Keyed by the file's identity (see `FileIdentity`), or its absence, the identity of its
/// drop-in directory and of each `*.conf` in it, and the PAM arguments:
/// an edited file is read again at the next password change, and a `stat` replaces reading and
/// parsing it on every call. Only successful loads are kept, so a broken file is reported every
/// time.
public enum ConfigurationCache {
    private struct Key: Equatable, Sendable {
        let path: String
        /// nil while the file does not exist (the default file may be absent).
        let file: FileIdentity?
        /// The drop-in directory (its identity changes when a file is added, removed or
        /// renamed there) and each drop-in file, by path.
        let dropInDirectory: FileIdentity?
        let dropIns: [String: FileIdentity?]
        let arguments: [String]
        let numbers: [Int]?
    }

    private static let cached = Mutex<(Key, Configuration)?>(nil)

    /// `Configuration.load(path:)` then `apply(arguments:)`, from the cache when nothing changed.
    /// `numbers`: the arguments' positions on the PAM line (see `Configuration.apply(arguments:numbers:source:)`).
    public static func load(path: String?, arguments: [String], numbers: [Int]? = nil) throws(ConfigError) -> Configuration {
        let target = path ?? Settings.defaultConfigPath
        let directory = DropInDirectory.path(for: target)
        let dropInFiles = (try? DropInDirectory.files(in: directory).get()) ?? []
        let key = Key(path: target, file: try? FileIdentity(path: target),
                      dropInDirectory: try? FileIdentity(path: directory),
                      dropIns: Dictionary(uniqueKeysWithValues: dropInFiles.map { ($0, try? FileIdentity(path: $0)) }),
                      arguments: arguments, numbers: numbers)
        if let hit = cached.withLock({ entry -> Configuration? in
            guard let (k, configuration) = entry, k == key else { return nil }
            return configuration
        }) {
            return hit
        }
        var configuration = try Configuration.load(path: path)
        try configuration.apply(arguments: arguments, numbers: numbers)
        let loaded = configuration
        cached.withLock { $0 = (key, loaded) }
        return configuration
    }
}
