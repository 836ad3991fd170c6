import Foundation

/// The real Debian word lists compiled once for the tests that need the dictionary rule:
/// `$PASSPOLICY_TEST_DICT`, else `.build/test-words.pwdict` (scripts/test.sh writes it), else
/// compiled now with the CLI built next to the test bundle.
enum TestWordList {
    struct Failed: Error, CustomStringConvertible { let description: String }

    static let path: Result<String, Failed> = {
        let path = ProcessInfo.processInfo.environment["PASSPOLICY_TEST_DICT"]
            ?? ModuleLocation.packageRoot.appendingPathComponent(".build/test-words.pwdict").path
        if FileManager.default.fileExists(atPath: path) { return .success(path) }
        let cli = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("passpolicy").path
        guard let result = try? ProcessRunner.run(cli, ["dict", "build", "--output", path]), result.status == 0 else {
            return .failure(Failed(description: "could not compile the word list with \(cli) dict build --output \(path)"))
        }
        return .success(path)
    }()

    static func get() throws -> String { try path.get() }
}
