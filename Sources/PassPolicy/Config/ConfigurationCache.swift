#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The configuration of a long-lived host of the PAM module (sshd, login, a display manager),
/// parsed once and kept while the file and the PAM line are unchanged.
///
/// Keyed by the file's identity — device, inode, size, modification and change times, or its
/// absence — and the PAM arguments: an edited file is read again at the next password change,
/// and a `stat` replaces reading and parsing it on every call. Only successful loads are kept,
/// so a broken file is reported every time.
public enum ConfigurationCache {
    private struct Key: Equatable, Sendable {
        let path: String
        let exists: Bool
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: timespec
        let changed: timespec
        let arguments: [String]

        static func == (a: Key, b: Key) -> Bool {
            a.path == b.path && a.exists == b.exists && a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
                && a.arguments == b.arguments
        }
    }

    private static let cached = Mutex<(Key, Configuration)?>(nil)

    /// `Configuration.load(path:)` then `apply(arguments:)`, from the cache when nothing changed.
    public static func load(path: String?, arguments: [String]) throws(ConfigError) -> Configuration {
        let target = path ?? Settings.defaultConfigPath
        var st = stat()
        let exists = stat(target, &st) == 0
        let key = Key(path: target, exists: exists, device: exists ? UInt64(st.st_dev) : 0, inode: exists ? UInt64(st.st_ino) : 0,
                      size: exists ? Int64(st.st_size) : 0, modified: exists ? st.st_mtim : timespec(),
                      changed: exists ? st.st_ctim : timespec(), arguments: arguments)
        if let hit = cached.withLock({ entry -> Configuration? in
            guard let (k, configuration) = entry, k == key else { return nil }
            return configuration
        }) {
            return hit
        }
        var configuration = try Configuration.load(path: path)
        try configuration.apply(arguments: arguments)
        let loaded = configuration
        cached.withLock { $0 = (key, loaded) }
        return configuration
    }
}
