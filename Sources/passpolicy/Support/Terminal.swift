#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and error without Foundation (start-up time matters: one
/// `check` answers in a few milliseconds).
enum Terminal {
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        var text = text
        text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    static func error(_ text: String) {
        write("passpolicy: " + text + "\n", to: STDERR_FILENO)
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            p += n
            left -= n
        }
    }

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
