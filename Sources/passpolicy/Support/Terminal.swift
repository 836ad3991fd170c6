#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// Writing to standard output and error without Foundation (start-up time matters: one
/// `check` answers in a few milliseconds).
enum Terminal {
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        var text = text
        text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    /// "passpolicy: " and `text`, in the CLI's language when `text` was made by
    /// `LateTranslation.english` (a history or word-list error's `description`).
    static func error(_ text: String) {
        write("passpolicy: " + LateTranslation.text(text, in: CLILanguage.current) + "\n", to: STDERR_FILENO)
    }

    /// Writes all of `bytes`; a closed or full output is not reported (as with `print`).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        SystemFile.writeAll(fd, bytes)
    }

    /// Asks the kernel for a larger buffer on `fd` when it is a pipe (Linux's F_SETPIPE_SZ;
    /// a refusal changes nothing). `--batch` writes tens of megabytes: with the default 64 KB
    /// the writer waits for the reader after every block, which cost a third of the run.
    static func enlargePipeBuffer(_ fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFIFO else { return }
        _ = fcntl(fd, setPipeSize, Int32(1 << 20))
    }

    /// F_SETPIPE_SZ from <fcntl.h>, which Glibc's module leaves out (it needs _GNU_SOURCE).
    private static let setPipeSize: Int32 = 1031

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
