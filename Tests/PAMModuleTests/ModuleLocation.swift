import Foundation

/// Where the tests find things: the built module and the package.
enum ModuleLocation {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "pam_passpolicy.so not found at \(path). Build it first with `scripts/build-module.sh` "
                + "(release, static Swift stdlib, into .build-pam) or set PASSPOLICY_PAM_MODULE to the built module."
        }
    }

    /// The package root (this file is Tests/PAMModuleTests/ModuleLocation.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The module under test: `$PASSPOLICY_PAM_MODULE`, else what `scripts/build-module.sh`
    /// built. It must be the static-stdlib build: setuid `passwd` cannot load anything else.
    static func module() throws -> String {
        let path = ProcessInfo.processInfo.environment["PASSPOLICY_PAM_MODULE"]
            ?? packageRoot.appendingPathComponent(".build-pam/release/libpam_passpolicy.so").path
        guard FileManager.default.fileExists(atPath: path) else { throw Missing(path: path) }
        return path
    }

    static var isRoot: Bool { getuid() == 0 }
}
