#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// Reads standard input line by line, wiping what it read: the lines are candidate passwords.
///
/// Input is read in chunks into one buffer; a line that lies wholly in it is handed out from
/// there (no copy) and wiped as soon as its caller returns, and a line that spans two reads is
/// gathered in a second buffer, wiped likewise. The chunk buffer is wiped before every read.
///
/// A line longer than `maxLineBytes` keeps only its first `maxLineBytes` bytes (the rest is
/// read and discarded). That never changes a verdict: the checker stops decoding long before
/// (at `maxlen` characters of at most 16 bytes each), and a prefix of that size with too few
/// characters is made of invalid or combining bytes, which are refused anyway.
final class LineReader {
    private let fd: Int32
    /// Bytes read from `fd` and not yet delivered lie at `chunk[chunkStart..<chunkEnd]`.
    private let chunk: UnsafeMutablePointer<UInt8>
    private let chunkSize = 1 << 16
    private var chunkStart = 0
    private var chunkEnd = 0
    /// A line that spans two reads, gathered here.
    private var line: [UInt8] = []
    private let maxLineBytes: Int
    private var atEOF = false
    /// Why reading stopped, when it was an error (standard input closed, or a directory)
    /// rather than the end of the input: "no password given", never an empty password.
    private(set) var readError: SystemError?

    init(fd: Int32 = STDIN_FILENO, maxLineBytes: Int = 1 << 20) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        chunk.initialize(repeating: 0, count: chunkSize)
        line.reserveCapacity(maxLineBytes)
        if fd == STDIN_FILENO && StandardStreams.stdinWasClosed {
            readError = SystemError(errno: EBADF)
            atEOF = true
        }
    }

    deinit {
        wipe()
        chunk.deallocate()
    }

    /// Calls `body` with the next line (without its "\n", and without a "\r" before it);
    /// returns false at the end of input. The bytes are wiped once `body` returns.
    func nextLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        if let newline = newlineInChunk(from: chunkStart, to: chunkEnd) {
            let (next, _) = deliverFromChunk(from: chunkStart, newline: newline) { body($0); return true }
            chunkStart = next
            return true
        }
        return nextLineAcrossReads(body)
    }

    /// Calls `body` with each line in turn (as `nextLine` does) until the input ends or `body`
    /// returns false.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        while true {
            // Lines wholly inside the chunk, nearly all of them, go to `body` straight from it;
            // the position is kept in a local until they run out.
            var start = chunkStart
            let end = chunkEnd
            var more = true
            while more, let newline = newlineInChunk(from: start, to: end) {
                (start, more) = deliverFromChunk(from: start, newline: newline, body)
            }
            chunkStart = start
            guard more else { return }
            var wanted = true
            guard nextLineAcrossReads({ wanted = body($0) }), wanted else { return }
        }
    }

    /// The index of the first "\n" in `chunk[start..<end]`, if any.
    @inline(__always)
    private func newlineInChunk(from start: Int, to end: Int) -> Int? {
        guard start < end, let found = memchr(chunk + start, 0x0A, end - start) else { return nil }
        return chunk.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Gives `body` the line at `chunk[start..<newline]` (cut to `maxLineBytes`, then without
    /// a final "\r", as `deliver` does) and wipes it with its newline. Returns where the next
    /// line starts and what `body` returned.
    @inline(__always)
    private func deliverFromChunk(
        from start: Int, newline: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> (next: Int, more: Bool) {
        var count = min(newline - start, maxLineBytes)
        if count > 0 && chunk[start + count - 1] == 0x0D { count -= 1 }
        let more = body(UnsafeBufferPointer(start: chunk + start, count: count))
        secureWipe(UnsafeMutableRawBufferPointer(start: chunk + start, count: newline + 1 - start))
        return (newline + 1, more)
    }

    /// `nextLine` for a line that does not end inside the chunk: it is gathered in `line`
    /// across reads (or is the last line, without a newline).
    private func nextLineAcrossReads(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
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
            let newline = newlineInChunk(from: chunkStart, to: chunkEnd)
            let end = newline ?? chunkEnd
            let room = maxLineBytes - line.count
            if room > 0 {
                line.append(contentsOf: UnsafeBufferPointer(start: chunk + chunkStart, count: min(end - chunkStart, room)))
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
        secureWipe(UnsafeMutableRawBufferPointer(start: chunk, count: chunkSize))
        while true {
            let n = read(fd, chunk, chunkSize)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = SystemError(errno: errno) }
            if n <= 0 { atEOF = true; return false }
            chunkStart = 0
            chunkEnd = n
            return true
        }
    }

    func wipe() {
        secureWipe(&line)
        secureWipe(UnsafeMutableRawBufferPointer(start: chunk, count: chunkSize))
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
