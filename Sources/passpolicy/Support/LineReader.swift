#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// Reads standard input line by line into one reusable buffer, which it wipes: the lines are
/// candidate passwords.
///
/// A line longer than `maxLineBytes` keeps only its first `maxLineBytes` bytes (the rest is
/// read and discarded). That never changes a verdict: the checker stops decoding long before
/// (at `maxlen` characters of at most 16 bytes each), and a prefix of that size with too few
/// characters is made of invalid or combining bytes, which are refused anyway.
final class LineReader {
    private let fd: Int32
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    private var line: [UInt8] = []
    private let maxLineBytes: Int
    private var atEOF = false

    init(fd: Int32 = STDIN_FILENO, maxLineBytes: Int = 1 << 20) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        chunk = [UInt8](repeating: 0, count: 1 << 16)
        line.reserveCapacity(maxLineBytes)
    }

    deinit { wipe() }

    /// Calls `body` with the next line (without its "\n", and without a "\r" before it);
    /// returns false at the end of input. The bytes are wiped once `body` returns.
    func nextLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        secureWipe(&line)
        var sawAny = false
        while true {
            if chunkStart == chunkEnd {
                if atEOF || !refill() {
                    if sawAny { deliver(body) }
                    return sawAny
                }
            }
            sawAny = true
            let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A)
            let end = newline ?? chunkEnd
            let room = maxLineBytes - line.count
            if room > 0 {
                line.append(contentsOf: chunk[chunkStart..<min(end, chunkStart + room)])
            }
            if let nl = newline {
                chunkStart = nl + 1
                deliver(body)
                return true
            }
            chunkStart = chunkEnd
        }
    }

    private func deliver(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if line.last == 0x0D { line[line.count - 1] = 0; line.removeLast() }
        line.withUnsafeBufferPointer(body)
        secureWipe(&line)
    }

    private func refill() -> Bool {
        chunk.withUnsafeMutableBytes { secureWipe($0) }
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEOF = true; return false }
            chunkStart = 0
            chunkEnd = n
            return true
        }
    }

    func wipe() {
        secureWipe(&line)
        chunk.withUnsafeMutableBytes { secureWipe($0) }
    }
}

/// Asks for a password on the terminal with echo off, restoring the terminal afterwards.
enum HiddenPrompt {
    static func read(prompt: String, into reader: LineReader, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        Terminal.write(prompt, to: STDERR_FILENO)
        var saved = termios()
        let haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0
        if haveTermios {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if haveTermios { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        }
        return reader.nextLine(body)
    }
}
