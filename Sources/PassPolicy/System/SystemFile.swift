#if canImport(Glibc)
import Glibc
#endif

/// Reading whole small files with Glibc: the core has no Foundation.
public enum SystemFile {
    /// The bytes of the file at `path`, or the errno that stopped the read.
    /// Files over `limit` bytes are refused with EFBIG, so a wrong path cannot exhaust memory.
    public static func read(_ path: String, limit: Int = 64 << 20) -> Result<[UInt8], SystemError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SystemError(errno: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(SystemError(errno: errno)) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(SystemError(errno: EISDIR)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(errno: errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { return .failure(SystemError(errno: EFBIG)) }
        }
        return .success(bytes)
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
