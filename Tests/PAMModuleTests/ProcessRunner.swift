import Foundation

/// Runs a program and collects its output; standard input is written from `input`.
enum ProcessRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var output: String { stdout + stderr }
    }

    static func run(_ executable: String, _ arguments: [String], input: Data = Data()) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Small inputs: the pipe buffer holds them, so writing first cannot deadlock.
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        Thread.detachNewThread {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// The full path of a program on PATH, or nil.
    static func which(_ name: String) -> String? {
        for folder in ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"] {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
