import Foundation

/// Runs the built `passpolicy` binary the way a person or a script would.
enum CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Writing to a command that already exited must be an error, not SIGPIPE for the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// The CLI binary: `$PASSPOLICY_BIN`, else the one built next to this test bundle.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PASSPOLICY_BIN"] {
            return URL(fileURLWithPath: path)
        }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("passpolicy")
    }

    /// Runs `passpolicy args…` with `stdin` as standard input.
    @discardableResult
    static func run(_ args: [String], stdin: Data = Data(), environment: [String: String]? = nil,
                    executable: URL? = nil) throws -> Result {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = args
        if let environment { process.environment = environment }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Write and read concurrently so large inputs and outputs cannot deadlock.
        let done = DispatchGroup()
        let errData = DataBox()
        DispatchQueue.global().async(group: done) {
            // A command may exit without reading its input (a usage error): not a failure.
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: done) {
            errData.data = error.fileHandleForReading.readDataToEndOfFile()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }

    static func run(_ args: [String], stdin: String) throws -> Result {
        try run(args, stdin: Data(stdin.utf8))
    }

    /// Runs `passpolicy args…` through /bin/sh with `redirection` applied to it (`<&-` closes
    /// standard input, `</tmp` makes it a directory), and as `user` when given (through
    /// setpriv, with that user's group and no others).
    static func run(_ args: [String], redirection: String, user: String? = nil) throws -> Result {
        var command = ["/bin/sh", "-c", "exec \"$0\" \"$@\" \(redirection)", binary.path] + args
        if let user {
            command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user == "nobody" ? "nogroup" : user)",
                       "--clear-groups", "--"] + command
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errData = DataBox()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { errData.data = error.fileHandleForReading.readDataToEndOfFile() }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// Holds data written by one queue and read after `DispatchGroup.wait()`.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
