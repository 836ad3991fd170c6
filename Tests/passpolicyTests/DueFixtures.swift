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

    /// A config file holding `text`, in a temporary directory the caller removes.
    static func config(_ text: String) throws -> URL {
        let url = try temporaryDirectory("passpolicy-due").appendingPathComponent("passpolicy.conf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
