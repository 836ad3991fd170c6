#if canImport(Glibc)
import Glibc
#endif

/// The drop-in directory of a config file: `FILE.d/*.conf`, read in name order after FILE,
/// as libpwquality reads `pwquality.conf.d`. Packages and configuration management drop
/// their own file there instead of editing the main one.
public enum DropInDirectory {
    /// `/etc/security/passpolicy.conf` → `/etc/security/passpolicy.conf.d`.
    public static func path(for file: String) -> String { file + ".d" }

    /// The `*.conf` files in `directory`, sorted by name (bytewise, as `ls` in the C locale),
    /// without hidden files (an editor's `.minlen.conf.swp`, a package manager's
    /// `.dpkg-new`). An empty list when the directory does not exist; the errno when it
    /// exists but cannot be read.
    public static func files(in directory: String) -> Result<[String], SystemError> {
        guard let dir = opendir(directory) else {
            if errno == ENOENT || errno == ENOTDIR { return .success([]) }
            return .failure(SystemError(errno: errno))
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                Array(raw.prefix { $0 != 0 })
            }
            guard name.first != 0x2E, name.count > 5, name.suffix(5).elementsEqual(".conf".utf8) else { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return .success(names.map { prefix + String(decoding: $0, as: UTF8.self) })
    }
}
