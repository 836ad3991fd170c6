import Foundation

/// A private view of /etc for one command: an overlay (lower: the real /etc, upper: a
/// temporary folder) mounted in a new mount namespace (`unshare --mount`). The command sees
/// the files the test put in the upper folder, and everything it writes — a user added with
/// useradd, a password changed in /etc/shadow — lands in the upper folder, where the test can
/// read it. The real /etc is never changed, and nothing is left behind even if the test dies:
/// the namespace ends with its last process. Needs root.
struct IsolatedEtc {
    let root: URL
    var upper: URL { root.appendingPathComponent("upper") }
    var work: URL { root.appendingPathComponent("work") }

    init() throws {
        root = URL(fileURLWithPath: "/tmp").appendingPathComponent("passpolicy-etc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: upper, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    /// A private view whose PAM service `name` runs the built module with `options` (a PAM
    /// line's arguments), then `next` (a module and its arguments).
    static func service(_ name: String, options: String, then next: String = "pam_permit.so") throws -> IsolatedEtc {
        let etc = try IsolatedEtc()
        do {
            try etc.write("""
                password requisite \(try ModuleLocation.module()) \(options)
                password required \(next)

                """, to: "pam.d/\(name)")
        } catch {
            etc.remove()
            throw error
        }
        return etc
    }

    /// Puts `contents` at /etc/`path` in the private view.
    func write(_ contents: String, to path: String) throws {
        let file = upper.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file, atomically: true, encoding: .utf8)
    }

    /// What /etc/`path` holds in the private view after the command, if the command wrote it.
    func read(_ path: String) -> String? {
        try? String(contentsOf: upper.appendingPathComponent(path), encoding: .utf8)
    }

    /// Runs the shell `script` (with `arguments` as $1…) with the private /etc mounted.
    func run(_ script: String, _ arguments: [String] = [], input: Data = Data()) throws -> ProcessRunner.Result {
        let mount = "mount -t overlay passpolicy-test -o lowerdir=/etc,upperdir=\(upper.path),workdir=\(work.path) /etc || exit 97\n"
        return try ProcessRunner.run("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c", mount + script, "sh"] + arguments, input: input)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
