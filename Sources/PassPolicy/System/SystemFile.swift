#if canImport(Glibc)
import Glibc
#endif

/// Reading whole small files with Glibc: the core has no Foundation.
public enum SystemFile {
    /// The bytes of the file at `path`, or the errno that stopped the read.
    /// Files over `limit` bytes are refused with EFBIG, so a wrong path cannot exhaust memory.
    ///
    /// The buffer starts at the size `fstat` gives, plus one byte to notice a file that grew,
    /// and doubles only for files that keep growing or report no size: the PAM module reads
    /// its config on every password change, and a fixed large buffer cost more than the rules.
    public static func read(_ path: String, limit: Int = 64 << 20) -> Result<[UInt8], SystemError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SystemError(errno: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(SystemError(errno: errno)) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(SystemError(errno: EISDIR)) }
        let reported = Int(st.st_size)
        if reported > limit { return .failure(SystemError(errno: EFBIG)) }
        var bytes = [UInt8](repeating: 0, count: max(reported, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > limit { return .failure(SystemError(errno: EFBIG)) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - filled)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(errno: errno))
            }
            if n == 0 { break }
            filled += n
        }
        if filled > limit { return .failure(SystemError(errno: EFBIG)) }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    /// Writes all of `bytes` to `fd`, retrying short writes and EINTR; the errno that stopped
    /// it, or nil.
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> SystemError? {
        guard var p = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return SystemError(errno: errno)
            }
            p += n
            left -= n
        }
        return nil
    }

    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

/// An errno from a system call, with its text.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public let errno: Int32
    public init(errno: Int32) { self.errno = errno }
    public var description: String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
