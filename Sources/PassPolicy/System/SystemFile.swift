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
    ///
    /// Only regular files are read (see `openRegular`): a FIFO would block for ever.
    public static func read(_ path: String, limit: Int = 64 << 20) -> Result<[UInt8], SystemError> {
        let fd: Int32
        switch openRegular(path) {
        case .success(let opened): fd = opened
        case .failure(let error): return .failure(error)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(SystemError(errno: errno)) }
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

    /// Opens `path` read-only if it is a regular file; a directory gives EISDIR, anything else
    /// (a FIFO, a socket, a device) `SystemError.notARegularFile`, at once.
    ///
    /// O_NONBLOCK makes the open itself return at once for a FIFO with no writer (a blocking
    /// open would wait for one for ever, and `passwd` with it); the type is then read from
    /// the descriptor, so it is the type of what was opened. Symbolic links are followed: a
    /// config file or word list managed as a link is usual.
    public static func openRegular(_ path: String) -> Result<Int32, SystemError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(SystemError(errno: errno)) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let error = SystemError(errno: errno)
            close(fd)
            return .failure(error)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            // Back to blocking reads (a no-op for regular files, but nothing relies on that).
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return .success(fd)
        case S_IFDIR:
            close(fd)
            return .failure(SystemError(errno: EISDIR))
        default:
            close(fd)
            return .failure(.notARegularFile)
        }
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

    /// Not an errno: the file is a FIFO, socket or device where a regular file is needed.
    public static let notARegularFile = SystemError(errno: -1)

    public var description: String {
        if self == .notARegularFile { return "not a regular file" }
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
