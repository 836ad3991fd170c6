import Foundation
import Glibc

/// Starts programs with posix_spawn and waits with waitpid: deterministic under the
/// parallel test runner, and able to `kill -9` a child at any moment.
public enum Spawn {
    public struct Output: Sendable {
        /// The exit status, or 128 + the signal that ended the process.
        public let status: Int32
        public let stdout: String
        public let stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    public final class Child {
        public let pid: pid_t
        private let outPath: String
        private let errPath: String

        fileprivate init(pid: pid_t, outPath: String, errPath: String) {
            self.pid = pid
            self.outPath = outPath
            self.errPath = errPath
        }

        public func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

        public func wait() -> Output {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            unlink(outPath)
            unlink(errPath)
            return Output(status: code, stdout: out, stderr: err)
        }
    }

    public static func run(_ path: String, _ arguments: [String], stdin: [UInt8] = []) throws -> Output {
        try start(path, arguments, stdin: stdin).wait()
    }

    /// Starts `path arguments…`; `stdin` is written to its standard input, which is then
    /// closed. Standard output and error go to temporary files read by `wait()`.
    public static func start(_ path: String, _ arguments: [String], stdin: [UInt8] = []) throws -> Child {
        let base = "/tmp/passpolicy-spawn-\(getpid())-\(UUID().uuidString.prefix(8))"
        let outPath = base + ".out", errPath = base + ".err"
        var fds: [Int32] = [0, 0]
        // Close-on-exec: a child spawned at the same moment on another thread must not inherit
        // this pipe's write end, or this child would never see the end of its input.
        // (pipe2 is not imported, so the pipe is made and spawned under one lock.)
        spawnLock.lock()
        guard pipe(&fds) == 0 else {
            spawnLock.unlock()
            throw TestServerError("pipe: \(errno)")
        }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)  // the copy on 0 loses close-on-exec
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(fds[0])
        spawnLock.unlock()
        guard rc == 0 else {
            close(fds[1])
            throw TestServerError("posix_spawn \(path): \(rc)")
        }
        var written = 0
        while written < stdin.count {
            let n = stdin.withUnsafeBytes { write(fds[1], $0.baseAddress.map { $0 + written }, stdin.count - written) }
            if n <= 0 { break }
            written += n
        }
        close(fds[1])
        return Child(pid: pid, outPath: outPath, errPath: errPath)
    }
}

private let spawnLock = NSLock()
