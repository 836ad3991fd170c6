#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output and error, made safe before anything else is opened.
///
/// A descriptor 0, 1 or 2 that is closed when passpolicy starts would be handed to the first
/// file opened — the history database then read as "standard input", a config file written
/// to as "standard output". Each closed one is opened on /dev/null instead; standard input
/// remembers that it was closed, so `check` and `record` say "no password given" rather than
/// judging an empty password.
enum StandardStreams {
    /// Set once by `secure()`, first thing in `main`, before any other thread exists.
    nonisolated(unsafe) private(set) static var stdinWasClosed = false

    static func secure() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == STDIN_FILENO { stdinWasClosed = true }
            let null = open("/dev/null", O_RDWR)
            if null >= 0 && null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }
}
