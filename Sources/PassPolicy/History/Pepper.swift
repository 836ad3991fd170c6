#if canImport(Glibc)
import Glibc
#endif

/// The secret mixed into every stored hash (Argon2id's secret input), read from a file only
/// its owner (root) may read. Without it a stolen store cannot be attacked at all. Changing
/// it makes every remembered password unrecognisable: forget the histories then.
public enum Pepper {
    public static let minimumLength = 16
    public static let maximumLength = 1024

    /// The file's bytes as they are (a trailing newline is part of the secret). Refuses a
    /// file that group or others have any permission on, or that root or the running user
    /// does not own. The caller wipes the result.
    public static func load(path: String) throws(HistoryError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw .pepper(path: path, problem: .unreadable(errno: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .pepper(path: path, problem: .unreadable(errno: errno)) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .pepper(path: path, problem: .notARegularFile) }
        guard st.st_mode & 0o077 == 0 else {
            throw .pepper(path: path, problem: .accessibleByOthers(mode: UInt32(st.st_mode & 0o7777)))
        }
        guard st.st_uid == 0 || st.st_uid == geteuid() else {
            throw .pepper(path: path, problem: .wrongOwner(uid: st.st_uid))
        }
        guard st.st_size <= maximumLength else {
            throw .pepper(path: path, problem: .tooLong(bytes: Int(st.st_size), maximum: maximumLength))
        }
        var bytes = [UInt8](repeating: 0, count: maximumLength + 1)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in
                read(fd, buf.baseAddress.map { $0 + filled }, buf.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                secureWipe(&bytes)
                throw .pepper(path: path, problem: .unreadable(errno: e))
            }
            if n == 0 { break }
            filled += n
        }
        guard filled <= maximumLength else {
            secureWipe(&bytes)
            throw .pepper(path: path, problem: .tooLong(bytes: filled, maximum: maximumLength))
        }
        guard filled >= minimumLength else {
            secureWipe(&bytes)
            throw .pepper(path: path, problem: .tooShort(bytes: filled, minimum: minimumLength))
        }
        // Shrink in place: wipe the unused tail, then drop it without reallocating.
        bytes.withUnsafeMutableBytes { secureWipe(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}

/// Random bytes from the kernel, for salts.
public enum SecureRandom {
    public static func bytes(_ count: Int) throws(HistoryError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let chunk = min(256, count - filled)
            let rc = out.withUnsafeMutableBytes { getentropy($0.baseAddress.map { $0 + filled }, chunk) }
            guard rc == 0 else { throw .hashing("getentropy: \(SystemError(errno: errno))") }
            filled += chunk
        }
        return out
    }
}
