import Foundation
import Testing

/// Inputs that are not what they should be, through the real CLI: FIFOs as config file or word
/// list, an empty dictpath, a directory as the word list's output, standard input closed or a
/// directory. Each is exit 2 with a message naming the file, at once.
@Suite struct InputCLITests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A FIFO with no writer. Should the CLI block opening it (the bug these tests are about),
    /// a writer comes by after 2 s and lets it go on, so the test fails on time, not by hanging.
    func fifo(_ name: String) -> String {
        let fifo = path(name)
        #expect(mkfifo(fifo, 0o600) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
        return fifo
    }

    func timed(_ args: [String], stdin: String = "") throws -> (CLIRunner.Result, Double) {
        let start = Date()
        let r = try CLIRunner.run(args, stdin: stdin)
        return (r, Date().timeIntervalSince(start))
    }

    @Test(arguments: [["check"], ["config"], ["dict", "info"]])
    func aFifoAsConfigFileIsRefusedAtOnce(_ command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = fifo("passpolicy.conf")
        let (r, seconds) = try timed(command + ["--config", config], stdin: "Vq7#mLp2zR\n")
        #expect(r.status == 2)
        #expect(seconds < 1.5)
        #expect(r.stderr.contains("\(config): cannot read the file: not a regular file"))
    }

    @Test func aFifoAsWordListIsRefusedAtOnce() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let words = fifo("words.pwdict")
        let config = path("c.conf")
        try "dictpath = \(words)\n".write(toFile: config, atomically: true, encoding: .utf8)
        let (r, seconds) = try timed(["check", "--config", config], stdin: "Vq7#mLp2zR\n")
        #expect(r.status == 2)
        #expect(seconds < 1.5)
        #expect(r.stderr.contains("the word list \(words) cannot be used (it is not a regular file)"))
    }

    @Test func anEmptyDictpathIsAConfigurationError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = path("c.conf")
        try "minlen = 8\ndictpath =\n".write(toFile: config, atomically: true, encoding: .utf8)
        for command in [["check"], ["config"]] {
            let r = try CLIRunner.run(command + ["--config", config], stdin: "Vq7#mLp2zR\n")
            #expect(r.status == 2)
            #expect(r.stderr.contains("\(config):2: key 'dictpath': a value is needed"))
        }
    }

    @Test func dictBuildIntoADirectorySaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = path("c.conf")
        try "wordlists = none\n".write(toFile: config, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["dict", "build", "--config", config, "--output", folder.path], stdin: "")
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot write \(folder.path): is a directory"))
        #expect(!r.stderr.contains("passpolicy dict build"))
    }

    @Test(arguments: ["<&-", "</tmp"])
    func noStandardInputIsNoPasswordGiven(_ redirection: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = path("c.conf")
        try "dictcheck = no\n".write(toFile: config, atomically: true, encoding: .utf8)
        let store = path("h.db")
        for args in [["check"], ["check", "--batch"], ["record", "--user", "alice", "--store", store]] {
            let r = try CLIRunner.run(args + ["--config", config], redirection: redirection)
            #expect(r.status == 2, "\(args) \(redirection)")
            #expect(r.stderr.contains("no password given"), "\(args) \(redirection): \(r.stderr)")
            #expect(!r.stdout.contains("REJECTED") && !r.stdout.contains("\"accepted\""))
        }
        // Nothing was recorded (`record` opens the store, creating it, before reading).
        let history = try CLIRunner.run(["history", "--config", config, "--user", "alice", "--store", store], stdin: "")
        #expect(history.status == 0)
        #expect(history.stdout == "No password history for alice.\n")
    }
}
