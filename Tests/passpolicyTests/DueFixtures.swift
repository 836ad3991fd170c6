import Foundation

/// The rotation fixtures in Tests/Fixtures/rotation and temporary account files.
enum DueFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rotation")

    static var shadow: String { directory.appendingPathComponent("shadow").path }
    static var passwd: String { directory.appendingPathComponent("passwd").path }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A fresh temporary directory; the caller removes it.
    static func temporaryDirectory(_ prefix: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A config file holding `text`, in a temporary directory the caller removes. It starts
    /// with `store = none`, so the machine's own history never adds rows to `due`.
    static func config(_ text: String) throws -> URL {
        let url = try temporaryDirectory("passpolicy-due").appendingPathComponent("passpolicy.conf")
        try ("store = none\n" + text).write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

/// A throwaway root directory with etc/passwd, etc/group and etc/shadow, for
/// `chage -R DIR` (which chroots there) and `passpolicy --shadow/--passwd`.
struct TemporaryRoot {
    let url: URL
    var shadow: String { url.appendingPathComponent("etc/shadow").path }
    var passwd: String { url.appendingPathComponent("etc/passwd").path }

    /// `users`: (passwd line, shadow line); root is added first.
    init(shadowLines: [String], passwdLines: [String]) throws {
        url = try DueFixtures.temporaryDirectory("passpolicy-root")
        let etc = url.appendingPathComponent("etc")
        try FileManager.default.createDirectory(at: etc, withIntermediateDirectories: true)
        let groups = passwdLines.compactMap { line -> String? in
            let f = line.split(separator: ":", omittingEmptySubsequences: false)
            return f.count == 7 ? "\(f[0]):x:\(f[3]):" : nil
        }
        try (passwdLines.joined(separator: "\n") + "\n").write(toFile: passwd, atomically: true, encoding: .utf8)
        try (groups.joined(separator: "\n") + "\n").write(to: etc.appendingPathComponent("group"), atomically: true, encoding: .utf8)
        try (shadowLines.joined(separator: "\n") + "\n").write(toFile: shadow, atomically: true, encoding: .utf8)
        chmod(shadow, 0o640)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// `chage -R root -i -l user` (ISO dates, C locale), under `timeout`: chage 4.13 spins
    /// forever on a shadow line whose number overflows a long, so a hang must fail the test.
    func chageList(_ user: String) throws -> [String: String] {
        let r = try runTool("/usr/bin/timeout", ["30", "/usr/bin/chage", "-R", url.path, "-i", "-l", user])
        guard r.status == 0 else { throw ToolFailure(command: "chage -l \(user)", result: r) }
        var fields: [String: String] = [:]
        for line in r.stdout.split(separator: "\n") {
            guard let colon = line.range(of: ": ") else { continue }
            let key = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            fields[key] = String(line[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    let command: String
    let result: CLIRunner.Result
    var description: String { "\(command) exited \(result.status): \(result.stderr)" }
}

/// Runs a system tool with the C locale; returns its exit status and output.
func runTool(_ path: String, _ args: [String]) throws -> CLIRunner.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["LC_ALL"] = "C"
    process.environment = env
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let done = DispatchGroup()
    let errData = ToolOutput()
    DispatchQueue.global().async(group: done) { errData.data = error.fileHandleForReading.readDataToEndOfFile() }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    done.wait()
    return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                            stderr: String(decoding: errData.data, as: UTF8.self))
}

/// Today's day number (UTC) and its YYYY-MM-DD, from the same clock chage reads.
func todayUTC() -> (day: Int, text: String) {
    let day = Int(Date().timeIntervalSince1970) / 86_400
    let date = Date(timeIntervalSince1970: TimeInterval(day * 86_400))
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return (day, formatter.string(from: date))
}

/// The day number of a YYYY-MM-DD date with any number of year digits (chage prints
/// 5881580-09-09; Foundation's calendar cannot), counted by whole years and months: an
/// independent check of the core's civil-date arithmetic.
func dayNumber(_ text: String) -> Int? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
    let (y, m, d) = (parts[0], parts[1], parts[2])
    func daysBeforeYear(_ y: Int) -> Int { 365 * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    let dayOfYear = monthDays.prefix(m - 1).reduce(0, +) + d
    return daysBeforeYear(y) + dayOfYear - 1 - daysBeforeYear(1970)
}

/// Standard error of a tool, read on another queue.
private final class ToolOutput: @unchecked Sendable {
    var data = Data()
}
