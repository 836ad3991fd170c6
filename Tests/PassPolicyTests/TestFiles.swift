#if canImport(Glibc)
import Glibc
#endif

/// Files the tests write: each in a fresh private directory (see `DictionaryFixture.temporaryPath`).
enum TestFiles {
    /// Writes `bytes` to a new file called `name` and returns its path.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String) -> String {
        write(bytes, to: DictionaryFixture.temporaryPath(name))
    }

    /// Writes (or overwrites) `path` with `bytes`.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) -> String {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return path
    }
}
