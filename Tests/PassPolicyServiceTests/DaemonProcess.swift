import Foundation
import PassPolicyTestSupport

/// `passpolicyd` as a separate process on a free loopback port, driven with the real curl.
final class DaemonProcess {
    let fixture: ServiceFixture
    let port: Int
    let scheme: String
    private(set) var child: Spawn.Child?

    init(_ fixture: ServiceFixture, port: Int, tls: Bool = false) {
        self.fixture = fixture
        self.port = port
        self.scheme = tls ? "https" : "http"
    }

    var base: String { "\(scheme)://127.0.0.1:\(port)" }

    /// Starts the daemon and waits (up to 30 s) until `/healthz` answers.
    func start(extraCurl: [String] = []) throws {
        child = try Spawn.start(ServiceFixture.binary("passpolicyd"), ["--config", fixture.configPath, "--listen", "127.0.0.1:\(port)"])
        for _ in 0..<300 {
            let probe = try Spawn.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "2"] + extraCurl + ["\(base)/healthz"])
            if probe.stdout == "200" || probe.stdout == "503" { return }
            usleep(100_000)
        }
        throw TestServerError("passpolicyd did not answer on \(base): \(stop().stderr)")
    }

    /// Stops it (SIGTERM, or `signal`) and returns what it printed.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Spawn.Output {
        guard let child else { return Spawn.Output(status: -1, stdout: "", stderr: "") }
        child.kill(signal)
        self.child = nil
        return child.wait()
    }

    struct Answer {
        let status: Int
        let body: String
    }

    /// One request with curl: the token in a header read from a file (`-H @file`), the body
    /// on standard input: neither on a command line.
    func request(_ method: String, _ path: String, token: String? = nil, body: String? = nil,
                 curl: [String] = []) throws -> Answer {
        var arguments = ["-sS", "-X", method, "--max-time", "30", "-o", "-", "-w", "\n%{http_code}"] + curl
        var headerFile: String?
        if let token {
            let file = fixture.directory + "/h-\(UUID().uuidString)"
            try "Authorization: Bearer \(token)\nContent-Type: application/json\n".write(toFile: file, atomically: true, encoding: .utf8)
            arguments += ["-H", "@\(file)"]
            headerFile = file
        }
        if body != nil { arguments += ["--data-binary", "@-"] }
        defer { if let headerFile { unlink(headerFile) } }
        let out = try Spawn.run("/usr/bin/curl", arguments + ["\(base)\(path)"], stdin: Array((body ?? "").utf8))
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return Answer(status: Int(lines.last ?? "") ?? 0, body: lines.dropLast().joined(separator: "\n"))
    }
}

func json(_ fields: [String: String]) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
}
